/**
 * OCR end to end on one page: page 9 of the seed's scan (the budget table) is
 * rendered to a PNG at test time and read as an image file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBytes } from '../../../src/source/read.js'
import { loadPdfJs, openOptions } from '../../../src/source/pdf/pdfjs.js'
import { imageKind } from '../../../src/source/ocr/render.js'

const SCAN = new URL('../../../../shared/corpus/generated/seed000_scan.pdf', import.meta.url).pathname

async function pagePng(file: string, p: number): Promise<Uint8Array> {
  const pdfjs = await loadPdfJs()
  const pdf = await pdfjs.getDocument(openOptions(readFileSync(file))).promise
  const page = await pdf.getPage(p)
  const viewport = page.getViewport({ scale: 150 / 72 })
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  await page.render({ canvasContext: canvas.getContext('2d') as never, viewport, canvas: canvas as never }).promise
  await pdf.destroy()
  return canvas.toBuffer('image/png')
}

describe('OCR of an image file', () => {
  it.skipIf(!existsSync(SCAN))('should read the budget table of a scanned page with confidences', async () => {
    const png = await pagePng(SCAN, 9)
    expect(imageKind(png)).toBe('png')
    const r = await readBytes('page9.png', png)
    expect(r.doc).not.toBeNull()
    const doc = r.doc!
    expect(doc.format).toBe('image')
    // the 合计 row of the printed table (read from the page): 5084.38 / 5156.46 / 5156.46
    const total = doc.text.split('\n').find((l) => l.startsWith('合计'))
    expect(total?.split('\t')).toEqual(['合计', '5084.38', '5156.46', '5156.46'])
    expect(doc.ocr!.pages).toEqual([1])
    expect(doc.ocr!.confidence).toHaveLength(doc.text.length)
    const at = doc.text.indexOf('5084.38')
    expect(Math.min(...doc.ocr!.confidence.slice(at, at + 7))).toBeGreaterThan(0.5)
    expect(doc.ocr!.rulings.some((s) => s.y0 === s.y1 && s.x1 - s.x0 > 100)).toBe(true)
  }, 120_000)

  it('should refuse an image with no text with "no text found"', async () => {
    const { createCanvas } = await import('@napi-rs/canvas')
    const canvas = createCanvas(200, 120)
    const ctx = canvas.getContext('2d')
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, 200, 120)
    const r = await readBytes('blank.png', canvas.toBuffer('image/png'))
    expect(r.doc).toBeNull()
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/ocr-no-text'])
  }, 60_000)
})
