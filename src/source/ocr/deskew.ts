/**
 * Deskew: scanned pages come turned by a degree or so. The angle is the one
 * whose horizontal projection of the ink is the most peaked (ruling lines and
 * text lines fall into few rows when level). The ink pixels are collected
 * once; for each trial angle they are dropped into the rows they would land
 * on after `rotate`, so no trial image is made. The search runs in 0.1°
 * steps within ±MAX_SKEW, then in 0.02° steps around the best.
 */
import { type Gray, rotate } from './image.js'

/** Largest skew searched, degrees. */
export const MAX_SKEW = 3
/** Grey level below which a pixel is ink for the projection. */
const INK = 170
/** At most this many ink pixels are used (a regular sample of them beyond). */
const MAX_INK = 400_000

/** The ink pixels of a page: x, y relative to the centre, and weight. */
function inkOf(page: Gray): { xs: Float32Array; ys: Float32Array; ws: Float32Array; n: number } {
  const { width: w, height: h, data } = page
  let total = 0
  for (let i = 0; i < data.length; i++) if (data[i]! < INK) total++
  const every = Math.max(1, Math.ceil(total / MAX_INK))
  const n = Math.ceil(total / every)
  const xs = new Float32Array(n)
  const ys = new Float32Array(n)
  const ws = new Float32Array(n)
  const cx = (w - 1) / 2
  const cy = (h - 1) / 2
  let k = 0
  let seen = 0
  for (let y = 0; y < h; y++) {
    for (let x = 0, i = y * w; x < w; x++, i++) {
      const v = data[i]!
      if (v >= INK) continue
      if (seen++ % every !== 0 || k >= n) continue
      xs[k] = x - cx
      ys[k] = y - cy
      ws[k] = (INK - v) / INK
      k++
    }
  }
  return { xs, ys, ws, n: k }
}

/** Σ (ink per row)² of the page turned by `degrees` (the row a pixel lands on under `rotate`). */
function peakedness(ink: ReturnType<typeof inkOf>, degrees: number, rows: Float64Array, half: number): number {
  const a = (degrees * Math.PI) / 180
  const sin = Math.sin(a)
  const cos = Math.cos(a)
  rows.fill(0)
  const { xs, ys, ws, n } = ink
  for (let k = 0; k < n; k++) {
    const r = Math.round(-sin * xs[k]! + cos * ys[k]!) + half
    if (r >= 0 && r < rows.length) rows[r] = rows[r]! + ws[k]!
  }
  let s = 0
  for (let r = 0; r < rows.length; r++) s += rows[r]! * rows[r]!
  return s
}

/** The rotation (degrees, for `rotate`) that levels the page; 0 for a page without ink. */
export function skewAngle(page: Gray): number {
  const ink = inkOf(page)
  if (ink.n < 100) return 0
  const half = Math.ceil(Math.hypot(page.width, page.height) / 2) + 2
  const rows = new Float64Array(2 * half + 1)
  const search = (from: number, to: number, step: number, start: number) => {
    let best = start
    let bestScore = peakedness(ink, start, rows, half)
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = peakedness(ink, a, rows, half)
      if (s > bestScore) {
        bestScore = s
        best = a
      }
    }
    return best
  }
  const coarse = search(-MAX_SKEW, MAX_SKEW, 0.1, 0)
  const fine = search(coarse - 0.1, coarse + 0.1, 0.02, coarse)
  const angle = Math.round(fine * 100) / 100
  // a level page stays untouched (no resampling blur)
  return Math.abs(angle) < 0.05 ? 0 : angle
}

/** The page levelled, and the angle it was turned by. */
export function deskew(page: Gray): { image: Gray; angle: number } {
  const angle = skewAngle(page)
  return { image: angle === 0 ? page : rotate(page, angle), angle }
}
