/**
 * Rebuilds the text of one page from its rows: within a row, a gap wider
 * than CELL_GAP × font size starts a new cell (written as a TAB, so readers
 * of the text split table cells on \t); a smaller gap wider than
 * SPACE_GAP × font size is a space. White space between two CJK characters
 * is dropped (justified layouts spread `年 度 部 门`), white space next to
 * anything else is kept as one space (`2020 年`). Each row becomes one line
 * of text and one LayoutLine.
 */
import type { BBox } from '../../model/provenance.js'
import type { LayoutLine } from '../document.js'
import { isCjk, isSpace, lastCharCode } from './cjk.js'
import type { ItemBuffer } from './items.js'
import type { Rows } from './rows.js'

/** A gap between items wider than this many font sizes separates two cells. */
export const CELL_GAP = 1.5
/** A gap between items wider than this many font sizes is a space (unless both sides are CJK). */
export const SPACE_GAP = 0.2

/** The characters of one cell, with white space folded as the module header says. */
class CellText {
  text = ''
  /** code of the last character written (0 at the start) */
  prev = 0
  /** a space is owed before the next non-space character */
  pending = false

  start(): void {
    this.text = ''
    this.prev = 0
    this.pending = false
  }

  /** Appends an item's string, folding its white space. */
  append(s: string): void {
    let clean = true
    for (let i = 0; i < s.length; i++) {
      if (isSpace(s.charCodeAt(i))) {
        clean = false
        break
      }
    }
    if (clean) {
      this.flushSpace(s.charCodeAt(0))
      this.text += s
      this.prev = lastCharCode(s)
      return
    }
    let runStart = -1
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (isSpace(c)) {
        if (runStart !== -1) {
          this.text += s.slice(runStart, i)
          runStart = -1
        }
        if (this.prev !== 0) this.pending = true
        continue
      }
      if (runStart === -1) {
        this.flushSpace(c)
        runStart = i
      }
      if (c < 0xdc00 || c > 0xdfff) this.prev = c
    }
    if (runStart !== -1) this.text += s.slice(runStart)
  }

  /** Writes the owed space before a character with code `next`, unless both sides are CJK. */
  private flushSpace(next: number): void {
    if (this.pending && !(isCjk(this.prev) && isCjk(next))) this.text += ' '
    this.pending = false
  }

  /** Owes a space before the next character (a gap between items). */
  space(): void {
    if (this.prev !== 0) this.pending = true
  }
}

const cell = new CellText()

/** Where each item of a page was written: page-text offsets (end exclusive) and its line (row) index. */
export class ItemPlaces {
  start = new Int32Array(256)
  end = new Int32Array(256)
  line = new Int32Array(256)

  /** Makes room for n items. */
  ensure(n: number): void {
    if (this.start.length < n) {
      const size = Math.max(n, this.start.length * 2)
      this.start = new Int32Array(size)
      this.end = new Int32Array(size)
      this.line = new Int32Array(size)
    }
  }
}

/**
 * Writes the page's rows as lines of text, pushing one LayoutLine per row.
 * @param buf the page's items
 * @param rows the page's rows (from groupRows)
 * @param page 1-based page number
 * @param base offset of the page's first character in the document text
 * @param layout receives the page's lines
 * @returns the page text (lines joined with \n, no trailing newline)
 */
export function pageText(buf: ItemBuffer, rows: Rows, page: number, base: number, layout: LayoutLine[], places?: ItemPlaces): string {
  places?.ensure(buf.n)
  const { order, rowStart } = rows
  const { str, x0, x1, y0, y1, h } = buf
  // Lines are collected and joined once: the page comes out as one flat string
  // rather than a rope of many small concatenations, which would hold memory.
  const lines: string[] = []
  let length = 0
  for (let r = 0; r < rows.count; r++) {
    if (r > 0) length += 1
    const s = rowStart[r]!
    const e = rowStart[r + 1]!
    const lineStart = base + length
    let line = ''
    const cells: LayoutLine['cells'] = []
    let cellX0 = 0
    let cellX1 = 0
    let bx0 = Infinity
    let by0 = Infinity
    let bx1 = -Infinity
    let by1 = -Infinity
    let widest = -1
    let fontSize = 0
    const endCell = () => {
      const start = lineStart + line.length
      line += cell.text
      cells.push({ start, end: lineStart + line.length, x0: cellX0, x1: cellX1 })
    }
    for (let k = s; k < e; k++) {
      const i = order[k]!
      if (k === s) {
        cell.start()
        cellX0 = x0[i]!
        cellX1 = x1[i]!
      } else {
        const gap = x0[i]! - cellX1
        const size = Math.max(h[i]!, h[order[k - 1]!]!)
        if (gap > CELL_GAP * size) {
          endCell()
          line += '\t'
          cell.start()
          cellX0 = x0[i]!
          cellX1 = x1[i]!
        } else if (gap > SPACE_GAP * size) {
          cell.space()
        }
      }
      if (places) {
        // the item's characters start after any space owed before it, and end before any it leaves owed
        const before = line.length + cell.text.length
        cell.append(str[i]!)
        const after = line.length + cell.text.length
        const lead = after > before && cell.text.charCodeAt(before - line.length) === 32 ? 1 : 0
        places.start[i] = length + before + lead
        places.end[i] = length + after
        places.line[i] = r
      } else {
        cell.append(str[i]!)
      }
      if (x1[i]! > cellX1) cellX1 = x1[i]!
      if (x0[i]! < bx0) bx0 = x0[i]!
      if (y0[i]! < by0) by0 = y0[i]!
      if (x1[i]! > bx1) bx1 = x1[i]!
      if (y1[i]! > by1) by1 = y1[i]!
      const w = x1[i]! - x0[i]!
      if (w > widest) {
        widest = w
        fontSize = h[i]!
      }
    }
    endCell()
    lines.push(line)
    length += line.length
    const bbox: BBox = [round2(bx0), round2(by0), round2(bx1), round2(by1)]
    for (const c of cells) {
      c.x0 = round2(c.x0)
      c.x1 = round2(c.x1)
    }
    layout.push({ start: lineStart, end: lineStart + line.length, page, bbox, cells, fontSize: round2(fontSize) })
  }
  return lines.join('\n')
}

function round2(v: number): number {
  return Math.round(v * 100) / 100
}
