/**
 * Helpers for the end-to-end command tests: make sure dist/ is built from the
 * current source (npm ci runs `prepare` → build; during development the
 * build is redone when a source file is newer), run `node dist/cli.js`, and
 * build small archives in temp folders.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const CLI = join(ROOT, 'dist/cli.js')
export const SEED = join(ROOT, 'seeds/000_d2e29ec8149df6e0.txt')

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Builds dist/ when it is missing or older than src/. */
export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newest(join(ROOT, 'src'))) return
  // Type errors elsewhere in the tree do not stop tsc from emitting.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' })
  // then the bundles of the command line and the worker over tsc's dist/cli.js (npm run build's second step)
  spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: ROOT, stdio: 'ignore' })
  if (!existsSync(CLI)) throw new Error('npm run build did not produce dist/cli.js')
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the CLI and waits for it. */
export function jixiao(args: string[], cwd: string): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DEBUG: '' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const made: string[] = []

/** A fresh temp folder (removed by removeTempDirs). */
export function tempDir(prefix = 'jixiao-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes the temp folders made so far (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Writes files (relative path → content) under a folder. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), content)
  }
}

/** The seed with its n-th non-blank line marked, so each copy has its own hash. */
export function seedVariant(n: number): string {
  const lines = readFileSync(SEED, 'utf8').split('\n')
  const idx = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '')
  const [line, i] = idx[(n * 7) % idx.length]!
  lines[i] = `${line}${' '.repeat(1 + Math.floor(n / idx.length))}`
  return lines.join('\n')
}

/** Every file under a folder, relative path → content. */
export function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else out[relative(root, p)] = readFileSync(p, 'utf8')
    }
  }
  walk(root)
  return out
}
