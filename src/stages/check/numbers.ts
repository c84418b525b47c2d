/**
 * Numbers as the document printed them: how many decimals a raw figure has,
 * the tolerance a comparison deserves (domain.md §5), and how to print an
 * expected value at the document's precision. Sums, rates and 得分 ≤ 分值 are
 * the score table's arithmetic (extract/score-table/arithmetic.ts).
 */
import type { CheckData } from './config.js'

/** Digits after the decimal point in a printed number ('1180.20' → 2, '95%' → 0, '１２．３４５' → 3). */
export function decimals(raw: string): number {
  let dot = -1
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw[i]
    if (c === '.' || c === '．') {
      dot = i
      break
    }
  }
  if (dot < 0) return 0
  let n = 0
  for (let i = dot + 1; i < raw.length && isDigit(raw.charCodeAt(i)); i++) n++
  return n
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** Most decimals among the raws (the finest stated precision), or `fallback` when none is given. */
export function maxDecimals(raws: readonly string[], fallback: number): number {
  return raws.length ? Math.max(...raws.map(decimals)) : fallback
}

/**
 * Tolerance of a money sum of `terms` printed figures compared with a printed total: each figure is
 * rounded to half a unit of its last digit, so n terms and the total drift by up to (n+1) half units.
 * With all figures at 0.01: max(0.01, 0.005·(n+1)).
 */
export function moneyTolerance(data: CheckData, raws: readonly string[], terms: number): number {
  const t = data.tolerances.money
  const d = maxDecimals(raws, t.defaultDecimals)
  const halfUnit = 0.5 * 10 ** -d
  return Math.max(t.minimum, t.halfUnitsPerTerm * halfUnit * (terms + 1)) + 1e-9
}

/** Tolerance of one amount printed twice: half a unit of the coarser of the two. */
export function sameAmountTolerance(a: string, b: string): number {
  return 0.5 * 10 ** -Math.min(decimals(a), decimals(b)) + 1e-9
}

/** Tolerance of a stated percentage: half a unit of its stated precision ('97%' → 0.5). */
export function percentTolerance(data: CheckData, raw: string): number {
  return Math.max(data.tolerances.percent.minimum, 0.5 * 10 ** -decimals(raw)) + 1e-9
}

/** Tolerance of stated scores and their sums. */
export function scoreTolerance(data: CheckData): number {
  return data.tolerances.score.stated + 1e-9
}

/** Prints a value with `d` decimals ('4336.58'). */
export function fmt(value: number, d: number): string {
  return value.toFixed(Math.min(Math.max(d, 0), 6))
}

/** Prints a computed value at the finest precision of the figures it came from. */
export function fmtLike(value: number, raws: readonly string[], fallback = 2): string {
  return fmt(value, maxDecimals(raws, fallback))
}

