import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, fact, row, table } from './build.js'

/** The seed's table (单位：万元), headers as printed. */
function seedTable(unit: string | null = '万元', finalHeader = '决算数') {
  return table(
    'budget-expenditure',
    [
      ['initial', '年初预算数'],
      ['adjusted', '调整预算数'],
      ['final', finalHeader],
    ],
    [
      row('一、基本支出', 'item', 1, '4336.48', '4431.90', '4431.90'),
      row('人员经费', 'item', 2, '4062.88', '4143.00', '4143.00'),
      row('日常公用经费', 'item', 2, '273.60', '288.90', '288.90'),
      row('二、项目支出', 'item', 1, '747.90', '724.56', '724.56'),
      row('合计', 'total', 0, '5084.38', '5156.46', '5156.46'),
    ],
    unit,
  )
}

describe('C23 check/table-unit', () => {
  it('should not flag a table declaring one unit, in its unit line and its headers alike', () => {
    expect(check(emptyRecord({ tables: [seedTable('万元', '决算数（万元）')] }))).toEqual([])
  })

  it('should flag a header in 元 under a unit line in 万元, citing both', () => {
    const t = seedTable('万元', '决算数（元）')
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/table-unit'])
    expect(findings[0]!.message).toMatch(/^Unexpected 元, expected 万元 \(C23: /)
    expect(findings[0]!.related).toHaveLength(1)
  })

  it('should flag a cell printed in 元 in a 万元 table, pointing at the cell', () => {
    const t = seedTable()
    t.rows[2]!.cells[0] = { value: 2736000, raw: '2736000元', span: t.rows[2]!.cells[0]!.span }
    const findings = check(emptyRecord({ tables: [t] })).filter((f) => f.code === 'check/table-unit')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.span).toBe(t.rows[2]!.cells[0]!.span)
    // C01 reads the same figure as 2736000 万元, so 基本支出 no longer adds up either.
    expect(codesOf(check(emptyRecord({ tables: [t] }))).sort()).toEqual(['check/children-sum', 'check/table-unit'])
  })

  it('should flag money figures without any unit, and not a table without figures', () => {
    const t = seedTable(null)
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/table-unit'])
    expect(findings[0]!.message).toMatch(/^Unexpected no unit, expected one of /)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[0]!.cells[0]!.span])
    const blank = table('budget-expenditure', [['final', '决算数']], [row('合计', 'total', 0, '')], null)
    expect(check(emptyRecord({ tables: [blank] }))).toEqual([])
  })
})

describe('C23 check/prose-unit', () => {
  it('should not flag one amount stated in 万元 and in 元 (5156.46 万元 = 51564600 元)', () => {
    const facts = [fact('total-expenditure', 5156.46, '万元', '5156.46'), fact('total-expenditure', 51564600, '元', '51564600')]
    expect(check(emptyRecord({ facts }))).toEqual([])
  })

  it('should flag 元 and 万元 amounts of one fact that differ after ÷10000, citing both', () => {
    const facts = [fact('total-expenditure', 5156.46, '万元', '5156.46'), fact('total-expenditure', 51565600, '元', '51565600')]
    const findings = check(emptyRecord({ facts }))
    expect(codesOf(findings)).toEqual(['check/prose-unit'])
    expect(findings[0]!.severity).toBe('warning')
    expect(findings[0]!.message).toMatch(/^Unexpected 51565600 元, expected 51564600 元 \(C23: /)
    expect(findings[0]!.span).toBe(facts[1]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([facts[0]!.span])
  })
})
