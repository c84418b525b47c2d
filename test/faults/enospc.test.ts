/**
 * A disk that fills while the CSVs are written (the enospc-csv repro): the
 * run stops with exit 1 and the reason, without a stack trace, and the
 * previous manifest and CSVs stay byte for byte, with no temporary file
 * left; once there is room again, --resume finishes the run. The full disk
 * is a small tmpfs: the test is skipped, saying why, where mounting is not
 * permitted (not root, no CAP_SYS_ADMIN, a container without mount rights).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureBuilt, jixiao, removeTempDirs, seedVariant, tempDir } from '../commands/helpers.js'

const CSVS = ['reports.csv', 'indicators.csv', 'tables.csv', 'facts.csv', 'findings.csv', 'indicators-wide.csv']
let mnt = ''
let mounted = false
let why = ''

beforeAll(() => {
  ensureBuilt()
  mnt = tempDir('jixiao-enospc-')
  if (process.platform !== 'linux') why = 'tmpfs mounts need Linux'
  else if (process.getuid?.() !== 0) why = 'mounting a tmpfs needs root'
  else {
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt], { encoding: 'utf8' })
    mounted = r.status === 0
    if (!mounted) why = `mount -t tmpfs was refused (${(r.stderr || r.error?.message || `exit ${r.status}`).trim()})`
  }
}, 120_000)
afterAll(() => {
  if (mounted) spawnSync('umount', [mnt])
  removeTempDirs()
})

const snapshot = (out: string) => Object.fromEntries(['manifest.json', ...CSVS].map((n) => [n, readFileSync(join(out, n))]))

describe('disk full while the CSVs are written', () => {
  it('should keep the previous manifest and CSVs, say why, and resume once there is room', (ctx) => {
    ctx.skip(!mounted, `skipped: ${why}`)
    const src = tempDir()
    for (let i = 0; i < 20; i++) writeFileSync(join(src, `${String(i).padStart(2, '0')}.txt`), seedVariant(i))
    const out = join(mnt, 'out')
    expect(jixiao(['extract', src, '-o', out, '--jobs', '1'], src).code).toBe(0)
    const before = snapshot(out)
    const record = statSync(join(out, 'reports', readdirSync(join(out, 'reports'))[0]!)).size
    const csvBytes = CSVS.reduce((n, c) => n + before[c]!.length, 0)
    expect(csvBytes, 'the CSVs need more room than is left after the new record').toBeGreaterThan(2 * 65536)

    // one new input; the disk is filled so that its record fits, but not the CSVs rewritten at the end
    writeFileSync(join(src, '20.txt'), seedVariant(20))
    const fs = statfsSync(mnt)
    const leave = record + 65536
    writeFileSync(join(mnt, 'ballast'), Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - leave)))
    const full = jixiao(['extract', src, '-o', out, '--resume', '--jobs', '1'], src)
    expect(full.code).toBe(1)
    expect(full.stderr).toMatch(/cannot write .*\.csv \(ENOSPC\).*the previous manifest and CSVs in .* are kept/)
    expect(full.stderr).not.toMatch(/\n\s+at |Unhandled/)
    const after = snapshot(out)
    for (const n of Object.keys(before)) expect(after[n]!.equals(before[n]!), `${n} unchanged`).toBe(true)
    const temps = [...readdirSync(out), ...readdirSync(join(out, 'reports'))].filter((n) => n.includes('.tmp-'))
    expect(temps).toEqual([])

    rmSync(join(mnt, 'ballast'))
    const again = jixiao(['extract', src, '-o', out, '--resume', '--jobs', '1'], src)
    expect(again.code, again.stderr).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.ok).toBe(21)
  })

  it('should keep the previous merge when the disk fills while merge writes', (ctx) => {
    ctx.skip(!mounted, `skipped: ${why}`)
    const out = join(mnt, 'out')
    const merged = join(mnt, 'merged')
    expect(jixiao(['merge', merged, out], mnt).code).toBe(0)
    const before = snapshot(merged)
    const record = statSync(join(out, 'reports', readdirSync(join(out, 'reports'))[0]!)).size
    const fs = statfsSync(mnt)
    writeFileSync(join(mnt, 'ballast'), Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - record - 65536)))
    const full = jixiao(['merge', merged, out], mnt)
    rmSync(join(mnt, 'ballast'))
    expect(full.code).toBe(1)
    expect(full.stderr).toMatch(/\(ENOSPC\).*the previous manifest and CSVs in .* are kept/)
    expect(full.stderr).not.toMatch(/\n\s+at |Unhandled|unexpected error/)
    const after = snapshot(merged)
    for (const n of Object.keys(before)) expect(after[n]!.equals(before[n]!), `${n} unchanged`).toBe(true)
    expect(readdirSync(merged).filter((n) => n.includes('.tmp-'))).toEqual([])
  })
})
