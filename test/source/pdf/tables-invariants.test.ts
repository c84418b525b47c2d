/**
 * Invariants of the tables read from PDF geometry, over every PDF fixture:
 * each piece of a cell's text slices back from the document text and lies on
 * one line of the cell's page; the cell's text is its pieces joined; the
 * cell's characters come from text items that touch its box, and a table's
 * cells on a page hold exactly the characters of the items whose centre is
 * inside one of them, as pdf.js gives them (read again here, independently).
 * (Per table rather than per cell: an item holding two cells' words is cut
 * between them, and a wrapped line drawn across a row rule goes with its
 * cell.)
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runFile } from '../../../src/pipeline/run.js'
import { readSource } from '../../../src/source/read.js'
import { loadPdfJs, openOptions } from '../../../src/source/pdf/pdfjs.js'
import { ItemBuffer, collectItems, displayTransform, uprightRotation } from '../../../src/source/pdf/items.js'
import { joinPieces } from '../../../src/source/pdf/tables/lattice.js'
import { fixtureCases } from '../../helpers/fixtures.js'

const pdfs = fixtureCases().filter((c) => c.input.endsWith('.pdf'))

/** The non-space characters of a string, sorted: what a cell holds regardless of reading order. */
const chars = (s: string) => [...s.replace(/\s/g, '')].sort().join('')

interface Item { str: string; cx: number; cy: number; box: [number, number, number, number] }

/** Whether the characters of a are among those of b (as multisets). */
function within(a: string, b: string): boolean {
  const n = new Map<string, number>()
  for (const c of b.replace(/\s/g, '')) n.set(c, (n.get(c) ?? 0) + 1)
  for (const c of a.replace(/\s/g, '')) {
    const k = n.get(c) ?? 0
    if (k === 0) return false
    n.set(c, k - 1)
  }
  return true
}

async function pageItems(path: string): Promise<Map<number, Item[]>> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument(openOptions(new Uint8Array(readFileSync(path))))
  const out = new Map<number, Item[]>()
  try {
    const pdf = await task.promise
    const buf = new ItemBuffer()
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p)
      const content = await page.getTextContent()
      const upright = uprightRotation(content.items, page.rotate)
      collectItems(content.items, buf, displayTransform(page.getViewport(upright === null ? { scale: 1 } : { scale: 1, rotation: upright })))
      const items: Item[] = []
      for (let i = 0; i < buf.n; i++) {
        if (!buf.rotated[i]) items.push({ str: buf.str[i]!, cx: (buf.x0[i]! + buf.x1[i]!) / 2, cy: (buf.y0[i]! + buf.y1[i]!) / 2, box: [buf.x0[i]!, buf.y0[i]!, buf.x1[i]!, buf.y1[i]!] })
      }
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
      // per page: the characters of the table's cells and of the items whose centre is inside one of them
      const held = new Map<number, string[]>()
      const boxes = new Map<number, number[][]>()
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
          const touching = (items.get(cell.page!) ?? []).filter((i: Item) => i.box[0] < x1 && i.box[2] > x0 && i.box[1] < y1 && i.box[3] > y0)
          expect.soft(within(cell.text, touching.map((i: Item) => i.str).join('')), `${where}: '${cell.text}' from items touching its box`).toBe(true)
          held.set(cell.page!, [...(held.get(cell.page!) ?? []), cell.text])
          boxes.set(cell.page!, [...(boxes.get(cell.page!) ?? []), cell.bbox])
        }
      }
      for (const [page, texts] of held) {
        const bs = boxes.get(page)!
        const inside = (items.get(page) ?? []).filter((i: Item) => bs.some(([x0, y0, x1, y1]) => i.cx >= x0! && i.cx <= x1! && i.cy >= y0! && i.cy <= y1!))
        expect.soft(chars(texts.join('')), `${t.id} page ${page}`).toBe(chars(inside.map((i: Item) => i.str).join('')))
      }
    }
  })
})
