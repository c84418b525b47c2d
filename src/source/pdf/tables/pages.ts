/**
 * A table continued over a page break is one table. The first table of a
 * page continues the last table of the page before when nothing but page
 * furniture (a short line such as a page number) stands between them and
 * its column edges are among the earlier table's (same outer edges). A
 * first row that repeats a row of the earlier table (the repeated header)
 * is dropped; a merged cell cut by the break (its other part empty, or
 * printing the same text) becomes one cell spanning both parts.
 */
import type { GeoCell, GeoTable, LayoutLine } from '../../document.js'
import { joinPieces } from './lattice.js'
import { DIGIT } from './stream-lines.js'

/** Edges closer than this (points) are the same column edge across pages. */
const EDGE = 3
/** A line this short (characters) between two parts is page furniture (a page number, a running title). */
const FURNITURE_CHARS = 12

function edgeMap(from: number[], to: number[]): number[] | null {
  if (Math.abs(from[0]! - to[0]!) > EDGE || Math.abs(from[from.length - 1]! - to[to.length - 1]!) > EDGE) return null
  const map: number[] = []
  for (const x of from) {
    const j = to.findIndex((y) => Math.abs(x - y) <= EDGE)
    if (j < 0) return null
    map.push(j)
  }
  return map
}

/** Lines of `page` outside every table box, above (`above`) or below the given y. */
function linesBeyond(layout: LayoutLine[], text: string, page: number, y: number, above: boolean): number {
  let n = 0
  for (const l of layout) {
    if (l.page !== page) continue
    const mid = (l.bbox[1] + l.bbox[3]) / 2
    if (above ? mid <= y : mid >= y) continue
    if (text.slice(l.start, l.end).trim().length > FURNITURE_CHARS) return Infinity
    n++
  }
  return n
}

const rowText = (cells: GeoCell[]) => cells.map((c) => c.text).join('\u0001')

/**
 * Joins continued tables.
 * @param tables every page's tables, in page order, each page's top to bottom
 * @param layout the document's lines
 * @param text the document text
 */
export function joinPages(tables: GeoTable[], layout: LayoutLine[], text: string): GeoTable[] {
  const out: GeoTable[] = []
  for (const t of tables) {
    const prev = out[out.length - 1]
    const page = t.pages[0]!
    const lastPage = prev?.pages[prev.pages.length - 1]
    const firstOnPage = !out.some((o) => o !== prev && o.pages.includes(page)) && !(prev && prev.pages.includes(page))
    const map = prev && lastPage === page - 1 && firstOnPage ? edgeMap(t.xs, prev.xs) : null
    if (!prev || !map) {
      out.push(t)
      continue
    }
    const prevBottom = prev.rows[prev.rows.length - 1]?.cells[0]?.bbox[1] ?? prev.bbox[1]
    const gap = linesBeyond(layout, text, lastPage!, lastBottom(prev, prevBottom), false) + linesBeyond(layout, text, page, t.bbox[3], true)
    if (gap > 2) {
      out.push(t)
      continue
    }
    append(prev, t, map)
  }
  return out
}

/** The lowest cell bottom of a table's last page. */
function lastBottom(t: GeoTable, fallback: number): number {
  const page = t.pages[t.pages.length - 1]
  let y = Infinity
  for (const r of t.rows) for (const c of r.cells) if (c.page === page) y = Math.min(y, c.bbox[1])
  return y === Infinity ? fallback : y
}


/**
 * Whether a continuation's first row is the rest of the earlier part's last
 * row (Writer lets a row break over pages): it has no figure while the last
 * row has one, and each of its texts continues a one-row cell of the last
 * row that holds text.
 */
function restOfCutRow(first: GeoCell[], map: number[], bottom: Map<string, GeoCell>, last: GeoCell[]): boolean {
  if (!last.some((c) => DIGIT.test(c.text))) return false
  let texts = 0
  for (const c of first) {
    const col = map[c.col]!
    const above = bottom.get(`${col}:${map[c.col + c.colSpan]! - col}`)
    if (c.text === '') {
      if (c.rowSpan > 1 && !above) return false
      continue
    }
    if (DIGIT.test(c.text) || c.rowSpan > 1) return false
    if (!above || above.rowSpan !== 1 || above.text === '') return false
    texts++
  }
  return texts > 0
}

function append(prev: GeoTable, t: GeoTable, map: number[]): void {
  let rows = t.rows
  // a repeated header: the continuation's first rows print rows of the earlier part again
  const seen = new Set(prev.rows.map((r) => rowText(r.cells)).filter((s) => s.includes('\u0001')))
  let drop = 0
  while (drop < rows.length && rows[drop]!.cells.length > 1 && seen.has(rowText(rows[drop]!.cells))) drop++
  rows = rows.slice(drop)
  const offset = prev.rows.length
  // the earlier part's cells that reach its last row, by column range
  const bottom = new Map<string, GeoCell>()
  prev.rows.forEach((r) => {
    for (const c of r.cells) if (c.row + c.rowSpan === offset) bottom.set(`${c.col}:${c.colSpan}`, c)
  })
  // a row cut by the break: the continuation's first row holds only the rest of texts of the last row's cells
  if (rows.length > 0 && restOfCutRow(rows[0]!.cells, map, bottom, prev.rows[offset - 1]?.cells ?? [])) {
    for (const c of rows[0]!.cells) {
      const col = map[c.col]!
      const above = bottom.get(`${col}:${map[c.col + c.colSpan]! - col}`)
      if (!above) continue
      // a merged cell running on below the cut row covers the rows after it
      if (c.rowSpan > 1) above.rowSpan += c.rowSpan - 1
      if (c.text === '') continue
      above.text = joinPieces([above.text, c.text])
      above.spans.push(...c.spans)
    }
    rows = rows.slice(1)
    drop++
  }
  for (const r of rows) {
    const cells: GeoCell[] = []
    for (const c of r.cells) {
      const col = map[c.col]!
      const colSpan = map[c.col + c.colSpan]! - col
      const moved: GeoCell = { ...c, row: c.row - drop + offset, col, colSpan }
      const above = moved.row === offset ? bottom.get(`${col}:${colSpan}`) : undefined
      if (above && (above.rowSpan > 1 || c.rowSpan > 1) && (above.text === '' || c.text === '' || above.text === c.text)) {
        above.rowSpan += c.rowSpan
        if (above.text === '') above.text = c.text
        if (above.text !== c.text || above.spans.length === 0) above.spans.push(...c.spans)
        continue
      }
      cells.push(moved)
    }
    prev.rows.push({ page: r.page, cells })
  }
  prev.pages.push(t.pages[0]!)
  prev.quality = Math.min(prev.quality, t.quality)
}
