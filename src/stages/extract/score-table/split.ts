/**
 * Arithmetic-guided splitting of digits OCR glued together. A 分值 glued to
 * the target that follows it (`10` + `2370人` → `102370人`) is split where the
 * rest of the cell repeats as the actual value (目标 = 实际, the common case)
 * and the 分值 does not exceed the row's limit; a split that stays ambiguous
 * gives null, never a guess.
 */

/** Whether s is some X written twice (XX), or a dash-like mark then X twice is not required. */
export function isDoubled(s: string): boolean {
  if (s.length < 2 || s.length % 2 !== 0) return false
  const h = s.length / 2
  return s.slice(0, h) === s.slice(h)
}

export interface PrefixSplit {
  /** the 分值 digits */
  head: string
  value: number
}

/**
 * Splits a leading 分值 off `digits`, where `rest` is the text that follows the
 * digits up to the 得分. A candidate head is 1–3 digits, at most `limit`, not
 * leaving a remainder that starts with 0, and must leave a doubled remainder.
 * @returns the only fitting split, or null (none, or several)
 */
export function splitGluedMax(digits: string, rest: string, limit: number): PrefixSplit | null {
  const fits: PrefixSplit[] = []
  for (let k = 1; k <= Math.min(3, digits.length - 1); k++) {
    const head = digits.slice(0, k)
    const tail = digits.slice(k)
    if (head.length > 1 && head.startsWith('0')) continue
    if (tail.startsWith('0') && !tail.startsWith('0.')) continue
    const value = Number(head)
    if (value > limit || value === 0) continue
    if (isDoubled(tail + rest)) fits.push({ head, value })
  }
  return fits.length === 1 ? fits[0]! : null
}

export interface PairSplit {
  /** the 分值 part and the 得分 part of the digits */
  head: string
  tail: string
  max: number
  score: number
}

/**
 * Splits digits that glue a 分值 total to its 得分 total (`总分100100` =
 * 100 | 100, `总分10095` = 100 | 95): the head is at most `limit`, the tail is
 * at most the head, and neither starts with a 0 unless it is 0.
 * @returns the only fitting split, or null (none, or several)
 */
export function splitMaxScore(digits: string, limit: number): PairSplit | null {
  const fits: PairSplit[] = []
  const ok = (s: string) => s !== '' && (s === '0' || !s.startsWith('0'))
  for (let k = 1; k < digits.length; k++) {
    const head = digits.slice(0, k)
    const tail = digits.slice(k)
    if (!ok(head) || !ok(tail)) continue
    const max = Number(head)
    const score = Number(tail)
    if (max === 0 || max > limit || score > max) continue
    fits.push({ head, tail, max, score })
  }
  return fits.length === 1 ? fits[0]! : null
}
