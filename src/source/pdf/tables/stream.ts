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

/** Items closer than this (× font size) are one block of text. */
const BLOB_GAP = 0.15
/** Two lines whose boxes are closer than this (× font size, negative = overlapping) sit side by side in one row. */
const OVERLAP = 0.1
/** A wrapped cell's next line lies within this (× font size) below its row. */
const WRAP_GAP = 1.0
/** A header's lines lie within this (× font size) of each other. */
const HEADER_GAP = 0.7
/** A vertical gap larger than this (× font size) ends a table. */
const END_GAP = 3
/** A one-block line wider than this share of the table is prose: it ends the table. */
const PROSE_WIDTH = 0.6
/** A table needs at least this many columns and body rows (a funds block may have one row). */
const MIN_COLUMNS = 3
const MIN_ROWS = 1

/** Whether a header cell's text is a column title (from the grammars' header vocabulary). */
export type HeaderTest = (text: string) => boolean

/** A table open at the foot of a page: its columns continue on the next. */
export interface StreamCarry {
  xs: number[]
}

interface Blob {
  x0: number
  x1: number
  items: number[]
  text: string
}

interface Line {
  top: number
  bottom: number
  fs: number
  blobs: Blob[]
  digits: boolean
}

const DIGIT = /[0-9０-９]/
/** A text block that is a bare figure (100, 97.8, 12%, 1,250.00). */
const NUMBER = /^[\s\d.,%％()（）+-]+$/

/** An item's x extent without its leading and trailing spaces (shares of its width by characters). */
function inked(buf: ItemBuffer, i: number): [number, number] {
  const s = buf.str[i]!
  const lead = s.length - s.trimStart().length
  const trail = s.length - s.trimEnd().length
  if (lead === 0 && trail === 0) return [buf.x0[i]!, buf.x1[i]!]
  const w = (buf.x1[i]! - buf.x0[i]!) / s.length
  return [buf.x0[i]! + lead * w, buf.x1[i]! - trail * w]
}

function linesOf(buf: ItemBuffer, rows: Rows, skip: (i: number) => boolean): Line[] {
  const out: Line[] = []
  for (let r = 0; r < rows.count; r++) {
    const blobs: Blob[] = []
    let top = -Infinity
    let bottom = Infinity
    let fs = 0
    for (let k = rows.rowStart[r]!; k < rows.rowStart[r + 1]!; k++) {
      const i = rows.order[k]!
      if (buf.rotated[i] || skip(i) || buf.str[i]!.trim() === '') continue
      top = Math.max(top, buf.y1[i]!)
      bottom = Math.min(bottom, buf.y0[i]!)
      fs = Math.max(fs, buf.h[i]!)
    }
    if (fs === 0) continue
    for (let k = rows.rowStart[r]!; k < rows.rowStart[r + 1]!; k++) {
      const i = rows.order[k]!
      if (buf.rotated[i] || skip(i) || buf.str[i]!.trim() === '') continue
      const [x0, x1] = inked(buf, i)
      const last = blobs[blobs.length - 1]
      if (last && x0 - last.x1 <= BLOB_GAP * fs) {
        last.x1 = Math.max(last.x1, x1)
        last.items.push(i)
        last.text += buf.str[i]!
      } else blobs.push({ x0, x1, items: [i], text: buf.str[i]! })
    }
    out.push({ top, bottom, fs, blobs, digits: blobs.some((b) => DIGIT.test(b.text)) })
  }
  return out
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1
/** The vertical gap from line a down to line b (negative when they overlap). */
const gapBelow = (a: { bottom: number }, b: { top: number }) => a.bottom - b.top

function isHeaderLine(l: Line, isHeader: HeaderTest): boolean {
  let n = 0
  for (const b of l.blobs) if (isHeader(b.text) && ++n >= 2) return true
  return false
}

/** Clusters of x-intervals that overlap (union over all given blobs), left to right. */
function clusters(blobs: { x0: number; x1: number }[]): { x0: number; x1: number; n: number }[] {
  const s = [...blobs].sort((a, b) => a.x0 - b.x0)
  const out: { x0: number; x1: number; n: number }[] = []
  for (const b of s) {
    const last = out[out.length - 1]
    if (last && b.x0 < last.x1) {
      last.x1 = Math.max(last.x1, b.x1)
      last.n++
    } else out.push({ x0: b.x0, x1: b.x1, n: 1 })
  }
  return out
}

/**
 * Column edges: header cells widened by the body text under them, plus body
 * blocks under no header cell seen on at least two lines; between two
 * neighbours, the middle of the gap between their text, or where they meet,
 * the middle of the widest run where the fewest body lines have text.
 */
function columnEdges(header: Line[], body: Line[]): number[] {
  const heads = clusters(header.flatMap((l) => l.blobs))
  const bodyBlobs = body.flatMap((l) => l.blobs)
  // a column reaches as far as the body text under its header cell (a centred title over left-aligned names)
  const reach = heads.map((h) => ({ ...h }))
  for (const b of bodyBlobs) {
    const under = heads.filter((h) => overlaps(h, b))
    if (under.length !== 1) continue
    const r = reach[heads.indexOf(under[0]!)]!
    r.x0 = Math.min(r.x0, b.x0)
    r.x1 = Math.max(r.x1, b.x1)
  }
  // figures right-aligned beyond a left-aligned title (Calc) belong to the column of the title on their left
  const loose = bodyBlobs.filter((b) => !reach.some((h) => overlaps(h, b)))
  const ends = reach.map((h) => h.x1)
  for (const b of loose) {
    if (!NUMBER.test(b.text)) continue
    let left = -1
    for (let k = 0; k < reach.length; k++) if (ends[k]! <= b.x0) left = k
    if (left >= 0 && (left + 1 >= reach.length || b.x1 <= reach[left + 1]!.x0)) reach[left]!.x1 = Math.max(reach[left]!.x1, b.x1)
  }
  const extra = clusters(loose.filter((b) => !reach.some((h) => overlaps(h, b)))).filter((c) => c.n >= 2)
  const cols = [...reach, ...extra].sort((a, b) => a.x0 - b.x0)
  const all = [...header.flatMap((l) => l.blobs), ...bodyBlobs]
  const left = Math.min(...all.map((b) => b.x0)) - 1
  const right = Math.max(...all.map((b) => b.x1)) + 1
  const xs = [left]
  for (let k = 0; k + 1 < cols.length; k++) {
    // two columns whose text does not meet: the edge is midway; else where the fewest lines cross
    if (cols[k]!.x1 < cols[k + 1]!.x0) {
      xs.push((cols[k]!.x1 + cols[k + 1]!.x0) / 2)
      continue
    }
    const a = (cols[k]!.x0 + cols[k]!.x1) / 2
    const b = (cols[k + 1]!.x0 + cols[k + 1]!.x1) / 2
    xs.push(quietest(body, Math.max(a, xs[xs.length - 1]! + 0.5), b))
  }
  xs.push(right)
  return xs
}

/** The middle of the widest run in [a, b] (half-point steps) crossed by the fewest lines' text. */
function quietest(body: Line[], a: number, b: number): number {
  const steps = Math.max(1, Math.ceil((b - a) / 0.5))
  let best = Infinity
  let bestRun = -1
  let at = (a + b) / 2
  let run = 0
  let runFrom = a
  let runCount = Infinity
  for (let s = 0; s <= steps; s++) {
    const x = a + ((b - a) * s) / steps
    let n = 0
    for (const l of body) if (l.blobs.some((bl) => bl.x0 < x && x < bl.x1)) n++
    if (n === runCount) run++
    else {
      run = 1
      runFrom = x
      runCount = n
    }
    if (n < best || (n === best && run > bestRun)) {
      best = n
      bestRun = run
      at = (runFrom + x) / 2
    }
  }
  return at
}

const colOf = (xs: number[], x: number) => {
  for (let c = 0; c + 2 < xs.length; c++) if (x < xs[c + 1]!) return c
  return xs.length - 2
}

interface Row {
  lines: Line[]
  cols: Set<number>
  header: boolean
}

function occupied(l: Line, xs: number[]): Set<number> {
  return new Set(l.blobs.map((b) => colOf(xs, (b.x0 + b.x1) / 2)))
}
const disjoint = (a: Set<number>, b: Set<number>) => [...a].every((c) => !b.has(c))
const subset = (a: Set<number>, b: Set<number>) => [...a].every((c) => b.has(c))

/**
 * The body's lines grouped into rows. First, lines side by side: a line
 * overlapping the one above (a cell centred over two lines sits between
 * them) and filling other columns joins it, unless it repeats most of the
 * row's columns (the next row). Then wrapped cells: a group that holds text
 * only under a few of the row's cells, and no bare figure, continues it.
 */
function rowsOf(body: Line[], xs: number[]): Row[] {
  const bands: Row[] = []
  let prevCols: Set<number> | null = null
  for (const l of body) {
    const cols = occupied(l, xs)
    const band = bands[bands.length - 1]
    const prev = band?.lines[band.lines.length - 1]
    if (band && prev && prevCols && gapBelow(prev, l) < OVERLAP * l.fs && disjoint(cols, prevCols) && (disjoint(cols, band.cols) || cols.size * 2 <= band.cols.size)) {
      band.lines.push(l)
      for (const c of cols) band.cols.add(c)
    } else bands.push({ lines: [l], cols: new Set(cols), header: false })
    prevCols = cols
  }
  return attachPartial(bands, xs)
}

/** A row's fullest line (most text blocks): the one its neighbours' distances are measured from. */
const fullest = (r: Row) => r.lines.reduce((m, x) => (x.blobs.length > m.blobs.length ? x : m))
const topOf = (r: Row) => fullest(r).top
const bottomOf = (r: Row) => fullest(r).bottom

/** Whether one of the row's cells holds only a figure (a value: 100, 97.8, 12%). */
function hasFigure(r: Row, xs: number[]): boolean {
  const cells = new Map<number, string>()
  for (const l of r.lines) for (const b of l.blobs) {
    const c = colOf(xs, (b.x0 + b.x1) / 2)
    cells.set(c, (cells.get(c) ?? '') + b.text)
  }
  return [...cells.values()].some((t) => NUMBER.test(t))
}

/**
 * Wrapped cells: a group of lines with text under at most half as many
 * columns as the fullest row and no figure is part of a neighbouring row. A
 * run of such groups between two full rows is cut at its widest gap: the part
 * above joins the row above (text wrapped below its first line), the part
 * below the row below (the upper lines of a vertically centred cell).
 */
function attachPartial(bands: Row[], xs: number[]): Row[] {
  const full = Math.max(...bands.map((b) => b.cols.size))
  const partial = bands.map((b) => b.cols.size * 2 <= full && !hasFigure(b, xs))
  const out: Row[] = []
  const fs = bands[0]?.lines[0]?.fs ?? 0
  for (let k = 0; k < bands.length; ) {
    if (!partial[k]) {
      out.push(bands[k]!)
      k++
      continue
    }
    let e = k
    while (e < bands.length && partial[e]) e++
    const above = out[out.length - 1] ?? null
    const below = e < bands.length ? bands[e]! : null
    const run = bands.slice(k, e)
    // gaps[j]: between run[j - 1] (or the row above) and run[j] (or the row below)
    const chain: (Row | null)[] = [above, ...run, below]
    let cut = -1
    let widest = -Infinity
    for (let j = 0; j + 1 < chain.length; j++) {
      const p = chain[j]
      const q = chain[j + 1]
      if (!p || !q) continue
      const gap = bottomOf(p) - topOf(q)
      if (gap >= widest - 0.05 * fs) [widest, cut] = [Math.max(gap, widest), j]
    }
    // run[0 … cut-1] joins the row above, run[cut …] the row below
    if (cut < 0) cut = above ? run.length : 0
    const join = (to: Row | null, parts: Row[]): Row[] => {
      if (!to) return parts
      const near = parts.filter((p) => Math.abs(to === above ? bottomOf(to) - topOf(p) : bottomOf(p) - topOf(to)) <= (WRAP_GAP + 1) * fs * parts.length)
      if (near.length !== parts.length) return parts
      for (const p of parts) {
        to.lines.push(...p.lines)
        for (const c of p.cols) to.cols.add(c)
      }
      return []
    }
    out.push(...join(above, run.slice(0, cut)))
    out.push(...join(below, run.slice(cut)))
    k = e
  }
  return out
}

interface Block {
  header: Line[]
  body: Line[]
  /** reached the foot of the page */
  open: boolean
}

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
      if ((used[j] && !stolen) || l.digits || gapBelow(l, header[0]!) > HEADER_GAP * l.fs || l.blobs.some((b) => hit.blobs.some((h) => overlaps(h, b)))) break
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
  const lines = linesOf(buf, rows, skip)
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
      for (const l of r.lines) for (const bl of l.blobs) for (const i of bl.items) members[colOf(xs, (buf.x0[i]! + buf.x1[i]!) / 2)]!.push(i)
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
