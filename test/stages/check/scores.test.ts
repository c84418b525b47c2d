import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, indicator, sourced } from './build.js'

/** The seed's nine prose pairs (分值, 得分), read from the report. */
const SEED: [string, number, number][] = [
  ['预算编制', 8, 7],
  ['绩效目标设置', 8, 6],
  ['财政资金管理', 7, 7],
  ['财务管理', 20, 19],
  ['项目管理', 11, 11],
  ['资产管理', 6, 5],
  ['公用经费控制', 5, 5],
  ['重点任务完成与部门履职效益', 30, 30],
  ['公众或服务对象满意度', 5, 5],
]

const seedIndicators = (edit: Record<string, [number | null, number | null]> = {}) =>
  SEED.map(([name, max, score]) => indicator(name, edit[name]?.[0] ?? max, edit[name] ? edit[name][1] : score))

const totals = (score: number | null, grade: string | null = '优') => ({
  score: score === null ? null : sourced(score),
  max: null,
  grade: grade === null ? null : sourced(grade),
})

describe('C06 check/max-sum', () => {
  it('should not flag 8+8+7+20+11+6+5+30+5 = 100', () => {
    expect(check(emptyRecord({ indicators: seedIndicators(), totals: totals(95) }))).toEqual([])
  })

  it('should flag Σ 分值 ≠ 100, citing every 分值', () => {
    const indicators = seedIndicators({ 预算编制: [9, 7] })
    const findings = check(emptyRecord({ indicators, totals: totals(95) }))
    expect(codesOf(findings)).toEqual(['check/max-sum'])
    expect(findings[0]!.message).toMatch(/^Unexpected 101, expected 100 /)
    expect(findings[0]!.related).toHaveLength(9)
    expect(findings[0]!.related![0]!.span).toBe(indicators[0]!.max!.span)
  })

  it('should compare with a stated 满分 but not with a derived one', () => {
    const indicators = seedIndicators()
    expect(codesOf(check(emptyRecord({ indicators, totals: { ...totals(95), max: sourced(90) } })))).toEqual(['check/max-sum'])
    const derived = { value: 100, from: [], rule: 'sum' }
    expect(check(emptyRecord({ indicators: seedIndicators({ 预算编制: [9, 7] }), totals: { ...totals(95), max: derived } })).map((f) => f.expected)).toEqual(['100'])
  })

  it('should only note (info) a sum short of 100: a form cut off and a missed indicator look the same', () => {
    const findings = check(emptyRecord({ indicators: seedIndicators().slice(0, 8), totals: totals(null, null) }))
    expect(codesOf(findings)).toEqual(['check/max-sum-short'])
    expect(findings[0]!.severity).toBe('info')
  })

  it('should be n/a on a blank form (no score at all)', () => {
    const blank = SEED.map(([name, max]) => indicator(name, max + 1, null))
    expect(check(emptyRecord({ indicators: blank }))).toEqual([])
  })

  it('should be n/a when a 分值 is missing', () => {
    expect(check(emptyRecord({ indicators: seedIndicators({ 预算编制: [null, 7] }), totals: totals(null, null) }))).toEqual([])
  })
})

describe('C07 check/score-sum', () => {
  it('should flag Σ 得分 ≠ the stated total, citing the total and each score', () => {
    const t = totals(96)
    const indicators = seedIndicators()
    const findings = check(emptyRecord({ indicators, totals: t }))
    expect(codesOf(findings)).toEqual(['check/score-sum'])
    expect(findings[0]!.message).toMatch(/^Unexpected 96, expected 95 /)
    expect(findings[0]!.span).toBe(t.score!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual(indicators.map((i) => i.score!.span))
  })

  it('should flag a total above the known scores plus the blank ones’ 分值 (银川: ≤ 94 < 98)', () => {
    const indicators = [indicator('a', 50, 47), indicator('b', 40, 37), indicator('c', 10, null)]
    expect(codesOf(check(emptyRecord({ indicators, totals: totals(98, null) })))).toEqual(['check/score-sum'])
    expect(check(emptyRecord({ indicators, totals: totals(92, null) }))).toEqual([])
  })

  it('should bound the total by what indicators missing from the record could add (Σ 分值 90 of 100)', () => {
    const indicators = [indicator('a', 50, 47), indicator('b', 40, 37)]
    const findings = check(emptyRecord({ indicators, totals: totals(98, null) })).filter((f) => f.code === 'check/score-sum')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/^Unexpected 98, expected 84–94 /)
    expect(check(emptyRecord({ indicators, totals: totals(92, null) })).filter((f) => f.code === 'check/score-sum')).toEqual([])
  })

  it('should be n/a without a stated total', () => {
    expect(check(emptyRecord({ indicators: seedIndicators({ 预算编制: [8, 1] }), totals: totals(null, null) }))).toEqual([])
  })
})

describe('C08 check/score-range', () => {
  it('should flag 得分 above 分值, citing both', () => {
    const indicators = [indicator('预算编制', 8, 9), indicator('其他', 92, 86)]
    const findings = check(emptyRecord({ indicators, totals: totals(95) }))
    expect(codesOf(findings)).toEqual(['check/score-range'])
    expect(findings[0]!.span).toBe(indicators[0]!.score!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([indicators[0]!.max!.span])
  })

  it('should flag a negative score and not a full one', () => {
    expect(codesOf(check(emptyRecord({ indicators: [indicator('a', 100, -1)] })))).toEqual(['check/score-range'])
    expect(check(emptyRecord({ indicators: [indicator('a', 100, 100)] }))).toEqual([])
  })
})

describe('C07 with a score whose 分值 is not printed', () => {
  it('should only check that the total is not below the known scores', () => {
    const indicators = [indicator('a', null, 47), indicator('b', 40, 37)]
    expect(check(emptyRecord({ indicators, totals: totals(99, null) }))).toEqual([])
    const findings = check(emptyRecord({ indicators, totals: totals(80, null) }))
    expect(codesOf(findings)).toEqual(['check/score-sum'])
    expect(findings[0]!.message).toMatch(/^Unexpected 80, expected ≥ 84 /)
  })
})
