/**
 * Reading the record's tables for the rules: row labels compared with the
 * vocabulary of grammars/checks.json, cells found by column key, and the row
 * tree (which rows are parts of which) from row levels, or from first-level
 * markers (一、) when the extractor gave every row the same level.
 */
import type { Table, TableRow, Cell } from '../../model/report.js'
import type { Span } from '../../model/provenance.js'
import type { Context } from '../../pipeline/types.js'
import type { CheckData } from './config.js'
import type { Side } from './finding.js'

/** A row label without its numbering marker, 其中 prefix and white space: '一、基本支出' → '基本支出'. */
export function bareLabel(ctx: Context, label: string): string {
  const strip = ctx.grammar.regex('checks/label-strip')
  let out = ''
  for (const ch of label.replace(strip, '')) if (ch.trim() !== '') out += ch
  return out
}

/** Whether a label names one of the terms: exactly, or containing it. */
export function labelMatches(ctx: Context, label: string, terms: readonly string[]): boolean {
  const bare = bareLabel(ctx, label)
  return bare !== '' && terms.some((t) => bare === t || bare.includes(t))
}

/** Tables of the given kinds. */
export function tablesOfKind(record: { tables: Table[] }, kinds: readonly string[]): Table[] {
  return record.tables.filter((t) => t.kind !== null && kinds.includes(t.kind))
}

/** Index of the first column whose key is one of `keys` (in the order of `keys`), or -1. */
export function columnIndex(table: Table, keys: readonly string[]): number {
  for (const key of keys) {
    const i = table.columns.findIndex((c) => c.key === key)
    if (i >= 0) return i
  }
  return -1
}

/**
 * The cell of a row under column `col`. Rows may carry one cell per column, or one cell per column
 * after a label column (the header's first column names the labels): both layouts are read.
 */
export function cellAt(table: Table, row: TableRow, col: number): Cell | null {
  if (col < 0) return null
  if (row.cells.length === table.columns.length) return row.cells[col] ?? null
  if (row.cells.length === table.columns.length - 1) return col === 0 ? null : (row.cells[col - 1] ?? null)
  return null
}

/** A cell's value; a blank cell ('', '-', …) counts as 0 when `blankAsZero`; unreadable → null. */
export function cellValue(data: CheckData, cell: Cell | null, blankAsZero: boolean): number | null {
  if (!cell) return blankAsZero ? 0 : null
  if (cell.value !== null) return cell.value
  return blankAsZero && data.blankCells.includes(cell.raw.trim()) ? 0 : null
}

/** The cell as a side of a comparison, pointing at the cell, else the row label, else the table. */
export function cellSide(table: Table, row: TableRow, col: number, cell: Cell | null): Side {
  const column = table.columns[col]?.raw ?? ''
  return {
    label: column ? `${row.label} (${column})` : row.label,
    raw: cell?.raw ?? '',
    span: cell?.span ?? row.labelSpan ?? table.span,
  }
}

/** Span for a row as a whole: its label, else the table. */
export function rowSpan(table: Table, row: TableRow): Span {
  return row.labelSpan ?? table.span
}

export interface RowNode {
  index: number
  row: TableRow
  parent: number | null
  /** non-memo rows that are parts of this row */
  children: number[]
  /** memo (其中) rows detailing this row */
  memos: number[]
}

/** Whether a row is the table's total: role 'total', or a total label when no row has that role. */
export function isTotalRow(ctx: Context, data: CheckData, table: Table, row: TableRow): boolean {
  if (row.role === 'total') return true
  if (table.rows.some((r) => r.role === 'total')) return false
  return row.role !== 'memo' && labelMatches(ctx, row.label, data.totalRowLabels)
}

/** Depth of each row: its level when levels vary, else 0 for rows with a first-level marker and 1 for the others. */
function depths(ctx: Context, rows: TableRow[], body: boolean[]): number[] {
  const levels = rows.filter((_, i) => body[i]).map((r) => r.level)
  if (new Set(levels).size > 1) return rows.map((r) => r.level)
  const marker = ctx.grammar.regex('checks/top-row-marker')
  const marked = rows.map((r) => marker.test(r.label))
  const some = marked.some((m, i) => m && body[i])
  const all = marked.every((m, i) => m || !body[i])
  if (some && !all) return marked.map((m) => (m ? 0 : 1))
  return rows.map(() => 0)
}

/**
 * The row tree of a table: a row's parent is the nearest row above it that is shallower; a memo
 * row details the nearest non-memo row above it that is shallower (or, in a flat table, the row just
 * above). Total rows stand outside the tree.
 */
export function rowTree(ctx: Context, data: CheckData, table: Table): RowNode[] {
  const rows = table.rows
  const body = rows.map((r) => !isTotalRow(ctx, data, table, r))
  const depth = depths(ctx, rows, body)
  const nodes: RowNode[] = rows.map((row, index) => ({ index, row, parent: null, children: [], memos: [] }))
  for (let i = 0; i < rows.length; i++) {
    if (!body[i]) continue
    const memo = rows[i]!.role === 'memo'
    let parent: number | null = null
    let previous: number | null = null
    for (let j = i - 1; j >= 0; j--) {
      if (!body[j] || rows[j]!.role === 'memo') continue
      if (previous === null) previous = j
      if (depth[j]! < depth[i]!) {
        parent = j
        break
      }
    }
    if (memo) parent ??= previous
    nodes[i]!.parent = parent
    if (parent !== null) (memo ? nodes[parent]!.memos : nodes[parent]!.children).push(i)
  }
  return nodes
}

/** Re-parents rows by a vocabulary decomposition (whole → parts) where the tree found no parts. */
export function applyDecompositions(
  ctx: Context,
  nodes: RowNode[],
  decompositions: readonly { whole: string[]; parts: string[][] }[],
): void {
  for (const d of decompositions) {
    const whole = nodes.find((n) => n.row.role !== 'memo' && labelMatches(ctx, n.row.label, d.whole))
    if (!whole || whole.children.length > 0) continue
    const parts = d.parts.map((terms) =>
      nodes.find((n) => n.index > whole.index && n.row.role !== 'memo' && n.children.length === 0 && labelMatches(ctx, n.row.label, terms)),
    )
    if (parts.some((p) => !p)) continue
    for (const p of parts as RowNode[]) {
      if (p.parent !== null) nodes[p.parent]!.children = nodes[p.parent]!.children.filter((c) => c !== p.index)
      p.parent = whole.index
      whole.children.push(p.index)
    }
  }
}
