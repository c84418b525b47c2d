/**
 * The built command line (dist/cli.js and dist/worker.js, bundled by
 * scripts/bundle.mjs): a broken grammar stops a run before any input is read
 * (the workers compile patterns only as they use them, so the main thread's
 * check must stay complete), the bundles find grammars/ and package.json from
 * wherever the package lies, and the main thread of an extract loads no
 * pipeline code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { ensureBuilt, removeTempDirs, ROOT, SEED, tempDir } from './helpers.js'

beforeAll(() => ensureBuilt(), 120_000)
afterAll(() => removeTempDirs())

/** A copy of the built package (dist/, grammars/, package.json; node_modules linked) in a temp folder. */
function packageCopy(): string {
  const dir = tempDir('jixiao-package-')
  for (const name of ['dist', 'grammars', 'package.json']) cpSync(join(ROOT, name), join(dir, name), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

const run = (cli: string, args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DEBUG: '' } })

describe('the bundled command line', () => {
  it('should stop before reading any input when a grammar pattern does not compile, naming the pattern', () => {
    const pkg = packageCopy()
    const path = join(pkg, 'grammars/numbering.json')
    const grammar = JSON.parse(readFileSync(path, 'utf8')) as { patterns: { id: string; regex: string }[] }
    const last = grammar.patterns[grammar.patterns.length - 1]!
    last.regex = `${last.regex}(`
    writeFileSync(path, JSON.stringify(grammar))
    const out = join(pkg, 'out')
    for (const jobs of ['1', '2']) {
      const r = run(join(pkg, 'dist/cli.js'), ['extract', SEED, '-o', out, '--jobs', jobs], pkg)
      expect(r.status).toBe(1)
      expect(r.stderr.trim()).toMatch(new RegExp(`^jixiao: the grammar files are invalid, nothing was read: Grammar pattern numbering/${last.id} does not compile: `))
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(existsSync(out)).toBe(false)
    }
  })

  it('should stop before reading any input when a pattern has a capturing group without a name', () => {
    const pkg = packageCopy()
    const path = join(pkg, 'grammars/numbering.json')
    const grammar = JSON.parse(readFileSync(path, 'utf8')) as { patterns: { id: string; regex: string }[] }
    grammar.patterns[0]!.regex = `(x)|${grammar.patterns[0]!.regex}`
    writeFileSync(path, JSON.stringify(grammar))
    const r = run(join(pkg, 'dist/cli.js'), ['extract', SEED, '-o', join(pkg, 'out')], pkg)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/nothing was read: Grammar pattern numbering\/\S+ does not compile: 1 capturing group\(s\) without a name/)
  })

  it('should read a report and print its version from a copy of the package elsewhere', () => {
    const pkg = packageCopy()
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    expect(run(join(pkg, 'dist/cli.js'), ['--version'], pkg).stdout).toBe(`jixiao ${version}\n`)
    const r = run(join(pkg, 'dist/cli.js'), ['extract', SEED, '-o', join(pkg, 'out')], pkg)
    expect(r.stderr).toMatch(/1 inputs: 1 ok/)
    expect(r.status).toBe(0)
  })

  it('should load no pipeline code in the main thread of an extract (the static imports of the cli and extract chunks)', () => {
    const dist = join(ROOT, 'dist')
    // esbuild marks where each source module's code starts: `// src/stages/…`
    const sourcesOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((m) => m[1]!)
    const staticChunks = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s*"\.\/(bundle-[^"]+\.js)"|^import\s*"\.\/(bundle-[^"]+\.js)"/gm)].map((m) => join(dist, m[1] ?? m[2]!))
    const dynamicChunk = (file: string, name: string) => {
      const m = new RegExp(`import\\("\\./(bundle-${name}-[^"]+\\.js)"\\)`).exec(readFileSync(file, 'utf8'))
      return m ? join(dirname(file), m[1]!) : null
    }
    const extract = dynamicChunk(join(dist, 'cli.js'), 'extract')
    expect(extract).not.toBeNull()
    const seen = new Set<string>()
    const todo = [join(dist, 'cli.js'), extract!]
    while (todo.length) {
      const f = todo.pop()!
      if (!seen.has(f)) {
        seen.add(f)
        todo.push(...staticChunks(f))
      }
    }
    const sources = [...seen].flatMap(sourcesOf)
    expect(sources).toContain('src/bulk/ingest.ts')
    expect(sources.filter((s) => /^src\/(stages|source)\//.test(s) || s === 'src/pipeline/run.ts' || s === 'src/bulk/task.ts')).toEqual([])
    // the worker's bundle does hold the pipeline
    const worker = new Set<string>()
    const wtodo = [join(dist, 'worker.js')]
    while (wtodo.length) {
      const f = wtodo.pop()!
      if (!worker.has(f)) {
        worker.add(f)
        wtodo.push(...staticChunks(f))
      }
    }
    expect([...worker].flatMap(sourcesOf)).toContain('src/pipeline/run.ts')
  })

  it("should carry zod's English messages and no other language's", () => {
    const dist = join(ROOT, 'dist')
    const text = readdirSync(dist).filter((n) => n.endsWith('.js')).map((n) => readFileSync(join(dist, n), 'utf8')).join('\n')
    const locales = [...text.matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/(\S+)$/gm)].map((m) => m[1])
    expect(locales).toEqual(['en.js'])
  })
})
