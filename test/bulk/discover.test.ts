import { afterAll, describe, expect, it } from 'vitest'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tempDir, removeTempDirs } from '../commands/helpers.js'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { discoverInputs } from '../../src/bulk/discover.js'
import { planRun } from '../../src/bulk/plan.js'

afterAll(() => removeTempDirs())

function tree() {
  const root = tempDir('jixiao-disc-')
  mkdirSync(join(root, 'b/c'), { recursive: true })
  mkdirSync(join(root, '.hidden'))
  mkdirSync(join(root, 'empty'))
  writeFileSync(join(root, 'b/c/z.TXT'), 'z')
  writeFileSync(join(root, 'b/a.pdf'), '%PDF-')
  writeFileSync(join(root, 'b/notes.md'), 'm')
  writeFileSync(join(root, '.hidden/h.txt'), 'h')
  writeFileSync(join(root, 'a.txt'), 'same')
  writeFileSync(join(root, 'b/copy.txt'), 'same')
  symlinkSync(join(root, 'b'), join(root, 'b/loop'))
  return root
}

describe('discoverInputs', () => {
  it('should walk folders for .pdf and .txt, sorted, skipping hidden entries and loops', () => {
    const root = tree()
    const { files, problems, skipped } = discoverInputs([root])
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['a.txt', 'b/a.pdf', 'b/c/z.TXT', 'b/copy.txt'])
    expect(problems).toEqual([])
    expect(skipped).toEqual([{ path: join(root, 'b/notes.md'), reason: expect.stringContaining('unsupported format (.md)') }])
  })
  it('should take a named file whatever its extension, once', () => {
    const root = tree()
    const { files, skipped } = discoverInputs([join(root, 'b/notes.md'), join(root, 'b/notes.md'), join(root, 'b')])
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['b/a.pdf', 'b/c/z.TXT', 'b/copy.txt', 'b/notes.md'])
    expect(skipped).toEqual([])
  })
  it('should give one clear reason for a missing path and for a folder with no reports', () => {
    const root = tree()
    const { problems } = discoverInputs([join(root, 'nope.txt'), join(root, 'empty')])
    expect(problems).toEqual([
      { path: join(root, 'nope.txt'), code: 'read/not-found', reason: `${join(root, 'nope.txt')} does not exist` },
      { path: join(root, 'empty'), code: 'run/no-inputs', reason: `${join(root, 'empty')} holds no .pdf or .txt files` },
    ])
  })
})

describe('planRun', () => {
  it('should set aside duplicates (same content, later path) and resumed records', async () => {
    const root = tree()
    const pdfId = createHash('sha256').update('%PDF-').digest('hex').slice(0, 16)
    const plan = await planRun([root], { shard: null, existing: new Set([pdfId]) })
    const rel = (p: string) => p.slice(root.length + 1)
    expect(plan.duplicates.map((d) => [rel(d.path), rel(d.of)])).toEqual([['b/copy.txt', 'a.txt']])
    expect(plan.todo.map((t) => rel(t.path))).toEqual(['a.txt', 'b/c/z.TXT'])
    expect(plan.settled.map((s) => [rel(s.path), s.status, s.id])).toEqual([['b/notes.md', 'skipped', null], ['b/a.pdf', 'ok', pdfId]])
  })
  it('should redo a resumed record that another version made', async () => {
    const root = tree()
    const pdfId = createHash('sha256').update('%PDF-').digest('hex').slice(0, 16)
    const plan = await planRun([root], { shard: null, existing: new Set([pdfId]), current: () => false })
    expect(plan.todo.map((t) => t.path.slice(root.length + 1))).toEqual(['a.txt', 'b/a.pdf', 'b/c/z.TXT'])
    expect(plan.settled.map((s) => s.status)).toEqual(['skipped'])
  })
  it('should split inputs into disjoint shards that cover them all', async () => {
    const root = tree()
    const parts = await Promise.all([1, 2, 3].map((k) => planRun([root], { shard: { k, n: 3 }, existing: new Set() })))
    const all = parts.flatMap((p) => [...p.todo, ...p.duplicates].map((t) => t.path)).sort()
    expect(all).toEqual(discoverInputs([root]).files)
  })
})
