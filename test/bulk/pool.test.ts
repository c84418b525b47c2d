import { describe, expect, it } from 'vitest'
import { createRunner, workersAvailable } from '../../src/bulk/pool.js'

const workerUrl = new URL('./workers/fake-worker.mjs', import.meta.url)
const task = (path: string) => ({ path, outDir: null, timeoutMs: 0, wantReport: false })

describe('worker pool', () => {
  it('should run in-process when running from TypeScript source', () => {
    expect(workersAvailable()).toBe(false)
    const runner = createRunner({ jobs: 2, timeoutMs: 1000 })
    expect(runner.threaded).toBe(false)
  })

  it('should stop a file over the time limit, replace the worker and go on', async () => {
    const pool = createRunner({ jobs: 1, timeoutMs: 300, workerUrl })
    try {
      const results = await Promise.all(['a.txt', 'hang.txt', 'b.txt'].map((p) => pool.run(task(p))))
      expect(results[0]).toMatchObject({ status: 'ok', id: 'a.txt' })
      expect(results[1]).toMatchObject({ status: 'failed', codes: ['read/timeout'] })
      expect(results[1]!.status === 'failed' && results[1]!.reason).toMatch(/^hang\.txt: took longer than the per-file time limit \(0\.3 s\)/)
      expect(results[2]).toMatchObject({ status: 'ok', id: 'b.txt' })
    } finally {
      await pool.close()
    }
  })

  it('should fail the file whose worker dies, and go on', async () => {
    const pool = createRunner({ jobs: 2, timeoutMs: 0, workerUrl })
    try {
      const results = await Promise.all(['crash.txt', 'a.txt', 'b.txt', 'c.txt'].map((p) => pool.run(task(p))))
      expect(results[0]).toMatchObject({ status: 'failed', codes: ['run/internal-error'] })
      expect(results.slice(1).map((r) => r.status)).toEqual(['ok', 'ok', 'ok'])
    } finally {
      await pool.close()
    }
  })

  it("should not charge a worker's late death to the next file: it runs again on a fresh worker", async () => {
    const pool = createRunner({ jobs: 1, timeoutMs: 0, workerUrl })
    try {
      const results = await Promise.all(['late.txt', 'slow.txt', 'a.txt'].map((p) => pool.run(task(p))))
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok'])
    } finally {
      await pool.close()
    }
  })

  it("should add up each slot's worker CPU, a replaced worker's included, and keep its start-up CPU", async () => {
    const pool = createRunner({ jobs: 1, timeoutMs: 0, workerUrl })
    try {
      expect(pool.workerCpuMs()).toEqual([0])
      await pool.run(task('cpu-a.txt'))
      expect(pool.workerCpuMs()).toEqual([40])
      expect(pool.workerStartCpuMs()).toEqual([5])
      await pool.run(task('crash.txt'))
      await pool.run(task('cpu-b.txt'))
      // 40 (first worker) + 5 (the second, dead at its retry of crash.txt, had said its start-up) + 40 (the third)
      expect(pool.workerCpuMs()).toEqual([85])
      expect(pool.workerStartCpuMs()).toEqual([5])
    } finally {
      await pool.close()
    }
  })

  it('should report no worker CPU when tasks run in-process', () => {
    const runner = createRunner({ jobs: 2, timeoutMs: 0, inProcess: true })
    expect(runner.workerCpuMs()).toEqual([])
    expect(runner.workerStartCpuMs()).toEqual([])
  })
})
