/**
 * Ruling lines of a scanned page: long horizontal and vertical runs of dark
 * pixels in the levelled image (a short gap of a pixel or two, from noise or
 * a faint scan, does not end a run). Runs in neighbouring rows (columns) that
 * overlap are one line. They come out as segments in PDF points, origin
 * bottom-left, the same form as ruling lines read from a vector PDF, so a
 * scanned form can be cut into a lattice table the same way.
 */
import { type Gray, darkMask } from './image.js'

/** A ruling line on a page: horizontal (y0 === y1) or vertical (x0 === x1), PDF points, origin bottom-left. */
export interface RulingSegment {
  x0: number
  y0: number
  x1: number
  y1: number
  page: number
}

/** Grey level below which a pixel can belong to a ruling line (lines are thin and blurred in scans). */
const LINE_DARK = 170
/** A gap this many pixels wide inside a run (noise, a faint scan) does not end it. */
const MAX_GAP = 2
/** A run at least this share of the page's shorter side is a line; shorter runs are text strokes. */
const MIN_SHARE = 0.04

interface Run {
  a: number // start along the run
  b: number // end along the run (exclusive)
  at: number // row (or column) index
}

/** Runs along each row of a mask (transpose: along each column). */
function runs(mask: Uint8Array, w: number, h: number, vertical: boolean, minLen: number): Run[] {
  const out: Run[] = []
  const lines = vertical ? w : h
  const len = vertical ? h : w
  for (let l = 0; l < lines; l++) {
    let start = -1
    let lastDark = -1
    for (let i = 0; i <= len; i++) {
      const dark = i < len && mask[vertical ? i * w + l : l * w + i] === 1
      if (dark) {
        if (start === -1) start = i
        lastDark = i
      } else if (start !== -1 && (i === len || i - lastDark > MAX_GAP)) {
        if (lastDark + 1 - start >= minLen) out.push({ a: start, b: lastDark + 1, at: l })
        start = -1
      }
    }
  }
  return out
}

/** Runs in adjacent rows that overlap become one line at their mean position. */
function merge(rs: Run[]): { a: number; b: number; at: number }[] {
  const groups: { a: number; b: number; sum: number; n: number; last: number }[] = []
  for (const r of rs) {
    const g = groups.find((g) => r.at - g.last <= 1 && r.at > g.last - 1 && Math.min(g.b, r.b) - Math.max(g.a, r.a) > 0.5 * Math.min(g.b - g.a, r.b - r.a))
    if (g) {
      g.a = Math.min(g.a, r.a)
      g.b = Math.max(g.b, r.b)
      if (r.at !== g.last) {
        g.last = r.at
      }
      g.sum += r.at
      g.n++
    } else {
      groups.push({ a: r.a, b: r.b, sum: r.at, n: 1, last: r.at })
    }
  }
  return groups.map((g) => ({ a: g.a, b: g.b, at: g.sum / g.n + 0.5 }))
}

/**
 * Ruling lines of a levelled page image.
 * @param img the deskewed page
 * @param page 1-based page number
 * @param ptPerPx PDF points per pixel (72 / dpi)
 * @param heightPt the page height in points (to put the origin bottom-left)
 */
export function findRulings(img: Gray, page: number, ptPerPx: number, heightPt: number): RulingSegment[] {
  const mask = darkMask(img, LINE_DARK)
  const minLen = Math.max(20, Math.round(MIN_SHARE * Math.min(img.width, img.height)))
  const out: RulingSegment[] = []
  const r2 = (v: number) => Math.round(v * 100) / 100
  for (const h of merge(runs(mask, img.width, img.height, false, minLen))) {
    const y = r2(heightPt - h.at * ptPerPx)
    out.push({ x0: r2(h.a * ptPerPx), y0: y, x1: r2(h.b * ptPerPx), y1: y, page })
  }
  for (const v of merge(runs(mask, img.width, img.height, true, minLen))) {
    const x = r2(v.at * ptPerPx)
    out.push({ x0: x, y0: r2(heightPt - v.b * ptPerPx), x1: x, y1: r2(heightPt - v.a * ptPerPx), page })
  }
  return out
}
