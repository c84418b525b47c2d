import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, fact, row, table } from './build.js'

/** The seed's table, final column only matters for C04/C11. */
function seedTable() {
  return table(
    'budget-expenditure',
    [
      ['initial', '年初预算数'],
      ['adjusted', '调整预算数'],
      ['final', '决算数'],
    ],
    [
      row('一、基本支出', 'item', 1, '4336.48', '4431.90', '4431.90'),
      row('人员经费', 'item', 2, '4062.88', '4143.00', '4143.00'),
      row('日常公用经费', 'item', 2, '273.60', '288.90', '288.90'),
      row('二、项目支出', 'item', 1, '747.90', '724.56', '724.56'),
      row('合计', 'total', 0, '5084.38', '5156.46', '5156.46'),
    ],
  )
}

const seedFacts = () => [
  fact('total-expenditure', 5156.46, '万元', '5156.46'),
  fact('basic-expenditure', 4431.9, '万元', '4431.90'),
  fact('project-expenditure', 724.56, '万元', '724.56'),
  fact('public-expenditure', 288.9, '万元', '288.90'),
]

describe('C04 check/prose-table-mismatch', () => {
  it('should not flag prose amounts equal to the 决算数 cells', () => {
    expect(check(emptyRecord({ tables: [seedTable()], facts: seedFacts() }))).toEqual([])
  })

  it('should flag a prose amount that differs from its table cell, citing both', () => {
    const t = seedTable()
    const facts = seedFacts()
    facts[1] = fact('basic-expenditure', 4431.91, '万元', '4431.91')
    const findings = check(emptyRecord({ tables: [t], facts }))
    expect(codesOf(findings)).toEqual(['check/prose-table-mismatch'])
    expect(findings[0]!.message).toMatch(/^Unexpected 4431\.91, expected 4431\.90 万元/)
    expect(findings[0]!.span).toBe(facts[1]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[0]!.cells[2]!.span])
  })

  it('should convert 元 to 万元, and be n/a when a unit is unknown', () => {
    const facts = [fact('total-expenditure', 51564600, '元', '51,564,600.00')]
    expect(check(emptyRecord({ tables: [seedTable()], facts }))).toEqual([])
    const t = seedTable()
    t.unit = null
    // C04 is n/a; only C23 notes the table without a unit.
    expect(codesOf(check(emptyRecord({ tables: [t], facts: [fact('total-expenditure', 1, '万元', '1.00')] })))).toEqual(['check/table-unit'])
  })

  it('should be n/a when the prose states one key twice with different values', () => {
    const facts = [fact('project-expenditure', 1, '万元', '1.00'), fact('project-expenditure', 2, '万元', '2.00')]
    expect(check(emptyRecord({ tables: [seedTable()], facts }))).toEqual([])
  })
})

describe('C05 check/prose-parts-sum', () => {
  it('should not flag 5156.46 = 4431.90 + 724.56 (no table)', () => {
    expect(check(emptyRecord({ facts: seedFacts() }))).toEqual([])
  })

  it('should flag parts that do not add up, citing the total and the parts', () => {
    const facts = [fact('total-expenditure', 5156.46, '万元', '5156.46'), fact('basic-expenditure', 4431.8, '万元', '4431.80'), fact('project-expenditure', 724.56, '万元', '724.56')]
    const findings = check(emptyRecord({ facts }))
    expect(codesOf(findings)).toEqual(['check/prose-parts-sum'])
    expect(findings[0]!.message).toMatch(/^Unexpected 5156\.46, expected 5156\.36 /)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([facts[1]!.span, facts[2]!.span])
  })

  it('should check 人员 + 公用 + 项目 = 支出 when 基本支出 is not stated (南县: 799.12 = 434.89 + 77.4 + 286.83)', () => {
    const ok = [fact('total-expenditure', 799.12, '万元', '799.12'), fact('personnel-expenditure', 434.89, '万元', '434.89'), fact('public-expenditure', 77.4, '万元', '77.4'), fact('project-expenditure', 286.83, '万元', '286.83')]
    expect(check(emptyRecord({ facts: ok }))).toEqual([])
    ok[3] = fact('project-expenditure', 296.83, '万元', '296.83')
    expect(codesOf(check(emptyRecord({ facts: ok })))).toEqual(['check/prose-parts-sum'])
  })
})

describe('C11 check/public-expenditure', () => {
  it('should flag 公用经费 ≠ 日常公用经费 决算数, citing both', () => {
    const t = seedTable()
    const facts = [fact('public-expenditure', 288.91, '万元', '288.91')]
    const findings = check(emptyRecord({ tables: [t], facts }))
    expect(codesOf(findings)).toEqual(['check/public-expenditure'])
    expect(findings[0]!.span).toBe(facts[0]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[2]!.cells[2]!.span])
  })

  it('should not flag an equal amount, nor run without a table', () => {
    expect(check(emptyRecord({ tables: [seedTable()], facts: [fact('public-expenditure', 288.9, '万元', '288.90')] }))).toEqual([])
    expect(check(emptyRecord({ facts: [fact('public-expenditure', 1, '万元', '1.00')] }))).toEqual([])
  })
})
