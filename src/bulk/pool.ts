/**
 * bulk/pool: a small pool of worker threads (node:worker_threads), one task
 * per worker at a time. A task that overruns the per-file time limit has its
 * worker terminated and replaced, and comes back as failed (read/timeout); a
 * worker that dies comes back as failed (run/internal-error). Either way the
 * run goes on. Hand-rolled (about a hundred lines) rather than a library
 * because of exactly this terminate-and-replace behaviour.
 *
 * Workers load compiled JS (worker.js beside this module: dist/worker.js in
 * the bundle, dist/bulk/worker.js in tsc's output). When jixiao runs from its
 * TypeScript source (tests), tasks run in-process instead.
 */
import { Worker } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import type { Task, TaskResult } from './task.js'
import { loadedGrammarFiles } from '../grammar/load.js'
import type { GrammarFile } from '../grammar/schema.js'

export interface Runner {
  /** number of tasks that can run at once */
  readonly size: number
  /** whether tasks run in worker threads */
  readonly threaded: boolean
  run(task: Task): Promise<TaskResult>
  /** stops every worker (tasks in flight are abandoned) */
  close(): Promise<void>
  /**
   * CPU ms of each worker so far (replaced workers added to their slot's),
   * as last reported with a result; with JIXIAO_STATS set only, else empty.
   */
  workerCpuMs(): number[]
  /** CPU ms each worker had used when its modules were loaded (its start-up), JIXIAO_STATS only */
  workerStartCpuMs(): number[]
}

export interface RunnerOptions {
  jobs: number
  /** hard per-file time limit, ms (0 = none) */
  timeoutMs: number
  /** force in-process execution */
  inProcess?: boolean
  /** worker script (tests); default: the compiled bulk/worker.js */
  workerUrl?: URL
}

const WORKER_URL = new URL('./worker.js', import.meta.url)

/** What a worker is started with. */
export interface WorkerData {
  /** the grammar files as this thread loaded and checked them, or null (the worker reads grammars/ itself) */
  grammarFiles: readonly GrammarFile[] | null
}

/**
 * Heap limits of a worker. A pathological file makes its worker fail
 * (ERR_WORKER_OUT_OF_MEMORY → the file is failed) instead of the whole process.
 * The limits also set how far V8 lets the heap grow between collections: from
 * a 2 GB old generation up it grows the heap up to 4× the live data, below
 * that less (≈1.6× at 1 GB), so over thousands of reports a worker's footprint
 * crept up with the 2 GB limit (peak RSS +35 % from 200 to 2,000 reports) and
 * stays flat with these. A report's live heap is a few tens of MB.
 */
const WORKER_HEAP_MB = 1024
/** Young generation of a worker: each report's garbage is short-lived; a small nursery keeps the footprint low. */
const WORKER_YOUNG_MB = 16

/** True when the compiled worker can be started (jixiao runs from dist/). */
export function workersAvailable(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js')
}

/** A runner: threads when available and wanted, else in-process. */
export function createRunner(options: RunnerOptions): Runner {
  if (options.workerUrl) return new WorkerPool(options.jobs, options.timeoutMs, options.workerUrl)
  if (options.inProcess || !workersAvailable()) return inProcessRunner()
  return new WorkerPool(options.jobs, options.timeoutMs, WORKER_URL)
}

/** Tasks in this thread; the pipeline is loaded on the first task (a threaded run never loads it here). */
function inProcessRunner(): Runner {
  return {
    size: 1,
    threaded: false,
    run: async (task) => (await import('./task.js')).processTask(task),
    close: async () => {},
    workerCpuMs: () => [],
    workerStartCpuMs: () => [],
  }
}

interface Job {
  task: Task
  resolve(result: TaskResult): void
  /** the job already ran once on a worker that died */
  retried?: boolean
}

interface Slot {
  worker: Worker
  job: Job | null
  seq: number
  timer: NodeJS.Timeout | null
  /** when the running job's time is up (ms since the epoch) */
  deadline: number
  /** time the job was given beyond the limit (pages read by OCR), ms */
  extended: number
  /** CPU ms of this slot's workers (JIXIAO_STATS): the current one's last report plus the replaced ones' */
  cpuMs: number
  /** CPU ms of the replaced workers of this slot */
  retiredCpuMs: number
  /** CPU ms the slot's first worker used to load its modules */
  startCpuMs: number | null
}

class WorkerPool implements Runner {
  readonly threaded = true
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private closed = false

  constructor(
    readonly size: number,
    private readonly timeoutMs: number,
    private readonly workerUrl: URL,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  workerCpuMs(): number[] {
    return this.slots.map((s) => s.cpuMs)
  }

  workerStartCpuMs(): number[] {
    return this.slots.flatMap((s) => (s.startCpuMs === null ? [] : [s.startCpuMs]))
  }

  private spawn(): Slot {
    // the grammar files the main thread read and checked: the worker neither reads nor validates them again
    const workerData: WorkerData = { grammarFiles: loadedGrammarFiles() }
    const worker = new Worker(this.workerUrl, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } })
    const slot: Slot = { worker, job: null, seq: 0, timer: null, deadline: Infinity, extended: 0, cpuMs: 0, retiredCpuMs: 0, startCpuMs: null }
    slot.worker.on('message', (m: { seq: number; result?: TaskResult; extendMs?: number; cpuMs?: number | null }) => {
      if (typeof m.cpuMs === 'number') {
        slot.cpuMs = slot.retiredCpuMs + m.cpuMs
        if (m.seq === 0) slot.startCpuMs ??= m.cpuMs
      }
      if (m.seq !== slot.seq) return
      if (m.result) this.finish(slot, m.result)
      else if (m.extendMs) this.extend(slot, m.extendMs)
    })
    slot.worker.on('error', (e) => this.fail(slot, 'run/internal-error', `jixiao's worker failed on this file (${e.message.split('\n')[0]})`))
    slot.worker.on('exit', () => this.fail(slot, 'run/internal-error', 'jixiao\'s worker stopped while reading this file'))
    return slot
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || this.queue.length === 0) return
      if (slot.job) continue
      const job = this.queue.shift()!
      slot.job = job
      slot.seq++
      slot.extended = 0
      if (this.timeoutMs > 0) {
        slot.deadline = Date.now() + this.timeoutMs
        slot.timer = setTimeout(() => this.timeout(slot), this.timeoutMs)
      }
      slot.worker.postMessage({ seq: slot.seq, task: job.task })
    }
  }

  private finish(slot: Slot, result: TaskResult): void {
    const job = slot.job
    if (!job) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.job = null
    job.resolve(result)
    this.dispatch()
  }

  /** Terminates a slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot)
    if (i === -1) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => {})
    void slot.worker.terminate()
    const fresh = this.spawn()
    fresh.retiredCpuMs = fresh.cpuMs = slot.cpuMs
    fresh.startCpuMs = slot.startCpuMs
    this.slots[i] = fresh
  }

  /** Replaces a slot's worker and fails its job. */
  private fail(slot: Slot, code: string, message: string): void {
    const job = slot.job
    if (this.closed || !this.slots.includes(slot)) return
    slot.job = null
    this.replace(slot)
    if (job && code === 'run/internal-error' && !job.retried) {
      // A worker can die of an earlier file's late fault: the file runs once more on a fresh
      // worker, and only a second death is charged to it.
      job.retried = true
      this.queue.unshift(job)
    } else if (job) {
      job.resolve({ status: 'failed', reason: `${job.task.path}: ${message}`, codes: [code] })
    }
    this.dispatch()
  }

  /** Gives the running job `ms` more (a page read by OCR). */
  private extend(slot: Slot, ms: number): void {
    if (!slot.job || !slot.timer) return
    clearTimeout(slot.timer)
    slot.deadline += ms
    slot.extended += ms
    slot.timer = setTimeout(() => this.timeout(slot), Math.max(0, slot.deadline - Date.now()))
  }

  private timeout(slot: Slot): void {
    const seconds = Math.round(this.timeoutMs / 100) / 10
    const ocr = slot.extended > 0 ? ` + ${Math.round(slot.extended / 1000)} s for pages read by OCR` : ''
    this.fail(slot, 'read/timeout', `took longer than the per-file time limit (${seconds} s${ocr}); stopped`)
  }
}
