/**
 * Borderless tables (the stream idea of camelot / pdfplumber's text
 * strategy): where no grid forms, a table shows by its text alone. A line
 * with at least two header words (the vocabulary is the caller's, from the
 * grammars) starts a table; the lines around it without figures that fill its
 * gaps are the rest of a two-line header (`年度` over `指标值`). Columns come
 * from the header's cells and from text blocks of the body that no header
 * cell is over; the edge between two columns is where the fewest body lines
 * have text. Rows come from the body's lines: a line that overlaps its
 * neighbour vertically and fills other columns (a cell centred over two
 * lines) or that holds text only under a few of the row's cells (a wrapped
 * cell) joins the row; anything else starts one. The body ends at a wide line
 * of prose, a large vertical gap or the next header; a table still open at
 * the foot of a page continues at the top of the next with the same columns.
 * All distances are in units of the line's font size.
 */
import type { GeoCell, GeoTable } from '../../document.js'
import type { ItemBuffer } from '../items.js'
import type { Rows } from '../rows.js'
import type { ItemPlaces } from '../page-text.js'
import type { BBox } from '../../../model/provenance.js'
import { cellPieces, readingRank } from './lattice.js'
import { gapBelow, isHeaderLine, linesOf, overlaps, type HeaderTest, type Line } from './stream-lines.js'
import { colOf, columnEdges } from './stream-columns.js'
import { rowsOf, type Row } from './stream-rows.js'
import { pieceView, placeX } from './pieces.js'

export type { HeaderTest } from './stream-lines.js'

/** A header's lines lie within this (× font size) of each other. */
const HEADER_GAP = 0.7
/** A vertical gap larger than this (× font size) ends a table. */
const END_GAP = 3
/** A one-block line wider than this share of the table is prose: it ends the table. */
const PROSE_WIDTH = 0.6
/** A table needs at least this many columns and body rows (a funds block may have one row). */
const MIN_COLUMNS = 3
const MIN_ROWS = 1

/** A table open at the foot of a page: its columns continue on the next. */
export interface StreamCarry {
  xs: number[]
}

interface Block {
  header: Line[]
  body: Line[]
  /** reached the foot of the page */
  open: boolean
}

/** Titles wrapped in narrow header cells leave lines of a few characters each above the header line (`年度` over `指标值`). */
const FRAGMENT = 3
const fragments = (l: Line) => l.blobs.length >= 2 && l.blobs.every((b) => b.text.trim().length <= FRAGMENT)

/** The page's blocks: each header with its body lines; a leading body continuing `carry` has no header. */
function blocksOf(lines: Line[], isHeader: HeaderTest, carry: StreamCarry | null): Block[] {
  const used = new Uint8Array(lines.length)
  const blocks: Block[] = []
  const bodyFrom = (k: number, x0: number, x1: number): { body: Line[]; open: boolean } => {
    const body: Line[] = []
    for (; k < lines.length; k++) {
      const l = lines[k]!
      const prev = body[body.length - 1] ?? lines[k - 1]
      if (isHeaderLine(l, isHeader)) return { body, open: false }
      if (prev && gapBelow(prev, l) > END_GAP * l.fs) return { body, open: false }
      if (l.blobs.length === 1 && l.blobs[0]!.x1 - l.blobs[0]!.x0 > PROSE_WIDTH * (x1 - x0)) return { body, open: false }
      body.push(l)
      used[k] = 1
    }
    return { body, open: true }
  }
  if (carry) {
    const first = lines.findIndex((l) => l.blobs.length >= 2)
    if (first >= 0 && !isHeaderLine(lines[first]!, isHeader)) {
      const { body, open } = bodyFrom(first, carry.xs[0]!, carry.xs[carry.xs.length - 1]!)
      if (body.length > 0) blocks.push({ header: [], body, open })
    }
  }
  for (let k = 0; k < lines.length; k++) {
    if (used[k] || !isHeaderLine(lines[k]!, isHeader)) continue
    const hit = lines[k]!
    const header = [hit]
    used[k] = 1
    // lines above without figures that fill the header's gaps (the upper half of centred titles)
    // (taken back from the end of the body before, which ran up to this header)
    const before = blocks[blocks.length - 1]
    for (let j = k - 1; j >= 0; j--) {
      const l = lines[j]!
      const stolen = used[j] && before && before.body[before.body.length - 1] === l
      const over = l.blobs.some((b) => hit.blobs.some((h) => overlaps(h, b))) && !fragments(l)
      if ((used[j] && !stolen) || l.digits || gapBelow(l, header[0]!) > HEADER_GAP * l.fs || over) break
      if (stolen) {
        before.body.pop()
        before.open = false
      }
      header.unshift(l)
      used[j] = 1
    }
    let j = k + 1
    for (; j < lines.length; j++) {
      const l = lines[j]!
      if (l.digits || gapBelow(header[header.length - 1]!, l) > HEADER_GAP * l.fs) break
      header.push(l)
      used[j] = 1
    }
    const x0 = Math.min(...header.flatMap((l) => l.blobs.map((b) => b.x0)))
    const x1 = Math.max(...header.flatMap((l) => l.blobs.map((b) => b.x1)))
    const { body, open } = bodyFrom(j, x0, x1)
    blocks.push({ header, body, open })
    k = j + body.length - 1
  }
  return blocks
}

export interface StreamResult {
  tables: GeoTable[]
  carry: StreamCarry | null
}

/**
 * The page's borderless tables.
 * @param skip items already read into a ruled table
 * @param carry the columns of a table open at the foot of the page before
 */
export function streamTables(
  buf: ItemBuffer, rows: Rows, places: ItemPlaces, text: string, page: number, base: number,
  isHeader: HeaderTest, skip: (i: number) => boolean, carry: StreamCarry | null,
): StreamResult {
  // items that hold two cells' words in one run are read as their words
  const view = pieceView(buf, rows, places, text)
  if (view) {
    const { parent } = view
    ;({ buf, rows, places } = view)
    const skipped = skip
    skip = (j) => skipped(parent[j]!)
  }
  const lines = linesOf(buf, rows, skip, view ? { parent: view.parent, count: view.count, isHeader } : undefined)
  const blocks = blocksOf(lines, isHeader, carry)
  const rank = readingRank(buf, rows)
  const tables: GeoTable[] = []
  let open: StreamCarry | null = null
  blocks.forEach((b, n) => {
    let xs = b.header.length === 0 && carry ? carry.xs : columnEdges(b.header, b.body)
    // a repeated header at the top of the page keeps the columns of the part before (so the parts join)
    if (n === 0 && carry && b.header.length > 0 && xs.length === carry.xs.length && xs.every((x, i) => Math.abs(x - carry.xs[i]!) <= b.header[0]!.fs)) xs = carry.xs
    const C = xs.length - 1
    const body = rowsOf(b.body, xs)
    if (C < MIN_COLUMNS || body.length < MIN_ROWS) return
    const all: Row[] = b.header.length > 0 ? [{ lines: b.header, cols: new Set(), header: true }, ...body] : body
    const gridRows = all.map((r, ri): { page: number; cells: GeoCell[] } => {
      const top = Math.max(...r.lines.map((l) => l.top))
      const bottom = Math.min(...r.lines.map((l) => l.bottom))
      const members: number[][] = Array.from({ length: C }, () => [])
      for (const l of r.lines) for (const bl of l.blobs) for (const i of bl.items) members[colOf(xs, placeX(buf, view, xs, i))]!.push(i)
      const cells = members.map((items, c): GeoCell => {
        const { text: t, spans } = cellPieces(items, rank, places, text, base)
        const bbox = [xs[c]!, bottom, xs[c + 1]!, top].map((v) => Math.round(v * 100) / 100) as BBox
        return { row: ri, col: c, rowSpan: 1, colSpan: 1, text: t, bbox, page, spans }
      })
      return { page, cells }
    })
    const top = Math.max(...all[0]!.lines.map((l) => l.top))
    const bottom = Math.min(...all[all.length - 1]!.lines.map((l) => l.bottom))
    tables.push({
      method: 'stream', pages: [page],
      bbox: [xs[0]!, bottom, xs[C]!, top].map((v) => Math.round(v * 100) / 100) as BBox,
      columns: C, xs, rows: gridRows, quality: 1,
    })
    open = b.open ? { xs } : null
  })
  return { tables, carry: open }
}
