/**
 * Tables from a PDF page's geometry. Reading a page's vector graphics
 * (pdf.js getOperatorList) costs about as much again as reading its text, so
 * it is only done for a page whose rebuilt text looks like a table: several
 * lines split into cells by wide gaps. Such a page's rules give grids
 * (grid.ts), its items fill their cells (lattice.ts); a table continued on
 * the next page is joined afterwards (pages.ts).
 */
import type { GeoTable, LayoutLine } from '../../document.js'
import type { ItemBuffer } from '../items.js'
import type { Rows } from '../rows.js'
import type { ItemPlaces } from '../page-text.js'
import { readRules, type OpsCodes } from './rules.js'
import { findGrids } from './grid.js'
import { latticeTables } from './lattice.js'

export { joinPages } from './pages.js'

/** A page is worth reading for rules when at least this many of its lines have two or more cells. */
export const TABLE_LINES = 3

/**
 * Whether the page's lines (layout[from …]) look like a table.
 * @param continued a table of the page before may continue here (its last rows, a 合计 row, need only one line)
 */
export function looksTabular(layout: LayoutLine[], from: number, continued = false): boolean {
  const need = continued ? 1 : TABLE_LINES
  let n = 0
  for (let i = from; i < layout.length; i++) if (layout[i]!.cells.length >= 2 && ++n >= need) return true
  return false
}

/** The parts of pdf.js's page proxy read here. */
export interface OperatorPage {
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>
}

/** A grid with a smaller share of regular slots than this is no table: its page keeps its line reading. */
export const MIN_QUALITY = 0.8

export interface PageTables {
  tables: GeoTable[]
  /** grids too irregular to read as tables (dropped) */
  irregular: number
}

/**
 * Reads one page's lattice tables. Rejects when the operator list cannot be read.
 * @param transform user space → displayed page (displayTransform)
 * @param text the page text, `base` its offset in the document text
 */
export async function readPageTables(
  page: OperatorPage, ops: OpsCodes, transform: readonly number[],
  buf: ItemBuffer, rows: Rows, places: ItemPlaces, text: string, pageNo: number, base: number,
): Promise<PageTables> {
  const list = await page.getOperatorList()
  const rules = readRules(list.fnArray, list.argsArray, ops, transform)
  const grids = findGrids(rules)
  const found = latticeTables(grids, buf, rows, places, text, pageNo, base)
  const tables = found.filter((t) => t.quality >= MIN_QUALITY)
  return { tables, irregular: found.length - tables.length }
}
