/**
 * pdf.js's cMap and standard-font files are read once per process and handed
 * out as copies: a document that changes its bytes does not change another's.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CachedBinaryDataFactory, pdfAssets } from '../../src/source/pdf/pdfjs.js'

describe('CachedBinaryDataFactory', () => {
  const assets = pdfAssets()
  it('should give the file bytes, the same for every document, as independent copies', async () => {
    const a = new CachedBinaryDataFactory(assets)
    const b = new CachedBinaryDataFactory(assets)
    const first = await a.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' })
    expect(first).toEqual(new Uint8Array(readFileSync(`${assets.cMapUrl}UniGB-UCS2-H.bcmap`)))
    first[0] = first[0]! ^ 0xff
    const second = await b.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' })
    expect(second[0]).not.toBe(first[0])
    expect(second).toEqual(new Uint8Array(readFileSync(`${assets.cMapUrl}UniGB-UCS2-H.bcmap`)))
  })
  it('should fail with the path for a file that is not there, and for a kind without a folder', async () => {
    const f = new CachedBinaryDataFactory(assets)
    await expect(f.fetch({ kind: 'cMapUrl', filename: 'No-Such-CMap.bcmap' })).rejects.toThrow(/Unable to load CMap data at: .*No-Such-CMap/)
    await expect(f.fetch({ kind: 'wasmUrl', filename: 'x.wasm' })).rejects.toThrow(/wasmUrl/)
  })
})
