/**
 * Findings only on values read with certainty: a finding that cites a value
 * chosen among readings, a row whose columns were not placed, or a table read
 * in part or with a reader warning becomes the info check/uncertain-reading.
 */
import { describe, expect, it } from 'vitest'
import type { Table, TableRow } from '../../../src/model/report.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import { check, codesOf, emptyRecord, fakeSpan, indicator, row } from './build.js'

const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity !== 'info')

function funds(rows: TableRow[], over: Partial<Table> = {}): Table {
  const keys: [string, string][] = [['initial', '年初预算数'], ['adjusted', '全年预算数'], ['executed', '全年执行数'], ['max', '分值'], ['rate', '执行率'], ['score', '得分']]
  const span = { start: rows[0]!.labelSpan!.start, end: rows.at(-1)!.cells.at(-1)!.span!.end }
  return { id: 'f', kind: 'project-funds', title: null, unit: '万元', columns: keys.map(([key, raw]) => ({ key, raw })), rows, span, ...over }
}

describe('certainty of the values a finding cites', () => {
  it('should flag 得分 above 分值 when the pair was read with certainty', () => {
    expect(codesOf(serious(check(emptyRecord({ indicators: [indicator('政府采购执行率', 5, 6)] }))))).toEqual(['check/score-range'])
  })

  it('should not flag a pair chosen among glued splits, and say why in an info', () => {
    const found = check(emptyRecord({ indicators: [indicator('政府采购执行率', 5, 6, { ambiguous: true })] }))
    expect(serious(found)).toEqual([])
    const info = found.filter((d) => d.code === 'check/uncertain-reading')
    expect(info).toHaveLength(1)
    expect(info[0]!.message).toMatch(/^C08 \(check\/score-range\) not applied: .*chosen among several readings/)
  })

  it('should not flag rows named by a unit or a criterion fragment (columns not placed)', () => {
    for (const name of ['公斤', '元/亩', '分;每超过一个百分点扣']) {
      expect(serious(check(emptyRecord({ indicators: [indicator(name, 5, 45)] }))), name).toEqual([])
    }
  })

  it('should not count a 分值 above the 满分 (a money figure in the score column)', () => {
    const found = check(emptyRecord({ indicators: [indicator('年度资金总额', 386.4, 412.75)] }))
    expect(serious(found)).toEqual([])
  })

  it('should not sum a set holding a total row read as an indicator (标合计 100)', () => {
    const inds = [indicator('新增泊位', 50, 45), indicator('满意度', 40, 38), indicator('标合计', 100, 83)]
    expect(serious(check(emptyRecord({ indicators: inds })))).toEqual([])
  })

  it('should check a table with a wrong 执行率, and not one marked partial or with a reader warning over it', () => {
    const rows = () => [row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '96%', '9')]
    expect(codesOf(serious(check(emptyRecord({ tables: [funds(rows())] }))))).toEqual(['check/execution-rate'])
    expect(serious(check(emptyRecord({ tables: [funds(rows(), { partial: true })] })))).toEqual([])
    const t = funds(rows())
    const warning: Diagnostic = { code: 'extract/table-row-width', severity: 'warning', stage: 'extract', message: 'Unexpected 1 cells', span: t.rows[0]!.labelSpan! }
    const found = check(emptyRecord({ tables: [t], diagnostics: [warning] }))
    expect(serious(found)).toEqual([])
    expect(found[0]!.message).toMatch(/read with a warning \(extract\/table-row-width\)/)
  })

  it('should still check a table when a reader warning points elsewhere', () => {
    const t = funds([row('年度资金总额', 'total', 0, '43.2', '43.2', '37.24', '10', '96%', '9')])
    const warning: Diagnostic = { code: 'extract/table-row-width', severity: 'warning', stage: 'extract', message: 'Unexpected 1 cells', span: fakeSpan(5) }
    expect(codesOf(serious(check(emptyRecord({ tables: [t], diagnostics: [warning] }))))).toEqual(['check/execution-rate'])
  })
})

describe('C20 rounding and C25 operators', () => {
  it('should accept a 得分 rounded to its printed precision (10 × 92.18% = 9.218 printed 9.2)', () => {
    const t = funds([row('年度资金总额', 'total', 0, '100', '100', '92.18', '10', '92.18%', '9.2')])
    expect(serious(check(emptyRecord({ tables: [t] })))).toEqual([])
    const off = funds([row('年度资金总额', 'total', 0, '100', '100', '92.18', '10', '92.18%', '9.4')])
    expect(codesOf(serious(check(emptyRecord({ tables: [off] }))))).toEqual(['check/execution-rate'])
  })

  const target = (raw: string, value: number) => ({ op: null, value, unit: null, raw })
  it('should flag a full score on a missed target without operator (4604 < 4754)', () => {
    const ind = indicator('特困人员救助供养人数', 20, 20, { target: target('4754', 4754), actual: target('4604', 4604), raw: '特困人员救助供养人数\t4754\t4604\t20\t20' })
    expect(codesOf(serious(check(emptyRecord({ indicators: [ind] }))))).toContain('check/full-score-target-missed')
  })

  it('should not flag it when the row prints an operator the target lacks (≤ in a 指标性质 column)', () => {
    const ind = indicator('单处工程平均维修成本', 10, 10, { target: target('3.2', 3.2), actual: target('3.05', 3.05), raw: '单处工程平均维修成本\t≤\t3.2\t3.05\t10\t10' })
    expect(codesOf(serious(check(emptyRecord({ indicators: [ind] }))))).not.toContain('check/full-score-target-missed')
  })
})

