/**
 * bulk/shard-env: `--shard auto` takes this run's shard from the array job
 * it runs in, so one job script covers every task of the array:
 *
 *   Slurm job array     SLURM_ARRAY_TASK_ID, with SLURM_ARRAY_TASK_MIN and
 *                       SLURM_ARRAY_TASK_MAX or SLURM_ARRAY_TASK_COUNT (and
 *                       SLURM_ARRAY_TASK_STEP); ids need not start at 0
 *   Kubernetes          JOB_COMPLETION_INDEX (Indexed Job, 0-based), with
 *                       --shards N (the Job's completions)
 *   AWS Batch           AWS_BATCH_JOB_ARRAY_INDEX (array job, 0-based), with
 *                       --shards N (the array size)
 *
 * The index becomes shard K of N (1-based) of `--shard K/N`. A missing or
 * inconsistent variable is a usage error that says what to set.
 */
import { BulkOptionError } from './errors.js'
import type { Shard } from './shard.js'

/** A shard and where it came from (for the run's first line). */
export interface EnvShard extends Shard {
  /** `the Slurm job array (SLURM_ARRAY_TASK_ID=5 of 4–7)` */
  from: string
}

const E = 'extract: --shard auto'

function whole(env: NodeJS.ProcessEnv, name: string): number | null {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return null
  if (!/^\d+$/.test(raw.trim())) throw new BulkOptionError(`${E}: ${name} must be a whole number, got '${raw}'`)
  return Number(raw)
}

function slurm(env: NodeJS.ProcessEnv, shards: number | null): EnvShard {
  const id = whole(env, 'SLURM_ARRAY_TASK_ID')!
  const min = whole(env, 'SLURM_ARRAY_TASK_MIN')
  const max = whole(env, 'SLURM_ARRAY_TASK_MAX')
  const count = whole(env, 'SLURM_ARRAY_TASK_COUNT')
  const step = whole(env, 'SLURM_ARRAY_TASK_STEP') ?? 1
  if (min === null) throw new BulkOptionError(`${E}: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_MIN is not (Slurm sets both in an array job: sbatch --array=0-3)`)
  if (step < 1) throw new BulkOptionError(`${E}: SLURM_ARRAY_TASK_STEP must be at least 1, got ${step}`)
  const span = max !== null ? Math.floor((max - min) / step) + 1 : null
  const n = shards ?? count ?? span
  if (n === null) throw new BulkOptionError(`${E}: the size of the Slurm array is unknown: SLURM_ARRAY_TASK_MAX and SLURM_ARRAY_TASK_COUNT are both unset (or give --shards N)`)
  if (count !== null && span !== null && count !== span) {
    throw new BulkOptionError(`${E}: the Slurm array is not a range (${count} tasks between ${min} and ${max}): use --array=MIN-MAX[:STEP], or --shard K/N per task`)
  }
  if (id < min || (id - min) % step !== 0) throw new BulkOptionError(`${E}: SLURM_ARRAY_TASK_ID=${id} is not in the array that starts at ${min} with step ${step}`)
  const k = (id - min) / step + 1
  if (k > n) throw new BulkOptionError(`${E}: SLURM_ARRAY_TASK_ID=${id} is task ${k} of an array of ${n}`)
  return { k, n, from: `the Slurm job array (SLURM_ARRAY_TASK_ID=${id}, tasks ${min}–${max ?? min + (n - 1) * step})` }
}

function indexed(env: NodeJS.ProcessEnv, name: string, what: string, sizeHint: string, shards: number | null): EnvShard {
  const index = whole(env, name)!
  if (shards === null) throw new BulkOptionError(`${E}: ${name} is set (${what}) but not the number of shards: give --shards N (${sizeHint})`)
  if (index >= shards) throw new BulkOptionError(`${E}: ${name}=${index} but --shards is ${shards} (indexes run from 0 to ${shards - 1})`)
  return { k: index + 1, n: shards, from: `the ${what} (${name}=${index} of ${shards})` }
}

/**
 * The shard of this run from the array job's environment.
 * @param env the environment (process.env)
 * @param shards --shards N, or null when not given
 */
export function shardFromEnv(env: NodeJS.ProcessEnv, shards: number | null): EnvShard {
  if (whole(env, 'SLURM_ARRAY_TASK_ID') !== null) return slurm(env, shards)
  if (whole(env, 'JOB_COMPLETION_INDEX') !== null) return indexed(env, 'JOB_COMPLETION_INDEX', 'Kubernetes Indexed Job', "the Job's spec.completions", shards)
  if (whole(env, 'AWS_BATCH_JOB_ARRAY_INDEX') !== null) return indexed(env, 'AWS_BATCH_JOB_ARRAY_INDEX', 'AWS Batch array job', 'the array size', shards)
  const hint = env.SLURM_JOB_ID ? ` (this Slurm job ${env.SLURM_JOB_ID} is not an array job: sbatch --array=0-3)` : ''
  throw new BulkOptionError(
    `${E} found no array job${hint}: it reads SLURM_ARRAY_TASK_ID (Slurm, sbatch --array), JOB_COMPLETION_INDEX (Kubernetes Indexed Job, with --shards N) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job, with --shards N); outside an array job give --shard K/N`,
  )
}
