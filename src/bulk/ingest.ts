/**
 * bulk/ingest: a whole `extract` run. Plans the inputs, runs them through the
 * worker pool in path order; each worker writes its record and sends back the
 * report's CSV rows, which go into the CSV files (in path order) as they
 * arrive. Records kept from an earlier run (--resume) are read for their rows
 * when their turn comes, so a resumed run still gets complete CSVs. --resume
 * keeps only records of this jixiao version and grammar (a damaged record is
 * redone). A finished run removes the records in the folder that it does not
 * account for (left by an earlier run on other inputs), so the folder holds
 * exactly this run's records. The manifest is written last, after the CSVs
 * (all finished under temporary names, then moved into place). An
 * abort signal (Ctrl-C) stops new files from starting; files in flight finish
 * and everything is still written. The output folder is locked for the run; a
 * failed write (disk full, read-only) stops the run with the reason and keeps
 * the previous manifest and CSVs.
 */
import { mkdirSync } from 'node:fs'
import { createRunner } from './pool.js'
import { planRun, type PlannedInput } from './plan.js'
import { createProgress } from './progress.js'
import { estimatePages } from './pages.js'
import { formatShard, type Shard } from './shard.js'
// types only: a threaded run's main thread does not load the pipeline
import type { TaskResult } from './task.js'
import { acquireLock } from './lock.js'
import { listReadableRecordIds, readProducer, recordPath, removeOrphans, removeStaleTemps } from '../store/record.js'
import { CsvWriteError } from '../store/csv-file.js'
import { buildManifest, byPath, knownIds, prepareManifest, type Manifest, type ManifestEntry } from '../store/manifest.js'
import { sameProducer } from '../version.js'
import { OrderedCsv, type CsvSlot } from './csv-order.js'
import { reportId } from '../pipeline/id.js'
import { BulkError, WRITE_FAILED } from './errors.js'
import { statsWanted, threadCpuMs } from './thread-cpu.js'
import { performance } from 'node:perf_hooks'

export interface IngestOptions {
  paths: string[]
  outDir: string
  jobs: number
  resume: boolean
  bom: boolean
  /** indicators-wide.csv: keys shared by at least this many reports (default 2) */
  wideMin?: number
  shard: Shard | null
  /** per-file time limit, ms (0 = none) */
  timeoutMs: number
  /** OCR of scanned pages and images (default auto) */
  ocr?: 'auto' | 'off' | 'force'
  /** run in-process even when worker threads are available */
  inProcess?: boolean
  /** aborting stops new files from starting */
  signal?: AbortSignal
  /** where progress and problems go (default process.stderr) */
  stderr?: NodeJS.WriteStream
}

export interface IngestResult {
  manifest: Manifest
  /** 0 all ok, 1 some input failed, 130 interrupted */
  exitCode: number
  /** pages of the files processed in this run (for rates) */
  pages: number
  seconds: number
  /** CPU ms per thread and per phase of the main thread (with JIXIAO_STATS set; see bulk/thread-cpu) */
  threads?: ThreadStats
}

/** Where a run's CPU went, per thread (ms). */
export interface ThreadStats {
  /** main thread: planning (listing, hashing every input), page estimates, the run (results, CSV rows), finishing (wide CSV, manifest) */
  main: { plan: number; pages: number; run: number; finish: number; total: number }
  /** share of the run phase the main thread's event loop was busy (0–1) */
  mainBusy: number
  /** each worker, start-up included */
  workers: number[]
  /** each worker's CPU at the end of loading its modules */
  workerStart: number[]
}

function entryOf(input: PlannedInput, result: TaskResult): ManifestEntry {
  if (result.status === 'ok') return { path: input.path, status: 'ok', sha256: input.sha256, id: result.id }
  return { path: input.path, status: 'failed', sha256: input.sha256, id: null, reason: result.reason, codes: result.codes }
}

/** A failed write of the manifest or a CSV as a user error (the previous files stay); anything else as is. */
function writeError(e: unknown, outDir: string, manifest: boolean): unknown {
  if (e instanceof CsvWriteError) return new BulkError(`${e.message}: the previous manifest and CSVs in ${outDir} are kept`)
  const code = (e as NodeJS.ErrnoException).code
  if (manifest && code) return new BulkError(`cannot write the manifest in ${outDir} (${code}): the previous manifest and CSVs are kept`)
  return e
}

/**
 * Runs `extract` over the paths.
 * @param options what to read, where to write, how
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = Date.now()
  const stderr = options.stderr ?? process.stderr
  try {
    mkdirSync(options.outDir, { recursive: true })
  } catch (e) {
    throw new BulkError(`${options.outDir} cannot be used as the output folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  const release = acquireLock(options.outDir)
  try {
    return await locked(options, stderr, started)
  } finally {
    release()
  }
}

async function locked(options: IngestOptions, stderr: NodeJS.WriteStream, started: number): Promise<IngestResult> {
  const stats = statsWanted()
  const cpu0 = stats ? (threadCpuMs() ?? 0) : 0
  removeStaleTemps(options.outDir)
  const damaged = (path: string, reason: string) => stderr.write(`jixiao: ${path} is damaged (${reason}); its input is read again\n`)
  const existing = options.resume ? listReadableRecordIds(options.outDir, damaged) : new Set<string>()
  const current = (id: string) => sameProducer(readProducer(recordPath(options.outDir, id)))
  const plan = await planRun(options.paths, { shard: options.shard, existing, current, signal: options.signal })
  for (const e of plan.settled) if (e.status === 'failed') stderr.write(`jixiao: ${e.reason}\n`)

  const entries = new Map<string, ManifestEntry>(plan.settled.map((e) => [e.path, e]))
  // Nothing to do (all resumed or failed early): no worker is started.
  const runner = createRunner({
    jobs: Math.max(1, Math.min(options.jobs, plan.todo.length)),
    timeoutMs: options.timeoutMs,
    inProcess: (options.inProcess ?? false) || plan.todo.length === 0,
  })
  // The CSVs' order is the manifest's (path order): inputs are run in that order, so results come nearly in it.
  const rows = [
    ...plan.todo.map((input) => ({ path: input.path, input })),
    ...plan.settled.filter((e) => e.status === 'ok' && e.id !== null).map((e) => ({ path: e.path, id: e.id! })),
  ].sort(byPath)
  const slots: CsvSlot[] = rows.map((r) => ('input' in r ? { kind: 'todo' } : { kind: 'resumed', id: r.id }))
  const todo = rows.flatMap((r, slot) => ('input' in r ? [{ input: r.input, slot }] : []))
  const csv = new OrderedCsv(options.outDir, slots, { bom: options.bom, wideMin: options.wideMin ?? 2 })
  const cpuPlanned = stats ? (threadCpuMs() ?? 0) : 0
  // each input weighs its pages in the progress (read a few files at a time)
  const weights = new Array<number>(todo.length).fill(1)
  let w = 0
  await Promise.all(Array.from({ length: Math.min(8, todo.length) }, async () => {
    while (w < todo.length && !options.signal?.aborted) {
      const k = w++
      weights[k] = await estimatePages(todo[k]!.input.path)
    }
  }))
  const progress = createProgress({ total: todo.length, pages: weights.reduce((a, b) => a + b, 0), stream: stderr })
  const cpuEstimated = stats ? (threadCpuMs() ?? 0) : 0
  const elu0 = stats ? performance.eventLoopUtilization() : null
  let pages = 0
  let next = 0
  let writeFailure: string | null = null
  const lane = async () => {
    while (next < todo.length && !options.signal?.aborted && writeFailure === null) {
      const k = next++
      const { input, slot } = todo[k]!
      const result = await runner.run({ path: input.path, outDir: options.outDir, timeoutMs: options.timeoutMs, wantReport: false, wantCsv: true, ocr: options.ocr })
      if (result.status === 'failed' && result.codes.includes(WRITE_FAILED)) {
        writeFailure ??= result.reason
        continue
      }
      const entry = entryOf(input, result)
      entries.set(input.path, entry)
      if (result.status === 'ok') pages += result.pages ?? 0
      else progress.log(`jixiao: ${result.reason}`)
      csv.settle(slot, result.status === 'ok' ? (result.csv ?? null) : null)
      progress.tick(weights[k])
    }
  }
  try {
    await Promise.all(Array.from({ length: runner.size }, lane))
  } catch (e) {
    csv.abort()
    throw writeError(e, options.outDir, false)
  } finally {
    progress.stop()
    await runner.close()
  }
  const cpuRan = stats ? (threadCpuMs() ?? 0) : 0
  const busy = elu0 ? performance.eventLoopUtilization(elu0).utilization : 0
  const workers = runner.workerCpuMs()
  const workerStart = runner.workerStartCpuMs()

  if (writeFailure !== null) {
    csv.abort()
    throw new BulkError(`${writeFailure}: the run stopped; the previous manifest and CSVs in ${options.outDir} are kept`)
  }
  const interrupted = plan.todo.some((i) => !entries.has(i.path)) || plan.settled.some((e) => e.status === 'pending')
  for (const i of plan.todo) {
    if (!entries.has(i.path)) entries.set(i.path, { path: i.path, status: 'pending', sha256: i.sha256, id: null })
  }
  for (const d of plan.duplicates) {
    const first = entries.get(d.of)!
    if (first.status === 'failed') {
      entries.set(d.path, { path: d.path, status: 'failed', sha256: d.sha256, id: null, reason: `${d.path}: same content as ${d.of}, which failed: ${first.reason}`, codes: first.codes ?? [] })
      stderr.write(`jixiao: ${d.path}: same content as ${d.of}, which failed\n`)
    } else if (first.status === 'pending') {
      entries.set(d.path, { path: d.path, status: 'pending', sha256: d.sha256, id: null })
    } else {
      entries.set(d.path, { path: d.path, status: 'duplicate', sha256: d.sha256, id: reportId(d.sha256), duplicateOf: d.of })
    }
  }

  const shard = options.shard ? formatShard(options.shard) : null
  const manifest = buildManifest([...entries.values()], shard, interrupted, true)
  // Data first, the manifest last: every file is finished under a temporary name, then all are moved into
  // place (renames need no space), so a full disk or a failed write leaves the previous manifest and CSVs.
  let pendingManifest: { commit: () => void; abort: () => void } | null = null
  try {
    const commitCsvs = csv.prepare()
    pendingManifest = prepareManifest(options.outDir, manifest)
    commitCsvs()
    pendingManifest.commit()
  } catch (e) {
    csv.abort()
    pendingManifest?.abort()
    throw writeError(e, options.outDir, true)
  }
  // Records of inputs this run does not account for go once the manifest no longer lists them;
  // an interrupted run keeps every record: the next --resume may use them.
  if (!interrupted) removeOrphans(options.outDir, knownIds(manifest))
  const exitCode = interrupted ? 130 : manifest.counts.failed > 0 || manifest.counts.inputs === 0 ? 1 : 0
  const result: IngestResult = { manifest, exitCode, pages, seconds: (Date.now() - started) / 1000 }
  if (stats) {
    const end = threadCpuMs() ?? 0
    const main = { plan: cpuPlanned - cpu0, pages: cpuEstimated - cpuPlanned, run: cpuRan - cpuEstimated, finish: end - cpuRan, total: end }
    result.threads = { main, mainBusy: busy, workers, workerStart }
  }
  return result
}
