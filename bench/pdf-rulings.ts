/**
 * bench:pdf, first part: what reading ruling lines (pdf.js getOperatorList on
 * pages that look like tables) costs, against `pdftotext -layout` in the same
 * run. For each of the seed's three PDFs (and a ruled form):
 *
 * - **pages without tables**: the pages on which jixiao finds no ruled table,
 *   taken out with qpdf and repeated; read with ruling lines (as `extract`
 *   does) and without them (`rulings: false`: text lines only, as before the
 *   geometry reader). The cost is `with / without − 1` (goal ≤ 5 %).
 * - **whole PDF**: every page, repeated, the same two ways (goal ≤ 25 %).
 *
 * CPU time (user + system), not wall time: the machine may be shared. jixiao
 * is timed inside one child process per file (modules loaded, two warm-up
 * reads each way, then BENCH_REPS (7) reads alternating with/without, each
 * after a full GC, medians);
 * pdftotext as whole processes (start-up included), BENCH_PT_LOOP runs in one
 * `/usr/bin/time`, median of 3. Ratio = jixiao pages/s ÷ pdftotext pages/s.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { median, timed } from './measure.js'

const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 7))
const PT_LOOP = Math.max(1, Number(process.env.BENCH_PT_LOOP ?? 5))

/** The child: reads one PDF with and without ruling lines; prints pages, table pages, tabular pages, medians (CPU ms). */
const child = (dist: string) => `
const [path, reps] = process.argv.slice(1)
const { readSource } = await import(${JSON.stringify(join(dist, 'source/read.js'))})
const { loadPdfJs } = await import(${JSON.stringify(join(dist, 'source/pdf/pdfjs.js'))})
const { looksTabular } = await import(${JSON.stringify(join(dist, 'source/pdf/tables/index.js'))})
await loadPdfJs()
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const once = async (rulings) => { globalThis.gc?.(); const t = cpu(); const r = await readSource(path, { rulings }); return { ms: cpu() - t, r } }
const first = await once(true)
await once(false)
await once(true)
await once(false)
const doc = first.r.doc
if (!doc) { console.log(JSON.stringify({ error: first.r.diagnostics.map((d) => d.code).join(',') })); process.exit(0) }
const tablePages = [...new Set((doc.tables ?? []).flatMap((t) => t.pages))].sort((a, b) => a - b)
const tabular = []
for (let p = 1; p <= doc.pages; p++) if (looksTabular(doc.layout.filter((l) => l.page === p), 0)) tabular.push(p)
const on = [], off = []
for (let i = 0; i < Number(reps); i++) { on.push((await once(true)).ms); off.push((await once(false)).ms) }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1] }
console.log(JSON.stringify({ pages: doc.pages, tablePages, tabular, on: med(on), off: med(off) }))
`

interface ChildResult {
  pages: number
  tablePages: number[]
  tabular: number[]
  on: number
  off: number
  error?: string
}

function readBoth(dist: string, path: string): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child(dist), path, String(REPS)], { encoding: 'utf8', maxBuffer: 1 << 24 })
  if (r.status !== 0) return { pages: 0, tablePages: [], tabular: [], on: NaN, off: NaN, error: r.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status}` }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult
}

/** pdftotext -layout's CPU ms for one run of the file (PT_LOOP runs per measurement, median of 3). */
function pdftotextMs(path: string): number {
  const script = `for i in $(seq ${PT_LOOP}); do pdftotext -layout "$1" /dev/null || exit 1; done`
  const runs = Array.from({ length: 3 }, () => timed('sh', ['-c', script, 'sh', path]))
  if (runs.some((r) => r.status !== 0)) throw new Error(`pdftotext failed on ${path}: ${runs[0]!.stderr}`)
  return (median(runs.map((r) => r.cpu)) * 1000) / PT_LOOP
}

/** A PDF of `pages` of `src`, the selection repeated `times` times (qpdf). */
function pick(src: string, pages: number[] | null, times: number, out: string): string {
  if (!existsSync(out)) {
    const range = pages ? pages.join(',') : '1-z'
    execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: times }, () => [src, range]).flat(), '--', out])
  }
  return out
}

/**
 * Prints the table of the rulings bench.
 * @param root the project folder (fixtures/)
 * @param dist compiled jixiao
 * @param work scratch folder for the built PDFs
 * @param repeat copies of each selection
 */
export function rulingsBench(root: string, dist: string, work: string, repeat: number): void {
  const sources = [
    ['seed libreoffice', 'pdf-libreoffice'],
    ['seed chromium', 'pdf-chromium'],
    ['seed stsong', 'pdf-stsong-nonembedded'],
    ['ruled form', 'form-01-ruled-landscape-table-over-two-pages-without-repeated-header'],
  ] as const
  console.log(`Ruling lines (operator lists): CPU ms, jixiao median of ${REPS} reads in one warm process, pdftotext median of 3 × ${PT_LOOP} processes`)
  const header = ['file', 'pages', 'op-list pages', 'pdftotext ms', 'without ms', 'with ms', 'cost', 'ratio without', 'ratio with']
  const rows: string[][] = []
  for (const [label, dir] of sources) {
    const src = join(root, 'fixtures', dir, 'input.pdf')
    if (!existsSync(src)) continue
    const probe = readBoth(dist, src)
    if (probe.error) {
      rows.push([label, `jixiao failed: ${probe.error}`])
      continue
    }
    const plain = Array.from({ length: probe.pages }, (_, i) => i + 1).filter((p) => !probe.tablePages.includes(p))
    const cases: [string, number[] | null][] = []
    if (plain.length > 0 && plain.length < probe.pages) cases.push([`${label}, ${plain.length} pages without tables ×${repeat}`, plain])
    cases.push([`${label}, whole ×${repeat}`, null])
    for (const [name, pages] of cases) {
      const file = pick(src, pages, repeat, join(work, `rulings-${dir}-${pages ? 'plain' : 'whole'}-x${repeat}.pdf`))
      const m = readBoth(dist, file)
      if (m.error) {
        rows.push([name, `jixiao failed: ${m.error}`])
        continue
      }
      const pt = pdftotextMs(file)
      rows.push([
        name,
        String(m.pages),
        String(m.tabular.length),
        pt.toFixed(0),
        m.off.toFixed(0),
        m.on.toFixed(0),
        `${((m.on / m.off - 1) * 100).toFixed(1)} %`,
        (pt / m.off).toFixed(2),
        (pt / m.on).toFixed(2),
      ])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  for (const r of rows) console.log(line(r))
  console.log('cost = with / without − 1 (goal: ≤ 5 % on pages without tables, ≤ 25 % on a whole seed PDF); ratio = pdftotext CPU ÷ jixiao CPU (= pages/s ÷ pages/s)\n')
}
