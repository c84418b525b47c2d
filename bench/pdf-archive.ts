/**
 * PDF archive bench (`npm run bench:pdf-archive`). The corpus's PDFs
 * (../shared/corpus/{generated,forms,real-pdf}) are of two kinds, measured
 * apart:
 *   - **text PDFs** (every page has a text layer, by pdftotext): an archive of
 *     BENCH_PDFS (default 200) PDFs of 10–40 pages built from them with qpdf —
 *     a source's pages repeated and cut to the page count — in
 *     $TMPDIR/jixiao-bench-pdf-archive-text/ (kept between runs). BENCH_RUNS
 *     times (default 2) in turn: `jixiao extract DIR --jobs 2`, and
 *     `pdftotext -layout FILE /dev/null` over the same files two at a time.
 *     The ratio pdftotext CPU / jixiao CPU is the headline (goal ≥ 0.5).
 *     Beside them, in the same turn, bare pdf.js (BENCH_BARE=0 skips it):
 *     getDocument + getTextContent of every page with jixiao's options
 *     (`openOptions` and the process shims of the build's
 *     source/pdf/pdfjs.js), two processes over the same halves as
 *     pdftotext: the parser's own limit, to tell how far jixiao is from
 *     pdf.js and pdf.js from the goal.
 *   - **PDFs with pages to OCR** (scans, and text PDFs with an image-only
 *     page), each once (BENCH_SCANS=0 skips them): `jixiao extract --jobs 2`
 *     once, its CPU a page and pages per CPU second; beside it pdftoppm
 *     rendering the same pages at the OCR resolution (150 dpi, grey), the part
 *     of the work poppler could share (pdftotext itself reads nothing there).
 * Prints CPU time (user + system) of both and the ratio pdftotext CPU /
 * jixiao CPU (1 = as fast as pdftotext; median of the runs), the wall-time
 * ratio (meaningful on a quiet machine only) and jixiao's peak RSS.
 * BENCH_CLI runs another build of jixiao (a before/after comparison). Needs dist/, qpdf, pdftotext
 * (poppler-utils, poppler-data) and /usr/bin/time. BENCH_CORPUS overrides the
 * corpus folder.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, timed } from './measure.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = process.env.BENCH_CLI || join(ROOT, 'dist/cli.js')
const CORPUS = process.env.BENCH_CORPUS || join(ROOT, '../shared/corpus')
const COUNT = Number(process.env.BENCH_PDFS ?? 200)
const RUNS = Number(process.env.BENCH_RUNS ?? 2)
const DIR = join(tmpdir(), 'jixiao-bench-pdf-archive-text')
const SCANS = process.env.BENCH_SCANS !== '0'
const BARE = process.env.BENCH_BARE !== '0'

/** One bare pdf.js lane: reads each listed file's text as jixiao opens it (no rulings, no pipeline). */
const BARE_LANE = `
const [pdfjsModule, ...files] = process.argv.slice(1)
const { readFile } = await import('node:fs/promises')
const { loadPdfJs, openOptions } = await import(pdfjsModule)
const pdfjs = await loadPdfJs()
let pages = 0
for (const f of files) {
  const task = pdfjs.getDocument(openOptions(new Uint8Array(await readFile(f)), false))
  const pdf = await task.promise
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p)
    await page.getTextContent()
    page.cleanup()
    pages++
  }
  await task.destroy()
}
console.log('BAREPAGES ' + pages)
`

function pagesOf(file: string): number {
  return Number(spawnSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }).stdout.trim())
}

/** The pages (1-based) that have no text layer (pdftotext writes \f after every page). */
function pagesWithoutText(file: string, pages: number): number[] {
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) return Array.from({ length: pages }, (_, i) => i + 1)
  return r.stdout.split('\f').slice(0, -1).flatMap((page, i) => (page.trim() === '' ? [i + 1] : []))
}

interface Source {
  file: string
  pages: number
  /** the pages without a text layer (a scan's every page): jixiao OCRs them */
  ocr: number[]
}

function sources(): Source[] {
  const out: Source[] = []
  for (const sub of ['generated', 'forms', 'real-pdf']) {
    const d = join(CORPUS, sub)
    if (!existsSync(d)) continue
    for (const n of readdirSync(d).sort()) {
      if (!n.endsWith('.pdf')) continue
      const file = join(d, n)
      const pages = pagesOf(file)
      out.push({ file, pages, ocr: pagesWithoutText(file, pages) })
    }
  }
  return out.filter((s) => s.pages > 0)
}

/** Builds the archive once; returns its files and total pages. */
function build(all: Source[]): { files: string[]; pages: number } {
  const src = all.filter((s) => s.ocr.length === 0)
  if (src.length === 0) throw new Error(`no text PDFs under ${CORPUS}`)
  mkdirSync(DIR, { recursive: true })
  const files: string[] = []
  let pages = 0
  for (let i = 0; i < COUNT; i++) {
    const s = src[i % src.length]!
    const n = 10 + ((i * 13) % 31)
    const out = join(DIR, `a${String(i).padStart(4, '0')}-${n}p.pdf`)
    files.push(out)
    pages += n
    if (existsSync(out)) continue
    const args = ['--empty', '--pages']
    for (let left = n; left > 0; left -= s.pages) args.push(s.file, left >= s.pages ? `1-${s.pages}` : `1-${left}`)
    args.push('--', out)
    const r = spawnSync('qpdf', args, { encoding: 'utf8' })
    if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed on ${s.file}: ${r.stderr}`)
  }
  return { files, pages }
}

/**
 * pdftotext -layout over the files, two at a time (each lane a shell loop
 * under /usr/bin/time); resolves with wall seconds and CPU seconds (user +
 * system of both lanes).
 */
async function pdftotext(files: string[]): Promise<{ wall: number; cpu: number }> {
  const started = process.hrtime.bigint()
  const lane = (part: string[]) =>
    new Promise<number>((resolve, reject) => {
      const script = 'for f in "$@"; do pdftotext -layout "$f" /dev/null; done'
      const p = spawn('/usr/bin/time', ['-f', 'PTCPU %U %S', 'sh', '-c', script, 'sh', ...part], { stdio: ['ignore', 'ignore', 'pipe'] })
      let err = ''
      p.stderr.on('data', (d: Buffer) => (err += d.toString()))
      p.on('exit', () => {
        const line = err.split('\n').find((l) => l.startsWith('PTCPU '))
        const [, u, sy] = line ? line.split(' ') : []
        resolve(line ? Number(u) + Number(sy) : NaN)
      })
      p.on('error', reject)
    })
  const cpu = await Promise.all([lane(files.filter((_, i) => i % 2 === 0)), lane(files.filter((_, i) => i % 2 === 1))])
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpu[0]! + cpu[1]! }
}

/**
 * Bare pdf.js over the files in two processes at once (the same halves as
 * pdftotext's lanes), each under /usr/bin/time; wall and CPU seconds.
 */
async function barePdfJs(files: string[]): Promise<{ wall: number; cpu: number }> {
  const module = join(dirname(CLI), 'source/pdf/pdfjs.js')
  const started = process.hrtime.bigint()
  const lane = (part: string[]) =>
    new Promise<number>((resolve, reject) => {
      const p = spawn('/usr/bin/time', ['-f', 'PTCPU %U %S', process.execPath, '--input-type=module', '-e', BARE_LANE, module, ...part], { stdio: ['ignore', 'pipe', 'pipe'] })
      let err = ''
      let out = ''
      p.stdout.on('data', (d: Buffer) => (out += d.toString()))
      p.stderr.on('data', (d: Buffer) => (err += d.toString()))
      p.on('exit', () => {
        const line = err.split('\n').find((l) => l.startsWith('PTCPU '))
        const [, u, sy] = line ? line.split(' ') : []
        if (!out.includes('BAREPAGES ')) console.log(`bare pdf.js lane failed: ${err.slice(-300)}`)
        resolve(line && out.includes('BAREPAGES ') ? Number(u) + Number(sy) : NaN)
      })
      p.on('error', reject)
    })
  const cpu = await Promise.all([lane(files.filter((_, i) => i % 2 === 0)), lane(files.filter((_, i) => i % 2 === 1))])
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpu[0]! + cpu[1]! }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build')
  const all = sources()
  const { files, pages } = build(all)
  console.log(`Text PDFs: ${files.length} PDFs, ${pages} pages in ${DIR} (from ${all.filter((s) => s.ocr.length === 0).length} sources)`)
  const out = join(tmpdir(), `jixiao-bench-pdf-archive-out-${process.pid}`)
  const runs: { jxWall: number; jxCpu: number; ptWall: number; ptCpu: number; bareCpu: number; rss: number; ok: string }[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      rmSync(out, { recursive: true, force: true })
      mkdirSync(out, { recursive: true })
      const list = join(out, 'files.txt')
      writeFileSync(list, files.join('\n') + '\n')
      // the listed files only: the folder may hold more from a run with a larger BENCH_PDFS
      const jx = timed(process.execPath, [CLI, 'extract', '--files-from', list, '-o', join(out, 'out'), '--jobs', '2'])
      const summary = jx.stderr.split('\n').filter((l) => l.includes(' inputs: ')).pop() ?? jx.stderr.slice(-300)
      const pt = await pdftotext(files)
      const bare = BARE ? await barePdfJs(files) : { wall: NaN, cpu: NaN }
      console.log(
        `run ${run + 1}: jixiao ${jx.wall.toFixed(1)} s wall, CPU ${jx.cpu.toFixed(1)} s, peak RSS ${jx.rssMb.toFixed(0)} MB; ` +
          `pdftotext -layout ×2 ${pt.wall.toFixed(1)} s wall, CPU ${pt.cpu.toFixed(1)} s; ratio CPU ${(pt.cpu / jx.cpu).toFixed(2)}, wall ${(pt.wall / jx.wall).toFixed(2)}` +
          (BARE ? `; bare pdf.js ×2 ${bare.wall.toFixed(1)} s wall, CPU ${bare.cpu.toFixed(1)} s, ratio CPU ${(pt.cpu / bare.cpu).toFixed(2)}` : ''),
      )
      runs.push({ jxWall: jx.wall, jxCpu: jx.cpu, ptWall: pt.wall, ptCpu: pt.cpu, bareCpu: bare.cpu, rss: jx.rssMb, ok: summary })
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  if (runs.length > 0) {
    const ratio = median(runs.map((r) => r.ptCpu / r.jxCpu))
    const jxCpu = median(runs.map((r) => r.jxCpu))
    const ptCpu = median(runs.map((r) => r.ptCpu))
    console.log(runs[runs.length - 1]!.ok)
    console.log(
      `median of ${runs.length}: jixiao extract --jobs 2 ${((jxCpu * 1000) / pages).toFixed(1)} ms CPU a page (${(pages / jxCpu).toFixed(0)} pages per CPU second), ` +
        `pdftotext -layout ${((ptCpu * 1000) / pages).toFixed(1)} ms (${(pages / ptCpu).toFixed(0)}); ratio (pdftotext CPU / jixiao CPU) ${ratio.toFixed(2)} (goal ≥ 0.5); ` +
        `wall-time ratio ${median(runs.map((r) => r.ptWall / r.jxWall)).toFixed(2)} (meaningful on a quiet machine only); peak RSS ${Math.max(...runs.map((r) => r.rss)).toFixed(0)} MB`,
    )
    if (BARE) {
      const bareCpu = median(runs.map((r) => r.bareCpu))
      console.log(
        `bare pdf.js (getTextContent of every page, two processes): ${((bareCpu * 1000) / pages).toFixed(1)} ms CPU a page; ` +
          `ratio pdftotext / bare pdf.js ${median(runs.map((r) => r.ptCpu / r.bareCpu)).toFixed(2)}, bare pdf.js / jixiao ${median(runs.map((r) => r.bareCpu / r.jxCpu)).toFixed(2)}`,
      )
    }
  }
  if (SCANS) scanned(all)
}

/**
 * The PDFs with pages to OCR, each once: `jixiao extract --jobs 2` over them,
 * and pdftoppm rendering their pages without text at 150 dpi in grey.
 */
function scanned(all: Source[]): void {
  const scans = all.filter((s) => s.ocr.length > 0)
  if (scans.length === 0) return
  const ocrPages = scans.reduce((n, s) => n + s.ocr.length, 0)
  const pages = scans.reduce((n, s) => n + s.pages, 0)
  const out = join(tmpdir(), `jixiao-bench-pdf-archive-scan-${process.pid}`)
  const list = join(out, 'files.txt')
  try {
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    writeFileSync(list, scans.map((s) => s.file).join('\n') + '\n')
    const jx = timed(process.execPath, [CLI, 'extract', '--files-from', list, '-o', join(out, 'out'), '--jobs', '2'])
    const summary = jx.stderr.split('\n').filter((l) => l.includes(' inputs: ')).pop() ?? jx.stderr.slice(-300)
    const lane = scans.flatMap((s) => s.ocr.map((p) => `pdftoppm -r 150 -gray -f ${p} -l ${p} '${s.file}' '${out}/page' && rm -f '${out}'/page*`))
    const pt = timed('sh', ['-c', lane.join(' && ')])
    console.log(`PDFs with pages to OCR: ${scans.length} PDFs (${scans.map((s) => s.file.split('/').pop()).join(', ')}), ${pages} pages, ${ocrPages} without a text layer`)
    console.log(summary)
    console.log(
      `jixiao extract --jobs 2: CPU ${jx.cpu.toFixed(1)} s, ${((jx.cpu * 1000) / ocrPages).toFixed(0)} ms CPU a page OCR'd (the text pages included), ` +
        `${(ocrPages / jx.cpu).toFixed(3)} OCR'd pages per CPU second, wall ${jx.wall.toFixed(1)} s, peak RSS ${jx.rssMb.toFixed(0)} MB; ` +
        `pdftoppm -r 150 -gray of those pages: CPU ${pt.cpu.toFixed(1)} s (${((pt.cpu * 1000) / ocrPages).toFixed(0)} ms a page)`,
    )
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

void main()
