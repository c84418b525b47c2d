/**
 * C22: group maxima of a project score table. Groups come from the record's structure
 * (groups[] with their stated maxima, indicators[].groupId); only indicators a reader left without
 * a group fall back to the maximum printed in their path (产出指标(50分)). A group whose membership
 * the reader marked uncertain (its label carried down over blank cells) is compared only as info.
 *   - the maxima of a group's indicators add up to the group's maximum, stated either by a parent
 *     indicator or inside the group name in the indicators' path (产出指标(50分));
 *   - when some leaf maxima are blank, the stated group maxima plus the ungrouped maxima
 *     (预算执行率 10) add up to 100 (otherwise C06 already compares the leaves with 100).
 */
import { z } from 'zod'
import type { Indicator, IndicatorGroup } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { fmtLike, scoreTolerance, sum } from '../numbers.js'
import { indicatorSets, isPlaceholder, maxSide } from '../indicators.js'
import { statedMax } from './scores.js'

/** The maximum stated in a group name ('产出指标(50分)' → 50), or null. */
function nameMax(ctx: Context, name: string): number | null {
  const m = ctx.grammar.regex('checks/group-max').exec(name)
  const n = m?.[1] ? Number(m[1].split(',').join('')) : NaN
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
  const recordGroups = new Map((record.groups ?? []).map((g) => [g.id, g]))
  for (const set of sets) {
    const leaves = set.leaves.filter((i) => !isPlaceholder(i))
    // A blank form (no score at all) is not an evaluation: n/a, as for C06.
    if (leaves.every((i) => i.score === null)) continue
    // Parent indicators with a maximum: their children's maxima add up to it.
    const named = new Set<string>()
    for (const parent of set.all) {
      const children = set.all.filter((c) => c.parentId === parent.id && !isPlaceholder(c))
      if (!parent.max || children.length === 0 || children.some((c) => !c.max)) continue
      named.add(parent.name)
      compare(children, parent.max.value, { label: `${parent.name} 分值`, raw: parent.max.raw, span: parent.max.span }, parent.name)
    }
    // Groups of the record (groups[], indicators[].groupId) with a stated maximum: the structure the score table read.
    const byGroup = new Map<string, Indicator[]>()
    for (const leaf of leaves) for (const g of chainOf(leaf)) byGroup.set(g.id, [...(byGroup.get(g.id) ?? []), leaf])
    for (const [id, members] of byGroup) {
      const g = recordGroups.get(id)
      if (!g?.max || named.has(g.label) || members.some((m) => !m.max)) continue
      named.add(g.label)
      // a sub-group with a stated maximum and no indicator read leaves the group short of members
      const empty = (record.groups ?? []).find((c) => c.parentId === id && c.max && !byGroup.has(c.id))
      const doubt = g.uncertain ?? (empty ? `its sub-group ${empty.label} (${empty.max!.value}) holds no indicator that was read` : null)
      compare(members, g.max.value, { label: g.label, raw: g.max.raw, span: g.max.span }, g.label, doubt ? `group ${g.label}: ${doubt}` : null)
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
    // the top-level entries: each outermost group of the record (its stated maximum), else of the path, else the leaf
    const top = new Map<string, { name: string; max: number | null; side: Side | null; doubt: string | null }>()
    for (const leaf of leaves) {
      const root = chainOf(leaf)[0]
      const group = leaf.path[0]
      if (root) {
        if (!top.has(`g:${root.id}`)) {
          const side = root.max ? { label: root.label, raw: root.max.raw, span: root.max.span } : null
          top.set(`g:${root.id}`, { name: root.label, max: root.max?.value ?? null, side, doubt: root.uncertain ? `group ${root.label}: ${root.uncertain}` : null })
        }
      } else if (group === undefined) top.set(leaf.id, { name: leaf.name, max: leaf.max?.value ?? null, side: leaf.max ? maxSide(leaf) : null, doubt: null })
      else if (!top.has(`p:${group}`)) top.set(`p:${group}`, { name: group, max: nameMax(ctx, group), side: null, doubt: null })
    }
    const entries = [...top.entries()]
    if (entries.some(([, e]) => e.max === null) || !entries.some(([k]) => k.startsWith('g:') || k.startsWith('p:'))) continue
    const actual = sum(entries.map(([, e]) => e.max!))
    const stated = sets.length === 1 ? statedMax(record) : null
    const expected = stated?.value ?? env.params.defaultMax
    if (Math.abs(actual - expected) <= tol) continue
    const first = leaves[0]!
    reportMismatch(ctx, env.spec, {
      at: { label: 'Σ group maxima', raw: String(actual), span: stated?.span ?? first.span },
      actual: String(actual),
      expected: String(expected),
      because: entries.map(([, e]) => e.name).join(' + '),
      related: entries.flatMap(([, e]) => (e.side ? [e.side] : [])),
      doubt: entries.find(([, e]) => e.doubt)?.[1].doubt ?? null,
    })
  }

  /** The record groups of a leaf, from the outermost to its own (none when the reader gave it none). */
  function chainOf(leaf: Indicator): IndicatorGroup[] {
    const out: IndicatorGroup[] = []
    for (let id = leaf.groupId ?? null; id !== null && out.length < 8; id = recordGroups.get(id)?.parentId ?? null) {
      const g = recordGroups.get(id)
      if (!g || out.includes(g)) break
      out.unshift(g)
    }
    return out
  }

  function compare(members: Indicator[], stated: number, group: { label: string; raw: string; span: Indicator['span'] | null }, name: string, doubt: string | null = null): void {
    const raws = members.map((m) => m.max!.raw)
    const actual = sum(members.map((m) => m.max!.value))
    if (Math.abs(actual - stated) <= tol) return
    reportMismatch(ctx, env.spec, {
      at: group.span ? group : { ...group, span: members[0]!.span },
      actual: group.span ? group.raw.trim() : String(stated),
      expected: fmtLike(actual, raws, 0),
      because: `the stated maximum of ${name} = Σ 分值 of its ${members.length} indicators`,
      related: members.map(maxSide),
      doubt,
    })
  }
})
