import { describe, expect, it } from 'vitest'
import { readProseScores } from '../../../src/stages/extract/prose-scores.js'
import { prepare, sliceOf } from './helpers.js'

const body = [
  '（一）预算编制情况',
  '预算编制合理规范。',
  '该指标分值 8分，自评得分 7分。',
  '（二）财政资金管理情况',
  '财政资金支出完成率为 97%。',
  '按照评分标准，该指标分值 7 分，自评得分 6 分。',
  '（三）资产管理情况',
  '资产管理有效。该指标分值',
  '',
  '6分，自评得分 5分。',
].join('\n')

describe('readProseScores', () => {
  it('should read every pair, named by the section it stands in', () => {
    const p = prepare(body, { headings: ['(一)预算编制情况', '(二)财政资金管理情况', '(三)资产管理情况'] })
    const inds = readProseScores(p.input, p.ctx)
    expect(inds.map((i) => [i.id, i.name, i.max?.value, i.score?.value])).toEqual([
      ['ind-p-1', '(一)预算编制情况', 8, 7],
      ['ind-p-2', '(二)财政资金管理情况', 7, 6],
      ['ind-p-3', '(三)资产管理情况', 6, 5],
    ])
    for (const i of inds) {
      expect(i).toMatchObject({ key: null, parentId: null, level: 0, path: [], source: 'prose', target: null, actual: null })
      expect(sliceOf(p.text, i.max!.span)).toBe(i.max!.raw)
      expect(sliceOf(p.text, i.score!.span)).toBe(i.score!.raw)
      expect(i.max!.by).toMatch(/^scores\//)
    }
  })

  it('should span the pair with its lead-in', () => {
    const p = prepare(body, { headings: ['(二)财政资金管理情况', '(三)资产管理情况'] })
    const second = readProseScores(p.input, p.ctx)[1]!
    expect(sliceOf(p.text, second.span)).toBe('按照评分标准，该指标分值 7 分，自评得分 6 分')
    expect(second.max!.raw).toBe('7')
    expect(second.score!.raw).toBe('6')
    expect(second.span.start.line).toBe(6)
  })

  it('should read a pair broken over lines', () => {
    const p = prepare(body, { headings: ['(三)资产管理情况'] })
    const third = readProseScores(p.input, p.ctx)[2]!
    expect(sliceOf(p.text, third.span)).toBe('该指标分值\n\n6分，自评得分 5分')
    expect([third.max!.span.start.line, third.score!.span.start.line]).toEqual([10, 10])
  })

  it('should take the innermost section as the name', () => {
    const text = '一、绩效自评结果\n（一）预算编制情况\n该指标分值 8分，自评得分 7分。'
    const p = prepare(text, { headings: ['一、绩效自评结果', '(一)预算编制情况'] })
    p.input.outline.sections[0]!.level = 1
    p.input.outline.sections[0]!.norm.bodyEnd = p.input.norm.text.length
    expect(readProseScores(p.input, p.ctx)[0]!.name).toBe('(一)预算编制情况')
  })

  it('should read a score with its maximum in brackets', () => {
    const p = prepare('（一）项目管理\n自评得分 9 分（满分 10 分）。', { headings: ['(一)项目管理'] })
    const [ind] = readProseScores(p.input, p.ctx)
    expect([ind!.max!.value, ind!.score!.value]).toEqual([10, 9])
    expect(ind!.max!.by).toBe('scores/pair-score-then-max')
  })

  it('should report a pair outside every section and give it no name', () => {
    const p = prepare('该指标分值 8分，自评得分 7分。')
    const [ind] = readProseScores(p.input, p.ctx)
    expect(ind!.name).toBe('')
    expect(p.diagnostics.map((d) => d.code)).toContain('extract/prose-score-unnamed')
  })

  it('should not read a table header or a bare maximum as a pair', () => {
    const p = prepare('分值 执行率 得分\n年度资金总额: 0 0 0 10 0 0\n该指标分值 8分。')
    expect(readProseScores(p.input, p.ctx)).toEqual([])
  })

  it('should read pairs with a deduction or a bare 得 between 分值 and the score', () => {
    const text = ['（一）预算执行情况', '该项指标分值为10分，扣0.5分，得9.5分。', '（二）信息公开情况', '分值4分,该指标得分4分。', '（三）服务对象满意度', '本项得6分（分值8分）。'].join('\n')
    const p = prepare(text, { headings: ['(一)预算执行情况', '(二)信息公开情况', '(三)服务对象满意度'] })
    const inds = readProseScores(p.input, p.ctx)
    expect(inds.map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([
      ['(一)预算执行情况', 10, 9.5],
      ['(二)信息公开情况', 4, 4],
      ['(三)服务对象满意度', 8, 6],
    ])
    expect(sliceOf(p.text, inds[0]!.score!.span)).toBe('9.5')
  })
})


describe('readProseScores on narrative pairs without 分值', () => {
  const narrative = [
    '（一）预算编制情况',
    '预算编制（10分）得9分。部分项目细化不够，调整率8.40%。',
    '（二）满意度情况',
    '服务对象满意度（10分）得9.5分。问卷调查满意度为95.20分。',
    '（三）资金管理情况（15分）',
    '严格执行财务制度，扣1分，得14分。',
    '（四）资产管理情况（10分）',
    '资产账实相符，每低1%扣0.5分，得分率90%。',
    '（五）重点工作情况（30分）',
    '完成率98%得28分，宣传得2分。',
  ].join('\n')
  const headings = ['(一)预算编制情况', '(二)满意度情况', '(三)资金管理情况(15分)', '(四)资产管理情况(10分)', '(五)重点工作情况(30分)']

  it('should read 名称（N分）得M分 named by the name printed before the bracket', () => {
    const p = prepare(narrative, { headings })
    const inds = readProseScores(p.input, p.ctx)
    expect(inds.slice(0, 2).map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([['预算编制', 10, 9], ['服务对象满意度', 10, 9.5]])
    for (const i of inds) expect(sliceOf(p.text, i.score!.span)).toBe(i.score!.raw)
  })

  it('should pair a heading’s maximum with the one score of its body, and read nothing when the body states none or two', () => {
    const p = prepare(narrative, { headings })
    const inds = readProseScores(p.input, p.ctx)
    expect(inds.slice(2).map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([['(三)资金管理情况', 15, 14]])
  })
})

describe('readProseScores when several pairs share one section', () => {
  const text = ['二、绩效自评情况', '（一）预算编制情况。编制合理。该项分值10分，自评得分9分。', '（二）资产管理情况。账实相符，该指标分值为10分，得分10分。', '另有说明，分值5分，得分4分。'].join('\n')

  it('should name each by the heading run into its line, and leave one with no name of its own unread, with a diagnostic', () => {
    const p = prepare(text, { headings: [['二、绩效自评情况', 1]] })
    const inds = readProseScores(p.input, p.ctx)
    expect(inds.map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([['预算编制情况', 10, 9], ['资产管理情况', 10, 10]])
    expect(p.diagnostics.some((d) => d.code === 'extract/prose-score-unnamed')).toBe(true)
  })
})
