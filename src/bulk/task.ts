/**
 * bulk/task: processing one input file, the unit of work of a bulk run. The
 * same function runs inside a worker thread and in-process (one job, or
 * tests running from source). It never throws: a bug in jixiao on one file
 * becomes a failed entry with the reason, and the run goes on.
 */
import { runFile } from '../pipeline/run.js'
import type { Report } from '../model/report.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { recordPath, writeRecord } from '../store/record.js'
import { csvParts, type CsvParts } from '../store/csv.js'
import { WRITE_FAILED } from './errors.js'

export { WRITE_FAILED } from './errors.js'

export interface Task {
  path: string
  /** output folder: the record is written to outDir/reports/<id>.json; null = do not write */
  outDir: string | null
  /** per-file time limit in ms passed to the readers (0 = none) */
  timeoutMs: number
  /** send the whole record back (for `check` on inputs) */
  wantReport: boolean
  /** send the report's CSV rows back (as CSV text), for the run's CSV files */
  wantCsv?: boolean
  /** OCR of scanned pages and images (default auto) */
  ocr?: 'auto' | 'off' | 'force'
}

export type TaskResult =
  | { status: 'ok'; id: string; sha256: string; pages: number | null; report?: Report; csv?: CsvParts }
  | { status: 'failed'; reason: string; codes: string[] }

/** The reason a file failed, from its error diagnostics: each message names the file. */
export function reasonOf(path: string, diagnostics: readonly Pick<Diagnostic, 'message' | 'severity'>[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  const messages = (errors.length ? errors : diagnostics).map((d) => d.message)
  if (messages.length === 0) return `${path} could not be read`
  const text = messages.join('; ')
  return text.includes(path) ? text : `${path}: ${text}`
}

/**
 * Runs the pipeline on one file and writes its record.
 * @param task what to do
 * @param onOcrPage called as each page goes to OCR (the worker tells the pool to extend the time limit)
 */
export async function processTask(task: Task, onOcrPage?: () => void): Promise<TaskResult> {
  try {
    // The record is validated once: by writeRecord when it is written, by the pipeline otherwise.
    const result = await runFile(task.path, { timeoutMs: task.timeoutMs, ocr: task.ocr, validate: task.outDir === null, ...(onOcrPage ? { onOcrPage } : {}) })
    if (!result.ok) {
      return { status: 'failed', reason: reasonOf(task.path, result.diagnostics), codes: result.diagnostics.map((d) => d.code) }
    }
    const report = result.report
    if (task.outDir !== null) {
      try {
        writeRecord(task.outDir, report)
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        // The output folder's fault (disk full, read-only), not the document's: the run stops.
        if (code) return { status: 'failed', reason: `cannot write ${recordPath(task.outDir, report.id)} (${code})`, codes: [WRITE_FAILED] }
        throw e
      }
    }
    const out: TaskResult = { status: 'ok', id: report.id, sha256: report.source.sha256, pages: report.source.pages }
    if (task.wantReport) out.report = report
    if (task.wantCsv) out.csv = csvParts(report)
    return out
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
    return { status: 'failed', reason: `${task.path}: jixiao failed on this file (${message})`, codes: ['run/internal-error'] }
  }
}
