/**
 * The table model: every table jixiao finds, whatever it was found from,
 * before anything reads its meaning.
 *
 * A PDF page's ruling lines (lattice), the x-alignment of its text (stream),
 * OCR boxes, or a text table (pipes, tabs, one cell per line, glued cells) all
 * become the same `LayoutTable`: rows of cells, each cell with its grid
 * position, its spans over rows and columns, its joined text and the spans of
 * that text in the original document. Score-table and money-table readers
 * consume this shape; they never go back to physical lines.
 *
 * Conventions:
 * - `row`/`col` are 0-based grid positions of a cell's top-left slot; a merged
 *   cell appears once, in the row where it starts, with `rowSpan`/`colSpan` > 1.
 * - `text` is the cell's lines joined in reading order (CJK joined without a
 *   space, other scripts with one); `spans` are the original-text ranges the
 *   text came from, in order, so `spans.map(slice).join` rebuilds it up to the
 *   joins.
 * - A table continued over a page break is one table: `pages` lists them,
 *   rows carry their page, and a repeated header row is dropped (not a body row).
 */
import { z } from 'zod'
import { BBox, Span } from './provenance.js'

const int = z.number().int()

/** One cell of the grid. */
export const LayoutCell = z.strictObject({
  row: int.nonnegative(),
  col: int.nonnegative(),
  rowSpan: int.positive(),
  colSpan: int.positive(),
  /** the cell's text, lines joined (CJK without a space); '' for an empty cell */
  text: z.string(),
  /** PDF points, origin bottom-left of `page`; null for text inputs */
  bbox: BBox.nullable(),
  page: int.positive().nullable(),
  /** where the text stands in the original document, in reading order */
  spans: z.array(Span),
})
export type LayoutCell = z.infer<typeof LayoutCell>

/** One row of the grid: the cells that start in it. */
export const LayoutRow = z.strictObject({
  /** true for a header row (column titles), false for a body row */
  header: z.boolean(),
  page: int.positive().nullable(),
  cells: z.array(LayoutCell),
})
export type LayoutRow = z.infer<typeof LayoutRow>

/** How the table was found. */
export const TableMethod = z.enum(['lattice', 'stream', 'ocr', 'text'])
export type TableMethod = z.infer<typeof TableMethod>

/** A table as geometry or text layout gives it. */
export const LayoutTable = z.strictObject({
  id: z.string(),
  method: TableMethod,
  /** pages the table covers, in order (empty for text inputs) */
  pages: z.array(int.positive()),
  /** the table's box on its first page (PDF points), null for text inputs */
  bbox: BBox.nullable(),
  /** number of grid columns */
  columns: int.nonnegative(),
  rows: z.array(LayoutRow),
  /** the whole table in the original text */
  span: Span,
  /** a unit stated for the whole table (单位：万元 beside the title or in a header cell), as printed */
  unit: z.strictObject({ value: z.string(), raw: z.string(), span: Span }).nullable(),
  /** 0–1: how regular the grid is (1 = every slot covered exactly once) */
  quality: z.number().min(0).max(1),
})
export type LayoutTable = z.infer<typeof LayoutTable>
