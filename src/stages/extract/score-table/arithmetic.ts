/**
 * The score table's arithmetic, written once: readers use it to choose
 * among readings of a row or a table, check uses it to verify the record
 * (its sums, the 执行率 and 得分 ≤ 分值 of every rule come from here).
 *
 *   执行率 = 执行数 / 预算数      (as a percentage, or a fraction)
 *   0 ≤ 得分 ≤ 分值
 *   Σ 分值 of a group = the group's stated maximum
 *   Σ 分值 (or 得分) of a table = its 总分 row / the 满分
 */

/** Default tolerance of a score comparison (half a hundredth: scores print two decimals). */
export const SCORE_TOLERANCE = 0.005

/** Σ of numbers rounded to four decimals (float sums of two-decimal scores). */
export function sumOf(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 10000) / 10000
}

/** The execution rate 执行数/预算数 in percent, or null when the budget is not positive. */
export function rateOf(executed: number, budget: number): number | null {
  return budget > 0 ? (executed / budget) * 100 : null
}

/**
 * Whether a printed 执行率 agrees with 执行数/预算数: as a percentage within
 * `percentTol` points, or as a fraction (0.97) within a hundredth.
 */
export function rateAgrees(rate: number, executed: number, budget: number, percentTol = 1): boolean {
  const want = rateOf(executed, budget)
  if (want === null) return true
  return Math.abs(rate - want) <= percentTol || Math.abs(rate - want / 100) <= 0.01
}

/** Whether a 得分 is above its 分值 (by more than `tol`). */
export function exceedsMax(score: number, max: number, tol = 0): boolean {
  return score > max + tol
}

/** Whether a 得分 lies within its 分值 (0 ≤ 得分 ≤ 分值). */
export function scoreWithinMax(score: number, max: number, tol = SCORE_TOLERANCE): boolean {
  return score >= -tol && !exceedsMax(score, max, tol)
}

/** Whether numbers add up to a stated sum. */
export function addsUpTo(values: readonly number[], stated: number, tol = SCORE_TOLERANCE): boolean {
  return Math.abs(sumOf(values) - stated) <= tol
}

/** Whether an indicator has its 分值 in full (得分 = 分值). */
export function scoredFull(score: number, max: number, tol = SCORE_TOLERANCE): boolean {
  return max > 0 && Math.abs(score - max) <= tol
}

/**
 * Whether an actual value misses its target, by the target's operator
 * (≥ 95 met by 97; ≤ 90 missed by 92; = 4754 missed by 4604). Null when
 * the comparison is not decidable (no numbers, different units, no operator
 * and a text target).
 */
export function missesTarget(
  target: { op: string | null; value: number | null; unit: string | null },
  actual: { value: number | null; unit: string | null },
): boolean | null {
  if (target.value === null || actual.value === null) return null
  if (target.unit !== null && actual.unit !== null && target.unit !== actual.unit) return null
  const t = target.value
  const a = actual.value
  switch (target.op) {
    case '≥': return a < t
    case '>': return a <= t
    case '≤': return a > t
    case '<': return a >= t
    default: return a < t
  }
}
