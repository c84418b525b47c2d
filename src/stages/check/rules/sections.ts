/**
 * C10, C19: structure (warnings).
 *   C10 each indicator scored in prose sits in a section of its own
 *   C19 sibling sections of one numbering kind run 1, 2, 3… under each parent
 */
import { z } from 'zod'
import type { Section } from '../../../model/report.js'
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

export const c10 = defineRule('C10', z.strictObject({}), (record, ctx, env) => {
  const seen = new Map<string, (typeof record.indicators)[number]>()
  for (const ind of record.indicators) {
    if (ind.source !== 'prose') continue
    const section = sectionAt(record.sections, ind.span.start.offset)
    if (!section) continue
    const first = seen.get(section.id)
    if (!first) {
      seen.set(section.id, ind)
      continue
    }
    reportMismatch(ctx, env.spec, {
      at: { label: ind.name, raw: '', span: ind.span },
      actual: `a second score pair in ${section.marker}${section.title}`,
      expected: 'one per section',
      because: 'each indicator has its own section',
      related: [
        { label: `first pair (${first.name})`, raw: '', span: first.span },
        { label: 'section', raw: section.marker + section.title, span: section.span },
      ],
    })
  }
})

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
