import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, row, table } from './build.js'
import type { TableRow } from '../../../src/model/report.js'

const COLS: [string, string][] = [
  ['initial', '年初预算数'],
  ['adjusted', '调整预算数'],
  ['final', '决算数'],
]

/** The seed's 部门预算支出明细表 (单位：万元), as printed; `edit` replaces one row. */
function budget(levels: 'levels' | 'flat', edit: Record<string, string[]> = {}) {
  const l = (n: number) => (levels === 'levels' ? n : 0)
  const r = (label: string, role: TableRow['role'], level: number, ...v: string[]) => row(label, role, level, ...(edit[label] ?? v))
  return table('budget-expenditure', COLS, [
    r('一、基本支出', 'item', l(1), '4336.48', '4431.90', '4431.90'),
    r('人员经费', 'item', l(2), '4062.88', '4143.00', '4143.00'),
    r('日常公用经费', 'item', l(2), '273.60', '288.90', '288.90'),
    r('二、项目支出', 'item', l(1), '747.90', '724.56', '724.56'),
    r('其中：基本建设类项目', 'memo', l(2), '0.00', '0.00', '0.00'),
    r('三、上缴上级支出', 'item', l(1), '0.00', '0.00', '0.00'),
    r('四、经营支出', 'item', l(1), '0.00', '0.00', '0.00'),
    r('五、对附属单位补助支出', 'item', l(1), '0.00', '0.00', '0.00'),
    r('合计', 'total', 0, '5084.38', '5156.46', '5156.46'),
  ])
}

describe('C01 check/children-sum', () => {
  it('should not flag the seed table (with row levels, or flat with 一、 markers)', () => {
    expect(check(emptyRecord({ tables: [budget('levels')] }))).toEqual([])
    expect(check(emptyRecord({ tables: [budget('flat')] }))).toEqual([])
  })

  it('should flag 基本支出 ≠ 人员经费 + 日常公用经费, citing the whole and both parts', () => {
    const t = budget('levels', { 人员经费: ['4062.80', '4143.00', '4143.00'] })
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/children-sum'])
    const f = findings[0]!
    expect(f.severity).toBe('error')
    expect(f.message).toMatch(/^Unexpected 4336\.48, expected 4336\.40 /)
    expect(f.span).toBe(t.rows[0]!.cells[0]!.span)
    expect(f.related!.map((r) => r.span)).toEqual([t.rows[1]!.cells[0]!.span, t.rows[2]!.cells[0]!.span])
  })

  it('should find the parts by vocabulary when the table gives no structure', () => {
    const t = budget('flat', { 人员经费: ['4062.88', '4143.00', '4143.10'] })
    for (const r of t.rows) r.label = r.label.replace('一、', '').replace('二、', '')
    expect(codesOf(check(emptyRecord({ tables: [t] })))).toContain('check/children-sum')
  })

  it('should allow the rounding drift of two terms (±0.015)', () => {
    const t = budget('levels', { 人员经费: ['4062.87', '4143.00', '4143.00'] })
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })

  it('should not run on a table of another kind', () => {
    const t = budget('levels', { 人员经费: ['1.00', '4143.00', '4143.00'] })
    t.kind = 'income'
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })
})

describe('C02 check/total-sum', () => {
  it('should flag 合计 ≠ Σ top-level rows, citing the total and the addends (not the 其中 row)', () => {
    const t = budget('levels', { 合计: ['5084.48', '5156.46', '5156.46'] })
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/total-sum'])
    expect(findings[0]!.span).toBe(t.rows[8]!.cells[0]!.span)
    expect(findings[0]!.related).toHaveLength(5)
    expect(findings[0]!.related!.map((r) => r.span)).not.toContain(t.rows[4]!.cells[0]!.span)
  })

  it('should not count the parts of 基本支出 in a flat table', () => {
    expect(check(emptyRecord({ tables: [budget('flat')] }))).toEqual([])
  })

  it('should be n/a for a table with 小计 rows (they repeat their items)', () => {
    const t = table('budget-expenditure', COLS, [
      row('工资福利支出', 'item', 0, '1.00', '1.00', '1.00'),
      row('商品和服务支出', 'item', 0, '2.00', '2.00', '2.00'),
      row('小计', 'subtotal', 0, '3.00', '3.00', '3.00'),
      row('合计', 'total', 0, '3.00', '3.00', '3.00'),
    ])
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })

  it('should be n/a when a cell is unreadable', () => {
    const t = budget('levels', { 合计: ['5084.48', '5156.46', '5156.46'], '四、经营支出': ['x.y', '0.00', '0.00'] })
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })
})

describe('C03 check/memo-exceeds-parent', () => {
  it('should flag a 其中 row above its parent, citing both', () => {
    const t = budget('levels', { '其中：基本建设类项目': ['800.00', '0.00', '0.00'] })
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/memo-exceeds-parent'])
    expect(findings[0]!.span).toBe(t.rows[4]!.cells[0]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[3]!.cells[0]!.span])
  })

  it('should not flag a 其中 row within its parent (flat table too)', () => {
    const t = budget('flat', { '其中：基本建设类项目': ['700.00', '0.00', '0.00'] })
    expect(check(emptyRecord({ tables: [t] }))).toEqual([])
  })
})
