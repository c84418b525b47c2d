/**
 * The text items of one PDF page, copied from pdf.js's TextContent into
 * reusable typed arrays (one buffer per document, refilled for every page):
 * white-space-only items and marked-content markers are dropped, and each
 * kept item gets its box in PDF points.
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
  }

  /** Appends one item. */
  push(str: string, x0: number, x1: number, y0: number, y1: number, h: number): void {
    if (this.n === this.x0.length) this.grow()
    const i = this.n++
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

/**
 * Refills `buf` with the page's items that carry text. An item's height is
 * its font size; when pdf.js reports 0 it is taken from the transform.
 * A repeated item drawn again almost on top of itself (fake bold) is kept once.
 * @param items TextContent.items (marked-content entries have no `str` and are skipped)
 * @param buf buffer to refill
 */
export function collectItems(items: readonly unknown[], buf: ItemBuffer): void {
  buf.reset()
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as RawTextItem
    const str = it.str
    if (typeof str !== 'string' || str.length === 0 || isBlank(str)) continue
    const t = it.transform
    const x = t[4]!
    const y = t[5]!
    let h = it.height
    if (!(h > 0)) h = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!) || 1
    const w = it.width > 0 ? it.width : 0
    const n = buf.n
    if (n > 0) {
      const p = n - 1
      if (buf.str[p] === str && Math.abs(buf.x0[p]! - x) < 0.15 * h && Math.abs(buf.y0[p]! + DESCENT * h - y) < 0.15 * h) continue
    }
    buf.push(str, x, x + w, y - DESCENT * h, y + (1 - DESCENT) * h, h)
  }
}
