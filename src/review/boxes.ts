/**
 * Where a cited span stands on its PDF page, finer than the line boxes kept
 * in the record: the rebuilt lines (cells with x ranges) of the page give the
 * x range of the span inside each cell, interpolated by character width (a
 * CJK or full-width character counts one em, others about half).
 */
import type { LayoutLine } from '../source/document.js'
import type { BBox, Span } from '../model/provenance.js'

/** Width of a character in ems, roughly. */
function charWidth(code: number): number {
  return code >= 0x2e80 ? 1 : 0.55
}

function widthOf(text: string, from: number, to: number): number {
  let w = 0
  for (let i = from; i < to; i++) w += charWidth(text.charCodeAt(i))
  return w
}

/** Binary search: index of the last line starting at or before `offset`. */
function lineAt(layout: readonly LayoutLine[], offset: number): number {
  let lo = 0
  let hi = layout.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (layout[mid]!.start <= offset) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, lo - 1)
}

/**
 * Boxes (PDF points of the displayed page, origin bottom-left) of the span on its first page:
 * one per line it touches, narrowed to the characters it covers.
 * @param text the document's original text (the layout's offsets index it)
 */
export function spanBoxes(text: string, layout: readonly LayoutLine[], span: Span): BBox[] {
  const start = span.start.offset
  const end = Math.max(span.end.offset, start + 1)
  const page = span.start.page
  const out: BBox[] = []
  for (let i = lineAt(layout, start); i < layout.length; i++) {
    const l = layout[i]!
    if (l.start >= end) break
    if (l.end <= start || (page !== null && l.page !== page)) continue
    let x0 = Infinity
    let x1 = -Infinity
    for (const c of l.cells) {
      const s = Math.max(c.start, start)
      const e = Math.min(c.end, end)
      if (s >= e) continue
      const total = widthOf(text, c.start, c.end) || 1
      const scale = (c.x1 - c.x0) / total
      x0 = Math.min(x0, c.x0 + widthOf(text, c.start, s) * scale)
      x1 = Math.max(x1, c.x0 + widthOf(text, c.start, e) * scale)
    }
    if (x0 === Infinity) [x0, x1] = [l.bbox[0], l.bbox[2]]
    out.push([x0, l.bbox[1], x1, l.bbox[3]])
  }
  if (out.length === 0 && span.bbox) out.push(span.bbox)
  return out
}
