/**
 * Location: converts offsets in the original text to Points (line, column,
 * page) and Spans, like vfile-location. Built once per document; lookups are
 * binary searches.
 */
import type { Point, Span, BBox } from '../model/provenance.js'
import type { SourceDoc } from './document.js'

export interface Locator {
  point(offset: number): Point
  span(start: number, end: number): Span
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Offsets at which each line starts: after every \n (a \r\n counts as one break) and \f. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 12) starts.push(i + 1)
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/** Builds a locator for a document. */
export function createLocator(doc: Pick<SourceDoc, 'text' | 'pageStarts' | 'layout'>): Locator {
  const starts = lineStarts(doc.text)
  const pageStarts = doc.pageStarts
  const layoutStarts = doc.layout?.map((l) => l.start)

  function point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, doc.text.length))
    const li = upperBound(starts, o) - 1
    const page = pageStarts ? upperBound(pageStarts, o) : null
    return { offset: o, line: li + 1, column: o - starts[li]! + 1, page }
  }

  function bbox(start: number, end: number): BBox | undefined {
    if (!doc.layout || !layoutStarts) return undefined
    let i = Math.max(0, upperBound(layoutStarts, start) - 1)
    let box: BBox | undefined
    const page = doc.layout[i]?.page
    for (; i < doc.layout.length; i++) {
      const l = doc.layout[i]!
      if (l.start >= end && l.start !== start) break
      if (l.end < start || l.page !== page) continue
      box = box
        ? [Math.min(box[0], l.bbox[0]), Math.min(box[1], l.bbox[1]), Math.max(box[2], l.bbox[2]), Math.max(box[3], l.bbox[3])]
        : [...l.bbox]
    }
    return box
  }

  function span(start: number, end: number): Span {
    const s: Span = { start: point(start), end: point(end) }
    const b = bbox(start, end)
    if (b) s.bbox = b
    return s
  }

  return { point, span }
}
