/**
 * bulk/plan: from the command line's paths to the work of a run. Finds the
 * input files, hashes them, keeps this shard's slice, sets duplicates aside
 * (same content as an earlier input in path order) and, on --resume, the
 * inputs whose record is already on disk and was made by this jixiao version
 * and grammar (others are redone). Unsupported files become skipped entries.
 */
import { createHash } from 'node:crypto'
import { discoverInputs } from './discover.js'
import { hashFile } from './hash.js'
import { inShard, type Shard } from './shard.js'
import { reportId } from '../pipeline/id.js'
import type { ManifestEntry } from '../store/manifest.js'

export interface PlannedInput {
  path: string
  sha256: string
}

export interface Plan {
  /** inputs to process, in path order */
  todo: PlannedInput[]
  /** entries already settled: failed before processing, or ok from an earlier run (--resume) */
  settled: ManifestEntry[]
  /** inputs with the same content as an earlier one: settled after it */
  duplicates: (PlannedInput & { of: string })[]
}

export interface PlanOptions {
  shard: Shard | null
  /** ids of the records already on disk, when resuming (empty otherwise) */
  existing: ReadonlySet<string>
  /** Ctrl-C or SIGTERM: hashing stops, the inputs not yet hashed stay pending */
  signal?: AbortSignal
  /** whether the record with this id was made by this version (default: yes) */
  current?: (id: string) => boolean
}

/** Hashes files a few at a time, keeping their order; after an abort the rest stay undefined. */
async function hashAll(files: readonly string[], signal: AbortSignal | undefined, lanes = 8) {
  const out: (Awaited<ReturnType<typeof hashFile>> | undefined)[] = new Array(files.length)
  let next = 0
  const lane = async () => {
    while (next < files.length && !signal?.aborted) {
      const i = next++
      out[i] = await hashFile(files[i]!)
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  return out
}

/**
 * Plans a run.
 * @param paths files and folders from the command line
 * @param options shard and resume
 */
export async function planRun(paths: readonly string[], options: PlanOptions): Promise<Plan> {
  const { files, problems, skipped } = discoverInputs(paths)
  const plan: Plan = { todo: [], settled: [], duplicates: [] }
  // A path that gave nothing has no content to hash: its shard follows the path's own hash.
  const pathShard = (p: string) => !options.shard || inShard(createHash('sha256').update(p).digest('hex'), options.shard)
  for (const p of problems) {
    if (pathShard(p.path)) plan.settled.push({ path: p.path, status: 'failed', sha256: null, id: null, reason: p.reason, codes: [p.code] })
  }
  for (const s of skipped) {
    if (pathShard(s.path)) plan.settled.push({ path: s.path, status: 'skipped', sha256: null, id: null, reason: s.reason })
  }
  const hashes = await hashAll(files, options.signal)
  const firstBySha = new Map<string, string>()
  files.forEach((path, i) => {
    const h = hashes[i]
    if (h === undefined) {
      // interrupted while planning: not hashed, not processed
      plan.settled.push({ path, status: 'pending', sha256: null, id: null })
      return
    }
    if ('error' in h) {
      if (pathShard(path)) plan.settled.push({ path, status: 'failed', sha256: null, id: null, reason: h.error, codes: ['read/not-found'] })
      return
    }
    if (options.shard && !inShard(h.sha256, options.shard)) return
    const first = firstBySha.get(h.sha256)
    if (first !== undefined) {
      plan.duplicates.push({ path, sha256: h.sha256, of: first })
      return
    }
    firstBySha.set(h.sha256, path)
    const id = reportId(h.sha256)
    if (options.existing.has(id) && (options.current?.(id) ?? true)) plan.settled.push({ path, status: 'ok', sha256: h.sha256, id })
    else plan.todo.push({ path, sha256: h.sha256 })
  })
  return plan
}
