/**
 * Bulk-ingest benchmark (`npm run bench:bulk`): builds an archive in a temp
 * folder — varied copies of the text fixtures (a line added per copy so every
 * hash differs), copies of the good PDFs under fixtures/pdf-* (bytes
 * appended after %%EOF), a few broken files and a duplicate — then runs
 * `node dist/cli.js extract` with --jobs 1 and --jobs 2 and prints reports/s,
 * pages/s, the speed-up, peak RSS at each archive size, and the count check
 * inputs = ok + failed + duplicates.
 *
 * First the text path: an archive of BENCH_TEXT (default 500) text reports
 * only, `--jobs 1`, BENCH_RUNS times (default 3): CPU ms per report (user +
 * system of the whole process, start-up included) and reports/s per core
 * (1000 / CPU ms), medians.
 *
 * Sizes: BENCH_SIZES=200,2000 (default; `-- --large` or BENCH_LARGE=1 adds
 * 20000); BENCH_JOBS=1,2; BENCH_VERBOSE=1 prints each failed input;
 * BENCH_ARCHIVE_ONLY=DIR only builds an archive of the first size in DIR.
 * Needs dist/ (the npm script builds it).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = process.env.BENCH_CLI || join(ROOT, 'dist/cli.js')
const LARGE = process.argv.includes('--large') || process.env.BENCH_LARGE === '1'
const SIZES = [...(process.env.BENCH_SIZES ?? '200,2000').split(',').filter(Boolean).map(Number), ...(LARGE ? [20000] : [])]
const TEXT = Number(process.env.BENCH_TEXT ?? 500)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const JOBS = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number)

/** Text documents to vary: the seeds and every fixture's input.txt. */
function textSources(): string[] {
  const out = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(ROOT, 'seeds', n), 'utf8'))
  const fixtures = join(ROOT, 'fixtures')
  if (existsSync(fixtures)) {
    // real reports only (the other fixtures are deliberately broken inputs)
    for (const name of readdirSync(fixtures).sort().filter((n) => n.startsWith('real-') || n.startsWith('seed-'))) {
      const p = join(fixtures, name, 'input.txt')
      if (!existsSync(p)) continue
      const text = readFileSync(p, 'utf8')
      if (text.trim().length > 200) out.push(text)
    }
  }
  return out
}

/** Good PDFs: fixtures/pdf-* except the deliberately broken ones. */
function pdfSources(): Buffer[] {
  const fixtures = join(ROOT, 'fixtures')
  if (!existsSync(fixtures)) return []
  return readdirSync(fixtures)
    .filter((n) => n.startsWith('pdf-') && !n.startsWith('pdf-bad') && existsSync(join(fixtures, n, 'input.pdf')))
    .sort()
    .map((n) => readFileSync(join(fixtures, n, 'input.pdf')))
}

/**
 * Copy `n` of a text: a last line is added so the hash differs. (Changing a
 * line inside the body can turn an indicator name into one that needs the
 * jieba dictionary, a one-time load of ~250 MB; then peak RSS would compare
 * archives that load different things rather than measure growth.)
 */
function vary(text: string, n: number): string {
  return `${text.replace(/\s+$/, '')}\n\ncopy ${n}\n`
}

/** Builds an archive of `size` reports (plus broken files and one duplicate). */
function buildArchive(size: number, dir: string, textOnly = false): void {
  const texts = textSources()
  const pdfs = textOnly ? [] : pdfSources()
  const pdfCount = pdfs.length ? Math.max(1, Math.round(size * 0.05)) : 0
  for (let i = 0; i < size; i++) {
    const folder = join(dir, `batch-${String(i % 10)}`)
    mkdirSync(folder, { recursive: true })
    const name = `r${String(i).padStart(5, '0')}`
    if (i < pdfCount) writeFileSync(join(folder, `${name}.pdf`), Buffer.concat([pdfs[i % pdfs.length]!, Buffer.from(`\n% copy ${i}\n`)]))
    else writeFileSync(join(folder, `${name}.txt`), vary(texts[i % texts.length]!, i))
  }
  if (textOnly) return
  const broken = join(dir, 'broken')
  mkdirSync(broken)
  writeFileSync(join(broken, 'empty.txt'), '')
  writeFileSync(join(broken, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)))
  writeFileSync(join(broken, 'truncated.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'))
  writeFileSync(join(broken, 'duplicate.txt'), vary(texts[pdfCount % texts.length]!, pdfCount))
}

interface Measure {
  size: number
  jobs: number
  seconds: number
  ok: number
  failed: number
  duplicate: number
  inputs: number
  pages: number
  rssMb: number
  /** user + system seconds */
  cpu: number
  /** CPU per thread from the run's statistics (ms), when the build reports them */
  threads?: { main: { plan: number; pages: number; run: number; finish: number; total: number }; mainBusy: number; workers: number[]; workerStart: number[] }
}

/** CPU per thread of a run: main (by phase), each worker, the rest (GC, compiler and libuv threads); the bound it sets. */
function threadLine(m: Measure): string | null {
  const t = m.threads
  if (!t) return null
  const s = (ms: number) => (ms / 1000).toFixed(1)
  const workers = t.workers.reduce((a, b) => a + b, 0)
  const other = m.cpu * 1000 - t.main.total - workers
  const max = Math.max(t.main.total, ...t.workers)
  return (
    `    threads: main ${s(t.main.total)} s (plan ${s(t.main.plan)}, page estimates ${s(t.main.pages)}, run ${s(t.main.run)}, finish ${s(t.main.finish)}; ` +
    `event loop busy ${(t.mainBusy * 100).toFixed(0)} % of the run), workers ${t.workers.map(s).join(' + ')} s ` +
    `(start-up ${t.workerStart.map(s).join(', ')} s), other threads ${s(other)} s; total CPU / busiest thread ${(m.cpu * 1000 / max).toFixed(2)}`
  )
}

function run(archive: string, out: string, size: number, jobs: number): Measure {
  rmSync(out, { recursive: true, force: true })
  const timeBin = existsSync('/usr/bin/time')
  const args = [CLI, 'extract', archive, '-o', out, '--jobs', String(jobs)]
  const started = Date.now()
  const r = timeBin
    ? spawnSync('/usr/bin/time', ['-f', 'RSSKB %M %U %S', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, JIXIAO_STATS: '1' }, maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, JIXIAO_STATS: '1' }, maxBuffer: 1 << 26 })
  const seconds = (Date.now() - started) / 1000
  if (process.env.BENCH_VERBOSE) for (const l of r.stderr.split('\n')) if (l.startsWith('jixiao: ') && l.includes('/')) console.log(`  ${l}`)
  const statsLine = r.stderr.split('\n').find((l) => l.startsWith('jixiao-stats '))
  if (!statsLine) throw new Error(`extract did not finish (exit ${r.status}):\n${r.stderr.slice(-2000)}`)
  const stats = JSON.parse(statsLine.slice('jixiao-stats '.length))
  if (stats.ok < stats.inputs / 2) {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: { status: string; reason?: string }[] }
    const first = manifest.inputs.find((e) => e.status === 'failed' && !e.reason?.includes('/broken/'))
    console.log(`  warning: ${stats.failed} of ${stats.inputs} inputs failed; the figures do not measure the pipeline. First: ${first?.reason ?? '?'}`)
  }
  const rssLine = r.stderr.split('\n').find((l) => l.startsWith('RSSKB '))
  const [, rss, user, sys] = rssLine ? rssLine.split(' ') : []
  const rssKb = rssLine ? Number(rss) : stats.maxRssKb
  const cpu = rssLine ? Number(user) + Number(sys) : NaN
  return { size, jobs, seconds, ok: stats.ok, failed: stats.failed, duplicate: stats.duplicate, inputs: stats.inputs, pages: stats.pages, rssMb: rssKb / 1024, cpu, threads: stats.threads }
}

function main(): void {
  if (process.env.BENCH_ARCHIVE_ONLY) {
    // Only build the archive (for looking into one run by hand).
    buildArchive(SIZES[0]!, process.env.BENCH_ARCHIVE_ONLY)
    return
  }
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build')
  const base = mkdtempSync(join(tmpdir(), 'jixiao-bench-'))
  const results: Measure[] = []
  try {
    if (TEXT > 0) {
      const archive = join(base, 'text')
      buildArchive(TEXT, archive, true)
      const runs = Array.from({ length: RUNS }, (_, i) => run(archive, join(base, `out-text-${i}`), TEXT, 1))
      for (const m of runs) {
        const line = threadLine(m)
        if (line) console.log(line)
      }
      const msPer = runs.map((m) => (m.cpu * 1000) / m.ok).sort((a, b) => a - b)
      const med = msPer[msPer.length >> 1]!
      console.log(
        `text path, ${TEXT} text reports, --jobs 1, median of ${RUNS}: ${med.toFixed(2)} ms CPU per report ` +
          `(runs ${msPer.map((x) => x.toFixed(2)).join(', ')}), ${(1000 / med).toFixed(0)} reports/s per core (goal ≥ 200)`,
      )
    }
    for (const size of SIZES) {
      const archive = join(base, `archive-${size}`)
      buildArchive(size, archive)
      for (const jobs of JOBS) {
        const m = run(archive, join(base, `out-${size}-${jobs}`), size, jobs)
        results.push(m)
        const check = m.inputs === m.ok + m.failed + m.duplicate ? 'ok' : 'MISMATCH'
        console.log(
          `${String(size).padStart(5)} reports  --jobs ${jobs}  ${m.seconds.toFixed(1).padStart(6)} s  ` +
            `${(m.ok / m.seconds).toFixed(1).padStart(6)} reports/s  ${(m.pages / m.seconds).toFixed(0).padStart(6)} pages/s  CPU ${m.cpu.toFixed(1)} s  ` +
            `peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB  inputs ${m.inputs} = ok ${m.ok} + failed ${m.failed} + duplicate ${m.duplicate} (${check})  load ${loadavg()[0]!.toFixed(1)}`,
        )
        const line = threadLine(m)
        if (line) console.log(line)
      }
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
  for (const size of SIZES) {
    const one = results.find((m) => m.size === size && m.jobs === 1)
    const two = results.find((m) => m.size === size && m.jobs === 2)
    if (!one || !two) continue
    // On two cores a --jobs 2 run cannot take less than half its CPU time, nor less than its busiest thread's.
    const floor = Math.max(two.cpu / 2, two.threads ? Math.max(two.threads.main.total, ...two.threads.workers) / 1000 : 0)
    console.log(
      `speed-up at ${size} reports, --jobs 2 over --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× wall (goal ≥ 1.8; CPU ${one.cpu.toFixed(1)} s vs ${two.cpu.toFixed(1)} s); ` +
        `bound on 2 idle cores from CPU: ${(one.cpu / floor).toFixed(2)}× (--jobs 1 CPU / max(--jobs 2 CPU ÷ 2, its busiest thread)); load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    )
  }
  const small = Math.min(...SIZES)
  const large = Math.max(...SIZES)
  for (const jobs of JOBS) {
    const a = results.find((m) => m.size === small && m.jobs === jobs)
    const b = results.find((m) => m.size === large && m.jobs === jobs)
    if (a && b && small !== large) {
      const growth = (b.rssMb / a.rssMb - 1) * 100
      console.log(`peak RSS --jobs ${jobs}: ${a.rssMb.toFixed(0)} MB at ${small}, ${b.rssMb.toFixed(0)} MB at ${large} (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} %; goal within 10 %)`)
    }
  }
  const bad = results.filter((m) => m.inputs !== m.ok + m.failed + m.duplicate)
  if (bad.length) {
    console.error('count check failed: inputs ≠ ok + failed + duplicates')
    process.exitCode = 1
  }
}

main()
