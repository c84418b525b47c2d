import { describe, expect, it } from 'vitest'
import { shardFromEnv } from '../../src/bulk/shard-env.js'

const at = (env: Record<string, string>, shards: number | null = null) => {
  const s = shardFromEnv(env, shards)
  return `${s.k}/${s.n}`
}

describe('--shard auto', () => {
  it('should read a Slurm job array whose ids start anywhere', () => {
    expect(at({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3' })).toBe('1/4')
    expect(at({ SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_MAX: '8' })).toBe('3/4')
    expect(at({ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('4/4')
    expect(at({ SLURM_ARRAY_TASK_ID: '12', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '12', SLURM_ARRAY_TASK_STEP: '4', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('4/4')
  })
  it('should refuse a Slurm array that is not a range, or an id outside it', () => {
    expect(() => at({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '9', SLURM_ARRAY_TASK_COUNT: '3' })).toThrow(/not a range \(3 tasks between 1 and 9\)/)
    expect(() => at({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '6' })).toThrow(/SLURM_ARRAY_TASK_ID=2 is not in the array/)
    expect(() => at({ SLURM_ARRAY_TASK_ID: '2' })).toThrow(/SLURM_ARRAY_TASK_MIN is not/)
    expect(() => at({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '0' })).toThrow(/size of the Slurm array is unknown/)
    expect(() => at({ SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_MIN: '0' })).toThrow(/SLURM_ARRAY_TASK_ID must be a whole number/)
  })
  it('should read a Kubernetes Indexed Job and an AWS Batch array job with --shards N', () => {
    expect(at({ JOB_COMPLETION_INDEX: '0' }, 4)).toBe('1/4')
    expect(at({ AWS_BATCH_JOB_ARRAY_INDEX: '3' }, 4)).toBe('4/4')
    expect(() => at({ JOB_COMPLETION_INDEX: '0' })).toThrow(/JOB_COMPLETION_INDEX is set \(Kubernetes Indexed Job\) but not the number of shards: give --shards N/)
    expect(() => at({ AWS_BATCH_JOB_ARRAY_INDEX: '4' }, 4)).toThrow(/AWS_BATCH_JOB_ARRAY_INDEX=4 but --shards is 4/)
  })
  it('should say what it reads when no array job is found', () => {
    expect(() => at({})).toThrow(/found no array job: it reads SLURM_ARRAY_TASK_ID .* JOB_COMPLETION_INDEX .* AWS_BATCH_JOB_ARRAY_INDEX .*--shard K\/N/)
    expect(() => at({ SLURM_JOB_ID: '42' })).toThrow(/Slurm job 42 is not an array job/)
  })
})
