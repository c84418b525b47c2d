/**
 * export/parquet: one Parquet file per long-format table (reports.parquet,
 * indicators.parquet, …) with typed columns under the CSV's English names:
 * ids and text as UTF-8 strings, counts as INT32, numbers as DOUBLE, empty
 * cells as nulls. Written by hyparquet-writer (pure JavaScript; see README
 * for why not DuckDB), readable by pandas/pyarrow, R arrow, DuckDB.
 */
import { join } from 'node:path'
import { parquetWriteFile } from 'hyparquet-writer'
import type { ExportTable } from './tables.js'
import type { ColumnType } from '../../store/columns.js'

const PARQUET_TYPE = { id: 'STRING', text: 'STRING', int: 'INT32', number: 'DOUBLE' } as const satisfies Record<ColumnType, string>

/** A cell converted to its column's type (null when empty). */
function typed(v: unknown, type: ColumnType): string | number | null {
  if (v === null || v === undefined || v === '') return null
  if (type === 'id' || type === 'text') return String(v)
  return typeof v === 'number' ? v : null
}

/**
 * Writes DIR/<table>.parquet for each table.
 * @param dir the folder (must exist)
 * @param tables the long-format tables
 * @returns the files written
 */
export function writeParquet(dir: string, tables: readonly ExportTable[]): string[] {
  return tables.map((t) => {
    const filename = join(dir, `${t.base}.parquet`)
    parquetWriteFile({
      filename,
      columnData: t.columns.map((c, i) => ({ name: c.key, type: PARQUET_TYPE[c.type], data: t.rows.map((r) => typed(r[i], c.type)) })),
    })
    return filename
  })
}
