/**
 * Bad inputs that once lost good data (minimal repros in test/faults/data/):
 * each is charged to its own file with a reason, and the rest goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, mkdirSync, writeFileSync, chmodSync, readdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt, jixiao, removeTempDirs, SEED, tempDir } from '../commands/helpers.js'
import { readBytes } from '../../src/source/read.js'
import { decodeText } from '../../src/source/read-text.js'

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data')
const GOOD_PDF = join(DATA, '../../../fixtures/pdf-stsong-nonembedded/input.pdf')
const bytes = (name: string) => new Uint8Array(readFileSync(join(DATA, name)))
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))

beforeAll(() => ensureBuilt(), 120_000)
afterAll(() => removeTempDirs())

describe('decoding', () => {
  it('should decode Big5 as Big5 and refuse random high bytes', () => {
    expect(decodeText('b.txt', bytes('big5.txt'), 'x').doc?.encoding).toBe('big5')
    expect(decodeText('b.txt', bytes('big5.txt'), 'x').doc?.text).toContain('部門基本情況')
    expect(decodeText('j.txt', bytes('junk-high-bytes.txt'), 'x').diagnostics[0]?.code).toBe('read/undecodable')
  })
  it('should read UTF-16 without a BOM as text', () => {
    expect(decodeText('u.txt', bytes('utf16le-nobom.txt'), 'x').doc?.encoding).toBe('utf-16le-nobom')
  })
  it('should read a text quoting %PDF- as a text', async () => {
    expect((await readBytes('t.txt', bytes('text-with-pdf-magic.txt'))).doc?.format).toBe('text')
  })
})

describe('extract on bad inputs', () => {
  it('should charge pdf.js rejections to the damaged PDF (in-process, no crash)', () => {
    const out = join(tempDir(), 'o')
    const r = jixiao(['extract', join(DATA, 'pdfjs-unhandled-rejection-min.pdf'), GOOD_PDF, '-o', out, '--in-process'], DATA)
    expect(r.stderr).not.toMatch(/UnhandledPromiseRejection|\n\s+at /)
    expect(manifestOf(out).counts.ok).toBe(2)
  })
  it('should never fail the good PDF read after a damaged one, at --jobs 1 and 2', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in/a.pdf'), bytes('neighbor-a_mutant.pdf'))
    writeFileSync(join(dir, 'in/b.pdf'), readFileSync(GOOD_PDF))
    const runs = [1, 2, 1].map((j, k) => {
      jixiao(['extract', join(dir, 'in'), '-o', join(dir, `o${k}`), '--jobs', String(j)], dir)
      return manifestOf(join(dir, `o${k}`)).inputs.map((e: { status: string }) => e.status)
    })
    for (const r of runs) expect(r).toEqual(['failed', 'ok'])
  })
  it('should keep a report whose number is past 1e308, with a diagnostic on it', () => {
    const out = join(tempDir(), 'o')
    const r = jixiao(['extract', join(DATA, 'infinity-score-min.txt'), '-o', out], DATA)
    expect(r.code).toBe(0)
    const id = manifestOf(out).inputs[0].id
    const rec = JSON.parse(readFileSync(join(out, 'reports', `${id}.json`), 'utf8'))
    expect(rec.diagnostics.map((d: { code: string }) => d.code)).toContain('extract/number-out-of-range')
  })
  it('should keep a report whose group 分值 is past 1e308 (a fuzz mutant: huge numbers, deleted breaks)', () => {
    const out = join(tempDir(), 'o')
    const r = jixiao(['extract', join(DATA, 'fuzz-group-max-infinity.txt'), '-o', out], DATA)
    expect([r.code, manifestOf(out).counts.ok]).toEqual([0, 1])
    const rec = JSON.parse(readFileSync(join(out, 'reports', `${manifestOf(out).inputs[0].id}.json`), 'utf8'))
    expect(rec.diagnostics.map((d: { code: string }) => d.code)).toContain('extract/number-out-of-range')
  })
  it('should refuse a FIFO or a device up front', () => {
    const r = jixiao(['extract', '/dev/zero', '-o', join(tempDir(), 'o')], DATA)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/\/dev\/zero is not a regular file/)
  })
  it('should redo a truncated record on --resume', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), readFileSync(SEED))
    jixiao(['extract', join(dir, 'a.txt'), '-o', join(dir, 'o')], dir)
    const f = join(dir, 'o/reports', readdirSync(join(dir, 'o/reports'))[0]!)
    writeFileSync(f, readFileSync(f, 'utf8').slice(0, 300))
    const r = jixiao(['extract', join(dir, 'a.txt'), '-o', join(dir, 'o'), '--resume'], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/is damaged .*its input is read again/)
    expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow()
  })
  it('should refuse a read-only output folder and a second run on a locked one', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), readFileSync(SEED))
    mkdirSync(join(dir, 'ro'))
    chmodSync(join(dir, 'ro'), 0o555)
    const ro = jixiao(['extract', join(dir, 'a.txt'), '-o', join(dir, 'ro')], dir)
    chmodSync(join(dir, 'ro'), 0o755)
    if (process.getuid?.() !== 0) expect([ro.code, ro.stderr]).toEqual([1, expect.stringMatching(/is not writable/)])
    mkdirSync(join(dir, 'o'))
    writeFileSync(join(dir, 'o/.jixiao-lock'), `${process.pid}\n`)
    const locked = jixiao(['extract', join(dir, 'a.txt'), '-o', join(dir, 'o')], dir)
    expect([locked.code, locked.stderr]).toEqual([1, expect.stringMatching(/in use by another jixiao run/)])
  })
  it.each([['3000000'], ['0.0001']])('should refuse --timeout %s', (t) => {
    const r = jixiao(['extract', SEED, '-o', join(tempDir(), 'o'), '--timeout', t], DATA)
    expect(r.code).toBe(2)
  })
  it('should refuse a manifest id that is not a record id (merge)', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 's1'))
    writeFileSync(join(dir, 's1/manifest.json'), JSON.stringify({ manifestVersion: 1, shard: null, interrupted: false, counts: { inputs: 1, ok: 1, failed: 0, duplicate: 0, pending: 0 }, inputs: [{ path: 'a', status: 'ok', sha256: 'ab', id: '../../s1/payload' }] }))
    const r = jixiao(['merge', join(dir, 'm'), join(dir, 's1')], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/inputs\.0\.id: a record id is 16/)
  })
})

describe('shown or read wrongly', () => {
  it('should read both pages of a PDF whose page tree contains itself, and say what was cut', () => {
    const out = join(tempDir(), 'o')
    const r = jixiao(['extract', join(DATA, 'pages-tree-cycle.pdf'), '-o', out, '--ocr', 'off'], DATA)
    expect(r.code).toBe(0)
    const id = manifestOf(out).inputs[0].id
    const rec = JSON.parse(readFileSync(join(out, 'reports', `${id}.json`), 'utf8'))
    expect(rec.source.pages).toBe(2)
    const loop = rec.diagnostics.find((d: { code: string }) => d.code === 'read/pdf-page-tree-loop')
    expect(loop?.message).toMatch(/object 2 0 R listed again in the \/Kids of object 2.*2 pages it lists are read/)
    // page 2's text (pdftotext reads it): the 二、 heading is on page 2
    expect(rec.sections.some((s: { span: { start: { page: number } } }) => s.span.start.page === 2)).toBe(true)
  })
  it('should print control characters of a report escaped in inspect', () => {
    const dir = tempDir()
    const seed = readFileSync(SEED, 'utf8').split('\n')
    seed[0] = seed[0]!.replace('基本情况', '\u001b[2J\u0007基本情况\u009b\u202e')
    writeFileSync(join(dir, 'esc.txt'), seed.join('\n'))
    const r = jixiao(['inspect', join(dir, 'esc.txt')], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
    expect(r.stdout).toContain('\\x1b[2J\\x07')
    expect(r.stdout).toContain('\\x9b\\u202e')
  })
})
