import { describe, expect, it } from 'vitest'
import { ocrIntoBuffer } from '../../../src/source/ocr/read-ocr.js'
import { ItemBuffer } from '../../../src/source/pdf/items.js'

describe('OCR of a blank page', () => {
  it('reads nothing from an image whose pixels are all the same, and leaves the buffer empty', async () => {
    const buf = new ItemBuffer()
    buf.push('left over', 0, 10, 0, 10, 10)
    const white = { width: 40, height: 30, data: new Uint8Array(40 * 30).fill(255) }
    const page = await ocrIntoBuffer(white, 3, 0.48, 14.4, buf)
    expect(page.pieces).toEqual([])
    expect(page.rulings).toEqual([])
    expect(buf.n).toBe(0)
  })
})
