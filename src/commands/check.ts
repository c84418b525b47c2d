/**
 * `jixiao check PATH... [--fail-on error|warning] [--json]`: the consistency
 * findings of reports, read either from an output folder (its records) or by
 * running the pipeline on input files. One line per finding and per error
 * diagnostic, sorted by path; exit 1 when any reaches --fail-on.
 */
import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { intOption, parse, timeoutOption, UsageError, UserError } from './args.js'
import { formatDiagnostic, reaches } from './format.js'
import type { Diagnostic, Severity } from '../diagnostics/types.js'
import type { Report } from '../model/report.js'
import { byPath, manifestPath, readManifest } from '../stages/write/manifest.js'
import { listRecordIds, readRecord, recordPath, reportsDir } from '../stages/write/record.js'
import { planRun } from '../bulk/plan.js'
import { createRunner } from '../bulk/pool.js'

/** `jixiao check --help`. */
export const CHECK_HELP = `Usage: jixiao check PATH... [options]

Prints the consistency findings (and error diagnostics) of reports, one line
each: path p<page>:<line> severity code message. PATH is an output folder of
'jixiao extract' (its records are read) or report files and folders (read now).

Options:
      --fail-on LEVEL  exit 1 when a finding reaches LEVEL: error (default) or warning
      --json           print JSON instead of lines
  -j, --jobs N         worker threads when reading inputs (default: number of cores)
      --timeout SEC    per-file time limit when reading inputs (default 120, 0 = none)
  -h, --help           this help

Exit codes: 0 nothing at --fail-on, 1 findings at --fail-on or unreadable input, 2 usage error.
`

/** What check reports about one input. */
export interface CheckItem {
  path: string
  id: string | null
  status: 'ok' | 'failed'
  reason?: string
  /** failed: the code of the first reason (read/empty, read/timeout, …) */
  code?: string
  findings: Diagnostic[]
  /** parse diagnostics of severity error */
  errors: Diagnostic[]
}

function fromReport(r: Report): CheckItem {
  return { path: r.source.path, id: r.id, status: 'ok', findings: r.findings, errors: r.diagnostics.filter((d) => d.severity === 'error') }
}

/** An input that could not be read: its reason and the code of the first (run/failed when none is known). */
function failedItem(path: string, reason: string | undefined, code: string | undefined): CheckItem {
  return { path, id: null, status: 'failed', reason: reason ?? 'failed', code: code ?? 'run/failed', findings: [], errors: [] }
}

/** True when a folder is an output folder of `jixiao extract`. */
export function isOutputFolder(path: string): boolean {
  const reports = reportsDir(path)
  return existsSync(manifestPath(path)) || (existsSync(reports) && statSync(reports).isDirectory() && statSync(path).isDirectory())
}

/** Items of an output folder: its manifest's inputs (or every record when there is no manifest). */
function fromOutputFolder(dir: string): CheckItem[] {
  if (!existsSync(manifestPath(dir))) return [...listRecordIds(dir)].sort().map((id) => fromReport(readRecord(recordPath(dir, id))))
  const items: CheckItem[] = []
  for (const e of readManifest(dir).inputs) {
    if (e.status === 'ok' && e.id) items.push(fromReport(readRecord(recordPath(dir, e.id))))
    else if (e.status === 'failed') items.push(failedItem(e.path, e.reason, e.codes?.[0]))
  }
  return items
}

/** Items of input files and folders: the pipeline runs on each (records are not written). */
async function fromInputs(paths: string[], jobs: number, timeoutMs: number): Promise<CheckItem[]> {
  const plan = await planRun(paths, { shard: null, existing: new Set() })
  const items: CheckItem[] = plan.settled.map((e) => failedItem(e.path, e.reason, e.codes?.[0]))
  const runner = createRunner({ jobs: Math.max(1, Math.min(jobs, plan.todo.length)), timeoutMs })
  let next = 0
  const lane = async () => {
    while (next < plan.todo.length) {
      const input = plan.todo[next++]!
      const r = await runner.run({ path: input.path, outDir: null, timeoutMs, wantReport: true })
      if (r.status === 'ok' && r.report) items.push({ ...fromReport(r.report), path: input.path })
      else if (r.status === 'failed') items.push(failedItem(input.path, r.reason, r.codes[0]))
    }
  }
  try {
    await Promise.all(Array.from({ length: runner.size }, lane))
  } finally {
    await runner.close()
  }
  return items
}

/**
 * Runs the check command.
 * @param argv arguments after `check`
 * @returns the exit code
 */
export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    'fail-on': { type: 'string' },
    json: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(CHECK_HELP)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('check: give at least one file, folder or output folder (jixiao check --help)')
  const failOn = values['fail-on'] ?? 'error'
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`check: --fail-on must be error or warning, got '${failOn}'`)
  const jobs = intOption('check', 'jobs', values.jobs, availableParallelism())
  const timeoutMs = Math.round(timeoutOption('check', values.timeout) * 1000)

  const outputs = positionals.filter(isOutputFolder)
  const inputs = positionals.filter((p) => !isOutputFolder(p))
  let items: CheckItem[]
  try {
    items = outputs.flatMap(fromOutputFolder)
  } catch (e) {
    throw new UserError((e as Error).message.split('\n')[0]!)
  }
  if (inputs.length) items.push(...(await fromInputs(inputs, jobs, timeoutMs)))
  items.sort(byPath)

  const threshold: Severity = failOn
  const failed = items.some((i) => i.status === 'failed' || [...i.findings, ...i.errors].some((d) => reaches(d.severity, threshold)))
  if (values.json) {
    process.stdout.write(JSON.stringify({ failOn, failed, reports: items }, null, 2) + '\n')
  } else {
    for (const i of items) {
      if (i.status === 'failed') process.stdout.write(`${i.path} error ${i.code} ${i.reason}\n`)
      for (const d of [...i.errors, ...i.findings]) process.stdout.write(formatDiagnostic(i.path, d) + '\n')
    }
  }
  return failed ? 1 : 0
}
