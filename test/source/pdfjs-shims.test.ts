/**
 * What jixiao puts in place of two built-ins pdf.js uses on Node: the
 * one-call DecompressionStream must give what Node's own gives (the bytes,
 * the failure on damaged data, the TypeError for an unknown format), and
 * toBase64 what the proposal's method gives.
 */
import { DecompressionStream as NodeDecompressionStream } from 'node:stream/web'
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { OneCallDecompressionStream, loadPdfJs } from '../../src/source/pdf/pdfjs.js'

interface Pair {
  writable: { getWriter(): { ready: Promise<void>; write(b: Uint8Array): Promise<void>; close(): Promise<void> } }
  readable: AsyncIterable<Uint8Array>
}

/** Inflates as pdf.js does (write, close, iterate); the bytes or the error's name. */
async function inflate(make: () => Pair, bytes: Uint8Array): Promise<string> {
  try {
    const { readable, writable } = make()
    const writer = writable.getWriter()
    await writer.ready
    writer.write(bytes).then(async () => {
      await writer.ready
      await writer.close()
    }).catch(() => {})
    const parts: Uint8Array[] = []
    for await (const chunk of readable) parts.push(chunk)
    return Buffer.concat(parts).toString('latin1')
  } catch (e) {
    return `failed: ${(e as Error).name}`
  }
}

describe('OneCallDecompressionStream', () => {
  const text = Buffer.from('BT /F1 12 Tf 72 712 Td (年度) Tj ET 0 0 m 100 0 l S '.repeat(50))
  const deflated = deflateSync(text)
  const cases: [string, string, Uint8Array][] = [
    ['deflate', 'deflate', deflated],
    ['deflate-raw', 'deflate-raw', deflateRawSync(text)],
    ['gzip', 'gzip', gzipSync(text)],
    ['deflate with bytes after its end', 'deflate', Buffer.concat([deflated, Buffer.from('endstream junk')])],
    ['truncated deflate', 'deflate', deflated.subarray(0, deflated.length - 7)],
    ['a few bytes of it', 'deflate', deflated.subarray(0, 12)],
    ['not compressed', 'deflate', text],
    ['empty', 'deflate', new Uint8Array(0)],
  ]
  for (const [name, format, bytes] of cases) {
    it(`should give what Node's DecompressionStream gives: ${name}`, async () => {
      const ours = await inflate(() => new OneCallDecompressionStream(format), bytes)
      const node = await inflate(() => new NodeDecompressionStream(format as 'deflate') as unknown as Pair, bytes)
      expect(ours).toBe(node)
    })
  }
  it('should read the whole stream written', async () => {
    expect(await inflate(() => new OneCallDecompressionStream('deflate'), deflated)).toBe(text.toString('latin1'))
  })
  it('should refuse a format Node does not have, as Node does', () => {
    expect(() => new OneCallDecompressionStream('brotli')).toThrow(TypeError)
    expect(() => new NodeDecompressionStream('brotli' as 'deflate')).toThrow(TypeError)
  })
})

describe('Uint8Array.prototype.toBase64 once pdf.js is loaded', () => {
  it('should encode with both alphabets, with and without padding', async () => {
    await loadPdfJs()
    const b = new Uint8Array([0xfb, 0xff]) as Uint8Array & { toBase64(o?: { alphabet?: string; omitPadding?: boolean }): string }
    expect(b.toBase64()).toBe('+/8=')
    expect(b.toBase64({ alphabet: 'base64url' })).toBe('-_8=')
    expect(b.toBase64({ omitPadding: true })).toBe('+/8')
    expect(b.toBase64({ alphabet: 'base64url', omitPadding: true })).toBe('-_8')
    expect((new Uint8Array(0) as typeof b).toBase64()).toBe('')
    expect((new Uint8Array([1, 2, 3]) as typeof b).toBase64()).toBe('AQID')
    // a view into a larger buffer encodes only its own bytes
    expect((new Uint8Array([9, 0xfb, 0xff, 9]).subarray(1, 3) as typeof b).toBase64()).toBe('+/8=')
  })
})
