/**
 * export/tables: the long-format tables of an output folder, in memory, with
 * their column descriptions: the same rows the CSV files hold (one per report,
 * indicator, table cell, fact, finding), read from the records the manifest
 * lists as ok, in manifest order.
 */
import { LONG_CSV_NAMES, rowsFor, type CsvRow, type LongCsvName } from '../../store/csv-rows.js'
import { columnsOf, type ColumnInfo } from '../../store/columns.js'
import type { Report } from '../../model/report.js'

/** One table: its file name (reports.csv …), columns and rows. */
export interface ExportTable {
  name: LongCsvName
  /** the table's base name (reports, indicators, …) */
  base: string
  columns: ColumnInfo[]
  rows: CsvRow[]
}

/**
 * Builds every long-format table from the records.
 * @param records the reports, in output order
 */
export function buildTables(records: Iterable<Report>): ExportTable[] {
  const tables = LONG_CSV_NAMES.map((name) => ({ name, base: name.replace(/\.csv$/, ''), columns: columnsOf(name), rows: [] as CsvRow[] }))
  for (const r of records) for (const t of tables) for (const row of rowsFor(t.name, r)) t.rows.push(row)
  return tables
}
