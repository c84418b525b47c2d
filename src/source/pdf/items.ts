/**
 * The text items of one PDF page, copied from pdf.js's TextContent into
 * reusable typed arrays (one buffer per document, refilled for every page):
 * white-space-only items and marked-content markers are dropped, and each
 * kept item gets its box in points, in the page's displayed orientation
 * (origin bottom-left; for an unrotated page this is PDF user space). Text
 * that does not run left to right on the displayed page (a diagonal
 * watermark, vertical text) is marked `rotated`.
 */
import { isSpace } from './cjk.js'

/** Share of the font size below the baseline that a glyph box reaches (descent). */
export const DESCENT = 0.2

/** A text item as pdf.js gives it (the fields jixiao reads). */
export interface RawTextItem {
  str: string
  transform: number[]
  width: number
  height: number
}

/** Kept items of one page, struct-of-arrays; valid indices are 0 … n-1. */
export class ItemBuffer {
  n = 0
  str: string[] = []
  /** left and right x of the item */
  x0 = new Float64Array(256)
  x1 = new Float64Array(256)
  /** bottom (baseline − descent) and top of the item's glyph box */
  y0 = new Float64Array(256)
  y1 = new Float64Array(256)
  /** font size (item height) */
  h = new Float64Array(256)
  /** 1 when the item's text does not run left to right on the displayed page */
  rotated = new Uint8Array(256)

  /** Empties the buffer for the next page, keeping its storage. */
  reset(): void {
    this.n = 0
  }

  private grow(): void {
    const size = this.x0.length * 2
    const bigger = (a: Float64Array) => {
      const b = new Float64Array(size)
      b.set(a)
      return b
    }
    this.x0 = bigger(this.x0)
    this.x1 = bigger(this.x1)
    this.y0 = bigger(this.y0)
    this.y1 = bigger(this.y1)
    this.h = bigger(this.h)
    const r = new Uint8Array(size)
    r.set(this.rotated)
    this.rotated = r
  }

  /** Appends one item. */
  push(str: string, x0: number, x1: number, y0: number, y1: number, h: number, rotated = false): void {
    if (this.n === this.x0.length) this.grow()
    const i = this.n++
    this.rotated[i] = rotated ? 1 : 0
    this.str[i] = str
    this.x0[i] = x0
    this.x1[i] = x1
    this.y0[i] = y0
    this.y1[i] = y1
    this.h[i] = h
  }
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false
  return true
}

/** Identity: the displayed page is PDF user space (no /Rotate, MediaBox at the origin). */
export const IDENTITY: readonly number[] = [1, 0, 0, 1, 0, 0]

/**
 * The transform from PDF user space to the displayed page with y upwards,
 * from a pdf.js viewport at scale 1 (whose own transform has y downwards).
 * @param viewport `page.getViewport({ scale: 1 })`
 */
export function displayTransform(viewport: { transform: number[]; height: number }): number[] {
  const [a, b, c, d, e, f] = viewport.transform as [number, number, number, number, number, number]
  return [a, -b, c, -d, e, viewport.height - f]
}

/**
 * Refills `buf` with the page's items that carry text. An item's height is
 * its font size; when pdf.js reports 0 it is taken from the transform.
 * A repeated item drawn again almost on top of itself (fake bold) is kept once.
 * @param items TextContent.items (marked-content entries have no `str` and are skipped)
 * @param buf buffer to refill
 * @param page user space → displayed page (see displayTransform); IDENTITY by default
 */
export function collectItems(items: readonly unknown[], buf: ItemBuffer, page: readonly number[] = IDENTITY): void {
  buf.reset()
  const [u0, u1, u2, u3, u4, u5] = page as [number, number, number, number, number, number]
  const identity = u0 === 1 && u1 === 0 && u2 === 0 && u3 === 1 && u4 === 0 && u5 === 0
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as RawTextItem
    const str = it.str
    if (typeof str !== 'string' || str.length === 0 || isBlank(str)) continue
    const t = it.transform
    let a = t[0]!
    let b = t[1]!
    let x = t[4]!
    let y = t[5]!
    if (!identity) {
      const ta = a
      const tx = x
      a = u0 * ta + u2 * b
      b = u1 * ta + u3 * b
      x = u0 * tx + u2 * y + u4
      y = u1 * tx + u3 * y + u5
    }
    let h = it.height
    if (!(h > 0)) h = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!) || 1
    const w = it.width > 0 ? it.width : 0
    if (!(a > 0 && Math.abs(b) <= 0.05 * a)) {
      pushRotated(buf, str, x, y, a, b, w, h)
      continue
    }
    const n = buf.n
    if (n > 0) {
      const p = n - 1
      if (buf.str[p] === str && Math.abs(buf.x0[p]! - x) < 0.15 * h && Math.abs(buf.y0[p]! + DESCENT * h - y) < 0.15 * h) continue
    }
    buf.push(str, x, x + w, y - DESCENT * h, y + (1 - DESCENT) * h, h)
  }
}

/** Adds an item whose text runs in direction (a, b): its box is the bounding box of the turned glyph box. */
function pushRotated(buf: ItemBuffer, str: string, x: number, y: number, a: number, b: number, w: number, h: number): void {
  const len = Math.hypot(a, b) || 1
  const dx = a / len
  const dy = b / len
  // corners: baseline start/end, moved down by the descent and up by the ascent (perpendicular to the text)
  const px = -dy * h
  const py = dx * h
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (const along of [0, w]) {
    for (const up of [-DESCENT, 1 - DESCENT]) {
      const cx = x + dx * along + px * up
      const cy = y + dy * along + py * up
      if (cx < x0) x0 = cx
      if (cx > x1) x1 = cx
      if (cy < y0) y0 = cy
      if (cy > y1) y1 = cy
    }
  }
  buf.push(str, x0, x1, y0, y1, h, true)
}

/**
 * The page rotation (0, 90, 180 or 270, clockwise as /Rotate) under which
 * most of the page's text runs left to right, or null when that is the
 * page's own /Rotate. A page given a /Rotate after it was made (`qpdf
 * --rotate`, a scanner's setting) shows its text turned; a reader turns the
 * page back, and so is it read.
 * @param rotate the page's /Rotate
 */
export function uprightRotation(items: readonly unknown[], rotate: number): number | null {
  // characters per direction of the text in user space: 0 right, 1 up, 2 left, 3 down
  const count = [0, 0, 0, 0]
  for (const raw of items) {
    const it = raw as RawTextItem
    if (typeof it.str !== 'string' || it.str.trim() === '') continue
    const [a, b] = it.transform as [number, number]
    const q = Math.abs(a) >= Math.abs(b) ? (a > 0 ? 0 : 2) : b > 0 ? 1 : 3
    count[q]! += it.str.length
  }
  const total = count[0]! + count[1]! + count[2]! + count[3]!
  let best = 0
  for (let q = 1; q < 4; q++) if (count[q]! > count[best]!) best = q
  // text running at angle θ (counter-clockwise) is upright on a page turned clockwise by θ
  const r = (best * 90) % 360
  const own = ((rotate % 360) + 360) % 360
  if (total === 0 || r === own || count[best]! * 2 <= total) return null
  // the page's own rotation still wins when as much of its text runs left to right under it
  const ownQ = own / 90
  if (count[ownQ]! >= count[best]!) return null
  return r
}
