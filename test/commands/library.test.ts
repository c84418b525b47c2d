/**
 * jixiao as a library: the README's example runs as written, importing
 * 'jixiao' through the package's `exports` (the package is linked into a
 * fresh folder's node_modules, as an install would place it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureBuilt, removeTempDirs, ROOT, tempDir } from './helpers.js'

beforeAll(() => ensureBuilt())
afterAll(() => removeTempDirs())

/** The ```js block under README's "As a library" heading. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### As a library'))
  const start = section.indexOf('```js\n') + '```js\n'.length
  return section.slice(start, section.indexOf('```', start))
}

describe('library', () => {
  it("runs the README example: import { runFile } from 'jixiao'", () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(ROOT, join(dir, 'node_modules/jixiao'), 'dir')
    const example = readmeExample()
    expect(example).toContain("from 'jixiao'")
    writeFileSync(join(dir, 'example.mjs'), example)
    const r = spawnSync(process.execPath, [join(dir, 'example.mjs')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    // the seed names 佛山市人民代表大会常务委员会办公室 and states 绩效得分为 95分 (its lines 370-372)
    expect(r.stdout).toBe('佛山市人民代表大会常务委员会办公室 95\n')
  })

  it('exports the documented entry points', async () => {
    const lib = await import('../../src/index.js')
    expect(Object.keys(lib)).toEqual(expect.arrayContaining(['runFile', 'processDocument', 'loadGrammar', 'Report', 'toolVersion']))
  })
})
