/**
 * `jixiao export OUT [--xlsx FILE] [--parquet DIR] [--jsonl FILE]`: turns an
 * extract output folder into files that people and tools take away: one
 * workbook with Chinese headers and typed cells, one Parquet file per table,
 * and the records as JSON Lines. Reads the records the manifest lists as ok;
 * a folder whose run is not complete is refused (rerun extract first).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parse, UsageError, UserError } from './args.js'
import { okIds, readManifest } from '../store/manifest.js'
import { readRecord, recordPath } from '../store/record.js'
import type { Report } from '../model/report.js'
import { buildTables } from './export/tables.js'
import { writeXlsx } from './export/xlsx.js'
import { writeParquet } from './export/parquet.js'

/** `jixiao export --help`. */
export const EXPORT_HELP = `Usage: jixiao export OUT [options]

Exports the output folder OUT of 'jixiao extract' (at least one option):
      --xlsx FILE     a workbook: sheets 报告, 指标, 表格, 事实, 发现 with Chinese
                      headers and typed cells (ids as text, % as percentages),
                      and 字段说明 describing every column
      --parquet DIR   DIR/reports.parquet, indicators.parquet, tables.parquet,
                      facts.parquet, findings.parquet (typed columns, CSV names)
      --jsonl FILE    every record (reports/<id>.json), one JSON object a line
  -h, --help          this help
`

/** The records of a complete output folder, in manifest order. */
function recordsOf(out: string): Report[] {
  let manifest
  try {
    manifest = readManifest(out)
  } catch (e) {
    throw new UserError((e as Error).message)
  }
  if (manifest.complete === false) throw new UserError(`${out} is from a run that did not finish writing; rerun jixiao extract (with --resume) first`)
  return okIds(manifest).map((id) => {
    try {
      return readRecord(recordPath(out, id))
    } catch (e) {
      throw new UserError(`${out}: ${(e as Error).message.split('\n')[0]}`)
    }
  })
}

/** Runs an export step; a file that cannot be written is one line, not a stack. */
async function step(what: string, target: string, write: () => unknown): Promise<void> {
  try {
    await write()
  } catch (e) {
    throw new UserError(`export: ${what} ${target} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
}

/**
 * Runs the export command.
 * @param argv arguments after `export`
 * @returns the exit code
 */
export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parse('export', argv, {
    xlsx: { type: 'string' },
    parquet: { type: 'string' },
    jsonl: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(EXPORT_HELP)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('export: give exactly one output folder of jixiao extract (jixiao export --help)')
  if (!values.xlsx && !values.parquet && !values.jsonl) throw new UsageError('export: give at least one of --xlsx FILE, --parquet DIR, --jsonl FILE')
  const out = positionals[0]!
  const records = recordsOf(out)
  const tables = values.xlsx || values.parquet ? buildTables(records) : []
  const done: string[] = []
  if (values.xlsx) {
    await step('the workbook', values.xlsx, () => writeXlsx(values.xlsx!, tables))
    done.push(values.xlsx)
  }
  if (values.parquet) {
    const dir = values.parquet
    await step('the Parquet folder', dir, () => {
      mkdirSync(dir, { recursive: true })
      writeParquet(dir, tables)
    })
    done.push(`${dir}/*.parquet`)
  }
  if (values.jsonl) {
    await step('the JSON Lines file', values.jsonl, () => writeFileSync(values.jsonl!, records.map((r) => JSON.stringify(r) + '\n').join('')))
    done.push(values.jsonl)
  }
  process.stderr.write(`jixiao: exported ${records.length} report(s) from ${out} → ${done.join(', ')}\n`)
  return 0
}
