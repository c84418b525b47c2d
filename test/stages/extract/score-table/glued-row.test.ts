/** Glued OCR number runs split into a row's columns by the arithmetic (synthetic rows, invented numbers). */
import { describe, expect, it } from 'vitest'
import { splitGluedRow, type Run } from '../../../../src/stages/extract/score-table/glued-row.js'
import { readText } from './helpers.js'

/** Runs of a glued string: each maximal digits[.digits][%] stretch. */
const runs = (s: string): Run[] => [...s.matchAll(/\d+(?:\.\d+)*%?/g)].map((m) => ({ text: m[0], start: m.index }))
const read = (s: string, cols: Parameters<typeof splitGluedRow>[1]) =>
  Object.fromEntries([...splitGluedRow(runs(s), cols)].map(([k, p]) => [k, p.text]))

describe('splitGluedRow', () => {
  it('should split 预算 | 执行 | 分值 | 执行率 | 得分 so that 执行率 = 执行/预算', () => {
    expect(read('303015100.00%15', ['adjusted', 'executed', 'max', 'rate', 'score'])).toEqual({
      adjusted: '30', executed: '30', max: '15', rate: '100.00%', score: '15',
    })
  })

  it('should split 分值 | 得分 so that 得分 = 分值 × 执行率 when the money cells are blank', () => {
    expect(read('84%86.72', ['initial', 'adjusted', 'executed', 'rate', 'max', 'score'])).toMatchObject({ rate: '84%', max: '8', score: '6.72' })
  })

  it('should split 权重 | 得分 after a 得分系数 of 100%', () => {
    expect(read('95%98%100%44', ['target', 'target', 'coef', 'max', 'score'])).toMatchObject({ max: '4', score: '4' })
    expect(read('100%1515', ['target', 'target', 'coef', 'max', 'score'])).toMatchObject({ max: '15', score: '15' })
  })

  it('should give only what every fitting split agrees on', () => {
    // 22|1|1 and 2|21|1 both satisfy 得分 ≤ 分值 with no rate or coefficient to decide: the 分值 stays unread
    const got = read('2211', ['target', 'max', 'score'])
    expect(got.max).toBeUndefined()
    expect(got.target).toBeUndefined()
    expect(got.score).toBe('1')
  })

  it('should give nothing when the arithmetic admits no reading', () => {
    expect(read('5090%', ['max', 'score'])).toEqual({})
  })

  it('should stay bounded on a long run of digits', () => {
    expect(read('1'.repeat(60), ['initial', 'adjusted', 'executed', 'max', 'rate', 'score'])).toEqual({})
  })
})

describe('glued OCR forms read by the header order', () => {
  const form =
    '1、部门整体绩效自评表主管部门某某局自评总分(分)95.5部门预算执行情况年初预算数全年预算数全年执行数执行率(%)执行率权重执行率得分(分)O90%109当年绩效目标保障日常运转。' +
    '指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标' +
    '办公经费控制率%定量指标100%98%100%55否会议培训次数次12次12次100%1010是档案管理规范性高高100%43否'

  it('should read the funds row without a label as 执行率 with 分值 10 and 得分 9', () => {
    const r = readText(form)
    expect(r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])).toContainEqual(['执行率', 10, 9])
  })

  it('should end each row at the 是/否 of the yes/no column and split 权重 | 得分 by the 得分系数', () => {
    const r = readText(form)
    const got = r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])
    expect(got).toContainEqual(['办公经费控制率', 5, 5])
    expect(got).toContainEqual(['会议培训次数次', 10, 10])
  })

  it('should leave 4|3 at a 100% 得分系数 unread (得分 must equal 权重 × 系数)', () => {
    const r = readText(form)
    expect(r.indicators.some((i) => i.name.startsWith('档案管理') && (i.max !== null || i.score !== null))).toBe(false)
    expect(r.diagnostics.some((d) => d.code === 'extract/score-table-ambiguous-split' && d.message.includes('43'))).toBe(true)
  })

  it('should keep spans on the digits in the original text', () => {
    const r = readText(form)
    for (const i of r.indicators) for (const v of [i.max, i.score]) if (v) expect(r.doc.text.slice(v.span.start.offset, v.span.end.offset)).toBe(v.raw)
  })
})
