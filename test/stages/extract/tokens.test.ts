/**
 * The text-table reader's tokens are the runs of `[^\s]+` of a line, with
 * offsets: the code-unit reader must agree with the regex on every kind of
 * white space JavaScript knows.
 */
import { describe, expect, it } from 'vitest'
import { tokens } from '../../../src/stages/extract/text-tables/vocab.js'

function byRegex(text: string, offset: number) {
  return [...text.matchAll(/[^\s]+/g)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }))
}

describe('tokens', () => {
  const lines = [
    '',
    ' ',
    '支出类别 年初预算数\t调整预算数\u3000决算数',
    '  一、基本支出  598.60 615.10 ',
    'a\u00a0b\u1680c\u2000d\u200ae\u2028f\u2029g\u202fh\u205fi\ufeffj\vk\fl\rm\nn',
    '\u200bzero-width is no space\u180e',
    '𠀀 surrogate 𠀁',
  ]
  it('should give the runs of non-white-space characters with their offsets', () => {
    for (const line of lines) for (const offset of [0, 17]) expect(tokens(line, offset)).toEqual(byRegex(line, offset))
  })
  it('should read a line of cells', () => {
    expect(tokens('合计  10 9.5', 100)).toEqual([
      { start: 100, end: 102, text: '合计' },
      { start: 104, end: 106, text: '10' },
      { start: 107, end: 110, text: '9.5' },
    ])
  })
})
