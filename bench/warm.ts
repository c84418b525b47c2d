/**
 * The warm text path per stage, in one thread (`BENCH_ARCHIVE=DIR npx tsx
 * bench/warm.ts`, after `npm run build`; `BENCH_BASE=<other>/dist` adds
 * another build): every .txt under DIR is
 * read once, then BENCH_PASSES (default 4) passes run each stage of the
 * pipeline on every document as `processDocument` does (with BENCH_BASE the
 * two builds take turns document by document), then the record's
 * validation, its JSON text and its CSV parts (the worker's per-record work,
 * without the file system). Printed per stage: ms a report (wall time around
 * each call, all passes after the first), and the whole per-report CPU of
 * the process (`process.cpuUsage`, which counts V8's compiler threads too)
 * over the same passes. The first pass warms code and memos and is shown
 * apart.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const PASSES = Number(process.env.BENCH_PASSES ?? 4)
const ARCHIVE = process.env.BENCH_ARCHIVE
const STAGES = ['lines', 'normalize', 'regions', 'segment', 'extract', 'canonicalize', 'check', 'zod', 'json', 'csv'] as const
type Stage = (typeof STAGES)[number]

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Tree {
  name: string
  run: (doc: any, time: (stage: Stage, f: () => any) => any) => void
  readSource: (path: string, options: object) => Promise<{ doc: unknown }>
}

async function load(name: string, dist: string): Promise<Tree> {
  const imp = (p: string): Promise<any> => import(join(dist, p))
  const grammar = (await imp('grammar/load.js')).loadGrammar()
  const { contextFactory } = await imp('pipeline/context.js')
  const { linesStage } = await imp('stages/lines/index.js')
  const { tableRegions } = await imp('stages/lines/table-regions.js')
  const { normalizeStage } = await imp('stages/normalize/index.js')
  const { segmentStage } = await imp('stages/segment/index.js')
  const { extractStage } = await imp('stages/extract/index.js')
  const { canonicalizeStage } = await imp('stages/canonicalize/index.js')
  const { checkStage } = await imp('stages/check/index.js')
  const { Report, SCHEMA_VERSION } = await imp('model/report.js')
  const { producer } = await imp('version.js')
  const { reportId } = await imp('pipeline/id.js')
  const { csvParts } = await imp('store/csv.js')
  const read = await imp('source/read.js')
  const run = (source: any, time: (stage: Stage, f: () => any) => any): void => {
    const ctx = contextFactory(source, grammar)
    const diagnostics: any[] = []
    const findings: any[] = []
    const lines = time('lines', () => linesStage.run(source, ctx.forStage('lines', diagnostics)))
    const norm = time('normalize', () => normalizeStage.run(lines, ctx.forStage('normalize', diagnostics)))
    const regions = time('regions', () => tableRegions(lines, ctx.forStage('lines', diagnostics)))
    const outline = time('segment', () => segmentStage.run({ norm, tableRegions: regions }, ctx.forStage('segment', diagnostics)))
    const extraction = time('extract', () => extractStage.run({ lines, norm, outline, tableRegions: regions }, ctx.forStage('extract', diagnostics)))
    const canonical = time('canonicalize', () => canonicalizeStage.run(extraction, ctx.forStage('canonicalize', diagnostics)))
    // the record as pipeline/run assembles it, written out here because the bench also times builds
    // (BENCH_BASE) whose run.ts exports no assembly function; keep the two in step
    const record: any = {
      schemaVersion: SCHEMA_VERSION,
      producer: producer(),
      id: reportId(source.sha256),
      source: { path: source.path, sha256: source.sha256, format: source.format, encoding: source.encoding, pages: source.pages },
      meta: canonical.meta,
      sections: outline.sections.map(({ norm: _n, ...section }: any) => section),
      indicators: canonical.indicators,
      groups: canonical.groups ?? [],
      scoreTables: canonical.scoreTables ?? [],
      totals: canonical.totals,
      tables: canonical.tables,
      facts: canonical.facts,
      ...(canonical.layoutTables ? { layoutTables: canonical.layoutTables } : {}),
      diagnostics,
      findings,
    }
    time('check', () => checkStage.run(record, ctx.forStage('check', findings)))
    const parsed = time('zod', () => Report.safeParse(record))
    if (!parsed.success) throw new Error(`record ${record.id} does not satisfy the schema`)
    time('json', () => JSON.stringify(parsed.data, null, 2))
    time('csv', () => csvParts(parsed.data))
  }
  return { name, run, readSource: read.readSource }
}

function texts(dir: string): string[] {
  const out: string[] = []
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) out.push(...texts(p))
    else if (n.endsWith('.txt')) out.push(p)
  }
  return out
}

async function main(): Promise<void> {
  if (!ARCHIVE) throw new Error('set BENCH_ARCHIVE to a folder of text reports (BENCH_ARCHIVE_ONLY of bench/bulk.ts)')
  const trees = [await load('this tree', join(import.meta.dirname, '..', 'dist'))]
  if (process.env.BENCH_BASE) trees.push(await load(process.env.BENCH_BASE, process.env.BENCH_BASE))
  const docs: unknown[] = []
  for (const p of texts(ARCHIVE)) {
    const r = await trees[0]!.readSource(p, {})
    if (r.doc) docs.push(r.doc)
  }
  const n = docs.length
  const per = trees.map(() => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>)
  const cpu = trees.map(() => 0)
  const first = trees.map(() => 0)
  const timers = per.map((acc) => (s: Stage, f: () => any) => {
    const t = performance.now()
    const r = f()
    acc[s] += performance.now() - t
    return r
  })
  const untimed = (_s: Stage, f: () => any) => f()
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, d] of docs.entries()) {
      // the trees take turns document by document, the order swapped every other one: a shared machine's load falls on both alike
      const order = trees.map((_, k) => k)
      if ((i + pass) % 2) order.reverse()
      for (const k of order) {
        const c0 = process.cpuUsage()
        trees[k]!.run(d, pass === 0 ? untimed : timers[k]!)
        const c = process.cpuUsage(c0)
        const ms = (c.user + c.system) / 1000
        if (pass === 0) first[k]! += ms
        else cpu[k]! += ms
      }
    }
  }
  const warm = n * (PASSES - 1)
  for (const [k, t] of trees.entries()) {
    const stages = STAGES.map((s) => `${s} ${(per[k]![s] / warm).toFixed(3)}`).join(', ')
    const sum = STAGES.reduce((a, s) => a + per[k]![s], 0) / warm
    console.log(`${t.name}: ${n} reports; first pass ${(first[k]! / n).toFixed(2)} ms CPU a report; warm ${(cpu[k]! / warm).toFixed(2)} ms CPU (all threads), stages ${sum.toFixed(3)} ms wall:`)
    console.log(`  ${stages}`)
  }
  if (trees.length === 2) console.log(`warm CPU this tree / base: ${(cpu[0]! / cpu[1]!).toFixed(3)}`)
}

await main()
