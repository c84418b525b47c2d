/**
 * Metamorphic: the same report in another byte form (CRLF line ends, a UTF-8
 * BOM, UTF-16LE with BOM, GB18030) gives the same values.
 */
import { describe, expect, it } from 'vitest'
import { metaCases } from './cases.js'
import { base, digest, runBytes, runText } from './digest.js'
import { crlf, gb18030, utf16le, utf8Bom } from './transform.js'

const hasIconv = gb18030('测试') !== null

describe.each(metaCases())('$name', ({ path }) => {
  it('CRLF line endings', () => {
    const { text, digest: d } = base(path)
    expect(digest(runText(crlf(text)))).toEqual(d)
  })
  it('UTF-8 with BOM', () => {
    const { text, digest: d } = base(path)
    expect(digest(runBytes(utf8Bom(text)))).toEqual(d)
  })
  it('UTF-16LE with BOM', () => {
    const { text, digest: d } = base(path)
    expect(digest(runBytes(utf16le(text)))).toEqual(d)
  })
  it.skipIf(!hasIconv)('GB18030 (through iconv; skipped when iconv is missing)', () => {
    const { text, digest: d } = base(path)
    expect(digest(runBytes(gb18030(text)!))).toEqual(d)
  })
})
