/**
 * Grades stated in a score table: a grade label cell (评价等级, 自评等级)
 * followed by a cell that is one of the grade variants of grammars/grades.json
 * (优 / 优秀 / 优 秀, 良 / 良好, …; compared without white space), or a grade
 * word closing a total row. No grade is ever inferred from a score.
 */
import { gradeBands } from '../../../grammar/grades.js'
import type { Context } from '../../../pipeline/types.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { Vocab } from './vocab.js'

function variantsOf(ctx: Context, v: Vocab): Map<string, string> | null {
  if (!ctx.grammar.files.some((f) => f.id === 'grades')) return null
  const variants = new Map<string, string>()
  for (const [word, band] of gradeBands(ctx.grammar)) variants.set(v.fold(word), band)
  return variants
}

/**
 * The grade in the cell at index i when it is only a grade word on the same
 * line as the cell before it (the last cell of a total row: 总分 | 100 | 96 | 优), or null.
 */
export function gradeCell(cells: TCell[], i: number, ctx: Context, v: Vocab): Sourced<string> | null {
  const c = cells[i]
  const prev = cells[i - 1]
  if (i < 1 || !c || !prev || c.line !== prev.line) return null
  const label = variantsOf(ctx, v)?.get(c.text)
  return label ? { value: label, raw: c.raw, span: ctx.locate.span(c.start, c.end), by: 'score-table/grade' } : null
}

/** The grade stated after a grade label, or null. */
export function readGrade(cells: TCell[], from: number, ctx: Context, v: Vocab): Sourced<string> | null {
  const variants = variantsOf(ctx, v)
  if (!variants) return null
  const labels = new Set(v.data.gradeLabels.map(v.fold))
  for (let i = from; i < cells.length - 1; i++) {
    if (!labels.has(v.bare(cells[i]!.text).replace(':', ''))) continue
    const next = cells[i + 1]!
    const label = variants.get(next.text)
    if (label) return { value: label, raw: next.raw, span: ctx.locate.span(next.start, next.end), by: 'score-table/grade' }
  }
  return null
}
