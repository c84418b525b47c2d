/** Arithmetic-guided splitting of glued OCR digits. */
import { describe, expect, it } from 'vitest'
import { isDoubled, splitGluedMax } from '../../../../src/stages/extract/score-table/split.js'

describe('splitGluedMax', () => {
  it('should split 10 off 102370人2370人 where the rest repeats', () => {
    expect(splitGluedMax('102370', '人2370人', 100)).toEqual({ head: '10', value: 10 })
  })
  it('should split 5 off 52021年12月完成2021年12月完成', () => {
    expect(splitGluedMax('52021', '年12月完成2021年12月完成', 100)).toEqual({ head: '5', value: 5 })
  })
  it('should give null when no split makes the rest repeat', () => {
    expect(splitGluedMax('415', '万元16万元', 100)).toBeNull()
  })
  it('should give null when two splits fit', () => {
    // 1 | 111111 and 111 | 1111 both leave a repeated rest
    expect(splitGluedMax('1111111', '', 200)).toBeNull()
  })
})

describe('isDoubled', () => {
  it('should see XX', () => expect(isDoubled('15万元15万元')).toBe(true))
  it('should not see XY', () => expect(isDoubled('15万元16万元')).toBe(false))
})
