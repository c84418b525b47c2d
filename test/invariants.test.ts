/**
 * Invariants over every fixture and seed: the record passes its schema,
 * every sourced value slices back to its raw text, and the outline is in
 * document order with children inside their parents.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { runFile } from '../src/pipeline/run.js'
import { readSource } from '../src/source/read.js'
import { Report } from '../src/model/report.js'
import { fixtureCases } from './helpers/fixtures.js'
import { sourcedValues } from './helpers/invariants.js'

const inputs = [
  ...fixtureCases().map((c) => ({ name: c.name, path: c.input })),
  ...readdirSync('seeds').map((f) => ({ name: `seeds/${f}`, path: join('seeds', f) })),
]

describe.each(inputs)('$name', ({ path }) => {
  it('should give a record that keeps every invariant', async () => {
    const result = await runFile(path)
    if (!result.ok) {
      // a fixture that cannot be read must say why, in one line naming the file
      expect(result.diagnostics.length).toBeGreaterThan(0)
      expect(result.diagnostics[0]!.severity).toBe('error')
      return
    }
    const record = result.report
    expect(Report.safeParse(record).success).toBe(true)

    const read = await readSource(path)
    const text = read.doc!.text
    const values = sourcedValues(record)
    for (const v of values) {
      expect.soft(text.slice(v.span.start.offset, v.span.end.offset), v.where).toBe(v.raw)
      expect.soft(v.span.start.offset <= v.span.end.offset, v.where).toBe(true)
    }

    const sections = record.sections
    for (let i = 1; i < sections.length; i++) {
      expect.soft(sections[i]!.span.start.offset, `section ${sections[i]!.id} in order`).toBeGreaterThanOrEqual(sections[i - 1]!.span.end.offset)
    }
    const byId = new Map(sections.map((s) => [s.id, s]))
    for (const s of sections) {
      if (!s.parentId) continue
      const parent = byId.get(s.parentId)
      expect.soft(parent, `parent of ${s.id}`).toBeDefined()
      if (!parent) continue
      expect.soft(s.level, `${s.id} deeper than its parent`).toBeGreaterThan(parent.level)
      expect.soft(s.span.start.offset, `${s.id} inside its parent`).toBeGreaterThanOrEqual(parent.span.start.offset)
      expect.soft(s.bodySpan.end.offset, `${s.id} ends inside its parent`).toBeLessThanOrEqual(parent.bodySpan.end.offset)
    }
  })
})
