/**
 * The reports a command works on: read from output folders of `jixiao
 * extract` (their manifest's inputs, failed ones with their reason) or made
 * now by running the pipeline on input files and folders (records are not
 * written). Shared by `check` and `review`.
 */
import { existsSync, statSync } from 'node:fs'
import type { Report } from '../model/report.js'
import { manifestPath, readManifest } from '../store/manifest.js'
import { listRecordIds, readRecord, recordPath, reportsDir } from '../store/record.js'
import { planRun } from '../bulk/plan.js'
import { createRunner } from '../bulk/pool.js'
import { UserError } from './args.js'

/** One input: its report, or why there is none. */
export interface Collected {
  path: string
  report: Report | null
  /** failed: the reason and the code of the first (read/empty, read/timeout, …; run/failed when none is known) */
  reason?: string
  code?: string
}

/** True when a folder is an output folder of `jixiao extract`. */
export function isOutputFolder(path: string): boolean {
  const reports = reportsDir(path)
  return existsSync(manifestPath(path)) || (existsSync(reports) && statSync(reports).isDirectory() && statSync(path).isDirectory())
}

function failed(path: string, reason: string | undefined, code: string | undefined): Collected {
  return { path, report: null, reason: reason ?? 'failed', code: code ?? 'run/failed' }
}

/** Inputs of an output folder: its manifest's inputs (or every record when there is no manifest). */
function fromOutputFolder(dir: string): Collected[] {
  const ok = (r: Report): Collected => ({ path: r.source.path, report: r })
  if (!existsSync(manifestPath(dir))) return [...listRecordIds(dir)].sort().map((id) => ok(readRecord(recordPath(dir, id))))
  const out: Collected[] = []
  for (const e of readManifest(dir).inputs) {
    if (e.status === 'ok' && e.id) out.push(ok(readRecord(recordPath(dir, e.id))))
    else if (e.status === 'failed') out.push(failed(e.path, e.reason, e.codes?.[0]))
  }
  return out
}

/** Inputs of files and folders: the pipeline runs on each. */
async function fromInputs(paths: string[], jobs: number, timeoutMs: number): Promise<Collected[]> {
  const plan = await planRun(paths, { shard: null, existing: new Set() })
  const out: Collected[] = plan.settled.filter((e) => e.status !== 'skipped').map((e) => failed(e.path, e.reason, e.codes?.[0]))
  const runner = createRunner({ jobs: Math.max(1, Math.min(jobs, plan.todo.length)), timeoutMs })
  let next = 0
  const lane = async () => {
    while (next < plan.todo.length) {
      const input = plan.todo[next++]!
      const r = await runner.run({ path: input.path, outDir: null, timeoutMs, wantReport: true })
      if (r.status === 'ok' && r.report) out.push({ path: input.path, report: r.report })
      else if (r.status === 'failed') out.push(failed(input.path, r.reason, r.codes[0]))
    }
  }
  try {
    await Promise.all(Array.from({ length: runner.size }, lane))
  } finally {
    await runner.close()
  }
  return out
}

/**
 * Every input of `paths` (output folders and input files, in that order; not sorted).
 * An unreadable output folder is a UserError.
 */
export async function collect(paths: string[], jobs: number, timeoutMs: number): Promise<Collected[]> {
  const outputs = paths.filter(isOutputFolder)
  const inputs = paths.filter((p) => !isOutputFolder(p))
  let items: Collected[]
  try {
    items = outputs.flatMap(fromOutputFolder)
  } catch (e) {
    throw new UserError((e as Error).message.split('\n')[0]!)
  }
  if (inputs.length) items.push(...(await fromInputs(inputs, jobs, timeoutMs)))
  return items
}
