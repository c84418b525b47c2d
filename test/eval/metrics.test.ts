/** The evaluation's name matching and counts. */
import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../src/grammar/load.js'
import { matchHeadings, matchTriples, nameKey, namesMatch, prf } from '../../src/eval/metrics.js'

const g = loadGrammar()

describe('nameKey', () => {
  it('should strip 指标N prefixes, ★, parenthesised parts, spaces and trailing colons', () => {
    expect(nameKey(g, '指标1工程资金金额')).toBe('工程资金金额')
    expect(nameKey(g, '★补助鱼塘面积')).toBe('补助鱼塘面积')
    expect(nameKey(g, '年度资金总额(预算执行)')).toBe('年度资金总额')
    expect(nameKey(g, '年度资金总额:')).toBe('年度资金总额')
    expect(nameKey(g, '产 出 指 标')).toBe('产出指标')
  })

  it('should fold traditional characters as the report text is folded', () => {
    expect(nameKey(g, '目標內容')).toBe(nameKey(g, '目标内容'))
    expect(nameKey(g, '決策依據(jù)')).toBe('决策依据')
  })
})

describe('namesMatch', () => {
  it('should match a name that contains the other when the shorter has 4+ characters', () => {
    expect(namesMatch('财务管理财务管理制度有效性', '财务管理制度有效性')).toBe(true)
    expect(namesMatch('年度资金总额', '总额')).toBe(false)
  })
})

describe('matchTriples', () => {
  it('should count a triple only when its numbers are equal too', () => {
    const m = matchTriples(g, [{ name: '预算编制', max: 8, score: 7 }, { name: '资产管理', max: 6, score: 6 }], [
      { name: '预算编制情况', max: 8, score: 7 },
      { name: '资产管理情况', max: 6, score: 5 },
    ])
    expect([m.tp, m.predicted, m.expected]).toEqual([1, 2, 2])
  })
  it('should match null scores of blank forms', () => {
    expect(matchTriples(g, [{ name: '相关性', max: 5, score: null }], [{ name: '相关性', max: 5, score: null }]).tp).toBe(1)
  })
})

describe('prf', () => {
  it('should give P, R and F1', () => {
    expect(prf({ tp: 3, predicted: 4, expected: 6 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 })
  })
  it('should give 1 when nothing is expected and nothing found', () => {
    expect(prf({ tp: 0, predicted: 0, expected: 0 }).f1).toBe(1)
  })
})

describe('matchHeadings', () => {
  it('should compare headings without white space and a trailing 。', () => {
    expect(matchHeadings(g, ['五、其他自评情况'], ['五、 其他自评情况。']).tp).toBe(1)
  })
})

describe('money totals, unit and blank templates', async () => {
  const { matchAmounts, tablesUnit, valueCount } = await import('../../src/eval/amounts.js')
  const { loadGrammar } = await import('../../src/grammar/load.js')
  const g = loadGrammar()
  const cell = (value: number | null) => ({ value, raw: value === null ? '' : String(value), span: null })
  const record = {
    tables: [
      { unit: '元', rows: [{ label: '收入 总计', cells: [cell(12121164), cell(null)] }, { label: '一、财政拨款收入', cells: [cell(9501164)] }] },
      { unit: '元', rows: [{ label: '合计', cells: [cell(null), cell(100)] }] },
      { unit: '万元', rows: [] },
    ],
    facts: [{ label: '收入预算总计', value: 9146.79 }],
  } as unknown as import('../../src/model/report.js').Report
  it('should find a total by its label and value in any table, and a prose total among the facts', () => {
    const m = matchAmounts(g, record, [{ label: '收入总计', value: 12121164 }, { label: '合计', value: 100 }, { label: '合计', value: 99 }], [{ label: '收入预算总计', value: 9146.79 }])
    expect([m.tp, m.expected]).toEqual([3, 4])
    expect(m.missed).toEqual([{ label: '合计', value: 99 }])
  })
  it('should take the unit most tables state and count every value read', () => {
    expect(tablesUnit(record)).toBe('元')
    expect(valueCount(record)).toBe(4)
    expect(valueCount(null)).toBe(0)
  })
})
