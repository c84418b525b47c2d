/**
 * Rows of a page: items whose vertical extents overlap by more than half of
 * the smaller height belong to the same row (LibreOffice sets number cells a
 * few points above their label, so a baseline tolerance would split the row);
 * rows run top to bottom and items within a row left to right. Rotated items
 * (watermarks, vertical text) are kept out of the rows: each is a row of its
 * own after the page's other rows, so it cannot break a table row apart.
 */
import type { ItemBuffer } from './items.js'

/** Share of the smaller item height two extents must overlap to share a row. */
export const ROW_OVERLAP = 0.5

/** Rows of one page: `order[rowStart[r] … rowStart[r + 1] - 1]` are row r's item indices, left to right. */
export class Rows {
  count = 0
  order = new Int32Array(256)
  rowStart = new Int32Array(257)

  /** Makes room for n items. */
  ensure(n: number): void {
    if (this.order.length < n) {
      const size = Math.max(n, this.order.length * 2)
      this.order = new Int32Array(size)
      this.rowStart = new Int32Array(size + 1)
    }
  }
}

/**
 * Groups the page's items into rows, filling `rows` (reused across pages).
 * Items are taken in order of their top edge; an item joins the row being
 * built when it overlaps the row's extent enough, otherwise it starts a row.
 * @param buf the page's items
 * @param rows output, overwritten
 */
export function groupRows(buf: ItemBuffer, rows: Rows): void {
  const n = buf.n
  rows.ensure(n)
  const { y0, y1, h, x0, rotated } = buf
  const order = rows.order
  // Sort indices by top edge, descending (PDF y grows upwards), rotated items last; ties by x.
  const idx = Array.from({ length: n }, (_, i) => i)
  idx.sort((a, b) => rotated[a]! - rotated[b]! || y1[b]! - y1[a]! || x0[a]! - x0[b]!)
  let count = 0
  let lo = 0
  let hi = 0
  let maxH = 0
  for (let k = 0; k < n; k++) {
    const i = idx[k]!
    order[k] = i
    const overlap = Math.min(hi, y1[i]!) - Math.max(lo, y0[i]!)
    if (k > 0 && !rotated[i] && overlap > ROW_OVERLAP * Math.min(maxH, h[i]!)) {
      if (y0[i]! < lo) lo = y0[i]!
      if (h[i]! > maxH) maxH = h[i]!
      continue
    }
    rows.rowStart[count++] = k
    lo = y0[i]!
    hi = y1[i]!
    maxH = h[i]!
  }
  rows.rowStart[count] = n
  rows.count = count
  // Within each row, left to right.
  for (let r = 0; r < count; r++) {
    const s = rows.rowStart[r]!
    const e = rows.rowStart[r + 1]!
    if (e - s > 1) order.subarray(s, e).sort((a, b) => x0[a]! - x0[b]!)
  }
}
