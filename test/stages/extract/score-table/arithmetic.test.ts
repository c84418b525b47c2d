/** The score table's arithmetic, the one readers choose readings by and check verifies records with. */
import { describe, expect, it } from 'vitest'
import { addsUpTo, exceedsMax, rateAgrees, rateOf, scoreWithinMax, sumOf } from '../../../../src/stages/extract/score-table/arithmetic.js'

describe('score-table arithmetic', () => {
  it('should sum two-decimal scores without float noise', () => {
    expect(sumOf([0.1, 0.2])).toBe(0.3)
    expect(sumOf([])).toBe(0)
    expect(addsUpTo([33.33, 33.33, 33.34], 100)).toBe(true)
    expect(addsUpTo([30, 30, 30], 100, 0.005)).toBe(false)
  })
  it('should compute 执行率 = 执行数 / 预算数 in percent, none for a budget that is not positive', () => {
    expect(rateOf(190, 200)).toBe(95)
    expect(rateOf(5, 0)).toBeNull()
    expect(rateAgrees(95, 190, 200)).toBe(true)
    expect(rateAgrees(0.95, 190, 200)).toBe(true)
    expect(rateAgrees(90, 190, 200)).toBe(false)
  })
  it('should keep 0 ≤ 得分 ≤ 分值, within a tolerance', () => {
    expect(exceedsMax(10.5, 10)).toBe(true)
    expect(exceedsMax(10, 10)).toBe(false)
    expect(scoreWithinMax(10.004, 10)).toBe(true)
    expect(scoreWithinMax(10.5, 10)).toBe(false)
    expect(scoreWithinMax(-1, 10)).toBe(false)
  })
})
