/**
 * model/validate: zod without its JIT while a schema is cold gives the same
 * data and the same issues as zod with it, and switches to the JIT after
 * JIT_AFTER parses of a schema.
 */
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { Report } from '../../src/model/report.js'
import { JIT_AFTER, parse, safeParse } from '../../src/model/validate.js'
import { GrammarFile } from '../../src/grammar/schema.js'
import { readFileSync, readdirSync } from 'node:fs'
import { GRAMMAR_DIR } from '../../src/package-root.js'
import { sampleReport } from '../store/sample-report.js'

describe('validation while a schema is cold', () => {
  it('should give the data zod gives with its JIT, key order included, on a record and on every grammar file', () => {
    const record = sampleReport()
    const cold = safeParse(Report, record)
    expect(cold.success).toBe(true)
    expect(JSON.stringify(cold.data)).toBe(JSON.stringify(Report.parse(record)))
    for (const name of readdirSync(GRAMMAR_DIR).filter((n) => n.endsWith('.json'))) {
      const raw: unknown = JSON.parse(readFileSync(`${GRAMMAR_DIR}/${name}`, 'utf8'))
      expect(JSON.stringify(safeParse(GrammarFile, raw).data), name).toBe(JSON.stringify(GrammarFile.parse(raw)))
    }
  })

  it('should give the same issues on an invalid record', () => {
    const bad = { ...sampleReport(), indicators: [{ name: 3 }] }
    const cold = safeParse(Report, bad)
    const jit = Report.safeParse(bad)
    expect(cold.success).toBe(false)
    expect(cold.error!.issues).toEqual(jit.error!.issues)
    expect(() => parse(Report, bad)).toThrow(z.ZodError)
  })

  it('should use zod without its JIT for the first JIT_AFTER parses of a schema, then with it', () => {
    const schema = z.strictObject({ a: z.number(), b: z.object({ c: z.string() }) })
    const spy = vi.spyOn(schema, 'safeParse')
    for (let i = 0; i < JIT_AFTER + 2; i++) expect(parse(schema, { a: i, b: { c: 'x' } })).toEqual({ a: i, b: { c: 'x' } })
    const options = spy.mock.calls.map((c) => c[1])
    expect(options.slice(0, JIT_AFTER).every((o) => o?.jitless === true)).toBe(true)
    expect(options.slice(JIT_AFTER)).toEqual([undefined, undefined])
  })
})
