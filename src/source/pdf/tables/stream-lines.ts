/**
 * Stream tables, step one: a page's text as lines of blocks (items closer
 * than a fraction of the font size are one block), and the tests on them the
 * column and row steps share.
 */
import type { ItemBuffer } from '../items.js'
import type { Rows } from '../rows.js'

/** Items closer than this (× font size) are one block of text. */
const BLOB_GAP = 0.15

/** Whether a header cell's text is a column title (from the grammars' header vocabulary). */
export type HeaderTest = (text: string) => boolean

interface Blob {
  x0: number
  x1: number
  items: number[]
  text: string
}

export interface Line {
  top: number
  bottom: number
  fs: number
  blobs: Blob[]
  digits: boolean
}

/** A digit, ASCII or full width: a text holding one holds a figure. */
export const DIGIT = /[0-9０-９]/
/** A text block that is a bare figure (100, 97.8, 12%, 1,250.00). */
export const NUMBER = /^[\s\d.,%％()（）+-]+$/

/** An item's x extent without its leading and trailing spaces (shares of its width by characters). */
function inked(buf: ItemBuffer, i: number): [number, number] {
  const s = buf.str[i]!
  const lead = s.length - s.trimStart().length
  const trail = s.length - s.trimEnd().length
  if (lead === 0 && trail === 0) return [buf.x0[i]!, buf.x1[i]!]
  const w = (buf.x1[i]! - buf.x0[i]!) / s.length
  return [buf.x0[i]! + lead * w, buf.x1[i]! - trail * w]
}

/** Items cut into words (pieces.ts): the words of one item stay one block unless they are all column titles. */
export interface Cut {
  parent: Int32Array
  count: Int32Array
  isHeader: HeaderTest
}

/** Whether the words of the item that piece j belongs to are column titles printed as one run. */
function titleRun(buf: ItemBuffer, rows: Rows, r: number, k: number, cut: Cut): boolean {
  const p = cut.parent[rows.order[k]!]!
  const e = rows.rowStart[r + 1]!
  let s = k
  while (s > rows.rowStart[r]! && cut.parent[rows.order[s - 1]!] === p) s--
  let all = true
  for (let q = s; q < e; q++) {
    const j = rows.order[q]!
    if (cut.parent[j] !== p) break
    if (!cut.isHeader(buf.str[j]!)) all = false
  }
  return all
}

export function linesOf(buf: ItemBuffer, rows: Rows, skip: (i: number) => boolean, cut?: Cut): Line[] {
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
      const prev = k > rows.rowStart[r]! ? rows.order[k - 1]! : -1
      const sameItem = cut !== undefined && prev >= 0 && cut.count[i]! > 1 && cut.parent[prev] === cut.parent[i] && !titleRun(buf, rows, r, k, cut)
      if (last && (sameItem || x0 - last.x1 <= BLOB_GAP * fs)) {
        last.x1 = Math.max(last.x1, x1)
        last.items.push(i)
        last.text += buf.str[i]!
      } else blobs.push({ x0, x1, items: [i], text: buf.str[i]! })
    }
    out.push({ top, bottom, fs, blobs, digits: blobs.some((b) => DIGIT.test(b.text)) })
  }
  return out
}

export const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1
/** The vertical gap from line a down to line b (negative when they overlap). */
export const gapBelow = (a: { bottom: number }, b: { top: number }) => a.bottom - b.top

export function isHeaderLine(l: Line, isHeader: HeaderTest): boolean {
  let n = 0
  for (const b of l.blobs) if (isHeader(b.text) && ++n >= 2) return true
  return false
}
