/**
 * Items cut at their inner white space. A producer may print two cells as
 * one text run when its columns are narrow (Writer: `二级指标 三级指标`,
 * `100 %` for a target and its unit), so a table reader needs the words of a
 * run with their own x extents. Each word of an item with inner white space
 * becomes a piece: its x extent is estimated from the item's width shared
 * out by character (CJK and full-width characters one font size, others
 * about half), its text place is the word's characters in the page text
 * (which folds white space, so the word is found by counting non-space
 * characters). Pieces of one item keep its line and reading order; callers
 * decide when the pieces of one item go to different cells.
 */
import { ItemBuffer } from '../items.js'
import { Rows } from '../rows.js'
import { ItemPlaces } from '../page-text.js'
import { isCjk, isSpace } from '../cjk.js'

export interface PieceView {
  buf: ItemBuffer
  rows: Rows
  places: ItemPlaces
  /** the original item of each piece (identity for items not cut) */
  parent: Int32Array
  /** how many pieces the piece's item was cut into (1 when not cut) */
  count: Int32Array
}

/** The relative width of a character (× font size). */
function weight(c: number): number {
  if (isSpace(c)) return 0.5
  if (isCjk(c) || c >= 0xff00) return 1
  return 0.55
}

interface Piece {
  x0: number
  x1: number
  /** offsets in the page text, relative to the page */
  start: number
  end: number
  str: string
}

/** The words of item i with estimated x extents and page-text places; null when it has no inner white space. */
function cut(buf: ItemBuffer, places: ItemPlaces, text: string, i: number): Piece[] | null {
  const s = buf.str[i]!
  const words: [number, number][] = []
  let from = -1
  for (let k = 0; k <= s.length; k++) {
    const space = k === s.length || isSpace(s.charCodeAt(k))
    if (space && from >= 0) {
      words.push([from, k])
      from = -1
    } else if (!space && from < 0) from = k
  }
  if (words.length < 2) return null
  // x: the item's width shared out by character weight
  const pos = new Float64Array(s.length + 1)
  for (let k = 0; k < s.length; k++) pos[k + 1] = pos[k]! + weight(s.charCodeAt(k))
  const scale = (buf.x1[i]! - buf.x0[i]!) / (pos[s.length]! || 1)
  // text places: the n-th non-space character of the item is the n-th of its slice
  const start = places.start[i]!
  const end = places.end[i]!
  const at: number[] = []
  for (let k = start; k < end; k++) if (!isSpace(text.charCodeAt(k))) at.push(k)
  let nonSpace = 0
  for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) nonSpace++
  if (at.length !== nonSpace) return null
  const out: Piece[] = []
  let n = 0
  for (const [a, b] of words) {
    const first = at[n]!
    n += b - a
    out.push({ x0: buf.x0[i]! + pos[a]! * scale, x1: buf.x0[i]! + pos[b]! * scale, start: first, end: at[n - 1]! + 1, str: s.slice(a, b) })
  }
  return out
}

/** The page's items with every item that holds inner white space cut into words; null when none does. */
export function pieceView(buf: ItemBuffer, rows: Rows, places: ItemPlaces, text: string): PieceView | null {
  const cuts = new Map<number, Piece[]>()
  for (let i = 0; i < buf.n; i++) {
    if (buf.rotated[i]) continue
    const p = cut(buf, places, text, i)
    if (p) cuts.set(i, p)
  }
  if (cuts.size === 0) return null
  let total = buf.n
  for (const p of cuts.values()) total += p.length - 1
  const b = new ItemBuffer()
  const r = new Rows()
  r.ensure(total)
  const pl = new ItemPlaces()
  pl.ensure(total)
  const parent = new Int32Array(total)
  const count = new Int32Array(total)
  const add = (i: number, str: string, x0: number, x1: number, start: number, end: number, n: number) => {
    const j = b.n
    b.push(str, x0, x1, buf.y0[i]!, buf.y1[i]!, buf.h[i]!, buf.rotated[i] === 1)
    pl.start[j] = start
    pl.end[j] = end
    pl.line[j] = places.line[i]!
    parent[j] = i
    count[j] = n
    return j
  }
  let k = 0
  r.count = rows.count
  for (let row = 0; row < rows.count; row++) {
    r.rowStart[row] = k
    for (let q = rows.rowStart[row]!; q < rows.rowStart[row + 1]!; q++) {
      const i = rows.order[q]!
      const ps = cuts.get(i)
      if (!ps) r.order[k++] = add(i, buf.str[i]!, buf.x0[i]!, buf.x1[i]!, places.start[i]!, places.end[i]!, 1)
      else for (const p of ps) r.order[k++] = add(i, p.str, p.x0, p.x1, p.start, p.end, ps.length)
    }
  }
  r.rowStart[rows.count] = k
  // items outside every row (none in practice) are left out of the view's rows as they are in the page's
  return { buf: b, rows: r, places: pl, parent, count }
}

/** A column edge this far (× font size) inside a word cuts it. */
const INSIDE = 0.3

/**
 * The x by which piece i is placed in a column: its own centre when no
 * column edge (`edges`) cuts through a word of its item, so the item's words
 * fall apart only at blanks; else the centre of the whole item.
 */
export function placeX(buf: ItemBuffer, view: PieceView | null, edges: readonly number[], i: number): number {
  const own = (buf.x0[i]! + buf.x1[i]!) / 2
  if (!view || view.count[i]! < 2) return own
  let s = i
  while (s > 0 && view.parent[s - 1] === view.parent[i]) s--
  const e = s + view.count[i]!
  const fs = buf.h[i]!
  for (let j = s; j < e; j++) {
    for (const x of edges) if (x > buf.x0[j]! + INSIDE * fs && x < buf.x1[j]! - INSIDE * fs) return (buf.x0[s]! + buf.x1[e - 1]!) / 2
  }
  return own
}
