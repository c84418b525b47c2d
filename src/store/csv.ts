/**
 * write/csv: every CSV of an output folder, written as records arrive. A
 * report's rows are turned into CSV text once (`csvParts`, in the worker that
 * read it) and appended in output order by a `CsvWriter`; nothing is read
 * back from the records. indicators-wide.csv needs every report's indicator
 * keys before its header: each report's wide row is kept in a temporary
 * file (one JSON line) and the wide file is written from it at the end, with
 * the keys shared by at least `wideMin` reports (default 2), the most shared
 * first (ties in order of first appearance).
 */
import { closeSync, openSync, readSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../model/report.js'
import { BufferedFile, CsvFile, toCsv, type CsvOptions } from './csv-file.js'
import { HEADERS, LONG_CSV_NAMES, WIDE_CSV_NAME, rowsFor, wideHeader, wideKey, wideRow, type CsvRow, type LongCsvName } from './csv-rows.js'
import { readRecord, recordPath } from './record.js'

/** Names of every CSV file jixiao writes. */
export const CSV_NAMES = [...LONG_CSV_NAMES, WIDE_CSV_NAME] as const

/** One report's share of the CSV files: CSV text per long file, and its wide row with its own keys. */
export interface CsvParts {
  long: Record<LongCsvName, string>
  /** wideRow(report, keys): the fixed cells, then score and max per key */
  wide: { keys: string[]; cells: CsvRow }
}

/** A report's CSV parts (pure: no files). */
export function csvParts(report: Report): CsvParts {
  const long = {} as Record<LongCsvName, string>
  for (const name of LONG_CSV_NAMES) long[name] = toCsv(rowsFor(name, report))
  const keys = [...new Set(report.indicators.map(wideKey))]
  return { long, wide: { keys, cells: wideRow(report, keys) } }
}

/** Cells of a wide row before the per-key columns. */
const WIDE_FIXED = wideHeader([]).length

/** Lines of a text file, read in chunks (the file may be large). */
function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r')
  const chunk = Buffer.alloc(1 << 20)
  const decoder = new TextDecoder()
  let rest = ''
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      const text = rest + decoder.decode(chunk.subarray(0, n), { stream: n > 0 })
      const lines = text.split('\n')
      rest = lines.pop()!
      yield* lines
      if (n === 0) break
    }
    if (rest) yield rest
  } finally {
    closeSync(fd)
  }
}

/** Removes the temporary CSV files a killed run may have left in an output folder. */
export function removeStaleCsvTemps(outDir: string): void {
  let names: string[]
  try {
    names = readdirSync(outDir)
  } catch {
    return
  }
  const stale = (n: string) => CSV_NAMES.some((c) => n.startsWith(`${c}.tmp-`) || n.startsWith(`${c}.rows.tmp-`))
  for (const n of names) if (stale(n)) rmSync(join(outDir, n), { force: true })
}

/** Writes the CSV files of an output folder from reports' parts, in the order they are added. */
export class CsvWriter {
  private readonly files: { name: LongCsvName; file: CsvFile }[]
  private readonly wideParts: BufferedFile
  /** reports having each key, in order of first appearance */
  private readonly keys = new Map<string, number>()
  private reports = 0
  private done = false
  /** files finished under their temporary names by prepare, not yet moved into place */
  private finished: CsvFile[] = []

  constructor(
    private readonly outDir: string,
    private readonly options: CsvOptions = {},
  ) {
    removeStaleCsvTemps(outDir)
    this.files = LONG_CSV_NAMES.map((name) => ({ name, file: new CsvFile(join(outDir, name), HEADERS[name], options) }))
    this.wideParts = new BufferedFile(join(outDir, `${WIDE_CSV_NAME}.rows`))
  }

  /** Appends one report's rows. */
  add(parts: CsvParts): void {
    for (const { name, file } of this.files) file.writeText(parts.long[name])
    for (const k of parts.wide.keys) this.keys.set(k, (this.keys.get(k) ?? 0) + 1)
    this.reports++
    this.wideParts.write(JSON.stringify(parts.wide) + '\n')
  }

  /** Finishes every file (indicators-wide.csv from the kept rows) and moves them into place. */
  close(): void {
    this.prepare()()
  }

  /**
   * Finishes every file under its temporary name (nothing is replaced yet);
   * the returned function moves them all into place. A failure here (disk
   * full) abandons them all: the previous CSVs stay as they were.
   */
  prepare(): () => void {
    if (this.done) return () => {}
    this.done = true
    const finished: CsvFile[] = []
    try {
      for (const { file } of this.files) {
        file.close(true)
        finished.push(file)
      }
      this.wideParts.close(true)
      // Most shared first; a stable sort keeps first appearance among equals (deterministic because the reports' order is).
      const min = Math.max(1, Math.min(this.options.wideMin ?? 2, this.reports))
      const keyOrder = [...this.keys].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]).map(([k]) => k)
      const wide = new CsvFile(join(this.outDir, WIDE_CSV_NAME), wideHeader(keyOrder), this.options)
      try {
        for (const line of readLines(this.wideParts.tmp)) {
          if (!line) continue
          const part = JSON.parse(line) as CsvParts['wide']
          const at = new Map(part.keys.map((k, j) => [k, WIDE_FIXED + 2 * j]))
          const row = part.cells.slice(0, WIDE_FIXED)
          for (const k of keyOrder) {
            const j = at.get(k)
            if (j === undefined) row.push(null, null)
            else row.push(part.cells[j], part.cells[j + 1])
          }
          wide.write([row])
        }
        wide.close(true)
        finished.push(wide)
      } catch (e) {
        wide.abort()
        throw e
      }
    } catch (e) {
      this.abort()
      throw e
    } finally {
      rmSync(this.wideParts.tmp, { force: true })
    }
    this.finished = finished
    return () => {
      for (const f of finished) f.commit()
      this.finished = []
    }
  }

  /** Abandons every file not yet moved into place (the previous ones, if any, stay). */
  abort(): void {
    this.done = true
    for (const { file } of this.files) file.abort()
    for (const f of this.finished) f.abort()
    this.finished = []
    this.wideParts.abort()
  }
}

/**
 * Writes reports.csv, indicators.csv, tables.csv, facts.csv, findings.csv and
 * indicators-wide.csv into `outDir` from the records `outDir/reports/<id>.json`
 * (each read once).
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
  const writer = new CsvWriter(outDir, options)
  try {
    for (const id of ids) writer.add(csvParts(load(id)))
  } catch (e) {
    writer.abort()
    throw e
  }
  writer.close()
}
