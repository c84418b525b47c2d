import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../../src/grammar/load.js'
import { checkData } from '../../../src/stages/check/config.js'
import { checkCodes } from '../../../src/stages/check/codes.js'
import { rules, UNCERTAIN_CODE } from '../../../src/stages/check/index.js'
import { decimals, moneyTolerance } from '../../../src/stages/check/numbers.js'
import { check, emptyRecord } from './build.js'

describe('grammars/checks.json', () => {
  const data = checkData(loadGrammar())

  it('should list every implemented rule once, each with a registered code of the same severity', () => {
    expect(data.rules.map((r) => r.id).sort()).toEqual([...rules.keys()].sort())
    expect(new Set(data.rules.map((r) => r.code)).size).toBe(data.rules.length)
    for (const r of data.rules) {
      const info = (checkCodes as Record<string, { severity: string }>)[r.code]
      expect(info, r.code).toBeDefined()
      expect(info!.severity, r.code).toBe(r.severity)
    }
    const extra = data.rules.flatMap((r) => Object.entries(r.params as Record<string, unknown>).filter(([k]) => k.endsWith('Code')).map(([, v]) => v as string))
    expect(Object.keys(checkCodes).sort()).toEqual([...data.rules.map((r) => r.code), ...extra, UNCERTAIN_CODE].sort())
  })

  it('should report nothing on an empty record (every rule n/a without its inputs)', () => {
    expect(check(emptyRecord())).toEqual([])
  })
})

describe('tolerances', () => {
  const data = checkData(loadGrammar())
  it('should read the printed precision', () => {
    expect([decimals('4431.90'), decimals('97%'), decimals('89.974'), decimals('５１５６．４６万元')]).toEqual([2, 0, 3, 2])
  })

  it('should give money sums max(0.01, 0.005·(n+1)) at two decimals', () => {
    expect(moneyTolerance(data, ['4336.48', '4062.88', '273.60'], 2)).toBeCloseTo(0.015, 6)
    expect(moneyTolerance(data, ['5156.46', '1.00', '2.00', '3.00', '4.00', '5.00'], 5)).toBeCloseTo(0.03, 6)
    expect(moneyTolerance(data, ['90', '89.974'], 1)).toBeCloseTo(0.01, 6)
  })
})
