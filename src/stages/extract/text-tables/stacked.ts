/**
 * A money table printed one cell per line (a PDF or web copy that put every
 * cell on its own line): a run of header lines (an optional label header,
 * then at least `minColumns` money column names), then rows of one label line
 * followed by exactly one value line per column.
 *
 *   > | 项目 / 年初预算数 / 调整预算数 / 决算数 / 一、基本支出 / 598.60 / 615.10 / 612.34 / …
 *
 * Read only in that strict shape: a row with a missing or extra value line
 * ends the table, so a paragraph of prose never becomes a row.
 */
import type { NormLine } from '../norm-text.js'
import type { Header, RowCells } from './rows.js'
import { tokens, type TableVocab } from './vocab.js'

/** The one token of a line, or null when it holds several. */
function single(line: NormLine) {
  const ts = tokens(line.text, line.start)
  return ts.length === 1 ? ts[0]! : null
}

/**
 * A stacked header starting at line `at`, with the index of the line after it.
 * @returns null when the lines there are not a header of one cell per line
 */
export function readStackedHeader(v: TableVocab, lines: NormLine[], at: number): { header: Header; next: number } | null {
  const first = lines[at]
  const t0 = first ? single(first) : null
  if (!first || !t0) return null
  let k = at
  const labelHeader = v.columnKey(t0.text) === null && v.isLabelHeader(t0.text) ? t0 : null
  if (labelHeader) k++
  const columns: Header['columns'] = []
  for (; k < lines.length; k++) {
    const t = single(lines[k]!)
    const key = t ? v.columnKey(t.text) : null
    if (!t || !key) break
    columns.push({ key, cell: t })
  }
  if (columns.length < v.data.minColumns) return null
  return { header: { line: first, labelHeader, columns }, next: k }
}

/**
 * The rows after a stacked header: a label line (no value in it) and then
 * exactly `width` lines of one value each.
 * @returns the rows and the index of the first line after them
 */
export function readStackedRows(v: TableVocab, lines: NormLine[], from: number, width: number): { rows: RowCells[]; next: number } {
  const rows: RowCells[] = []
  let k = from
  while (k + width < lines.length) {
    const label = lines[k]!
    if (tokens(label.text, label.start).some((t) => v.cellValue(t.text) !== undefined)) break
    const cells: RowCells['cells'] = []
    for (let c = 1; c <= width; c++) {
      const t = single(lines[k + c]!)
      const value = t ? v.cellValue(t.text) : undefined
      if (!t || value === undefined) break
      cells.push({ cell: t, value: value ?? null })
    }
    if (cells.length !== width) break
    // the next line must start another row or end the table: a value line there means the columns were misread
    const after = lines[k + width + 1]
    if (after && single(after) && v.cellValue(single(after)!.text) !== undefined) break
    rows.push({ line: lines[k + width]!, label: [label.start, label.end], cells })
    k += width + 1
  }
  return { rows, next: k }
}
