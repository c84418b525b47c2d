/**
 * CLI hygiene and clean reruns, run as a user would (node dist/cli.js):
 * usage on stderr, EPIPE ends quietly, eval on a missing path is a usage
 * error, `-` and --files-from, and a rerun into a used folder leaves exactly
 * that run's records, with skipped files listed and a version stamp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLI, ensureBuilt, jixiao, removeTempDirs, seedVariant, SEED, tempDir, writeTree } from './helpers.js'

beforeAll(() => ensureBuilt())
afterAll(() => removeTempDirs())

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
const records = (dir: string) => readdirSync(join(dir, 'reports')).sort()
/** Runs a shell pipeline with the built CLI as $J. */
const sh = (script: string, cwd: string) => spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, J: CLI, DEBUG: '' } })

describe('cli hygiene', () => {
  it('bare jixiao prints the usage on stderr and exits 2; -V prints the version', () => {
    const r = jixiao([], tempDir())
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^Usage: jixiao <command>/)
    const pkg = JSON.parse(readFileSync(join(CLI, '../../package.json'), 'utf8')) as { version: string }
    expect(jixiao(['-V'], tempDir()).stdout).toBe(`jixiao ${pkg.version}\n`)
  })

  it('schema | head -1 ends quietly (no EPIPE trace)', () => {
    const r = sh('node "$J" schema | head -1', tempDir())
    expect(r.stdout).toBe('{\n')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('eval on a missing path is a usage error, not a perfect score', () => {
    const r = jixiao(['eval', '/nonexistent-jixiao'], tempDir())
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim()).toBe('jixiao: eval: /nonexistent-jixiao does not exist')
  })

  it("'-' reads one document from standard input; --files-from reads a list", () => {
    const dir = tempDir()
    const a = sh(`node "$J" extract - -o out < "${SEED}"`, dir)
    expect(a.status).toBe(0)
    expect(manifestOf(join(dir, 'out')).counts).toMatchObject({ inputs: 1, ok: 1 })
    writeTree(dir, { 'in/a.txt': seedVariant(1), 'in/b.txt': seedVariant(2), 'list.txt': 'in/a.txt\n\nin/b.txt\n' })
    const b = jixiao(['extract', '--files-from', 'list.txt', '-o', 'out2', '--jobs', '1'], dir)
    expect(b.code).toBe(0)
    expect(manifestOf(join(dir, 'out2')).inputs.map((e: { path: string }) => e.path)).toEqual(['in/a.txt', 'in/b.txt'])
  })
})

describe('clean reruns', () => {
  it('a rerun into a used folder leaves exactly its records; unsupported files are skipped entries', () => {
    const dir = tempDir()
    writeTree(dir, { 'a/1.txt': seedVariant(1), 'a/2.txt': seedVariant(2), 'b/3.txt': seedVariant(3), 'b/old.doc': 'x', 'b/page.html': '<p>' })
    expect(jixiao(['extract', 'a', '-o', 'out', '--jobs', '1'], dir).code).toBe(0)
    expect(records(join(dir, 'out'))).toHaveLength(2)
    writeFileSync(join(dir, 'out/reports/notes.json'), '{}') // not a record name: never removed
    const r = jixiao(['extract', 'b', '-o', 'out', '--jobs', '1'], dir)
    expect(r.code).toBe(0)
    const m = manifestOf(join(dir, 'out'))
    const ok = m.inputs.filter((e: { status: string }) => e.status === 'ok').map((e: { id: string }) => `${e.id}.json`)
    expect(records(join(dir, 'out'))).toEqual([...ok, 'notes.json'].sort())
    expect(m.counts).toMatchObject({ inputs: 3, ok: 1, skipped: 2 })
    expect(m.inputs.filter((e: { status: string }) => e.status === 'skipped').map((e: { path: string; reason: string }) => [e.path, e.reason.split(':')[0]])).toEqual([
      ['b/old.doc', 'unsupported format (.doc)'],
      ['b/page.html', 'unsupported format (.html)'],
    ])
    expect(m.complete).toBe(true)
    expect(m.producer).toMatchObject({ tool: 'jixiao', version: expect.any(String), grammarHash: expect.stringMatching(/^[0-9a-f]{16}$/) })
    const csv = readFileSync(join(dir, 'out/reports.csv'), 'utf8').trim().split('\n')
    expect(csv).toHaveLength(2)
  })

  it('--resume redoes a record another version made, and keeps one of this version', () => {
    const dir = tempDir()
    writeTree(dir, { 'in/1.txt': seedVariant(1), 'in/2.txt': seedVariant(2) })
    expect(jixiao(['extract', 'in', '-o', 'out', '--jobs', '1'], dir).code).toBe(0)
    const [first, second] = records(join(dir, 'out')).map((n) => join(dir, 'out/reports', n))
    const old = JSON.parse(readFileSync(first!, 'utf8'))
    expect(old.producer.version).toEqual(expect.any(String))
    old.producer.version = '0.0.0-older'
    writeFileSync(first!, JSON.stringify(old, null, 2) + '\n')
    const before = readFileSync(second!, 'utf8')
    writeFileSync(second!, before.replace('"schemaVersion": 1,', '"schemaVersion": 1, '))
    const r = jixiao(['extract', 'in', '-o', 'out', '--resume', '--jobs', '1'], dir)
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(first!, 'utf8')).producer.version).not.toBe('0.0.0-older')
    // the current-version record was kept as it was (its marker space is still there)
    expect(readFileSync(second!, 'utf8')).toContain('"schemaVersion": 1, ')
  })
})
