/**
 * The stages of the text path, this tree against another, in one process
 * (`BENCH_BASE=<other>/dist npx tsx bench/stages.ts`, after `npm run build`
 * in both): every text input of the repository (seeds, fixtures, eval-*; each
 * distinct, up to BENCH_MAX_CHARS characters, default 30,000: report-sized,
 * not the stress inputs) is read once, then `processDocument` of each tree runs on each
 * document in turn, the order swapped every other document, BENCH_ROUNDS
 * times (default 3). Wall time per document around the call; as the two trees
 * alternate document by document, a shared machine's load falls on both
 * alike, which whole-process CPU times (bench:bulk) cannot promise. Round 1
 * is each document's first sight in the process (memos empty, code cold for
 * the first ones); later rounds are warm.
 *
 * Without BENCH_BASE it times this tree alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const MAX_CHARS = Number(process.env.BENCH_MAX_CHARS ?? 30000)

interface Tree {
  name: string
  processDocument: (doc: unknown, grammar: unknown, diagnostics: unknown[], options: { validate: boolean }) => unknown
  grammar: unknown
  readSource: (path: string, options: object) => Promise<{ doc: unknown }>
}

async function load(name: string, dist: string): Promise<Tree> {
  const run = await import(join(dist, 'pipeline/run.js'))
  const grammar = (await import(join(dist, 'grammar/load.js'))).loadGrammar()
  const read = await import(join(dist, 'source/read.js'))
  return { name, processDocument: run.processDocument, grammar, readSource: read.readSource }
}

/** Every text input of the repository. */
function inputs(): string[] {
  const out = readdirSync(join(ROOT, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => join(ROOT, 'seeds', n))
  for (const dir of readdirSync(ROOT).filter((n) => n === 'fixtures' || n.startsWith('eval-')).sort())
    for (const c of readdirSync(join(ROOT, dir)).sort()) {
      const p = join(ROOT, dir, c, 'input.txt')
      if (existsSync(p)) out.push(p)
    }
  return out
}

async function main(): Promise<void> {
  const dist = join(ROOT, 'dist')
  if (!existsSync(join(dist, 'pipeline/run.js'))) throw new Error('dist/ is missing: run npm run build')
  const trees = [await load('this tree', dist)]
  if (process.env.BENCH_BASE) trees.push(await load(process.env.BENCH_BASE, process.env.BENCH_BASE))
  const docs: unknown[] = []
  for (const p of inputs()) {
    if (statSync(p).size > MAX_CHARS * 3) continue
    const r = await trees[0]!.readSource(p, {})
    const text = (r.doc as { text?: string } | null)?.text
    if (r.doc && text !== undefined && text.length <= MAX_CHARS) docs.push(r.doc)
  }
  const total = trees.map(() => 0)
  const first = trees.map(() => 0)
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < docs.length; i++) {
      const order = trees.map((_, k) => k)
      if ((i + round) % 2) order.reverse()
      for (const k of order) {
        const t = trees[k]!
        const started = performance.now()
        t.processDocument(docs[i], t.grammar, [], { validate: false })
        const ms = performance.now() - started
        total[k]! += ms
        if (round === 0) first[k]! += ms
      }
    }
  }
  const n = docs.length
  trees.forEach((t, k) =>
    console.log(
      `${t.name}: ${(total[k]! / (n * ROUNDS)).toFixed(2)} ms per document over ${ROUNDS} rounds of ${n} documents; ` +
        `round 1 ${(first[k]! / n).toFixed(2)}, later rounds ${ROUNDS > 1 ? ((total[k]! - first[k]!) / (n * (ROUNDS - 1))).toFixed(2) : '-'}`,
    ),
  )
  if (trees.length === 2) console.log(`this tree / base: ${(total[0]! / total[1]!).toFixed(3)} (round 1: ${(first[0]! / first[1]!).toFixed(3)})`)
}

await main()
