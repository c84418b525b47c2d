/**
 * Totals stated in a score table: a total label cell (总分, 自评得分, 合计)
 * followed by a number, read only inside score-table context (from an indicator header
 * to just past its rows) so prose sentences and budget 合计 rows are left to
 * the other readers. A grade cell after a
 * grade label (评价等级 | 优) is read with grammars/grades.json when present.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Totals } from '../../../model/report.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { Header } from './header.js'
import { sourcedCell } from './build.js'
import { readGrade } from './grades.js'
import type { Vocab } from './vocab.js'

/**
 * The table's total score (and grade).
 * @param glued a total read from glued OCR text, used when no cell pair states one
 */
export function readTableTotals(
  cells: TCell[], headers: Header[], regions: Array<[number, number]>, glued: Sourced<number> | null, ctx: Context, v: Vocab,
): Totals {
  // a total row closes a score table: look from each indicator header to a few cells past its region
  const inside = (i: number) => regions.some(([s, e]) => i >= s && i < e + 3)
  const labels = new Set(v.data.totalLabels.map(v.fold))
  let score: Sourced<number> | null = null
  const from = headers[0]?.start ?? cells.length
  for (let i = from; i < cells.length - 1 && !score; i++) {
    if (!inside(i)) continue
    const bare = v.bare(cells[i]!.text).replace(':', '')
    if (!labels.has(bare)) continue
    const next = cells[i + 1]!
    if (next.kind === 'num') score = sourcedCell(ctx, next, 'score-table/total')
  }
  score ??= glued
  return { score, max: null, grade: headers.length > 0 ? readGrade(cells, from, ctx, v) : null }
}
