/**
 * From ScoreTables to the record: one indicator per indicator row (and per
 * scored funds-total row, the 年度资金总额 / 总额 line), with its group path
 * and level, and the project-funds block as a money Table.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Cell, Indicator, Table, TableRow } from '../../../model/report.js'
import type { ColumnRole, ScoreGroup, ScoreTable } from '../../../model/score-table.js'
import { newIndicator } from '../indicator.js'
import { targetOf } from '../score-table/values.js'
import { vocab } from '../score-table/vocab.js'

/** A row label without its trailing colon (年度资金总额：). */
function noColon(s: string): string {
  const t = s.trimEnd()
  return t.endsWith(':') || t.endsWith('：') ? t.slice(0, -1).trimEnd() : t
}

/** The indicators of one ScoreTable. */
export function indicatorsOf(ctx: Context, s: ScoreTable, nextId: () => string): Indicator[] {
  const v = vocab(ctx)
  const byId = new Map(s.groups.map((g) => [g.id, g]))
  const nested = s.columns.some((c) => c.role === 'level1') && s.columns.some((c) => c.role === 'level2')
  const out: Indicator[] = []
  for (const row of s.rows) {
    const scored = row.cells.max?.number || row.cells.score?.number
    if (!row.label || !(row.role === 'indicator' || (row.role === 'funds' && scored))) continue
    const path: ScoreGroup[] = []
    for (let g = row.groupId ? byId.get(row.groupId) : undefined; g; g = g.parentId ? byId.get(g.parentId) : undefined) path.unshift(g)
    const t = row.cells.target?.text
    const a = row.cells.actual?.text
    out.push(newIndicator({
      id: nextId(),
      name: noColon(row.label.value),
      level: row.role === 'funds' ? 1 : nested ? 3 : path.length + 1,
      path: path.map((g) => g.label),
      max: row.cells.max?.number ?? null,
      score: row.cells.score?.number ?? null,
      target: t ? targetOf(ctx, v.fold(t.value), t.raw) : null,
      actual: a ? targetOf(ctx, v.fold(a.value), a.raw) : null,
      source: 'table',
      span: row.span,
    }))
  }
  return out
}

/** The money unit a header states (项目资金（万元）), or null. */
function unitOf(headers: string[]): string | null {
  const all = headers.join('')
  if (all.includes('万元')) return '万元'
  if (all.includes('元')) return '元'
  return null
}

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
    id, kind: 'project-funds', title: null, unit: unitOf(s.columns.map((c) => c.header)) ?? tableUnit,
    columns: columns.map((c) => ({ key: c.role, raw: c.header })),
    rows,
    span: ctx.locate.span(first.start.offset, last.end.offset),
  }
}
