/**
 * write/csv: regenerates every CSV of an output folder from the records on
 * disk, in the order given (the manifest's path order). Records are read one
 * at a time: a first pass writes the long-format files and counts the reports
 * having each canonical indicator key, a second pass writes
 * indicators-wide.csv with the keys shared by at least `wideMin` reports
 * (default 2), the most shared first (ties in order of first appearance).
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
  const keys = new Map<string, number>()
  try {
    for (const id of ids) {
      const report = load(id)
      for (const { name, file } of files) await file.write(rowsFor(name, report))
      for (const k of new Set(report.indicators.map(wideKey))) keys.set(k, (keys.get(k) ?? 0) + 1)
    }
    for (const { file } of files) await file.close()
  } catch (e) {
    for (const { file } of files) file.abort()
    throw e
  }
  // Most shared first; a stable sort keeps document order among equals (deterministic because `ids` is).
  const min = Math.max(1, Math.min(options.wideMin ?? 2, ids.length))
  const keyOrder = [...keys].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]).map(([k]) => k)
  const wide = new CsvFile(join(outDir, WIDE_CSV_NAME), wideHeader(keyOrder), options)
  try {
    for (const id of ids) await wide.write([wideRow(load(id), keyOrder)])
    await wide.close()
  } catch (e) {
    wide.abort()
    throw e
  }
}
