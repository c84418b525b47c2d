/**
 * Lattice tables of one page: every text item goes to the grid cell that
 * holds its centre, so a wrapped name or a two-line header is one cell. A
 * cell's text is its items in reading order; each run of items that sits
 * together on one rebuilt line is one piece of the page text (a span that
 * slices back exactly), and the pieces are joined without a space where
 * either side is CJK (or punctuation), with one space between two words.
 */
import type { GeoCell, GeoTable } from '../../document.js'
import type { ItemBuffer } from '../items.js'
import type { Rows } from '../rows.js'
import type { ItemPlaces } from '../page-text.js'
import { intervalOf, type Grid } from './grid.js'
import { pieceView, placeX } from './pieces.js'

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** Joins a cell's pieces: a space only between two word characters (a–z, 0–9). */
export function joinPieces(pieces: string[]): string {
  let out = ''
  for (const p of pieces) {
    const q = p.replace(/\s*\t\s*/g, ' ').trim()
    if (q === '') continue
    if (out !== '' && isWordChar(out.charCodeAt(out.length - 1)) && isWordChar(q.charCodeAt(0))) out += ' '
    out += q
  }
  return out
}

/** Each item's position in reading order (rows top to bottom, items left to right). */
export function readingRank(buf: ItemBuffer, rows: Rows): Int32Array {
  const rank = new Int32Array(buf.n)
  for (let k = 0; k < buf.n; k++) rank[rows.order[k]!] = k
  return rank
}

/**
 * A cell's text and spans from its items (sorted here into reading order):
 * each run of items that sits together on one rebuilt line is one piece.
 */
export function cellPieces(items: number[], rank: Int32Array, places: ItemPlaces, text: string, base: number): { text: string; spans: [number, number][] } {
  items.sort((a, b) => rank[a]! - rank[b]!)
  const spans: [number, number][] = []
  for (let j = 0; j < items.length; j++) {
    const i = items[j]!
    const prev = j > 0 ? items[j - 1]! : -1
    const last = spans[spans.length - 1]
    if (last && prev >= 0 && rank[i] === rank[prev]! + 1 && places.line[i] === places.line[prev]) last[1] = base + places.end[i]!
    else spans.push([base + places.start[i]!, base + places.end[i]!])
  }
  return { text: joinPieces(spans.map(([s, e]) => text.slice(s - base, e - base))), spans }
}

/** An item reaches this far (× font size) past a row rule on both sides: it is drawn across the rule. */
const STRADDLE = 0.2
/** Lines of one cell start within this (× font size) of each other and lie within this many font sizes apart. */
const ALIGN = 0.5
const PITCH = 2

/**
 * Text drawn across a row rule (Calc centres a wrapped cell taller than its
 * row, so its first and last lines spill into the rows above and below): an
 * item that crosses the rule of its cell and starts where no other line of
 * that cell starts, but where a line of the cell across the rule starts,
 * one line pitch away, belongs to that cell.
 */
function overflow(g: Grid, members: number[][], buf: ItemBuffer): void {
  const C = g.xs.length - 1
  const cellOf = new Int32Array(buf.n).fill(-1)
  members.forEach((m, k) => m.forEach((i) => (cellOf[i] = k)))
  const aligned = (i: number, k: number) => members[k]!.some((j) => j !== i && Math.abs(buf.x0[j]! - buf.x0[i]!) <= ALIGN * buf.h[i]!)
  const near = (i: number, k: number) => members[k]!.some((j) => j !== i && Math.abs(buf.x0[j]! - buf.x0[i]!) <= ALIGN * buf.h[i]! && Math.abs(buf.y0[j]! - buf.y0[i]!) <= PITCH * buf.h[i]!)
  const moves: [number, number, number][] = []
  members.forEach((m, k) => {
    const gc = g.cells[k]!
    for (const i of m) {
      const fs = buf.h[i]!
      const cx = (buf.x0[i]! + buf.x1[i]!) / 2
      const c = intervalOf(g.xs, cx)
      // the rule on top of the cell (ys[row]) and the one at its foot (ys[row + rowSpan])
      for (const [edge, r] of [[gc.row, gc.row - 1], [gc.row + gc.rowSpan, gc.row + gc.rowSpan]] as const) {
        if (r < 0 || r >= g.ys.length - 1) continue
        const y = g.ys[edge]!
        if (!(buf.y1[i]! - y >= STRADDLE * fs && y - buf.y0[i]! >= STRADDLE * fs)) continue
        const other = g.slot[r * C + c]!
        if (other < 0 || other === k || aligned(i, k) || !near(i, other)) continue
        moves.push([i, k, other])
        break
      }
    }
  })
  for (const [i, from, to] of moves) {
    members[from] = members[from]!.filter((j) => j !== i)
    members[to]!.push(i)
  }
}

/**
 * The page's grids filled with its items.
 * @param grids the page's grids (findGrids)
 * @param text the page text (pageText's result)
 * @param base offset of the page text in the document text
 */
export function latticeTables(grids: Grid[], buf: ItemBuffer, rows: Rows, places: ItemPlaces, text: string, page: number, base: number): GeoTable[] {
  // items that hold two cells' words in one run are read as their words (cut at the rules between them)
  const view = pieceView(buf, rows, places, text)
  if (view) ({ buf, rows, places } = view)
  const n = buf.n
  const rank = readingRank(buf, rows)
  const taken = new Uint8Array(n)
  const out: GeoTable[] = []
  for (const g of grids) {
    const C = g.xs.length - 1
    const members: number[][] = g.cells.map(() => [])
    let any = false
    for (let i = 0; i < n; i++) {
      if (taken[i] || buf.rotated[i]) continue
      const cx = placeX(buf, view, g.xs, i)
      const cy = (buf.y0[i]! + buf.y1[i]!) / 2
      const c = intervalOf(g.xs, cx)
      const r = c < 0 ? -1 : intervalOf(g.ys, cy, true)
      if (r < 0) continue
      const k = g.slot[r * C + c]!
      if (k < 0) continue
      members[k]!.push(i)
      taken[i] = 1
      any = true
    }
    if (!any) continue
    overflow(g, members, buf)
    const cells: GeoCell[] = g.cells.map((gc, k) => {
      const { text: cellText, spans } = cellPieces(members[k]!, rank, places, text, base)
      const bbox = gc.bbox.map((v) => Math.round(v * 100) / 100) as GeoCell['bbox']
      return { row: gc.row, col: gc.col, rowSpan: gc.rowSpan, colSpan: gc.colSpan, text: cellText, bbox, page, spans }
    })
    const R = g.ys.length - 1
    const byRow: GeoTable['rows'] = Array.from({ length: R }, () => ({ page, cells: [] as GeoCell[] }))
    for (const c of cells) byRow[c.row]!.cells.push(c)
    out.push({
      method: 'lattice',
      pages: [page],
      bbox: g.bbox.map((v) => Math.round(v * 100) / 100) as GeoTable['bbox'],
      columns: C,
      xs: g.xs,
      rows: byRow,
      quality: g.quality,
    })
  }
  return out
}
