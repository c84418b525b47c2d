/**
 * A ScoreTable under construction: readers add groups and rows as they meet
 * them, and `finish` gives the table (its span from the first to the last
 * row). Keeps the readers free of id and span bookkeeping.
 */
import type { Span } from '../../../model/provenance.js'
import type { Sourced } from '../../../model/provenance.js'
import type { CellValue, ColumnRole, RowRole, ScoreColumn, ScoreGroup, ScoreRow, ScoreTable } from '../../../model/score-table.js'

export class ScoreTableDraft {
  readonly groups: ScoreGroup[] = []
  readonly rows: ScoreRow[] = []
  total: ScoreTable['total'] = null

  constructor(
    readonly id: string,
    readonly kind: ScoreTable['kind'],
    readonly columns: ScoreColumn[] = [],
  ) {}

  /** Adds a group; returns its id. */
  group(level: 1 | 2, label: string, printed: string, max: Sourced<number> | null, span: Span, parentId: string | null): string {
    const id = `${this.id}/g${this.groups.length + 1}`
    this.groups.push({ id, level, label, max, parentId, span, printed })
    return id
  }

  /** Adds a row; its index is its order in the table. */
  row(
    role: RowRole, label: Sourced<string> | null, cells: Partial<Record<ColumnRole, CellValue>>, span: Span,
    groupId: string | null, level?: number,
  ): ScoreRow {
    const r: ScoreRow = { index: this.rows.length, role, groupId, label, cells, span }
    if (level !== undefined) r.level = level
    this.rows.push(r)
    return r
  }

  /** The table, or null when it has no row. */
  finish(span?: Span): ScoreTable | null {
    if (this.rows.length === 0 && !span) return null
    const first = this.rows[0]?.span ?? span!
    const last = this.rows[this.rows.length - 1]?.span ?? span!
    return {
      id: this.id,
      layoutTableId: null,
      kind: this.kind,
      columns: this.columns,
      groups: this.groups,
      rows: this.rows,
      total: this.total,
      span: span ?? { start: first.start, end: last.end },
    }
  }
}

/** The label of a group without its stated maximum (产出指标(50分) → 产出指标). */
export function bareLabel(printed: string, maxIndex: number | null): string {
  return (maxIndex === null ? printed : printed.slice(0, maxIndex)).trim()
}
