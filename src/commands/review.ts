/**
 * `jixiao review PATH... [-o DIR] [--lang LANG]`: a static site for people who
 * read reports, not JSON — DIR/index.html lists every input (failed ones with
 * their reason), DIR/<id>.html shows one report with each finding beside its
 * quoted sides (for a PDF, a band of the page image with the cited text
 * boxed). Opens from file://; nothing is fetched.
 */
import { availableParallelism } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { intOption, numberOption, parse, UsageError, UserError } from './args.js'
import { collect, type Collected } from './collect.js'
import { byPath } from '../store/manifest.js'
import { loadGrammar } from '../grammar/load.js'
import { catalogue, parseLang } from '../messages/catalogue.js'
import { pageName } from '../review/html.js'
import { indexPage, type IndexRow } from '../review/index-page.js'
import { findingSides, reportPage } from '../review/report-page.js'
import { renderCrops, type Crops } from '../review/images.js'
import { reviewContext, severityCounts } from '../review/summary.js'

/** `jixiao review --help`. */
export const REVIEW_HELP = `Usage: jixiao review PATH... [options]

Writes a static review site: DIR/index.html (every report: department,
region, year, total, grade, findings by severity; sortable, filterable) and
DIR/<id>.html per report (each finding with both quoted sides, page:line and,
for a PDF, the page image with the cited text boxed; the outline, indicators
and budget tables). PATH is an output folder of 'jixiao extract' or report
files and folders (read now). The pages open from file:// with no network.

Options:
  -o, --out DIR        folder to write (default: review)
      --lang LANG      language of the pages: zh-CN (default) or en
  -j, --jobs N         worker threads when reading inputs (default: number of cores)
      --timeout SEC    per-file time limit when reading inputs (default 120, 0 = none)
  -h, --help           this help

Exit codes: 0 written, 1 an input or output folder could not be read, 2 usage error.
`

function indexRow(c: Collected): IndexRow {
  const r = c.report
  if (!r) {
    return { href: null, path: c.path, department: null, region: null, year: null, total: null, grade: null, counts: { error: 0, warning: 0, info: 0 }, codes: [], reason: `${c.code ?? ''} ${c.reason ?? ''}`.trim() }
  }
  return {
    href: pageName(r.id),
    path: c.path,
    department: r.meta.department?.value ?? null,
    region: r.meta.region?.value ?? null,
    year: r.meta.year?.value ?? null,
    total: r.totals.score?.value ?? null,
    grade: r.totals.grade?.raw ?? null,
    counts: severityCounts(r.findings),
    codes: [...new Set(r.findings.map((f) => f.code))],
    reason: null,
  }
}

/**
 * Runs the review command.
 * @param argv arguments after `review`
 * @returns the exit code
 */
export async function runReview(argv: string[]): Promise<number> {
  const { values, positionals } = parse('review', argv, {
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(REVIEW_HELP)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('review: give at least one file, folder or output folder (jixiao review --help)')
  const lang = parseLang(values.lang)
  if (!lang) throw new UsageError(`review: --lang must be zh-CN or en, got '${values.lang}'`)
  const jobs = intOption('review', 'jobs', values.jobs, availableParallelism())
  const timeoutMs = Math.round(numberOption('review', 'timeout', values.timeout, 120) * 1000)
  const out = values.out ?? 'review'

  const items = (await collect(positionals, jobs, timeoutMs)).sort(byPath)
  const grammar = loadGrammar()
  const ctx = reviewContext(catalogue(lang, grammar), grammar)
  try {
    mkdirSync(out, { recursive: true })
  } catch (e) {
    throw new UserError(`cannot write ${out}: ${(e as Error).message.split('\n')[0]}`)
  }
  const seen = new Set<string>()
  let images = 0
  for (const c of items) {
    const r = c.report
    if (!r || seen.has(r.id)) continue
    seen.add(r.id)
    const name = pageName(r.id)
    const findings = findingSides(r)
    // a page image that cannot be made costs that report its images, never the run
    const crops: Crops = await renderCrops(r, findings.flatMap((f) => f.sides), out, name.replace(/\.html$/, '')).catch((e: unknown) => ({
      bySide: new Map(),
      problem: e instanceof Error ? e.message.split('\n')[0]! : String(e),
    }))
    images += crops.bySide.size
    if (crops.problem) process.stderr.write(`jixiao: review: ${c.path}: no page images (${crops.problem})\n`)
    writeFileSync(join(out, name), reportPage(ctx, r, findings, crops))
  }
  writeFileSync(join(out, 'index.html'), indexPage(ctx, items.map(indexRow)))
  const failed = items.filter((c) => !c.report).length
  process.stderr.write(`jixiao: review: ${items.length} inputs (${seen.size} reports, ${failed} failed, ${images} page images) → ${join(out, 'index.html')}\n`)
  return 0
}
