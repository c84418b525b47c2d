import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, sourced } from './build.js'

const record = (score: number, grade: string) => emptyRecord({ totals: { score: sourced(score), max: null, grade: sourced(grade) } })

describe('C09 check/grade-band', () => {
  it('should not flag a grade in its default band (95 → 优, 85 → 良好, 70 → 合格, 50 → 差)', () => {
    for (const [s, g] of [[95, '优'], [90, '优秀'], [85, '良好'], [70, '合格'], [50, '差'], [59.5, '不合格'], [80, '“良”']] as const) {
      expect(check(record(s, g))).toEqual([])
    }
  })

  it('should flag a grade outside the band of the total, citing grade and total', () => {
    const r = record(95, '良')
    const findings = check(r)
    expect(codesOf(findings)).toEqual(['check/grade-band'])
    expect(findings[0]!.message).toMatch(/^Unexpected 良, expected 优\/优秀 /)
    expect(findings[0]!.span).toBe(r.totals.grade!.span)
    expect(findings[0]!.related!.map((x) => x.span)).toEqual([r.totals.score!.span])
  })

  it('should flag 89.5 → 优 (no rounding up into a band)', () => {
    expect(codesOf(check(record(89.5, '优')))).toEqual(['check/grade-band'])
  })

  it('should be n/a for a grade word outside the vocabulary, or without a grade', () => {
    expect(check(record(95, '满意'))).toEqual([])
    expect(check(emptyRecord({ totals: { score: sourced(40), max: null, grade: null } }))).toEqual([])
  })
})
