import { describe, expect, it } from 'vitest'
import { foldKey, foldChars, foldWidth } from '../../../src/stages/normalize/keys.js'
import { foldOcrDigits } from '../../../src/stages/normalize/ocr-digits.js'
import { loadGrammar } from '../../../src/grammar/load.js'

const grammar = loadGrammar()

describe('foldKey', () => {
  it('should drop white space and fold width, radicals and traditional characters', () => {
    expect(foldKey(grammar, '一级 指标')).toBe('一级指标')
    expect(foldKey(grammar, '佛⼭市\u3000人大')).toBe('佛山市人大')
    expect(foldKey(grammar, '預算執行率（％）')).toBe('预算执行率(%)')
    expect(foldKey(grammar, ' 分值\t\n')).toBe('分值')
  })

  it('should return plain ASCII and Han text as it is', () => {
    const s = '产出指标50分'
    expect(foldKey(grammar, s)).toBe(s)
  })

  it('should give the same key on a second call (cached)', () => {
    expect(foldKey(grammar, '滿意度 指標')).toBe('满意度指标')
    expect(foldKey(grammar, '滿意度 指標')).toBe('满意度指标')
  })

  it('should apply NFKC (compatibility ideographs, circled digits)', () => {
    expect(foldKey(grammar, '\uf900')).toBe('岂') // 豈 by NFKC, then simplified
    expect(foldKey(grammar, '①')).toBe('1')
  })
})

describe('foldChars and foldWidth', () => {
  it('should fold one code unit for one', () => {
    const s = '２０２３年 預算 ⼭'
    expect(foldChars(grammar, s)).toBe('2023年 预算 山')
    expect(foldWidth(grammar, s)).toBe('2023年 預算 山')
    expect(foldChars(grammar, s).length).toBe(s.length)
  })
})

describe('foldOcrDigits', () => {
  it('should fold look-alikes in a number', () => {
    expect(foldOcrDigits(grammar, '9O')).toBe('90')
    expect(foldOcrDigits(grammar, '1O0.5')).toBe('100.5')
    expect(foldOcrDigits(grammar, 'l5%')).toBe('15%')
    expect(foldOcrDigits(grammar, ' 1S ')).toBe(' 15 ')
  })

  it('should not make a number of a word or of look-alikes alone', () => {
    expect(foldOcrDigits(grammar, 'SO2')).toBeNull()
    expect(foldOcrDigits(grammar, 'lO')).toBeNull()
    expect(foldOcrDigits(grammar, 'Office')).toBeNull()
    expect(foldOcrDigits(grammar, '满意')).toBeNull()
  })

  it('should keep the length, so offsets stay put', () => {
    const s = '4,6O4.5'
    expect(foldOcrDigits(grammar, s)!.length).toBe(s.length)
  })
})
