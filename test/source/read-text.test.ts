import { describe, expect, it } from 'vitest'
import { decodeText, detectPageStarts } from '../../src/source/read-text.js'

const decode = (bytes: Uint8Array) => decodeText('in.txt', bytes, 'hash')
const sample = '一、部门基本情况\n该指标分值 8分，自评得分 7分。\n'

describe('decodeText', () => {
  it('should read UTF-8 without a BOM', () => {
    const r = decode(Buffer.from(sample, 'utf8'))
    expect(r.doc?.encoding).toBe('utf-8')
    expect(r.doc?.text).toBe(sample)
  })

  it('should read UTF-8 with a BOM and drop the BOM from the text', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]))
    expect(r.doc?.encoding).toBe('utf-8-bom')
    expect(r.doc?.text).toBe(sample)
  })

  it('should read UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])
    expect(decode(le).doc?.text).toBe(sample)
    const be = Buffer.from(le)
    be.swap16()
    expect(decode(be).doc?.encoding).toBe('utf-16be')
    expect(decode(be).doc?.text).toBe(sample)
  })

  it('should detect GB18030/GBK text', () => {
    // 一、部门 in GBK
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb2, 0xbf, 0xc3, 0xc5, 0x0a])
    const r = decode(gbk)
    expect(r.doc?.encoding).toBe('gb18030')
    expect(r.doc?.text).toBe('一、部门\n')
  })

  it('should refuse an empty file with read/empty', () => {
    expect(decode(new Uint8Array()).diagnostics.map((d) => d.code)).toEqual(['read/empty'])
    expect(decode(Buffer.from('  \n\n ')).diagnostics.map((d) => d.code)).toEqual(['read/empty'])
  })

  it('should refuse binary junk with read/binary', () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))
    const r = decode(junk)
    expect(r.doc).toBeNull()
    expect(r.diagnostics[0]?.code).toBe('read/binary')
    expect(r.diagnostics[0]?.message).toContain('in.txt')
  })

  it('should refuse bytes that are neither UTF-8 nor GB18030 with read/undecodable', () => {
    // 0x80 alone is invalid in both (a GB18030 lead byte range starts at 0x81; 0xff is never valid)
    const r = decode(Buffer.from([0x41, 0xff, 0x42, 0x0a, 0x41, 0x80, 0x0a]))
    expect(r.doc).toBeNull()
    expect(r.diagnostics[0]?.code).toBe('read/undecodable')
  })
})

describe('detectPageStarts', () => {
  it('should start a page after every form feed', () => {
    expect(detectPageStarts('a\nb\fc\fd')).toEqual([0, 4, 6])
  })

  it('should take rare single leading spaces as page starts when the first line has one', () => {
    const body = Array.from({ length: 30 }, (_, i) => `第${i}行`)
    body[0] = ' ' + body[0]
    body[20] = ' ' + body[20]
    const text = body.join('\n')
    expect(detectPageStarts(text)).toEqual([0, text.indexOf(' 第20行')])
  })

  it('should not take ordinary indentation as page marks', () => {
    expect(detectPageStarts('  缩进\n 第一行\n 第二行\n 第三行')).toBeNull()
    expect(detectPageStarts('正文\n 一行')).toBeNull()
  })
})
