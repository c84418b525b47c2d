/**
 * Money tables printed as text rows (部门预算支出明细表): a title line and a
 * unit line above a header row whose cells name money columns, then label +
 * numbers rows until a line that is no row. Lines are physical lines of the
 * body, so a table split by a page break (whose footer is furniture) stays
 * one table; a header repeated on the new page is skipped. A table printed
 * one cell per line is read in its strict shape (text-tables/stacked.ts).
 * Vocabularies are the `tables` grammar.
 */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Table, TableRow } from '../../model/report.js'
import { locate, normLines, type NormLine } from './norm-text.js'
import { readHeader, readRow, sameHeader, type Header, type RowCells } from './text-tables/rows.js'
import { tableVocab, type TableVocab } from './text-tables/vocab.js'
import { caption, type Caption } from './text-tables/caption.js'
import { readRegionTables } from './text-tables/regions.js'
import { readStackedHeader, readStackedRows } from './text-tables/stacked.js'

/** Levels: 一、 rows 1 and the rows under them 2; without numbering all rows 1 and 其中 rows 2; totals 0. */
function levels(v: TableVocab, labels: string[], roles: TableRow['role'][]): number[] {
  const numbered = labels.map((l) => v.isTopLevel(l))
  const anyNumbered = numbered.some(Boolean)
  let seenTop = false
  return labels.map((_, i) => {
    if (roles[i] === 'total') return 0
    if (numbered[i]) {
      seenTop = true
      return 1
    }
    if (anyNumbered) return seenTop ? 2 : 1
    return roles[i] === 'memo' ? 2 : 1
  })
}

/** A Table from its caption, header and body rows; short rows are padded with blank cells and reported. */
function buildTable(input: ExtractInput, ctx: Context, v: TableVocab, id: string, cap: Caption, header: Header, body: RowCells[]): Table {
  const text = input.norm.text
  const width = header.columns.length
  const labels = body.map((r) => text.slice(...r.label).trim())
  const roles = labels.map((l) => v.rowRole(l))
  const lv = levels(v, labels, roles)
  const rows: TableRow[] = body.map((r, i) => {
    const label = locate(input, ctx, r.label[0], r.label[1])
    const cells: TableRow['cells'] = r.cells.map(({ cell, value }) => {
      const at = locate(input, ctx, cell.start, cell.end)
      return { value, raw: at.raw, span: at.span }
    })
    if (cells.length < width) {
      ctx.report({
        code: 'extract/table-row-width',
        message: `Unexpected ${cells.length} cells in row ${labels[i]}, expected ${width}`,
        span: locate(input, ctx, r.line.start, r.line.end).span,
        expected: width,
        actual: cells.length,
      })
      while (cells.length < width) cells.push({ value: null, raw: '', span: null })
    }
    return { label: label.raw.trim(), labelSpan: label.span, role: roles[i]!, level: lv[i]!, cells }
  })
  const last = body[body.length - 1]!.line
  return {
    id,
    kind: v.tableKind(cap.title?.text ?? null, header.labelHeader?.text ?? null),
    title: cap.title?.text ?? null,
    unit: cap.unit,
    columns: header.columns.map((c) => ({ key: c.key, raw: locate(input, ctx, c.cell.start, c.cell.end).raw })),
    rows,
    span: locate(input, ctx, cap.first.start, last.end).span,
  }
}

/** Reads every money table printed as text rows, in text order; ids `table-t-N`. */
export function readTextTables(input: ExtractInput, ctx: Context): Table[] {
  const lines = normLines(input)
  const v = tableVocab(ctx)
  const tables: Table[] = []
  let floor = 0
  for (let i = 0; i < lines.length; i++) {
    const header = readHeader(v, lines[i]!)
    if (!header) {
      // a table printed one cell per line
      const stacked = readStackedHeader(v, lines, i)
      if (!stacked) continue
      const { rows, next } = readStackedRows(v, lines, stacked.next, stacked.header.columns.length)
      if (rows.length < 2) continue
      const cap = caption(v, lines, i, floor)
      tables.push(buildTable(input, ctx, v, `table-t-${tables.length + 1}`, cap, stacked.header, rows))
      floor = next
      i = next - 1
      continue
    }
    const body: RowCells[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      if (sameHeader(v, header, lines[j]!)) continue
      const row = readRow(v, lines[j]!, header.columns.length)
      if (!row) break
      body.push(row)
    }
    if (body.length === 0) {
      ctx.report({
        code: 'extract/table-without-rows',
        message: 'Unexpected end of table after its header, expected label + numbers rows',
        span: locate(input, ctx, header.line.start, header.line.end).span,
      })
      continue
    }
    const cap = caption(v, lines, i, floor)
    tables.push(buildTable(input, ctx, v, `table-t-${tables.length + 1}`, cap, header, body))
    floor = j
    i = j - 1
  }
  // PDF table regions whose header the line reader could not read (two-line headers, two-sided tables)
  return [...tables, ...readRegionTables(input, ctx, v, lines, input.tableRegions ?? [], tables)]
}
