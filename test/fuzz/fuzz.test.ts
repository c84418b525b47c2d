/**
 * A seeded, bounded fuzz run over mutants of the repository's own PDFs and
 * texts (see mutate.ts), through the CLI at --jobs 1 and --jobs 2. Asserts:
 * no crash (no stack trace, exit 0 or 1), no hang (a per-file time limit
 * and a limit on the whole run), every input ok or failed with a reason
 * naming it, no failure that is jixiao's own (run/internal-error) or a
 * time-out, the invariants on every ok record, and the same bytes at both
 * job counts. FUZZ_SEED changes the mutants (the default is fixed, so CI is
 * repeatable); FUZZ_PDFS / FUZZ_TEXTS change how many.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { CLI, ensureBuilt, readTree, removeTempDirs, tempDir } from '../commands/helpers.js'
import { makeMutants } from './corpus.js'
import { recordProblems } from '../helpers/invariants.js'
import { readSource } from '../../src/source/read.js'
import { Report } from '../../src/model/report.js'
import type { Manifest } from '../../src/store/manifest.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const PDFS = Number(process.env.FUZZ_PDFS ?? 14)
const TEXTS = Number(process.env.FUZZ_TEXTS ?? 40)
/** per-file limit handed to jixiao (seconds): each base file takes well under one */
const FILE_LIMIT_S = 30

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  out: string
}

function extract(dir: string, jobs: number): Run {
  const out = join(dir, `o${jobs}`)
  const args = [CLI, 'extract', join(dir, 'in'), '-o', out, '--jobs', String(jobs), '--force-jobs', '--timeout', String(FILE_LIMIT_S), '--ocr', 'off']
  // The whole run's limit: a hang anywhere (planning, a worker, writing) ends it here instead of in vitest.
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 150_000, killSignal: 'SIGKILL', env: { ...process.env, DEBUG: '' } })
  return { code: r.status, signal: r.signal, stderr: r.stderr ?? '', out }
}

let dir = ''
let paths: string[] = []
let runs: Run[] = []

beforeAll(() => {
  ensureBuilt()
  dir = tempDir('jixiao-fuzz-')
  paths = makeMutants(join(dir, 'in'), SEED, PDFS, TEXTS)
  runs = [extract(dir, 1), extract(dir, 2)]
}, 330_000)
afterAll(() => removeTempDirs())

describe(`fuzz (seed ${SEED}: ${PDFS} PDF and ${TEXTS} text mutants)`, () => {
  it('should end every run by itself, without a stack trace, exit 0 or 1', () => {
    for (const r of runs) {
      expect(r.signal, 'killed at the run limit: a hang').toBeNull()
      expect([0, 1], r.stderr.slice(-2000)).toContain(r.code)
      expect(r.stderr).not.toMatch(/\n\s+at |Unhandled|unexpected error|TimeoutOverflowWarning/)
    }
  })

  it('should list every input as ok or failed with a reason naming it', () => {
    const m = JSON.parse(readFileSync(join(runs[0]!.out, 'manifest.json'), 'utf8')) as Manifest
    expect(m.complete).toBe(true)
    expect(m.inputs.map((e) => e.path).sort()).toEqual([...paths].sort())
    for (const e of m.inputs) {
      expect(['ok', 'failed', 'duplicate'], e.path).toContain(e.status)
      if (e.status !== 'failed') continue
      expect(e.reason, e.path).toContain(e.path)
      expect(e.codes?.length, e.path).toBeGreaterThan(0)
      // jixiao's own failure or a time limit reached on a small file is a fault, not the file's
      expect(e.codes, `${e.path}: ${e.reason}`).not.toContain('run/internal-error')
      expect(e.codes, `${e.path}: ${e.reason}`).not.toContain('read/timeout')
    }
  })

  it('should keep the invariants on every ok record', async () => {
    const m = JSON.parse(readFileSync(join(runs[0]!.out, 'manifest.json'), 'utf8')) as Manifest
    const problems: string[] = []
    for (const e of m.inputs.filter((x) => x.status === 'ok')) {
      const raw = JSON.parse(readFileSync(join(runs[0]!.out, 'reports', `${e.id}.json`), 'utf8'))
      const parsed = Report.safeParse(raw)
      if (!parsed.success) {
        problems.push(`${e.path}: the record does not pass its schema`)
        continue
      }
      const read = await readSource(e.path, { timeoutMs: FILE_LIMIT_S * 1000, ocr: 'off' })
      if (!read.doc) {
        problems.push(`${e.path}: ok in the run but cannot be read again`)
        continue
      }
      for (const p of recordProblems(parsed.data, read.doc.text)) problems.push(`${basename(e.path)}: ${p}`)
    }
    expect(problems).toEqual([])
  }, 120_000)

  it('should write the same bytes at --jobs 1 and --jobs 2', () => {
    const [a, b] = runs.map((r) => readTree(r.out))
    expect(Object.keys(b!).sort()).toEqual(Object.keys(a!).sort())
    for (const k of Object.keys(a!)) expect(b![k], k).toBe(a![k])
  })
})
