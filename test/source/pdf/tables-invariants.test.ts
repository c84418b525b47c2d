/**
 * Invariants of the tables read from PDF geometry, over every PDF fixture:
 * each piece of a cell's text slices back from the document text and lies on
 * one line of the cell's page; the cell's text is its pieces joined; and the
 * cell holds exactly the characters of the text items whose centre is inside
 * its box, as pdf.js gives them (read again here, independently).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runFile } from '../../../src/pipeline/run.js'
import { readSource } from '../../../src/source/read.js'
import { loadPdfJs, openOptions } from '../../../src/source/pdf/pdfjs.js'
import { ItemBuffer, collectItems, displayTransform } from '../../../src/source/pdf/items.js'
import { joinPieces } from '../../../src/source/pdf/tables/lattice.js'
import { fixtureCases } from '../../helpers/fixtures.js'

const pdfs = fixtureCases().filter((c) => c.input.endsWith('.pdf'))

/** The non-space characters of a string, sorted: what a cell holds regardless of reading order. */
const chars = (s: string) => [...s.replace(/\s/g, '')].sort().join('')

async function pageItems(path: string): Promise<Map<number, { str: string; cx: number; cy: number }[]>> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument(openOptions(new Uint8Array(readFileSync(path))))
  const out = new Map<number, { str: string; cx: number; cy: number }[]>()
  try {
    const pdf = await task.promise
    const buf = new ItemBuffer()
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p)
      collectItems((await page.getTextContent()).items, buf, displayTransform(page.getViewport({ scale: 1 })))
      const items = []
      for (let i = 0; i < buf.n; i++) if (!buf.rotated[i]) items.push({ str: buf.str[i]!, cx: (buf.x0[i]! + buf.x1[i]!) / 2, cy: (buf.y0[i]! + buf.y1[i]!) / 2 })
      out.set(p, items)
    }
  } finally {
    await task.destroy()
  }
  return out
}

describe.each(pdfs)('$name', ({ input }) => {
  it('should keep every geometry table cell true to the page', async () => {
    const result = await runFile(input)
    if (!result.ok) return
    const tables = result.report.layoutTables ?? []
    const text = (await readSource(input)).doc!.text
    const items = tables.length > 0 ? await pageItems(input) : new Map()
    for (const t of tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          const where = `${t.id} r${cell.row}c${cell.col}`
          const pieces = cell.spans.map((s) => text.slice(s.start.offset, s.end.offset))
          expect.soft(joinPieces(pieces), where).toBe(cell.text)
          for (const [k, s] of cell.spans.entries()) {
            expect.soft(pieces[k]!.includes('\n') || pieces[k]!.includes('\f'), `${where} piece ${k} on one line`).toBe(false)
            expect.soft(pieces[k]!.trim() !== '', `${where} piece ${k} not blank`).toBe(true)
            if (cell.spans.every((x) => x.start.page === cell.page)) expect.soft(s.start.page, where).toBe(cell.page)
          }
          if (!cell.bbox || cell.spans.some((x) => x.start.page !== cell.page)) continue
          const [x0, y0, x1, y1] = cell.bbox
          const inside = (items.get(cell.page!) ?? []).filter((i: { cx: number; cy: number }) => i.cx >= x0 && i.cx <= x1 && i.cy >= y0 && i.cy <= y1)
          expect.soft(chars(cell.text), where).toBe(chars(inside.map((i: { str: string }) => i.str).join('')))
        }
      }
    }
  })
})
