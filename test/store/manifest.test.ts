import { afterAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { tempDir, removeTempDirs } from '../commands/helpers.js'
import { join } from 'node:path'
import { buildManifest, okIds, readManifest, writeManifest, type ManifestEntry } from '../../src/store/manifest.js'

afterAll(() => removeTempDirs())

const e = (path: string, status: ManifestEntry['status'], id: string | null = null): ManifestEntry => ({ path, status, sha256: id ? id.repeat(4) : null, id })

describe('manifest', () => {
  it('should sort entries by path and count them by status', () => {
    const m = buildManifest([e('b.txt', 'ok', 'bbbb'), e('a.txt', 'failed'), e('c/a.txt', 'duplicate', 'bbbb'), e('B.txt', 'pending')], null, true)
    expect(m.inputs.map((x) => x.path)).toEqual(['B.txt', 'a.txt', 'b.txt', 'c/a.txt'])
    expect(m.counts).toEqual({ inputs: 4, ok: 1, failed: 1, duplicate: 1, skipped: 0, pending: 1 })
    expect(okIds(m)).toEqual(['bbbb'])
  })
  it('should write and read back', () => {
    const dir = tempDir('jixiao-man-')
    const m = buildManifest([e('a.txt', 'ok', 'aaaa'.repeat(4))], '1/2', false)
    writeManifest(dir, m)
    expect(readManifest(dir)).toEqual(m)
  })
  it('should say when a folder is not an output folder', () => {
    const dir = tempDir('jixiao-man-')
    expect(() => readManifest(dir)).toThrow('has no manifest.json')
    writeFileSync(join(dir, 'manifest.json'), '{}')
    expect(() => readManifest(dir)).toThrow('not a valid jixiao manifest')
  })
})
