/**
 * C10, C19: structure (warnings).
 *   C10 each indicator scored in prose sits in a section of its own
 *   C19 sibling sections of one numbering kind run 1, 2, 3… under each parent
 */
import { z } from 'zod'
import type { Indicator, Section } from '../../../model/report.js'
import { defineRule } from '../rule.js'
import { reportMismatch } from '../finding.js'

/** The deepest section whose body holds the offset. */
function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let best: Section | null = null
  for (const s of sections) {
    if (s.bodySpan.start.offset <= offset && offset < s.bodySpan.end.offset && (!best || s.level >= best.level)) best = s
  }
  return best
}

/** C10: Structural: each indicator scored in prose has its own section; two score pairs in one section are suspicious. */
export const c10 = defineRule('C10', z.strictObject({}), (record, ctx, env) => {
  // Prose pairs by the deepest section holding them.
  const bySection = new Map<string, { section: Section; pairs: Indicator[] }>()
  for (const ind of record.indicators) {
    if (ind.source !== 'prose') continue
    const section = sectionAt(record.sections, ind.span.start.offset)
    if (!section) continue
    const entry = bySection.get(section.id) ?? { section, pairs: [] }
    entry.pairs.push(ind)
    bySection.set(section.id, entry)
  }
  const siblingKey = (s: Section) => `${s.parentId ?? ''}\u0000${s.markerKind}`
  for (const { section, pairs } of bySection.values()) {
    if (pairs.length < 2) continue
    // Only where the outline shows one pair per section among the siblings: otherwise the headings
    // of the indicators were not found, which is a parse problem, not the document's.
    const siblingsWithOne = [...bySection.values()].some(
      (e) => e.section.id !== section.id && siblingKey(e.section) === siblingKey(section) && e.pairs.length === 1,
    )
    if (!siblingsWithOne) continue
    const [first, second] = pairs as [Indicator, Indicator]
    reportMismatch(ctx, env.spec, {
      at: { label: second.name, raw: '', span: second.span },
      actual: `${pairs.length} score pairs in ${section.marker}${section.title}`,
      expected: 'one per section',
      because: 'each indicator has its own section, as its sibling sections do',
      related: [
        { label: `first pair (${first.name})`, raw: '', span: first.span },
        { label: 'section', raw: section.marker + section.title, span: section.span },
      ],
    })
  }
})

/** C19: Structural: the ordinals of sibling sections of one numbering kind run 1, 2, 3… under each parent. */
export const c19 = defineRule('C19', z.strictObject({}), (record, ctx, env) => {
  const groups = new Map<string, Section[]>()
  for (const s of record.sections) {
    const key = `${s.parentId ?? ''}\u0000${s.markerKind}`
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  const byId = new Map(record.sections.map((s) => [s.id, s]))
  for (const siblings of groups.values()) {
    siblings.sort((a, b) => a.span.start.offset - b.span.start.offset)
    siblings.forEach((s, i) => {
      const previous = siblings[i - 1]
      const expected = previous ? previous.ordinal + 1 : 1
      if (s.ordinal === expected) return
      const parent = s.parentId ? byId.get(s.parentId) : undefined
      const other = previous ?? parent
      reportMismatch(ctx, env.spec, {
        at: { label: 'heading', raw: s.marker, span: s.span },
        actual: s.marker.trim(),
        expected: previous ? `the ordinal after ${previous.marker.trim()}` : 'the first ordinal',
        because: previous ? 'sibling sections are numbered in sequence' : 'the first section under a parent is numbered 1',
        related: other ? [{ label: previous ? 'previous sibling' : 'parent', raw: other.marker + other.title, span: other.span }] : [],
      })
    })
  }
})
