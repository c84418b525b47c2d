import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/source/read-pdf.js'
import { makePdf } from './make-pdf.js'

describe('readPdf on landscape pages and watermarks', () => {
  const lines = ['Line one', 'Label\t12.50\t13.00', 'Line three']

  it('should read a page shown turned by /Rotate 90 in its displayed reading order', async () => {
    const r = await readPdf('landscape.pdf', makePdf([{ text: lines, rotate: 90 }]), 'x', {})
    expect(r.diagnostics).toEqual([])
    expect(r.doc!.text).toBe('Line one\nLabel\t12.50\t13.00\nLine three')
    // boxes are in the displayed page (792 pt wide, 612 pt high), top line highest
    const boxes = r.doc!.layout!.map((l) => l.bbox)
    for (const [x0, y0, x1, y1] of boxes) {
      expect(x0).toBeGreaterThanOrEqual(0)
      expect(x1).toBeLessThanOrEqual(792)
      expect(y0).toBeGreaterThanOrEqual(0)
      expect(y1).toBeLessThanOrEqual(612)
    }
    expect(boxes[0]![1]).toBeGreaterThan(boxes[1]![3])
    expect(r.doc!.layout![1]!.cells).toHaveLength(3)
  })

  it('should read a page turned by /Rotate after it was made (text upright in the page, sideways on screen) turned back', async () => {
    const r = await readPdf('turned.pdf', makePdf([{ text: lines, turned: 90 }, { text: lines, rotate: 90 }]), 'x', {})
    expect(r.diagnostics).toEqual([])
    expect(r.doc!.text).toBe('Line one\nLabel\t12.50\t13.00\nLine three\fLine one\nLabel\t12.50\t13.00\nLine three')
    expect(r.doc!.layout![1]!.cells).toHaveLength(3)
  })

  it('should keep a diagonal watermark out of the rows it crosses, as a line of its own at the end of the page', async () => {
    const text = [...lines, 'Line four', 'Line five']
    const r = await readPdf('watermark.pdf', makePdf([{ text, watermark: 'DRAFT COPY' }, { text: ['Next page'] }]), 'x', {})
    expect(r.diagnostics).toEqual([])
    expect(r.doc!.text).toBe('Line one\nLabel\t12.50\t13.00\nLine three\nLine four\nLine five\nDRAFT COPY\fNext page')
    const mark = r.doc!.layout![5]!
    expect(mark.page).toBe(1)
    const [x0, y0, x1, y1] = mark.bbox
    // a 45° box: about as high as it is wide
    expect(Math.abs(x1 - x0 - (y1 - y0))).toBeLessThan(1)
  })
})
