/**
 * The project-funds block of a PDF ScoreTable as a money Table (its
 * indicators come from the one builder, score-table/builder).
 */
import type { Context } from '../../../pipeline/types.js'
import type { Cell, Table, TableRow } from '../../../model/report.js'
import type { ColumnRole, ScoreTable } from '../../../model/score-table.js'
import { noColon } from '../score-table/builder.js'
import { headerUnit } from './unit.js'

/** Column roles of the project-funds table, in the order the text reader writes them. */
const FUNDS_ROLES: readonly ColumnRole[] = ['initial', 'adjusted', 'executed', 'max', 'rate', 'score']

/** The funds block of a ScoreTable as a money table (kind project-funds); `tableUnit` is the unit its LayoutTable states. */
export function fundsTable(ctx: Context, s: ScoreTable, id: string, tableUnit: string | null = null): Table {
  const columns = FUNDS_ROLES.flatMap((role) => s.columns.filter((c) => c.role === role).slice(0, 1))
  const rows: TableRow[] = s.rows
    .filter((r) => r.label && (r.role === 'funds' || r.role === 'funds-memo' || r.role === 'total'))
    .map((r) => {
      const cells: Cell[] = columns.map((c) => {
        const cv = r.cells[c.role]
        if (!cv?.text) return { value: null, raw: '', span: null }
        return { value: cv.number?.value ?? null, raw: cv.text.raw, span: cv.text.span }
      })
      const total = r.role !== 'funds-memo'
      return { label: noColon(r.label!.value), labelSpan: r.label!.span, role: total ? 'total' : 'item', level: total ? 0 : 1, cells }
    })
  const first = s.rows[0]?.span ?? s.span
  const last = s.rows[s.rows.length - 1]?.span ?? s.span
  return {
    id, kind: 'project-funds', title: null, unit: headerUnit(ctx, s.columns.map((c) => c.header))?.unit ?? tableUnit,
    columns: columns.map((c) => ({ key: c.role, raw: c.header })),
    rows,
    span: ctx.locate.span(first.start.offset, last.end.offset),
  }
}
