/**
 * OCR of one page image: level it, find its ruling lines, detect and read
 * its text boxes, and cut each box into pieces where a vertical ruling line
 * or a wide blank runs between two of its characters (one box often spans
 * several table cells). Pieces come out in PDF points, origin bottom-left,
 * with one probability per character, ready for the positioned-text path.
 */
import { deskew } from './deskew.js'
import { detect } from './detect.js'
import type { Engine } from './engine.js'
import type { Gray } from './image.js'
import { type ReadChar, type ReadLine, recognize } from './recognize.js'
import { type RulingSegment, findRulings } from './rulings.js'

/** A piece of text as read: the box in points and a probability for each character of `str`. */
export interface OcrPiece {
  str: string
  x0: number
  x1: number
  y0: number
  y1: number
  /** font size estimate, points */
  size: number
  conf: number[]
}

export interface OcrPage {
  pieces: OcrPiece[]
  rulings: RulingSegment[]
  /** degrees the page was turned to level it */
  angle: number
}

/** Detected boxes are this many times the height of their characters (the DB unclip margin). */
const BOX_TO_FONT = 1.35
/** A blank between two characters wider than this many box heights separates two pieces. */
const SPLIT_GAP = 1.2
/** Characters a ruling line is read as when a text box takes it in. */
const BARS = new Set(['|', '｜', '丨', '[', ']'])

/**
 * Reads a page image.
 * @param ptPerPx PDF points per pixel (72 / dpi)
 * @param heightPt page height in points
 */
export async function ocrPage(engine: Engine, img: Gray, page: number, ptPerPx: number, heightPt: number): Promise<OcrPage> {
  const { image, angle } = deskew(img)
  const rulings = findRulings(image, page, ptPerPx, heightPt)
  const boxes = await detect(engine, image)
  const lines = await recognize(engine, image, boxes)
  // vertical rulings back in pixels (y downwards) for cutting boxes
  const verticals = rulings
    .filter((r) => r.x0 === r.x1)
    .map((r) => ({ x: r.x0 / ptPerPx, top: (heightPt - r.y1) / ptPerPx, bottom: (heightPt - r.y0) / ptPerPx }))
  const pieces: OcrPiece[] = []
  for (const line of lines) {
    for (const part of cut(line, verticals)) {
      const chars = trim(part.chars)
      if (chars.length === 0) continue
      const b = line.box
      // the glyphs' extent, not the detector's margin around it: lines of a wrapped cell then do not
      // overlap a neighbouring cell's single line by half, and stay rows of their own
      const size = ((b.y1 - b.y0) * ptPerPx) / BOX_TO_FONT
      const mid = heightPt - ((b.y0 + b.y1) / 2) * ptPerPx
      pieces.push({
        str: chars.map((c) => c.ch).join(''),
        x0: part.x0 * ptPerPx,
        x1: part.x1 * ptPerPx,
        y0: mid - size / 2,
        y1: mid + size / 2,
        size,
        conf: chars.map((c) => c.p),
      })
    }
  }
  return { pieces, rulings, angle }
}

function trim(chars: ReadChar[]): ReadChar[] {
  let s = 0
  let e = chars.length
  while (s < e && chars[s]!.ch.trim() === '') s++
  while (e > s && chars[e - 1]!.ch.trim() === '') e--
  return chars.slice(s, e)
}

/** Splits a read line between characters at crossing vertical rulings and at wide blanks. */
export function cut(line: ReadLine, verticals: { x: number; top: number; bottom: number }[]): { chars: ReadChar[]; x0: number; x1: number }[] {
  const { box, chars } = line
  const mid = (box.y0 + box.y1) / 2
  const height = box.y1 - box.y0
  const beside = verticals.filter((v) => v.top <= mid && v.bottom >= mid && v.x > box.x0 - height && v.x < box.x1 + height)
  const crossing = beside.filter((v) => v.x > box.x0 && v.x < box.x1).map((v) => v.x)
  const parts: { chars: ReadChar[]; x0: number; x1: number }[] = []
  let cur: ReadChar[] = []
  let x0 = box.x0
  // a ruling line the box took in is read as a bar: it is the line, not text
  const onRule = (c: ReadChar) => BARS.has(c.ch) && beside.some((v) => Math.abs(v.x - (c.x0 + c.x1) / 2) <= height / 3)
  const solid = chars.filter((c) => c.ch.trim() !== '' && !onRule(c))
  for (let i = 0; i < solid.length; i++) {
    const c = solid[i]!
    const prev = solid[i - 1]
    if (prev) {
      const pc = (prev.x0 + prev.x1) / 2
      const cc = (c.x0 + c.x1) / 2
      const rule = crossing.find((x) => x > pc && x < cc)
      if (rule !== undefined || c.x0 - prev.x1 > SPLIT_GAP * height) {
        const at = rule ?? (prev.x1 + c.x0) / 2
        parts.push({ chars: cur, x0, x1: rule !== undefined ? Math.min(at, prev.x1 + height / 2) : prev.x1 + height / 4 })
        cur = []
        x0 = rule !== undefined ? Math.max(at, c.x0 - height / 2) : c.x0 - height / 4
      }
    }
    // keep the spaces the model read inside a piece
    if (cur.length > 0) {
      const k = chars.indexOf(c)
      for (let j = chars.indexOf(cur[cur.length - 1]!) + 1; j < k; j++) if (chars[j]!.ch.trim() === '') cur.push(chars[j]!)
    }
    cur.push(c)
  }
  if (cur.length > 0) parts.push({ chars: cur, x0, x1: box.x1 })
  return parts
}
