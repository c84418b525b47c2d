/**
 * write/csv: regenerates every CSV of an output folder from the records on
 * disk, in the order given (the manifest's path order). Records are read one
 * at a time: a first pass writes the long-format files and gathers the
 * canonical indicator keys (in order of first appearance), a second pass
 * writes indicators-wide.csv.
 */
import { join } from 'node:path'
import type { Report } from '../../model/report.js'
import { CsvFile, type CsvOptions } from './csv-file.js'
import { HEADERS, LONG_CSV_NAMES, WIDE_CSV_NAME, rowsFor, wideHeader, wideKey, wideRow } from './csv-rows.js'
import { readRecord, recordPath } from './record.js'

/** Names of every CSV file jixiao writes. */
export const CSV_NAMES = [...LONG_CSV_NAMES, WIDE_CSV_NAME] as const

/**
 * Writes reports.csv, indicators.csv, tables.csv, facts.csv, findings.csv and
 * indicators-wide.csv into `outDir` from the records `outDir/reports/<id>.json`.
 * @param outDir the output folder
 * @param ids record ids, in output order
 * @param options BOM or not
 * @param load how a record is read (default: from outDir/reports)
 */
export async function writeCsvs(
  outDir: string,
  ids: readonly string[],
  options: CsvOptions = {},
  load: (id: string) => Report = (id) => readRecord(recordPath(outDir, id)),
): Promise<void> {
  const files = LONG_CSV_NAMES.map((name) => ({ name, file: new CsvFile(join(outDir, name), HEADERS[name], options) }))
  const keys = new Set<string>()
  try {
    for (const id of ids) {
      const report = load(id)
      for (const { name, file } of files) await file.write(rowsFor(name, report))
      for (const i of report.indicators) keys.add(wideKey(i))
    }
    for (const { file } of files) await file.close()
  } catch (e) {
    for (const { file } of files) file.abort()
    throw e
  }
  // Keys in order of first appearance: document order, deterministic because `ids` is.
  const keyOrder = [...keys]
  const wide = new CsvFile(join(outDir, WIDE_CSV_NAME), wideHeader(keyOrder), options)
  try {
    for (const id of ids) await wide.write([wideRow(load(id), keyOrder)])
    await wide.close()
  } catch (e) {
    wide.abort()
    throw e
  }
}
