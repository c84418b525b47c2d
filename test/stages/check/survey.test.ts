import { describe, expect, it } from 'vitest'
import { check, emptyRecord, fact, indicator } from './build.js'

const survey = () => fact('satisfaction-survey-score', 95.42, '分', '95.42')

describe('C24 check/survey-score', () => {
  it('should not flag the seed: survey 95.42分, indicator 公众或服务对象满意度 scored 5 of 5', () => {
    const record = emptyRecord({ facts: [survey()], indicators: [indicator('公众或服务对象满意度', 5, 5)] })
    expect(check(record).filter((f) => f.code === 'check/survey-score')).toEqual([])
  })

  it('should note (info) a 满意度 得分 equal to the survey score and above its 分值, citing the survey', () => {
    const s = survey()
    const ind = indicator('公众或服务对象满意度', 5, 95.42)
    const findings = check(emptyRecord({ facts: [s], indicators: [ind] })).filter((f) => f.code === 'check/survey-score')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.severity).toBe('info')
    expect(findings[0]!.message).toMatch(/^Unexpected 95\.42, expected at most 5 /)
    expect(findings[0]!.span).toBe(ind.score!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([s.span, ind.max!.span])
  })

  it('should not flag another indicator with that score, nor a 满意度 indicator whose 分值 allows it', () => {
    const other = indicator('产出数量', 5, 95.42)
    const big = indicator('服务对象满意度', 100, 95.42)
    const findings = check(emptyRecord({ facts: [survey()], indicators: [other, big] }))
    expect(findings.filter((f) => f.code === 'check/survey-score')).toEqual([])
  })
})
