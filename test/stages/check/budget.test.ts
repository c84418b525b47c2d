import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, fact, row, table } from './build.js'

describe('C15 check/three-public', () => {
  it('should not warn about 11.56 ≤ 5156.46 (the seed)', () => {
    const facts = [fact('three-public-expenditure', 11.56, '万元', '11.56'), fact('total-expenditure', 5156.46, '万元', '5156.46')]
    expect(check(emptyRecord({ facts }))).toEqual([])
  })

  it('should warn when 三公 exceeds the total expenditure, citing both', () => {
    const facts = [fact('three-public-expenditure', 6000, '万元', '6000.00'), fact('total-expenditure', 5156.46, '万元', '5156.46')]
    const findings = check(emptyRecord({ facts }))
    expect(codesOf(findings)).toEqual(['check/three-public'])
    expect(findings[0]!.severity).toBe('warning')
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([facts[1]!.span])
  })

  it('should warn when 出国 + 车辆(购置 + 运行) + 接待 ≠ 三公, and not when they agree', () => {
    const parts = [fact('three-public-abroad', 0, '万元', '0.00'), fact('three-public-vehicle-purchase', 0, '万元', '0.00'), fact('three-public-vehicle-operation', 8.2, '万元', '8.20'), fact('three-public-reception', 3.36, '万元', '3.36')]
    expect(check(emptyRecord({ facts: [fact('three-public-expenditure', 11.56, '万元', '11.56'), ...parts] }))).toEqual([])
    const findings = check(emptyRecord({ facts: [fact('three-public-expenditure', 12.56, '万元', '12.56'), ...parts] }))
    expect(codesOf(findings)).toEqual(['check/three-public'])
    expect(findings[0]!.related).toHaveLength(4)
  })
})

describe('C16 check/final-over-budget', () => {
  const cols: [string, string][] = [
    ['adjusted', '调整预算数'],
    ['final', '决算数'],
  ]
  it('should warn when 决算 exceeds the adjusted budget, citing both cells', () => {
    const t = table('budget-expenditure', cols, [row('合计', 'total', 0, '100.00', '101.00')])
    const findings = check(emptyRecord({ tables: [t] }))
    expect(codesOf(findings)).toEqual(['check/final-over-budget'])
    expect(findings[0]!.span).toBe(t.rows[0]!.cells[1]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[0]!.cells[0]!.span])
  })

  it('should not warn when 决算 equals the budget', () => {
    expect(check(emptyRecord({ tables: [table('budget-expenditure', cols, [row('合计', 'total', 0, '5156.46', '5156.46')])] }))).toEqual([])
  })
})
