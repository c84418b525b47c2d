/**
 * PDF reading benchmark: builds multi-page PDFs from the fixtures (pages
 * repeated with qpdf), then times, on the same files in the same run,
 * jixiao's PDF reader (readSource), jixiao's whole extraction (read +
 * processDocument + JSON) and poppler's `pdftotext -layout`; prints pages/s,
 * the ratio jixiao/pdftotext and jixiao's peak RSS.
 *
 * Run: `npm run bench:pdf` (builds first; jixiao is measured from dist/, in a
 * fresh child process per measurement so each peak RSS is its own).
 * Environment: BENCH_REPEAT (copies of each fixture, default 10),
 * BENCH_RUNS (best of, default 2), BENCH_BIG (0 to skip the ~1,000-page file),
 * BENCH_READ=0 (only the ruling-lines part, bench/pdf-rulings.ts; BENCH_REPS,
 * BENCH_PT_LOOP).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { rulingsBench } from './pdf-rulings.js'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
const repeat = Number(process.env.BENCH_REPEAT ?? 10)
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 2))
const big = process.env.BENCH_BIG !== '0'
const work = join(tmpdir(), 'jixiao-bench-pdf')

function have(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).error === undefined
}

/** The child measuring jixiao: loads modules first, then times one file. Prints one JSON line. */
const CHILD = `
const [path, mode] = process.argv.slice(1)
const { readSource } = await import(${JSON.stringify(join(dist, 'source/read.js'))})
const { loadPdfJs } = await import(${JSON.stringify(join(dist, 'source/pdf/pdfjs.js'))})
await loadPdfJs()
let processDocument, grammar
if (mode === 'extract') {
  ;({ processDocument } = await import(${JSON.stringify(join(dist, 'pipeline/run.js'))}))
  grammar = (await import(${JSON.stringify(join(dist, 'grammar/load.js'))})).loadGrammar()
}
const t0 = performance.now()
const r = await readSource(path)
let error = r.doc ? null : r.diagnostics.map((d) => d.code).join(',')
if (r.doc && mode === 'extract') {
  try { JSON.stringify(processDocument(r.doc, grammar, r.diagnostics)) } catch (e) { error = String(e && e.message || e).split('\\n')[0] }
}
const ms = performance.now() - t0
console.log(JSON.stringify({ ms, pages: r.doc ? r.doc.pages : 0, rssMB: process.resourceUsage().maxRSS / 1024, error }))
`

interface Measure {
  ms: number
  pages: number
  rssMB: number
  error: string | null
}

function jixiao(path: string, mode: 'read' | 'extract'): Measure {
  const all: Measure[] = []
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, path, mode], { encoding: 'utf8', maxBuffer: 1 << 24 })
    if (r.status !== 0) {
      const reason = r.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status}`
      return { ms: Infinity, pages: 0, rssMB: 0, error: reason.trim() }
    }
    all.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measure)
  }
  // fastest run; the highest peak RSS of all runs
  const best = all.reduce((a, b) => (b.ms < a.ms ? b : a))
  return { ...best, rssMB: Math.max(...all.map((m) => m.rssMB)) }
}

/** Best wall time of `pdftotext -layout` (process start included) and its peak RSS when /usr/bin/time exists. */
function pdftotext(path: string): { ms: number; rssMB: number | null } {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  let best = Infinity
  let rssMB: number | null = null
  for (let i = 0; i < Math.max(3, runs); i++) {
    const t0 = performance.now()
    const r = timeBin
      ? spawnSync(timeBin, ['-f', '%M', 'pdftotext', '-layout', path, '/dev/null'], { encoding: 'utf8' })
      : spawnSync('pdftotext', ['-layout', path, '/dev/null'], { encoding: 'utf8' })
    const ms = performance.now() - t0
    if (r.status !== 0) throw new Error(`pdftotext failed on ${path}: ${r.stderr}`)
    best = Math.min(best, ms)
    if (timeBin) rssMB = Math.max(rssMB ?? 0, Number(r.stderr.trim().split('\n').at(-1)) / 1024)
  }
  return { ms: best, rssMB }
}

/** Copies `src` `times` times into one PDF with qpdf (shared fonts stay shared). */
function multiply(src: string, times: number, out: string): string {
  if (!existsSync(out)) execFileSync('qpdf', ['--empty', '--pages', ...Array(times).fill(src), '--', out])
  return out
}

function main(): void {
  if (!existsSync(join(dist, 'source/read.js'))) {
    console.error('dist/ is missing: run `npm run build` first (npm run bench:pdf does).')
    process.exit(2)
  }
  const poppler = have('pdftotext', ['-v'])
  if (!poppler) console.log('pdftotext not found: install poppler with `apt-get install poppler-utils poppler-data`; showing jixiao figures only.\n')
  const qpdf = have('qpdf', ['--version'])
  if (!qpdf) console.log('qpdf not found (`apt-get install qpdf`): the fixtures are measured as they are, without multiplying pages.\n')
  mkdirSync(work, { recursive: true })
  if (poppler && qpdf) rulingsBench(root, dist, work, repeat)
  else console.log('The ruling-lines comparison needs pdftotext and qpdf.\n')
  if (process.env.BENCH_READ === '0') return
  const files: { label: string; path: string }[] = []
  for (const name of ['libreoffice', 'chromium', 'stsong-nonembedded']) {
    const src = join(root, 'fixtures', `pdf-${name}`, 'input.pdf')
    files.push({ label: `${name} ×${qpdf ? repeat : 1}`, path: qpdf ? multiply(src, repeat, join(work, `${name}-x${repeat}.pdf`)) : src })
  }
  // a ruled form (every page a table): what reading the page geometry costs where it is read
  const form = join(root, 'fixtures', 'form-01-ruled-landscape-table-over-two-pages-without-repeated-header', 'input.pdf')
  if (existsSync(form)) files.push({ label: `ruled form ×${qpdf ? repeat : 1}`, path: qpdf ? multiply(form, repeat, join(work, `form-x${repeat}.pdf`)) : form })
  if (qpdf && big) {
    const src = join(root, 'fixtures', 'pdf-libreoffice', 'input.pdf')
    files.push({ label: 'libreoffice ×67', path: multiply(src, 67, join(work, 'libreoffice-x67.pdf')) })
  }
  const rate = (pages: number, ms: number) => pages / (ms / 1000)
  const fmt = (v: number | null, d = 0) => (v === null || !Number.isFinite(v) ? 'n/a' : v.toFixed(d))
  console.log(`jixiao: best of ${runs}, timed from reading the file (modules loaded); pdftotext: best of ${Math.max(3, runs)}, process wall time`)
  const header = ['file', 'pages', 'MB', 'pdftotext p/s', 'read p/s', 'read ratio', 'read RSS MB', 'extract p/s', 'extract ratio', 'extract RSS MB', 'pdftotext RSS MB']
  const rows: string[][] = []
  for (const f of files) {
    const read = jixiao(f.path, 'read')
    if (read.error) {
      rows.push([f.label, 'n/a', (statSync(f.path).size / 1e6).toFixed(1), `jixiao failed: ${read.error}`])
      continue
    }
    const extract = jixiao(f.path, 'extract')
    const pt = poppler ? pdftotext(f.path) : null
    const ptRate = pt ? rate(read.pages, pt.ms) : null
    const readRate = rate(read.pages, read.ms)
    const extractRate = extract.error ? null : rate(extract.pages, extract.ms)
    rows.push([
      f.label,
      String(read.pages),
      (statSync(f.path).size / 1e6).toFixed(1),
      fmt(ptRate),
      fmt(readRate),
      ptRate ? fmt(readRate / ptRate, 2) : 'n/a',
      fmt(read.rssMB),
      extract.error ? `failed: ${extract.error}` : fmt(extractRate),
      ptRate && extractRate ? fmt(extractRate / ptRate, 2) : 'n/a',
      fmt(extract.rssMB),
      fmt(pt?.rssMB ?? null, 1),
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  for (const r of rows) console.log(line(r))
}

main()
