/**
 * Heap growth over a long run (`npm run bench:heap`): does a worker keep
 * something of every report? One process runs the bulk task (pipeline,
 * record write, CSV parts — what a worker does per input) over the bench
 * archive of `bench/bulk.ts` (BENCH_SIZE inputs, default 4,000: text
 * reports and 5 % PDFs), and every BENCH_EVERY inputs (default 400) runs a
 * full GC and prints the heap in use, the heap V8 holds, code space, the
 * external memory and RSS. A flat "heap used" is what matters: peak RSS at
 * 20,000 reports follows it. BENCH_TEXT_ONLY=1 leaves the PDFs out;
 * BENCH_DIR=DIR reads an archive already built there. Needs dist/.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SIZE = Number(process.env.BENCH_SIZE ?? 4000)
const EVERY = Number(process.env.BENCH_EVERY ?? 400)

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...filesUnder(p))
    else out.push(p)
  }
  return out
}

/** The measuring child: processTask over the files, a line of figures every EVERY inputs. */
const CHILD = `
const { processTask } = await import(process.env.TASK_URL)
const { getHeapSpaceStatistics } = await import('node:v8')
const files = JSON.parse((await import('node:fs')).readFileSync(process.env.FILES, 'utf8'))
const out = process.env.OUT_DIR
const mb = (x) => (x / 1048576).toFixed(1).padStart(6)
const t0 = process.cpuUsage()
let n = 0
for (const f of files) {
  await processTask({ path: f, outDir: out, timeoutMs: 0, wantReport: false, wantCsv: true })
  if (++n % Number(process.env.EVERY) !== 0 && n !== files.length) continue
  globalThis.gc()
  const m = process.memoryUsage()
  const code = getHeapSpaceStatistics().find((s) => s.space_name === 'code_space')?.space_used_size ?? 0
  const c = process.cpuUsage(t0)
  console.log(String(n).padStart(6) + ' inputs  heap used' + mb(m.heapUsed) + ' MB  heap total' + mb(m.heapTotal) + ' MB  code' + mb(code) + ' MB  external' + mb(m.external) + ' MB  RSS' + mb(m.rss) + ' MB  CPU ' + ((c.user + c.system) / 1e6).toFixed(1) + ' s')
}
`

function main(): void {
  const task = join(ROOT, 'dist/bulk/task.js')
  if (!existsSync(task)) throw new Error('dist/ is missing: run npm run build')
  const base = mkdtempSync(join(tmpdir(), 'jixiao-heap-'))
  try {
    let dir = process.env.BENCH_DIR
    if (!dir) {
      dir = join(base, 'archive')
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/bulk.ts')], {
        env: { ...process.env, BENCH_SIZES: String(SIZE), BENCH_ARCHIVE_ONLY: dir },
        stdio: 'inherit',
      })
      if (r.status !== 0) throw new Error('building the archive failed')
    }
    let files = filesUnder(dir).filter((f) => !f.includes('/broken/'))
    if (process.env.BENCH_TEXT_ONLY === '1') files = files.filter((f) => f.endsWith('.txt'))
    console.log(`${files.length} inputs (${files.filter((f) => f.endsWith('.pdf')).length} PDFs), full GC every ${EVERY}; load ${loadavg()[0]!.toFixed(1)}`)
    const list = join(base, 'files.json')
    writeFileSync(list, JSON.stringify(files))
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD], {
      env: { ...process.env, TASK_URL: pathToFileURL(task).href, FILES: list, OUT_DIR: join(base, 'out'), EVERY: String(EVERY) },
      stdio: 'inherit',
      maxBuffer: 1 << 26,
    })
    if (r.status !== 0) throw new Error(`the measuring process failed (exit ${r.status})`)
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

main()
