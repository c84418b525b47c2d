/**
 * Scanned forms without the OCR engine: a ruled grid drawn at test time and
 * turned by about a degree is levelled (deskew), its ruling lines found in
 * the pixels (rulings), and the lines cut into a lattice that positioned
 * pieces fill (tables) — the same grid code as a vector PDF's.
 */
import { describe, expect, it } from 'vitest'
import { type Gray, fromRgba } from '../../../src/source/ocr/image.js'
import { deskew, skewAngle } from '../../../src/source/ocr/deskew.js'
import { findRulings } from '../../../src/source/ocr/rulings.js'
import { ocrPageTables, rulesOf } from '../../../src/source/ocr/tables.js'
import { ItemBuffer } from '../../../src/source/pdf/items.js'
import { Rows, groupRows } from '../../../src/source/pdf/rows.js'
import { ItemPlaces, pageText } from '../../../src/source/pdf/page-text.js'
import type { LayoutLine } from '../../../src/source/document.js'

const W = 900
const H = 600
/** column edges and row edges of the drawn form, pixels (y down) */
const XS = [100, 300, 600, 700, 800]
const YS = [100, 160, 220, 280, 340]

/** The form drawn turned by `degrees` clockwise on screen (as a sheet lies on the glass), with a red stamp over it. */
async function drawForm(degrees: number, stamp = false): Promise<Gray> {
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(W, H)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, W, H)
  ctx.translate(W / 2, H / 2)
  ctx.rotate((degrees * Math.PI) / 180)
  ctx.translate(-W / 2, -H / 2)
  ctx.strokeStyle = '#222'
  ctx.lineWidth = 2
  ctx.beginPath()
  for (const y of YS) {
    ctx.moveTo(XS[0]!, y)
    ctx.lineTo(XS[XS.length - 1]!, y)
  }
  for (const x of XS) {
    ctx.moveTo(x, YS[0]!)
    ctx.lineTo(x, YS[YS.length - 1]!)
  }
  ctx.stroke()
  // some "text": short strokes inside the cells, too short to be ruling lines
  ctx.fillStyle = '#111'
  for (let r = 0; r + 1 < YS.length; r++) for (let c = 0; c + 1 < XS.length; c++) ctx.fillRect(XS[c]! + 10, YS[r]! + 25, 24, 10)
  if (stamp) {
    // red ink over the print (multiplied: black under it stays black)
    ctx.globalCompositeOperation = 'multiply'
    ctx.strokeStyle = 'rgb(220,40,40)'
    ctx.lineWidth = 4
    ctx.beginPath()
    ctx.arc(650, 250, 90, 0, 2 * Math.PI)
    ctx.stroke()
  }
  const data = ctx.getImageData(0, 0, W, H).data
  return fromRgba(data, W, H)
}

describe('deskew', () => {
  it('should find the turn of a scanned form to a tenth of a degree', async () => {
    for (const a of [1.2, -0.7]) {
      const angle = skewAngle(await drawForm(a))
      expect(Math.abs(angle - a)).toBeLessThan(0.1)
    }
  })

  it('should leave a level page and a blank page untouched', async () => {
    expect(skewAngle(await drawForm(0))).toBe(0)
    const blank: Gray = { width: 300, height: 200, data: new Uint8Array(300 * 200).fill(255) }
    expect(deskew(blank)).toEqual({ image: blank, angle: 0 })
  })
})

describe('ruling lines of a scanned form into a lattice table', () => {
  it('should cut the levelled form into its 4 × 4 cells and put each piece into its cell', async () => {
    const { image, angle } = deskew(await drawForm(1.1, true))
    expect(angle).not.toBe(0)
    const ptPerPx = 0.5
    const heightPt = H * ptPerPx
    const rulings = findRulings(image, 1, ptPerPx, heightPt)
    const rules = rulesOf(rulings)
    // five long rules each way (the stamp's red ink and the text strokes are no rules)
    expect(rules.h.filter((s) => s.b - s.a > 300).length).toBe(5)
    expect(rules.v.filter((s) => s.b - s.a > 100).length).toBe(5)
    // one piece per cell, placed where the cell is on the levelled page (points, y up)
    const buf = new ItemBuffer()
    for (let r = 0; r + 1 < YS.length; r++) {
      for (let c = 0; c + 1 < XS.length; c++) {
        const x = (XS[c]! + 15) * ptPerPx
        const top = heightPt - (YS[r]! + 20) * ptPerPx
        buf.push(`r${r}c${c}`, x, x + 12, top - 6, top, 6)
      }
    }
    const rows = new Rows()
    groupRows(buf, rows)
    const places = new ItemPlaces()
    const layout: LayoutLine[] = []
    const text = pageText(buf, rows, 1, 0, layout, places)
    const { tables } = ocrPageTables(rulings, buf, rows, places, text, 1, 0)
    expect(tables).toHaveLength(1)
    const t = tables[0]!
    expect(t.method).toBe('ocr')
    expect(t.columns).toBe(4)
    expect(t.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(
      [0, 1, 2, 3].map((r) => [0, 1, 2, 3].map((c) => `r${r}c${c}`)),
    )
    // every cell's spans slice back to its text
    for (const row of t.rows) for (const cell of row.cells) expect(cell.spans.map(([s, e]) => text.slice(s, e)).join('')).toBe(cell.text)
  })
})
