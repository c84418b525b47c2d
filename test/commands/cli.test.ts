/**
 * End to end: `node dist/cli.js` on small archives in temp folders. Exit
 * codes, one clear line per bad input and never a stack trace, complete
 * outputs after a broken file, a killed run or Ctrl-C, and the same output
 * whatever --jobs is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { CLI, ensureBuilt, jixiao, readTree, removeTempDirs, seedVariant, SEED, tempDir, writeTree } from './helpers.js'
import { sampleReport } from '../store/sample-report.js'

const JUNK = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37 + 11) % 256))
/** Bytes that are neither UTF-8 nor GB18030 (0x80 and 0xFF are not GB18030 lead bytes). */
const UNDECODABLE = Buffer.from([0x41, 0x80, 0x42, 0xff, 0x43, 0x0a])

beforeAll(() => ensureBuilt(), 120_000)
afterAll(() => removeTempDirs())

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:/)
const problemLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !/^jixiao: \d+ inputs?:/.test(l))
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
const records = (dir: string) => (existsSync(join(dir, 'reports')) ? readdirSync(join(dir, 'reports')) : [])

describe('usage', () => {
  it.each([
    [[], /^Usage: jixiao <command>/],
    [['frob'], /^jixiao: unknown command 'frob'/],
    [['extract'], /^jixiao: extract: give at least one file or folder/],
    [['extract', 'x', '--bogus'], /^jixiao: extract: Unknown option '--bogus'\.?$/],
    [['extract', 'x', '--jobs', 'two'], /^jixiao: extract: --jobs must be a whole number ≥ 1, got 'two'$/],
    [['extract', 'x', '--shard', '3/2'], /^jixiao: extract: --shard must be K\/N/],
    [['extract', 'x', '--timeout=-1'], /^jixiao: extract: --timeout must be a number ≥ 0/],
    [['extract', 'x', '--timeout', '-1'], /^jixiao: extract: Option '--timeout' argument is ambiguous/],
    [['check', 'x', '--fail-on', 'info'], /^jixiao: check: --fail-on must be error or warning, got 'info'$/],
    [['inspect'], /^jixiao: inspect: give exactly one file/],
    [['merge', 'out'], /^jixiao: merge: give the output folder then at least one folder/],
    [['schema', 'x'], /^jixiao: schema: takes no arguments/],
  ])('%j exits 2 with one line', (args, message) => {
    const r = jixiao(args, tempDir())
    expect(r.code).toBe(2)
    const text = (r.stderr || r.stdout).trim()
    if (args.length > 0) expect(text.split('\n')).toHaveLength(1)
    expect(text).toMatch(message)
    noStack(r.stderr)
  })

  it.each(['extract', 'check', 'inspect', 'schema', 'merge'])('%s --help prints its usage', (command) => {
    const r = jixiao([command, '--help'], tempDir())
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: jixiao ${command}`))
  })

  it('schema prints the JSON Schema of the record', () => {
    const r = jixiao(['schema'], tempDir())
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout)
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'source', 'meta', 'indicators', 'findings']))
  })
})

describe('extract: bad input', () => {
  it.each([
    ['a path that does not exist', {}, 'nope.txt', 'nope.txt does not exist'],
    ['a folder with no reports', { 'empty/notes.md': 'x' }, 'empty', 'empty holds no .pdf or .txt files'],
    ['an empty file', { 'e.txt': '' }, 'e.txt', 'e.txt is empty'],
    ['binary junk', { 'j.txt': JUNK }, 'j.txt', 'j.txt is not a text file or a PDF'],
    ['undecodable text', { 'u.txt': UNDECODABLE }, 'u.txt', 'u.txt is not valid UTF-8, UTF-16, GB18030 or Big5 text'],
  ])('%s gives one line naming the file, exit 1, no record', (_name, files, arg, message) => {
    const dir = tempDir()
    writeTree(dir, files)
    const r = jixiao(['extract', arg, '-o', 'out', '--jobs', '1'], dir)
    expect(r.code).toBe(1)
    expect(problemLines(r.stderr)).toEqual([expect.stringContaining(message)])
    noStack(r.stderr)
    expect(records(join(dir, 'out'))).toEqual([])
    expect(manifestOf(join(dir, 'out')).counts).toMatchObject({ ok: 0, failed: 1 })
  })

  it('a broken file in the middle of a folder: the others are read, the manifest tells all', () => {
    const dir = tempDir()
    writeTree(dir, { 'in/a.txt': seedVariant(1), 'in/b.txt': JUNK, 'in/c.txt': seedVariant(2), 'in/d.txt': seedVariant(1) })
    const r = jixiao(['extract', 'in', '-o', 'out', '--jobs', '2'], dir)
    expect(r.code).toBe(1)
    expect(problemLines(r.stderr)).toEqual(['jixiao: in/b.txt is not a text file or a PDF (binary content)'])
    const m = manifestOf(join(dir, 'out'))
    expect(m.inputs.map((e: { path: string; status: string }) => [e.path, e.status])).toEqual([
      ['in/a.txt', 'ok'], ['in/b.txt', 'failed'], ['in/c.txt', 'ok'], ['in/d.txt', 'duplicate'],
    ])
    expect(m.inputs[3].duplicateOf).toBe('in/a.txt')
    expect(m.counts).toEqual({ inputs: 4, ok: 2, failed: 1, duplicate: 1, skipped: 0, pending: 0 })
    expect(m.counts.inputs).toBe(m.counts.ok + m.counts.failed + m.counts.duplicate)
    expect(records(join(dir, 'out'))).toHaveLength(2)
    const csv = readFileSync(join(dir, 'out/reports.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFreport_id,')).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3)
  })

  it('an output folder that cannot be made gives one line, exit 1', () => {
    const dir = tempDir()
    writeTree(dir, { 'a.txt': seedVariant(4), 'taken': 'a file' })
    const r = jixiao(['extract', 'a.txt', '-o', 'taken'], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('jixiao: taken cannot be used as the output folder (EEXIST)\n')
  })

  it('--no-bom drops the byte order mark', () => {
    const dir = tempDir()
    writeTree(dir, { 'a.txt': seedVariant(3) })
    expect(jixiao(['extract', 'a.txt', '-o', 'out', '--no-bom'], dir).code).toBe(0)
    for (const f of ['reports.csv', 'indicators.csv', 'tables.csv', 'facts.csv', 'findings.csv', 'indicators-wide.csv']) {
      expect(readFileSync(join(dir, 'out', f), 'utf8').startsWith('report_id,')).toBe(true)
    }
  })
})

/** An archive: n seed variants in nested folders, a duplicate and two broken files. */
function archive(n: number): string {
  const dir = tempDir()
  const files: Record<string, string | Buffer> = { 'in/broken/junk.txt': JUNK, 'in/broken/empty.txt': '', 'in/zz-copy.txt': seedVariant(0) }
  for (let i = 0; i < n; i++) files[`in/${String(i % 3)}/r${String(i).padStart(3, '0')}.txt`] = seedVariant(i)
  writeTree(dir, files)
  return dir
}

describe('extract: bulk', () => {
  it('writes the same files whatever --jobs is', () => {
    const dir = archive(8)
    expect(jixiao(['extract', 'in', '-o', 'one', '--jobs', '1'], dir).code).toBe(1)
    expect(jixiao(['extract', 'in', '-o', 'two', '--jobs', '2'], dir).code).toBe(1)
    const one = readTree(join(dir, 'one'))
    expect(Object.keys(one)).toHaveLength(8 + 7)
    expect(readTree(join(dir, 'two'))).toEqual(one)
  })

  it('resumes after a killed run: the outputs equal a clean run', async () => {
    const dir = archive(30)
    const child = spawn(process.execPath, [CLI, 'extract', 'in', '-o', 'killed', '--jobs', '1'], { cwd: dir, stdio: 'ignore' })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    while (records(join(dir, 'killed')).filter((f) => f.endsWith('.json')).length < 2 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGKILL')
    await exited
    expect(existsSync(join(dir, 'killed/manifest.json'))).toBe(false) // it died mid-run
    // whatever was on disk when it died is whole
    for (const f of records(join(dir, 'killed')).filter((f) => f.endsWith('.json'))) JSON.parse(readFileSync(join(dir, 'killed/reports', f), 'utf8'))
    const r = jixiao(['extract', 'in', '-o', 'killed', '--jobs', '2', '--resume'], dir)
    expect(r.code).toBe(1)
    expect(jixiao(['extract', 'in', '-o', 'clean', '--jobs', '2'], dir).code).toBe(1)
    expect(readTree(join(dir, 'killed'))).toEqual(readTree(join(dir, 'clean')))
  })

  it('Ctrl-C finishes the files in flight, writes manifest and CSVs, exits 130; --resume completes', async () => {
    const dir = archive(40)
    const child = spawn(process.execPath, [CLI, 'extract', 'in', '-o', 'out', '--jobs', '1'], { cwd: dir, stdio: 'ignore' })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    while (records(join(dir, 'out')).length < 1 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGINT')
    const code = await exited
    const m = manifestOf(join(dir, 'out'))
    if (code === 130) {
      expect(m.interrupted).toBe(true)
      expect(m.counts.pending).toBeGreaterThan(0)
      expect(m.counts.inputs).toBe(m.counts.ok + m.counts.failed + m.counts.duplicate + m.counts.pending)
      expect(readFileSync(join(dir, 'out/reports.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(m.counts.ok + 1)
    } else {
      expect(code).toBe(1) // the run ended before the signal arrived
    }
    expect(jixiao(['extract', 'in', '-o', 'out', '--resume'], dir).code).toBe(1)
    const done = manifestOf(join(dir, 'out'))
    expect(done.interrupted).toBe(false)
    expect(done.counts).toEqual({ inputs: 43, ok: 40, failed: 2, duplicate: 1, skipped: 0, pending: 0 })
  })

  it('shards split the archive and merge puts it back together', () => {
    const dir = archive(9)
    expect(jixiao(['extract', 'in', '-o', 'whole'], dir).code).toBe(1)
    expect(jixiao(['extract', 'in', '-o', 's1', '--shard', '1/2'], dir).code).toBeLessThanOrEqual(1)
    expect(jixiao(['extract', 'in', '-o', 's2', '--shard', '2/2'], dir).code).toBeLessThanOrEqual(1)
    const s1 = manifestOf(join(dir, 's1'))
    const s2 = manifestOf(join(dir, 's2'))
    expect(s1.shard).toBe('1/2')
    expect(s1.counts.inputs + s2.counts.inputs).toBe(12)
    expect(jixiao(['merge', 'merged', 's1', 's2'], dir).code).toBe(1)
    expect(readTree(join(dir, 'merged'))).toEqual(readTree(join(dir, 'whole')))
  })
})

describe('check and inspect', () => {
  function outputWithFinding(severity: 'error' | 'warning' = 'error'): string {
    const dir = tempDir()
    const r = sampleReport()
    r.findings[0]!.severity = severity
    writeTree(dir, { 'out/reports/aaaaaaaaaaaaaaaa.json': JSON.stringify(r) })
    writeFileSync(join(dir, 'out/manifest.json'), JSON.stringify({
      manifestVersion: 1, shard: null, interrupted: false, counts: { inputs: 2, ok: 1, failed: 1, duplicate: 0, pending: 0 },
      inputs: [
        { path: 'in/a.txt', status: 'ok', sha256: r.source.sha256, id: r.id },
        { path: 'in/b.txt', status: 'failed', sha256: null, id: null, reason: 'in/b.txt is empty', codes: ['read/empty'] },
      ],
    }))
    return dir
  }

  it('check prints one line per finding and per failed input, exit 1', () => {
    const dir = outputWithFinding()
    const r = jixiao(['check', 'out'], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      'in/a.txt p2:3 error check/score-sum 指标得分合计与总分不符：所述总分为 26，各指标得分合计为 28\n    对照 p2:1 score\n' +
        'in/b.txt error read/empty in/b.txt is empty\n',
    )
  })

  it('check --lang en prints the messages in English', () => {
    const r = jixiao(['check', 'out', '--lang', 'en'], outputWithFinding())
    expect(r.stdout.split('\n')[0]).toBe('in/a.txt p2:3 error check/score-sum Scores do not add up to the total: The stated total is 26, the scores add up to 28')
    expect(jixiao(['check', 'out', '--lang', 'fr'], outputWithFinding()).code).toBe(2)
  })

  it('check --fail-on: a warning fails only at --fail-on warning', () => {
    const dir = outputWithFinding('warning')
    rmSync(join(dir, 'out/manifest.json'))
    const r = jixiao(['check', 'out'], dir)
    expect(r.stdout).toBe('in/a.txt p2:3 warning check/score-sum 指标得分合计与总分不符：所述总分为 26，各指标得分合计为 28\n    对照 p2:1 score\n')
    expect(r.code).toBe(0)
    expect(jixiao(['check', 'out', '--fail-on', 'warning'], dir).code).toBe(1)
  })

  it('check --json prints the same as JSON', () => {
    const r = jixiao(['check', 'out', '--json'], outputWithFinding())
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.reports.map((x: { path: string }) => x.path)).toEqual(['in/a.txt', 'in/b.txt'])
    expect(json.reports[0].findings[0]).toMatchObject({ code: 'check/score-sum', expected: 28, actual: 26 })
  })

  it('check on input files runs the pipeline; a clean input exits 0', () => {
    const dir = tempDir()
    writeTree(dir, { 'a.txt': readFileSync(SEED, 'utf8') })
    const r = jixiao(['check', 'a.txt'], dir)
    expect(r.stdout).not.toMatch(/ error /)
    expect(r.code).toBe(0)
  })

  it('inspect shows the outline, values and diagnostics of a report', () => {
    const r = jixiao(['inspect', SEED], tempDir())
    expect(r.code).toBe(0)
    for (const heading of ['Outline', 'Meta', 'Indicators', 'Totals', 'Tables', 'Facts', 'Diagnostics', 'Findings']) expect(r.stdout).toContain(`\n${heading}`)
  })

  it('inspect reads a record and shows each value with page:line and quote', () => {
    const dir = outputWithFinding()
    const r = jixiao(['inspect', 'out/reports/aaaaaaaaaaaaaaaa.json'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('    score 7  p2:1 “7”')
    expect(r.stdout).toContain('  in/a.txt p2:3 error check/score-sum expected 28, found 26\n    p2:1 score')
  })

  it('inspect names the file and the reason when it cannot be read', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'x'))
    const r = jixiao(['inspect', 'nope.txt'], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('jixiao: nope.txt does not exist\n')
  })
})
