import { describe, expect, it } from 'vitest'
import { isCjk, isSpace, lastCharCode } from '../../../src/source/pdf/cjk.js'

const code = (s: string) => s.charCodeAt(0)

describe('isCjk', () => {
  it('should accept ideographs, CJK punctuation and full-width punctuation', () => {
    for (const c of ['年', '度', '，', '。', '、', '：', '（', '）', '《', '》', '“', '”', '—', '…', '\u2f00']) expect(isCjk(code(c)), c).toBe(true)
  })
  it('should accept the high surrogate of a supplementary ideograph', () => {
    expect(isCjk(code('𠀀'))).toBe(true)
  })
  it('should not accept digits, Latin letters (ASCII or full-width) or spaces', () => {
    for (const c of ['2', 'a', 'Z', '.', '%', '２', 'Ａ', 'ｚ', ' ', '\u3000']) expect(isCjk(code(c)), c).toBe(false)
  })
})

describe('isSpace', () => {
  it('should accept ASCII, no-break and ideographic spaces', () => {
    for (const c of [' ', '\t', '\u00a0', '\u3000', '\u2002']) expect(isSpace(code(c))).toBe(true)
  })
  it('should not accept visible characters', () => {
    for (const c of ['年', 'a', '—', '_']) expect(isSpace(code(c))).toBe(false)
  })
})

describe('lastCharCode', () => {
  it('should give the last character, or the high surrogate of a last pair', () => {
    expect(lastCharCode('ab年')).toBe(code('年'))
    expect(lastCharCode('a𠀀')).toBe(0xd840)
  })
})
