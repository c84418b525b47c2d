/**
 * bench/ocr: OCR throughput and memory on a scanned report. Runs the compiled
 * CLI (`node dist/cli.js extract FILE -o TMP --jobs 1`, one worker thread)
 * under /usr/bin/time and prints pages, CPU time (user + system), pages/s per
 * core (pages / CPU seconds), wall time and peak RSS. CPU time, not wall
 * time, is the figure to compare on a shared machine.
 *
 * usage: npm run bench:ocr [-- FILE.pdf]   (default: the seed's scan in the corpus)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canTime, timed } from './measure.js'
import { estimatePages } from '../src/bulk/pages.js'

const file = process.argv[2] ?? new URL('../../shared/corpus/generated/seed000_scan.pdf', import.meta.url).pathname
const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-ocr-'))
try {
  if (!canTime) console.log('note: /usr/bin/time is missing (apt-get install time): CPU time and RSS are not measured')
  const pages = await estimatePages(file)
  const t = timed(process.execPath, ['dist/cli.js', 'extract', file, '-o', out, '--jobs', '1'])
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { counts: { ok: number } }
  if (manifest.counts.ok !== 1) throw new Error(`the run did not read ${file}: ${t.stderr}`)
  console.log(`${file}: ${pages} pages`)
  console.log(`CPU ${t.cpu.toFixed(1)} s (${(t.cpu / pages).toFixed(2)} s/page) → ${(pages / t.cpu).toFixed(3)} pages/s per core`)
  console.log(`wall ${t.wall.toFixed(1)} s, peak RSS ${Math.round(t.rssMb)} MB`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
