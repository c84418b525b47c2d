/**
 * Start-up bench (`npm run bench:startup`): CPU time and wall time of
 * `node -e 0`, `jixiao --help` and a one-file `jixiao extract` (a seed), run
 * in turn in the same minutes, median of BENCH_RUNS (default 7). Also counts
 * the modules each one loads in its main thread. Needs dist/.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, timed } from './measure.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist/cli.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 7)

const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-startup-'))
try {
  const seed = join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).sort()[0]!)
  // logs every module the main thread loads
  const hook = join(dir, 'hook.mjs')
  writeFileSync(
    hook,
    `import { register } from 'node:module'\nimport { isMainThread } from 'node:worker_threads'\n` +
      `if (isMainThread) register('data:text/javascript,' + encodeURIComponent("export async function load(u, c, n) { if (u.startsWith('file:')) process._rawDebug('MODULE ' + u); return n(u, c) }"))\n`,
  )
  const cases: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['jixiao --help', [CLI, '--help']],
    ['jixiao extract (one seed)', [CLI, 'extract', seed, '-o', join(dir, 'out')]],
  ]
  const cpu = new Map<string, number[]>()
  const wall = new Map<string, number[]>()
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of cases) {
      const t = timed(process.execPath, args)
      if (t.status !== 0) throw new Error(`${name} failed: ${t.stderr.slice(-500)}`)
      cpu.set(name, [...(cpu.get(name) ?? []), t.cpu])
      wall.set(name, [...(wall.get(name) ?? []), t.wall])
    }
  }
  const base = median(cpu.get('node -e 0')!)
  const baseWall = median(wall.get('node -e 0')!)
  for (const [name, args] of cases) {
    const c = median(cpu.get(name)!)
    const w = median(wall.get(name)!)
    const modules = timed(process.execPath, ['--import', hook, ...args]).stderr.split('\n').filter((l) => l.startsWith('MODULE ')).length
    console.log(
      `${name.padEnd(28)} CPU ${(c * 1000).toFixed(0).padStart(5)} ms (${(c / base).toFixed(1)}× node -e 0)  ` +
        `wall ${(w * 1000).toFixed(0).padStart(5)} ms (${(w / baseWall).toFixed(1)}×)  modules in the main thread: ${modules}`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
