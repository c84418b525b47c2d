/**
 * Splitting a row's glued number runs into its columns by the arithmetic.
 * OCR that loses cell borders prints `202010100.00%10` for 20 | 20 | 10 |
 * 100.00% | 10 (预算 | 执行 | 分值 | 执行率 | 得分) and `22` for 2 | 2 (权重 |
 * 得分). The boundaries between runs are real cuts; inside a run every cut is
 * tried, pieces are laid on the header's columns in order (blank columns
 * skipped), and a reading must satisfy the table's rules:
 *   得分 ≤ 分值 ≤ limit; 执行率 = 执行数/预算数; 得分 = 分值 × 执行率 (or
 *   × 得分系数), capped at 分值 and rounded (±0.5).
 * The readings that can be checked the most win, then those filling the most
 * columns; only values on which all of them agree are returned. The search
 * is bounded (a row that needs more steps gives nothing).
 */
import type { Role } from './vocab.js'
import { exceedsMax, rateOf } from './arithmetic.js'

/** A number run of the row: digits (one optional dot) with an optional % at the end. */
export interface Run {
  text: string
  /** offset of the run in the caller's text */
  start: number
}

/** A piece of a run read as one column's value. */
export interface Piece {
  text: string
  start: number
  end: number
  value: number
}

const PERCENT: readonly Role[] = ['rate', 'coef', 'target', 'actual']
/** Most search steps for one row. */
const BUDGET = 20000

/** Whether a piece of digits is a well-formed number (no leading zero, at most one dot, not at an end). */
function wellFormed(s: string): boolean {
  if (s === '' || s.startsWith('.') || s.endsWith('.') || s.split('.').length > 2) return false
  return !(s.length > 1 && s.startsWith('0') && s[1] !== '.')
}

function decimals(s: string): number {
  const d = s.indexOf('.')
  return d < 0 ? 0 : s.length - d - 1
}

/**
 * How many of the row's arithmetic checks a complete reading passes, or -1
 * when it breaks one (a reading that can be checked more is the better one).
 */
function checks(got: Map<Role, Piece>, limit: number): number {
  const v = (r: Role) => got.get(r)?.value ?? null
  const max = v('max')
  const score = v('score')
  let n = 0
  if (max !== null && (max <= 0 || max > limit || decimals(got.get('max')!.text) > 2)) return -1
  if (score !== null && (score > limit || (max !== null && exceedsMax(score, max)))) return -1
  const rate = v('rate')
  const budget = v('adjusted') ?? v('initial')
  const spent = v('executed')
  if (rate !== null) {
    if (rate > 200) return -1
    if (budget !== null && spent !== null) {
      if (budget <= 0) return -1
      const tol = 0.5 * 10 ** -decimals(got.get('rate')!.text.replace('%', '')) + 1e-9
      if (Math.abs(rateOf(spent, budget)! - rate) > tol) return -1
      n++
    }
  }
  const factor = v('coef') ?? rate
  if (factor !== null && max !== null && score !== null) {
    if (Math.abs(Math.min(max, (max * factor) / 100) - score) > 0.5) return -1
    n++
  }
  return n
}

/**
 * Reads glued runs into the given columns.
 * @param runs the row's number runs in order
 * @param columns the header's numeric columns in order (a role may repeat)
 * @param limit the largest 分值 allowed
 * @returns column → piece for the columns every valid reading agrees on (empty when none is valid or the search ran out)
 */
export function splitGluedRow(runs: readonly Run[], columns: readonly Role[], limit = 100): Map<Role, Piece> {
  const readings: Array<{ n: number; got: Map<Role, Piece> }> = []
  let steps = 0
  const cols: Array<Piece | null> = columns.map(() => null)
  // a role printed in two columns (年初指标值, 调整指标值) is read from the first one filled
  const byRole = () => {
    const m = new Map<Role, Piece>()
    cols.forEach((p, k) => {
      if (p && !m.has(columns[k]!)) m.set(columns[k]!, p)
    })
    return m
  }
  const walk = (r: number, at: number, col: number): void => {
    if (++steps > BUDGET) return
    if (r === runs.length) {
      const got = byRole()
      const n = got.has('score') ? checks(got, limit) : -1
      if (n >= 0) readings.push({ n, got })
      return
    }
    const run = runs[r]!
    const percent = run.text.endsWith('%')
    const digits = percent ? run.text.slice(0, -1) : run.text
    for (let end = at + 1; end <= digits.length; end++) {
      const last = end === digits.length
      const text = digits.slice(at, end)
      if (!wellFormed(text)) continue
      // the % ends its run: only the run's last piece carries it
      const isPct = percent && last
      for (let c = col; c < columns.length; c++) {
        const role = columns[c]!
        if (isPct && !PERCENT.includes(role)) continue
        if (!isPct && (role === 'rate' || role === 'coef')) continue
        cols[c] = { text: isPct ? text + '%' : text, start: run.start + at, end: run.start + end + (isPct ? 1 : 0), value: Number(text) }
        if (last) walk(r + 1, 0, c + 1)
        else walk(r, end, c + 1)
        cols[c] = null
      }
    }
  }
  walk(0, 0, 0)
  if (steps > BUDGET || readings.length === 0) return new Map()
  // the readings the arithmetic checks most win; among them, those that fill the most columns (a blank cell is the exception)
  const most = Math.max(...readings.map((r) => r.n))
  const checked = readings.filter((r) => r.n === most).map((r) => r.got)
  const fill = Math.max(...checked.map((m) => m.size))
  const best = checked.filter((m) => m.size === fill)
  // keep the columns every such reading reads from the same piece
  const out = new Map<Role, Piece>()
  for (const [role, p] of best[0]!) {
    if (best.every((m) => m.get(role)?.start === p.start && m.get(role)?.end === p.end)) out.set(role, p)
  }
  return out
}
