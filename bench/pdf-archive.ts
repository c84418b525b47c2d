/**
 * PDF archive bench (`npm run bench:pdf-archive`): builds an archive of
 * BENCH_PDFS (default 200) PDFs of 10–40 pages from the corpus's text PDFs
 * (../shared/corpus/{generated,forms,real-pdf}, scans left out) with qpdf —
 * a source's pages repeated and cut to the page count — in
 * $TMPDIR/jixiao-bench-pdf-archive/ (kept between runs), then, in the same
 * run, BENCH_RUNS times (default 2) in turn:
 *   - `jixiao extract DIR --jobs 2`;
 *   - `pdftotext -layout FILE /dev/null` over the same files, two at a time.
 * Prints pages/s, CPU, peak RSS and the ratio (pdftotext time / jixiao time;
 * 1 = as fast as pdftotext), best of the runs. Needs dist/, qpdf, pdftotext
 * (poppler-utils, poppler-data) and /usr/bin/time. BENCH_CORPUS overrides the
 * corpus folder.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { timed } from './measure.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist/cli.js')
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpus')
const COUNT = Number(process.env.BENCH_PDFS ?? 200)
const RUNS = Number(process.env.BENCH_RUNS ?? 2)
const DIR = join(tmpdir(), 'jixiao-bench-pdf-archive')

function pagesOf(file: string): number {
  return Number(spawnSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }).stdout.trim())
}

function sources(): { file: string; pages: number }[] {
  const out: { file: string; pages: number }[] = []
  for (const sub of ['generated', 'forms', 'real-pdf']) {
    const d = join(CORPUS, sub)
    if (!existsSync(d)) continue
    for (const n of readdirSync(d).sort()) if (n.endsWith('.pdf') && !n.includes('scan')) out.push({ file: join(d, n), pages: pagesOf(join(d, n)) })
  }
  return out.filter((s) => s.pages > 0)
}

/** Builds the archive once; returns its files and total pages. */
function build(): { files: string[]; pages: number } {
  const src = sources()
  if (src.length === 0) throw new Error(`no PDFs under ${CORPUS}`)
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

/** pdftotext -layout over the files, two at a time; resolves with wall seconds. */
async function pdftotext(files: string[]): Promise<number> {
  const started = process.hrtime.bigint()
  let next = 0
  const lane = async () => {
    while (next < files.length) {
      const f = files[next++]!
      await new Promise<void>((resolve, reject) => {
        const p = spawn('pdftotext', ['-layout', f, '/dev/null'], { stdio: 'ignore' })
        p.on('exit', () => resolve())
        p.on('error', reject)
      })
    }
  }
  await Promise.all([lane(), lane()])
  return Number(process.hrtime.bigint() - started) / 1e9
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build')
  const { files, pages } = build()
  console.log(`${files.length} PDFs, ${pages} pages in ${DIR}`)
  const out = join(tmpdir(), `jixiao-bench-pdf-archive-out-${process.pid}`)
  let best: { jx: number; pt: number; cpu: number; rss: number; ok: string } | null = null
  try {
    for (let run = 0; run < RUNS; run++) {
      rmSync(out, { recursive: true, force: true })
      const jx = timed(process.execPath, [CLI, 'extract', DIR, '-o', out, '--jobs', '2'])
      const summary = jx.stderr.split('\n').filter((l) => l.includes(' inputs: ')).pop() ?? jx.stderr.slice(-300)
      // pdftotext's CPU: the children's, read around the run
      const pt = await pdftotext(files)
      console.log(`run ${run + 1}: jixiao ${jx.wall.toFixed(1)} s (CPU ${jx.cpu.toFixed(1)} s, peak RSS ${jx.rssMb.toFixed(0)} MB), pdftotext -layout ×2 ${pt.toFixed(1)} s, ratio ${(pt / jx.wall).toFixed(2)}`)
      if (!best || pt / jx.wall > best.pt / best.jx) best = { jx: jx.wall, pt, cpu: jx.cpu, rss: jx.rssMb, ok: summary }
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  if (best) {
    console.log(best.ok)
    console.log(
      `best: jixiao extract --jobs 2 ${(pages / best.jx).toFixed(0)} pages/s, pdftotext -layout two at a time ${(pages / best.pt).toFixed(0)} pages/s, ` +
        `ratio ${(best.pt / best.jx).toFixed(2)} (goal ≥ 0.5); jixiao CPU ${((best.cpu * 1000) / pages).toFixed(1)} ms a page`,
    )
  }
}

void main()
