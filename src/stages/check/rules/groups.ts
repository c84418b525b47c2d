/**
 * C22: group maxima of a project score table. Groups come from the record's structure
 * (groups[] with their stated maxima, indicators[].groupId); only indicators a reader left without
 * a group fall back to the maximum printed in their path (产出指标(50分)).
 *   - the maxima of a group's indicators add up to the group's maximum, stated either by a parent
 *     indicator or inside the group name in the indicators' path (产出指标(50分));
 *   - when some leaf maxima are blank, the stated group maxima plus the ungrouped maxima
 *     (预算执行率 10) add up to 100 (otherwise C06 already compares the leaves with 100).
 */
import { z } from 'zod'
import type { Indicator } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import { defineRule } from '../rule.js'
import { reportMismatch } from '../finding.js'
import { fmtLike, scoreTolerance } from '../numbers.js'
import { addsUpTo, sumOf } from '../../extract/score-table/arithmetic.js'
import { indicatorSets, isPlaceholder, maxSide } from '../indicators.js'
import { statedMax } from './scores.js'

/** The maximum stated in a group name ('产出指标(50分)' → 50), or null. */
function nameMax(ctx: Context, name: string): number | null {
  const m = ctx.grammar.regex('checks/group-max').exec(name)
  const max = m?.groups?.['max']
  const n = max ? Number(max.split(',').join('')) : NaN
  return Number.isFinite(n) ? n : null
}

/**
 * C22: 项目表: the maxima of a group's indicators add up to the maximum stated
 * in the group name (产出指标(50分)), and the stated group maxima plus the
 * ungrouped maxima (预算执行率 10) add up to 100.
 */
export const c22 = defineRule('C22', z.strictObject({ defaultMax: z.number() }), (record, ctx, env) => {
  const tol = scoreTolerance(env.data)
  const sets = indicatorSets(record, env.data)
  for (const set of sets) {
    const leaves = set.leaves.filter((i) => !isPlaceholder(i))
    // Parent indicators with a maximum: their children's maxima add up to it.
    const named = new Set<string>()
    for (const parent of set.all) {
      const children = set.all.filter((c) => c.parentId === parent.id && !isPlaceholder(c))
      if (!parent.max || children.length === 0 || children.some((c) => !c.max)) continue
      named.add(parent.name)
      compare(children, parent.max.value, { label: `${parent.name} 分值`, raw: parent.max.raw, span: parent.max.span }, parent.name)
    }
    // Groups of the record (groups[], indicators[].groupId) with a stated maximum: the structure the score table read.
    const recordGroups = new Map((record.groups ?? []).map((g) => [g.id, g]))
    const byGroup = new Map<string, Indicator[]>()
    for (const leaf of leaves) {
      for (let id = leaf.groupId ?? null, n = 0; id !== null && n < 8; id = recordGroups.get(id)?.parentId ?? null, n++) {
        byGroup.set(id, [...(byGroup.get(id) ?? []), leaf])
      }
    }
    for (const [id, members] of byGroup) {
      const g = recordGroups.get(id)
      if (!g?.max || named.has(g.label) || members.some((m) => !m.max)) continue
      named.add(g.label)
      compare(members, g.max.value, { label: g.label, raw: g.max.raw, span: g.max.span }, g.label)
    }
    // Indicators without groups in the record: groups named in the path with a stated maximum.
    const groups = new Map<string, Indicator[]>()
    for (const leaf of leaves) {
      if (leaf.groupId) continue
      leaf.path.forEach((_, d) => {
        const key = leaf.path.slice(0, d + 1).join('\u0000')
        groups.set(key, [...(groups.get(key) ?? []), leaf])
      })
    }
    for (const [key, members] of groups) {
      const name = key.split('\u0000').at(-1)!
      const stated = nameMax(ctx, name)
      if (stated === null || named.has(name) || members.some((m) => !m.max)) continue
      compare(members, stated, { label: name, raw: name, span: null }, name)
    }
    // Top level, when the leaves alone cannot be compared with 100.
    if (set.key === 'prose' || leaves.every((i) => i.max)) continue
    const top = new Map<string, number | null>()
    for (const leaf of leaves) {
      const group = leaf.path[0]
      if (group === undefined) top.set(leaf.id, leaf.max?.value ?? null)
      else if (!top.has(`g:${group}`)) top.set(`g:${group}`, nameMax(ctx, group))
    }
    const values = [...top.values()]
    if (values.some((v) => v === null) || ![...top.keys()].some((k) => k.startsWith('g:'))) continue
    const actual = sumOf(values as number[])
    const stated = sets.length === 1 ? statedMax(record) : null
    const expected = stated?.value ?? env.params.defaultMax
    if (addsUpTo(values as number[], expected, tol)) continue
    const first = leaves[0]!
    reportMismatch(ctx, env.spec, {
      at: { label: 'Σ group maxima', raw: String(actual), span: stated?.span ?? first.span },
      actual: String(actual),
      expected: String(expected),
      because: `${[...top.keys()].map((k) => (k.startsWith('g:') ? k.slice(2) : (leaves.find((l) => l.id === k)?.name ?? k))).join(' + ')}`,
      related: leaves.filter((l) => l.path.length === 0 && l.max).map(maxSide),
    })
  }

  function compare(members: Indicator[], stated: number, group: { label: string; raw: string; span: Indicator['span'] | null }, name: string): void {
    const raws = members.map((m) => m.max!.raw)
    const maxima = members.map((m) => m.max!.value)
    if (addsUpTo(maxima, stated, tol)) return
    const actual = sumOf(maxima)
    reportMismatch(ctx, env.spec, {
      at: group.span ? group : { ...group, span: members[0]!.span },
      actual: group.span ? group.raw.trim() : String(stated),
      expected: fmtLike(actual, raws, 0),
      because: `the stated maximum of ${name} = Σ 分值 of its ${members.length} indicators`,
      related: members.map(maxSide),
    })
  }
})
