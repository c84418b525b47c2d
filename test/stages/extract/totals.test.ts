import { describe, expect, it } from 'vitest'
import { readProseTotals } from '../../../src/stages/extract/totals.js'
import { prepare, sliceOf } from './helpers.js'
import { realFixture } from '../../helpers/fixtures.js'

describe('readProseTotals', () => {
  it('should read the score and the quoted grade, without a maximum that is not stated', () => {
    const p = prepare('某某局根据《自评表》进行自评，2020年度部门整体支出的绩效得分为\n95分，绩效等级为“优”。\n（一）预算编制\n该指标分值 8分，自评得分 7分。')
    const t = readProseTotals(p.input, p.ctx)
    expect(t.score).toMatchObject({ value: 95, raw: '95', by: 'scores/total-performance' })
    expect(t.grade).toMatchObject({ value: '优', raw: '优', by: 'scores/grade-level' })
    expect(t.max).toBeNull()
    expect(sliceOf(p.text, t.score!.span)).toBe('95')
    expect(t.score!.span.start.line).toBe(2)
  })

  it('should read a 综合评分 with no grade', () => {
    const t = (() => {
      const p = prepare('经综合评价，南县财政局综合评分为97分。')
      return readProseTotals(p.input, p.ctx)
    })()
    expect(t.score?.value).toBe(97)
    expect(t.grade).toBeNull()
  })

  it('should read a maximum stated in the same sentence', () => {
    const p = prepare('部门整体支出绩效自评得分为92.5分（满分100分），评价结果为“优 秀”。')
    const t = readProseTotals(p.input, p.ctx)
    expect(t.score?.value).toBe(92.5)
    expect(t.max).toMatchObject({ value: 100, raw: '100', by: 'scores/total-max' })
    // the grade is recorded as its band; raw keeps the printed word
    expect(t.grade).toMatchObject({ value: '优', raw: '优 秀', by: 'scores/grade-result' })
  })

  it('should take 总分 as the maximum when the sentence also states the score', () => {
    const p = prepare('本次评价总分100分，自评得分92分。')
    const t = readProseTotals(p.input, p.ctx)
    expect([t.score?.value, t.score?.by, t.max?.value]).toEqual([92, 'scores/total-self', 100])
    const q = prepare('部门自评总分为 88 分。')
    expect(readProseTotals(q.input, q.ctx).score).toMatchObject({ value: 88, by: 'scores/total-sum' })
  })

  it('should take a lone bare 自评得分 as the total, but not one about an indicator', () => {
    const p = prepare('本单位自评得分95分。\n（一）预算编制\n该指标分值 8分，自评得分 7分。\n本指标自评得分 6 分。')
    expect(readProseTotals(p.input, p.ctx).score).toMatchObject({ value: 95, by: 'scores/total-self' })
  })

  it('should not take indicator pairs for the total', () => {
    const p = prepare('该指标分值 8分，自评得分 7分。\n该指标分值 5分，自评得分 5分。')
    expect(readProseTotals(p.input, p.ctx)).toEqual({ score: null, max: null, grade: null })
  })

  it('should keep the first of two different totals and report the other', () => {
    const p = prepare('绩效得分为95分。\n综合评分为93分。')
    expect(readProseTotals(p.input, p.ctx).score?.value).toBe(95)
    const d = p.diagnostics.find((x) => x.code === 'extract/total-ambiguous')
    expect(d).toMatchObject({ expected: '95', actual: '93' })
    expect(d?.related).toHaveLength(1)
  })

  it('should give nulls for a blank template', () => {
    const p = prepare(realFixture('07'), { file: true })
    expect(readProseTotals(p.input, p.ctx)).toEqual({ score: null, max: null, grade: null })
  })

  it('should not read 优化 as a grade', () => {
    const p = prepare('评价结果为优化项目管理提供依据。')
    expect(readProseTotals(p.input, p.ctx).grade).toBeNull()
  })

  it('should read a form label whose unit stands in brackets before the value', () => {
    const p = prepare('单位整体绩效自评表 主管部门 某区文化中心 自评总分(分)91.4 部门联系人')
    const t = readProseTotals(p.input, p.ctx)
    expect(t.score).toMatchObject({ value: 91.4, raw: '91.4', by: 'scores/total-labelled' })
    expect(sliceOf(p.text, t.score!.span)).toBe('91.4')
  })

  it('should read other phrasings of the total and of the grade', () => {
    const cases: Array<[string, number | null, string | null, string | null]> = [
      ['经自评，本单位自评分数为93分，评为“优秀”等次。', 93, '优', '优秀'],
      ['各项指标得分合计 86.5 分，属于良好等级。', 86.5, '良', '良好'],
      ['部门整体支出最终得分为78分，综合评价为“中”。', 78, '中', '中'],
      ['评价得分 90 分。', 90, null, null],
    ]
    for (const [text, score, band, printed] of cases) {
      const p = prepare(text)
      const t = readProseTotals(p.input, p.ctx)
      expect([t.score?.value ?? null, t.grade?.value ?? null, t.grade?.raw ?? null]).toEqual([score, band, printed])
    }
  })

  it('should not read a grade from 中等 or 优化 before a noun', () => {
    const p = prepare('该地区属于中等收入水平，评定为优化等级结构的试点。')
    expect(readProseTotals(p.input, p.ctx).grade).toBeNull()
  })
})
