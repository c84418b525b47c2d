/**
 * Totals stated in a score table: a total label cell (总分, 自评得分, 合计)
 * followed by a number, read only inside score-table context (from an indicator header
 * to just past its rows) so prose sentences and budget 合计 rows are left to
 * the other readers. A total row may state the 分值 total, then the 得分
 * total, then the grade (总分 | 100 | 96 | 优). A grade cell after a grade
 * label (评价等级 | 优), or closing the total row, is read with
 * grammars/grades.json when present.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Indicator, Totals } from '../../../model/report.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { Header } from './header.js'
import { sourcedCell } from './build.js'
import { gradeCell, readGrade } from './grades.js'
import { numberOf } from './values.js'
import type { Vocab } from './vocab.js'
import { sumOf } from './arithmetic.js'

/**
 * Whether a total row's number is the sum of the 分值 column rather than a
 * score: every indicator's 得分 is blank (a form published unscored) and the
 * number equals Σ 分值.
 */
function isMaxSum(value: number, indicators: Indicator[]): boolean {
  if (indicators.length === 0 || indicators.some((i) => i.score !== null)) return false
  return Math.abs(sumOf(indicators.map((i) => i.max?.value ?? 0)) - value) < 0.01
}

/**
 * Whether a total row states the 分值 total then the 得分 total (总分 | 100 | 96):
 * two numbers on the row, the second no larger than the first. Printed one
 * cell per line (合计 / 100 / 93.2), the first must also be the Σ 分值 of the
 * table's indicators.
 */
function maxThenScore(cells: TCell[], i: number, indicators: Indicator[]): boolean {
  const a = cells[i]!
  const b = cells[i + 1]
  if (!b || b.kind !== 'num') return false
  const x = numberOf(a.text)
  const y = numberOf(b.text)
  if (x === null || y === null || y > x) return false
  if (b.line === a.line) return true
  const maxes = indicators.map((ind) => ind.max?.value ?? null)
  if (maxes.length === 0 || maxes.some((m) => m === null)) return false
  return Math.abs(sumOf(maxes as number[]) - x) < 0.01
}

/**
 * The table's total score (and grade).
 * @param glued a total read from glued OCR text, used when no cell pair states one
 * @param indicators the tables' indicators: a total equal to Σ 分值 on an unscored form is the 满分, not a score
 */
export function readTableTotals(
  cells: TCell[], headers: Header[], regions: Array<[number, number]>, glued: Sourced<number> | null, ctx: Context, v: Vocab,
  indicators: Indicator[] = [],
): Totals {
  // a total row closes a score table: look from each indicator header to a few cells past its region
  const inside = (i: number) => regions.some(([s, e]) => i >= s && i < e + 3)
  const labels = new Set(v.data.totalLabels.map(v.fold))
  let score: Sourced<number> | null = null
  let max: Totals['max'] = null
  let after = -1
  const from = headers[0]?.start ?? cells.length
  for (let i = from; i < cells.length - 1 && !score; i++) {
    if (!inside(i)) continue
    const bare = v.bare(cells[i]!.text).replace(':', '')
    if (!labels.has(bare)) continue
    const next = cells[i + 1]!
    if (next.kind !== 'num') continue
    const pair = maxThenScore(cells, i + 1, indicators)
    if (pair) {
      max = sourcedCell(ctx, next, 'score-table/total-max')
      score = sourcedCell(ctx, cells[i + 2]!, 'score-table/total')
      after = i + 3
    } else {
      score = sourcedCell(ctx, next, 'score-table/total')
      after = i + 2
    }
  }
  score ??= glued
  const grade = headers.length > 0 ? (readGrade(cells, from, ctx, v) ?? gradeCell(cells, after, ctx, v)) : null
  if (max) return { score, max, grade }
  if (score && isMaxSum(score.value, indicators)) {
    ctx.report({
      code: 'extract/score-table-total-is-max',
      message: `Unexpected total ${score.raw} on a form with every 得分 blank, expected a score; read as the Σ 分值 (满分)`,
      span: score.span,
    })
    max = score
    score = null
  }
  return { score, max, grade }
}
