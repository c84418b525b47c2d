/**
 * What one more document costs a worker (`npx tsx bench/pdf-doc-cost.ts`):
 * the first page of each seed PDF, cut out with qpdf, read BENCH_READS
 * (default 25) times by `readSource` in one process (as a bulk worker reads
 * one file after another), each read after a full GC; CPU ms of the first
 * read (cMap, font and wasm files read from disk) and the median and least of
 * the others (those files from the worker's cache), against `pdftotext
 * -layout` on the same file (20 runs in one /usr/bin/time). BENCH_DIST runs
 * another build.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { timed } from './measure.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = process.env.BENCH_DIST || join(ROOT, 'dist')
const READS = Math.max(2, Number(process.env.BENCH_READS ?? 25))
const WORK = join(tmpdir(), 'jixiao-bench-pdf-doc-cost')

const child = `
const [dist, path, n] = process.argv.slice(1)
const { readSource } = await import(dist + '/source/read.js')
const { loadPdfJs } = await import(dist + '/source/pdf/pdfjs.js')
await loadPdfJs()
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const ms = []
for (let i = 0; i < Number(n); i++) { globalThis.gc(); const t = cpu(); await readSource(path, { rulings: true }); ms.push(cpu() - t) }
const rest = ms.slice(1).sort((a, b) => a - b)
console.log(JSON.stringify({ first: ms[0], median: rest[rest.length >> 1], least: rest[0] }))
`

mkdirSync(WORK, { recursive: true })
console.log(`One-page documents read ${READS} times in one process (CPU ms): first, then median and least; pdftotext -layout per run`)
for (const dir of ['pdf-libreoffice', 'pdf-chromium', 'pdf-stsong-nonembedded']) {
  const one = join(WORK, `${dir}-p1.pdf`)
  if (!existsSync(one)) execFileSync('qpdf', ['--empty', '--pages', join(ROOT, 'fixtures', dir, 'input.pdf'), '1', '--', one])
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child, DIST, one, String(READS)], { encoding: 'utf8' })
  if (r.status !== 0) {
    console.log(`${dir}: failed (${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.status})`)
    continue
  }
  const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { first: number; median: number; least: number }
  const pt = timed('sh', ['-c', 'for i in $(seq 20); do pdftotext -layout "$1" /dev/null || exit 1; done', 'sh', one])
  console.log(`${dir}: first ${m.first.toFixed(0)}, then ${m.median.toFixed(0)} (least ${m.least.toFixed(0)}); pdftotext ${((pt.cpu * 1000) / 20).toFixed(1)}`)
}
