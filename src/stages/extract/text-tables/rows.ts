/**
 * Reading one line of a text table: the header (label header + money
 * columns) and a body row (a label followed by one cell per column).
 */
import type { NormLine } from '../norm-text.js'
import { tokens, type TableVocab, type Token } from './vocab.js'

/** A header line: the label column's header and the money columns. */
export interface Header {
  line: NormLine
  /** the label column's header cell, when printed */
  labelHeader: Token | null
  columns: { key: string; cell: Token }[]
}

/** A body line: the label's range and the row's cells. */
export interface RowCells {
  line: NormLine
  /** normalized range of the label */
  label: [number, number]
  cells: { cell: Token; value: number | null }[]
}

/**
 * A header line: at least `minColumns` cells that name money columns, all
 * cells but an optional first (label) cell being column names.
 *
 *   > | 支出类别 年初预算数 调整预算数 决算数
 */
export function readHeader(v: TableVocab, line: NormLine): Header | null {
  const cells = tokens(line.text, line.start)
  if (cells.length < v.data.minColumns) return null
  // every cell but a first (label) cell names a column: a line whose later cell names none is no header (most lines)
  for (let i = 1; i < cells.length; i++) if (v.columnKey(cells[i]!.text) === null) return null
  const keys = cells.map((c) => v.columnKey(c.text))
  const first = keys[0] === null ? cells[0]! : null
  const columns = cells.flatMap((cell, i) => (keys[i] ? [{ key: keys[i]!, cell }] : []))
  if (columns.length < v.data.minColumns) return null
  if (columns.length + (first ? 1 : 0) !== cells.length) return null
  if (first && !v.isLabelHeader(first.text) && /\d/.test(first.text)) return null
  return { line, labelHeader: first, columns }
}

/** Whether a line repeats the header (a table continued on a new page). */
export function sameHeader(v: TableVocab, header: Header, line: NormLine): boolean {
  const other = readHeader(v, line)
  return other !== null && other.columns.map((c) => c.key).join() === header.columns.map((c) => c.key).join()
}

/**
 * A body row: a label, then cells that are numbers or printed blanks. The
 * last `width` cells are the row's; a row with fewer cells is taken only when
 * its label reads like a label (no sentence punctuation).
 *
 *   > | 一、基本支出 1200.00 1250.50 1248.30
 */
export function readRow(v: TableVocab, line: NormLine, width: number): RowCells | null {
  const cells = tokens(line.text, line.start)
  let n = 0
  while (n < cells.length && n < width && v.cellValue(cells[cells.length - 1 - n]!.text) !== undefined) n++
  if (n === 0 || n === cells.length) return null
  const own = cells.slice(cells.length - n)
  const labelEnd = cells[cells.length - n - 1]!.end
  const label: [number, number] = [line.start, labelEnd]
  if (n < width && [...line.text.slice(0, labelEnd - line.start)].some((c) => v.data.sentencePunctuation.includes(c))) return null
  return { line, label, cells: own.map((cell) => ({ cell, value: v.cellValue(cell.text) ?? null })) }
}
