/**
 * A scanned ruled form end to end, made at test time: the bottom rows of a
 * Chromium-printed form are rendered at 150 dpi, turned by 1° (as a sheet
 * on the glass) and read as a PNG. The ruling lines found in the image make
 * a lattice table whose cells hold what the form prints (read from the
 * form): 受益群众满意度 | … | 93.6 | 10 | 10, 总分 | 100 | 96.58. A photo
 * (shapes and gradients, no writing) gives "no text found".
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBytes } from '../../../src/source/read.js'
import { loadPdfJs, openOptions } from '../../../src/source/pdf/pdfjs.js'

const FORM = new URL('../../../eval-blind/h1_chromium_ruled/input.pdf', import.meta.url).pathname

/** The form's page 1 at 150 dpi, rows y0..y1 (pixels), turned by `degrees`, as PNG bytes. */
async function scannedCrop(y0: number, y1: number, degrees: number): Promise<Uint8Array> {
  const pdfjs = await loadPdfJs()
  const pdf = await pdfjs.getDocument(openOptions(readFileSync(FORM))).promise
  const page = await pdf.getPage(1)
  const viewport = page.getViewport({ scale: 150 / 72 })
  const { createCanvas } = await import('@napi-rs/canvas')
  const full = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  await page.render({ canvasContext: full.getContext('2d') as never, viewport, canvas: full as never }).promise
  await pdf.destroy()
  const out = createCanvas(full.width, y1 - y0 + 80)
  const ctx = out.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.translate(out.width / 2, out.height / 2)
  ctx.rotate((degrees * Math.PI) / 180)
  ctx.drawImage(full, 0, y0, full.width, y1 - y0, -full.width / 2, -(y1 - y0) / 2, full.width, y1 - y0)
  return out.toBuffer('image/png')
}

describe('a scanned ruled form', () => {
  it('should give a lattice table from the ruling lines in the image', async () => {
    const png = await scannedCrop(1200, 1700, 1)
    const r = await readBytes('form.png', png)
    expect(r.doc).not.toBeNull()
    const doc = r.doc!
    expect(Math.abs(doc.ocr!.skew[1]! - 1)).toBeLessThan(0.2)
    const t = doc.tables?.find((x) => x.method === 'ocr')
    expect(t).toBeDefined()
    const rows = t!.rows.map((row) => row.cells.map((c) => c.text))
    const satisfaction = rows.find((cells) => cells.includes('受益群众满意度'))
    expect(satisfaction?.slice(-5)).toEqual(['90', '%', '93.6', '10', '10'])
    const total = rows.find((cells) => cells[0] === '总分')
    expect(total?.slice(-2)).toEqual(['100', '96.58'])
    // each cell's text is the slices of its spans
    for (const row of t!.rows) for (const c of row.cells) expect(c.spans.map(([s, e]) => doc.text.slice(s, e)).join('').replace(/\s/g, '')).toBe(c.text.replace(/\s/g, ''))
  }, 120_000)

  it('should find no text in a photo', async () => {
    const { createCanvas } = await import('@napi-rs/canvas')
    const canvas = createCanvas(480, 320)
    const ctx = canvas.getContext('2d')
    const sky = ctx.createLinearGradient(0, 0, 0, 320)
    sky.addColorStop(0, '#6a9fd8')
    sky.addColorStop(1, '#e8d8b0')
    ctx.fillStyle = sky
    ctx.fillRect(0, 0, 480, 320)
    ctx.fillStyle = '#3d6b35'
    ctx.beginPath()
    ctx.ellipse(240, 330, 300, 90, 0, 0, 2 * Math.PI)
    ctx.fill()
    ctx.fillStyle = '#f4e27a'
    ctx.beginPath()
    ctx.arc(380, 70, 35, 0, 2 * Math.PI)
    ctx.fill()
    const r = await readBytes('photo.png', canvas.toBuffer('image/png'))
    expect(r.doc).toBeNull()
    expect(r.diagnostics.map((d) => d.code)).toEqual(['read/ocr-no-text'])
    expect(r.diagnostics[0]!.message).toContain('no text found')
  }, 60_000)
})
