import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, row } from './build.js'
import type { Table, TableRow } from '../../../src/model/report.js'
import { fakeSpan } from './build.js'

/** A project-funds table laid out as the score-table reader gives it: one cell per column, no label column. */
function funds(keys: [string, string][], rows: TableRow[]): Table {
  return { id: 'f', kind: 'project-funds', title: null, unit: '万元', columns: keys.map(([key, raw]) => ({ key, raw })), rows, span: fakeSpan(20) }
}

const COLS: [string, string][] = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
  ['max', '分值'],
  ['rate', '执行率'],
  ['score', '得分'],
]

describe('C21 check/project-funds-sum', () => {
  it('should flag 池州 2022: 年度资金总额 0/0/0 but 本年财政拨款 90/89.974/89.974, citing both rows', () => {
    const t = funds(COLS, [
      row('年度资金总额:', 'total', 0, '0', '0', '0', '10', '0', '0'),
      row('其中:本年财政拨款', 'item', 1, '90', '89.974', '89.974', '', '', ''),
      row('上年结转资金', 'item', 1, '', '', '', '', '', ''),
      row('其他资金', 'item', 1, '', '', '', '', '', ''),
    ])
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/project-funds-sum', 'check/project-funds-sum', 'check/project-funds-sum'])
    expect(findings[0]!.message).toMatch(/^Unexpected 0, expected 90 /)
    expect(findings[1]!.message).toMatch(/^Unexpected 0, expected 89\.974 /)
    expect(findings[0]!.span).toBe(t.rows[0]!.cells[0]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[1]!.cells[0]!.span])
  })

  it('should not flag 廊坊 2019: 43.2/43.2/37.24 = 当年财政拨款, blank 上年结转 and 其他', () => {
    const t = funds(COLS, [
      row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '86%', '9'),
      row('其中:当年财政拨款', 'item', 1, '43.2', '43.2', '37.24', '', '', ''),
      row('上年结转资金', 'item', 1, ' ', ' ', ' ', '', '', ''),
      row('其他资金', 'item', 1, '', '', '', '', '', ''),
    ])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })

  it('should only note (info) a sum over a row that holds two parts’ labels (two rows read as one)', () => {
    const t = funds(COLS, [
      row('年度资金总额', 'total', 0, '150.00', '150.00', '148.20', '5', '98.8%', '4.9'),
      row('其中：本年财政拨款上年结转资金', 'item', 1, '150.00', '150.00', '148.20', '', '', ''),
      row('其他资金', 'item', 1, '', '', '', '', '', ''),
    ])
    const found = check(emptyRecord({ tables: [t] }))
    expect(codesOf(found)).not.toContain('check/project-funds-sum')
    expect(found.filter((f) => f.code === 'check/uncertain-reading').map((f) => f.message)).toEqual([
      expect.stringMatching(/^C21 \(check\/project-funds-sum\) not applied: the row 其中：本年财政拨款上年结转资金 holds the labels of two parts/),
      expect.anything(),
      expect.anything(),
    ])
  })

  it('should be n/a without source rows (银川: only 年度资金总额)', () => {
    const t = funds(COLS, [row('年度资金总额', 'total', 0, '64.8', '64.8', '64.8', '', '100%', '')])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })
})

describe('C20 check/execution-rate', () => {
  it('should not flag 廊坊: 37.24/43.2 = 86.2% ≈ 86%, 10 × 86.2% = 8.62 reported as 9 (±0.5)', () => {
    const t = funds(COLS, [row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '86%', '9')])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })

  it('should flag a stated 执行率 that is not 执行/预算, citing rate, 执行数 and 预算数', () => {
    const t = funds(COLS, [row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '96%', '9')])
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/execution-rate'])
    expect(findings[0]!.message).toMatch(/^Unexpected 96%, expected 86\.2% /)
    const cells = t.rows[0]!.cells
    expect(findings[0]!.span).toBe(cells[4]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([cells[2]!.span, cells[1]!.span])
  })

  it('should flag a 得分 beyond min(分值, 分值 × 执行率) ± 0.5', () => {
    const t = funds(COLS, [row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '86%', '10')])
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/execution-rate'])
    expect(findings[0]!.message).toMatch(/^Unexpected 10, expected 8\.62 /)
  })

  it('should be n/a when the budget is 0 (池州 0/0/0, rate 0, score 0)', () => {
    const t = funds(COLS, [row('年度资金总额', 'total', 0, '0', '0', '0', '10', '0', '0')])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })
})

describe('C21 with the Sichuan sources (财政资金 / 财政专户管理资金 / 单位资金)', () => {
  const cols: [string, string][] = [
    ['initial', '年初预算'],
    ['adjusted', '调整后预算数'],
    ['executed', '预算执行数'],
  ]
  it('should not flag 大英 2023: 总额 0.00/3.36/3.36 = 财政资金 0.00/3.36/3.36 + 0 + 0', () => {
    const t = funds(cols, [
      row('总额', 'total', 0, '0.00', '3.36', '3.36'),
      row('其中:财政资金', 'item', 1, '0.00', '3.36', '3.36'),
      row('财政专户管理资金', 'item', 1, '0.00', '0.00', '0.00'),
      row('单位资金', 'item', 1, '0.00', '0.00', '0.00'),
    ])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })

  it('should flag a 单位资金 that the 总额 leaves out', () => {
    const t = funds(cols, [
      row('总额', 'total', 0, '0.00', '3.36', '3.36'),
      row('其中:财政资金', 'item', 1, '0.00', '3.36', '3.36'),
      row('单位资金', 'item', 1, '0.00', '1.00', '0.00'),
    ])
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/project-funds-sum'])
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[1]!.cells[1]!.span, t.rows[2]!.cells[1]!.span])
  })
})
