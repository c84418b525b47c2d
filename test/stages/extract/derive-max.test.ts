import { describe, expect, it } from 'vitest'
import { deriveMax } from '../../../src/stages/extract/index.js'
import type { Indicator, Totals } from '../../../src/model/report.js'
import type { Span } from '../../../src/model/provenance.js'

const span = (offset: number): Span => ({
  start: { offset, line: 1, column: offset + 1, page: null },
  end: { offset: offset + 1, line: 1, column: offset + 2, page: null },
})
const sourced = (value: number, offset: number) => ({ value, raw: String(value), span: span(offset), by: 'test' })
const indicator = (max: number | null, offset: number): Indicator => ({
  id: `i${offset}`, name: `指标${offset}`, key: null, parentId: null, level: 0, path: [],
  max: max === null ? null : sourced(max, offset), score: null, target: null, actual: null, source: 'prose', span: span(offset),
})
const totals = (score: number | null, max: Totals['max'] = null): Totals => ({ score: score === null ? null : sourced(score, 99), max, grade: null })

describe('deriveMax', () => {
  it('should derive the 满分 as Σ 分值, with the spans of the 分值 and its rule', () => {
    const t = deriveMax(totals(95), [indicator(60, 1), indicator(40, 2)])
    expect(t.max).toEqual({ value: 100, from: [span(1), span(2)], rule: 'sum of the indicators’ 分值' })
  })

  it('should keep a stated 满分', () => {
    const stated = sourced(100, 50)
    expect(deriveMax(totals(95, stated), [indicator(60, 1)]).max).toBe(stated)
  })

  it('should not derive one without a stated score, with a blank 分值, or below the score (indicators missing)', () => {
    expect(deriveMax(totals(null), [indicator(60, 1)]).max).toBeNull()
    expect(deriveMax(totals(95), [indicator(60, 1), indicator(null, 2)]).max).toBeNull()
    expect(deriveMax(totals(98), [indicator(60, 1), indicator(30, 2)]).max).toBeNull()
  })
})
