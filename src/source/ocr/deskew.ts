/**
 * Deskew: scanned pages come turned by a degree or so. The angle is the one
 * whose horizontal projection of the ink is the most peaked (text lines and
 * ruling lines fall into few rows when level), searched on a reduced copy of
 * the page in 0.1° steps within ±MAX_SKEW.
 */
import { type Gray, darkMask, resize, rotate } from './image.js'

/** Largest skew searched, degrees. */
export const MAX_SKEW = 3
const STEP = 0.1

function peakedness(img: Gray): number {
  const m = darkMask(img, 160)
  let score = 0
  for (let y = 0; y < img.height; y++) {
    let s = 0
    for (let x = 0, i = y * img.width; x < img.width; x++, i++) s += m[i]!
    score += s * s
  }
  return score
}

/** The rotation (degrees, for `rotate`) that levels the page. */
export function skewAngle(page: Gray): number {
  const f = Math.min(1, 600 / Math.max(page.width, page.height))
  const small = f < 1 ? resize(page, Math.round(page.width * f), Math.round(page.height * f)) : page
  let best = 0
  let bestScore = peakedness(small)
  const steps = Math.round(MAX_SKEW / STEP)
  for (let k = -steps; k <= steps; k++) {
    if (k === 0) continue
    const a = k * STEP
    const s = peakedness(rotate(small, a))
    if (s > bestScore * 1.0001) {
      bestScore = s
      best = a
    }
  }
  return Math.round(best * 10) / 10
}

/** The page levelled, and the angle it was turned by. */
export function deskew(page: Gray): { image: Gray; angle: number } {
  const angle = skewAngle(page)
  return { image: angle === 0 ? page : rotate(page, angle), angle }
}
