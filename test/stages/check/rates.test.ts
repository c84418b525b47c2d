import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, fact, row, table } from './build.js'

const count = (key: string, n: number) => fact(key, n, '个', `${n}个`)
const pct = (key: string, v: number) => fact(key, v, '%', `${v}%`)

describe('C12 check/project-coverage', () => {
  it('should not flag 9 of 9 projects = 100%', () => {
    const facts = [count('project-count', 9), count('self-evaluated-project-count', 9), pct('self-evaluation-coverage', 100)]
    expect(check(emptyRecord({ facts }))).toEqual([])
  })

  it('should flag more evaluated projects than projects, citing both counts', () => {
    const facts = [count('project-count', 9), count('self-evaluated-project-count', 10)]
    const findings = check(emptyRecord({ facts }))
    expect(codesOf(findings)).toEqual(['check/project-coverage'])
    expect(findings[0]!.span).toBe(facts[1]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([facts[0]!.span])
  })

  it('should flag a coverage that is not 自评/总 × 100 (±0.5 for a whole percent)', () => {
    const facts = [count('project-count', 9), count('self-evaluated-project-count', 8), pct('self-evaluation-coverage', 90)]
    const findings = check(emptyRecord({ facts }))
    expect(codesOf(findings)).toEqual(['check/project-coverage'])
    expect(findings[0]!.message).toMatch(/^Unexpected 90%, expected 89% /)
    facts[2] = pct('self-evaluation-coverage', 89)
    expect(check(emptyRecord({ facts }))).toEqual([])
  })
})

const seedTable = () =>
  table(
    'budget-expenditure',
    [
      ['initial', '年初预算数'],
      ['adjusted', '调整预算数'],
      ['final', '决算数'],
    ],
    [row('一、基本支出', 'item', 1, '4336.48', '4431.90', '4431.90'), row('二、项目支出', 'item', 1, '747.90', '724.56', '724.56'), row('合计', 'total', 0, '5084.38', '5156.46', '5156.46')],
  )

describe('C13 check/completion-rate', () => {
  it('should warn about the seed’s 97%: 决算/调整 = 100.00%, 决算/年初 = 101.42%, citing the cells used', () => {
    const t = seedTable()
    const findings = check(emptyRecord({ tables: [t], facts: [pct('execution-rate', 97)] }))
    expect(codesOf(findings)).toEqual(['check/completion-rate'])
    expect(findings[0]!.severity).toBe('warning')
    expect(findings[0]!.message).toMatch(/^Unexpected 97%, expected 100\.00% \(决算数\/调整预算数\) or 101\.42% \(决算数\/年初预算数\)/)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([t.rows[2]!.cells[2]!.span, t.rows[2]!.cells[1]!.span, t.rows[2]!.cells[0]!.span])
  })

  it('should not warn when one denominator reproduces the rate', () => {
    expect(check(emptyRecord({ tables: [seedTable()], facts: [pct('execution-rate', 100)] }))).toEqual([])
    expect(check(emptyRecord({ tables: [seedTable()], facts: [fact('execution-rate', 101.42, '%', '101.42%')] }))).toEqual([])
  })
})

describe('C14 check/carryover-rate', () => {
  it('should be n/a without carry-over figures (the seed: 1.07% is unverifiable)', () => {
    expect(check(emptyRecord({ tables: [seedTable()], facts: [fact('carryover-rate', 1.07, '%', '1.07%')] }))).toEqual([])
  })

  it('should warn when a stated carry-over row does not give the rate', () => {
    const t = seedTable()
    t.rows.push(row('年末结转和结余', 'item', 1, '50.00'))
    const findings = check(emptyRecord({ tables: [t], facts: [fact('carryover-rate', 1.07, '%', '1.07%')] }))
    expect(codesOf(findings)).toEqual(['check/carryover-rate'])
    expect(findings[0]!.message).toMatch(/^Unexpected 1\.07%, expected 0\.97% \(结转结余\/支出预算数\) or 0\.97% \(结转结余\/支出决算数\)/)
    expect(findings[0]!.related![0]!.span).toBe(t.rows[3]!.cells[0]!.span)
    // 55.17 / 5156.46 = 1.0699%
    t.rows[3] = row('年末结转和结余', 'item', 1, '55.17')
    expect(check(emptyRecord({ tables: [t], facts: [fact('carryover-rate', 1.07, '%', '1.07%')] }))).toEqual([])
  })
})
