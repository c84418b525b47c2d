/**
 * The fuzz corpus: mutants of a few of the repository's PDFs (fixtures/) and
 * texts (seeds/, fixtures/), named after their base and mutations. Run
 * `npx tsx test/fuzz/corpus.ts DIR [SEED] [PDFS] [TEXTS]` to write the same
 * mutants a failing fuzz run saw.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BYTE_OPS, TEXT_OPS, mutate, rng } from './mutate.js'

const ROOT = join(fileURLToPath(import.meta.url), '../../..')

const PDF_BASES = [
  'fixtures/pdf-stsong-nonembedded/input.pdf',
  'fixtures/form-07-blank-templates-with-maxima-in-names/input.pdf',
  'fixtures/form-02-weight-total-row-is-a-maximum-not-a-score/input.pdf',
  'fixtures/pdf-bad-some-pages-without-text/input.pdf',
]
const TEXT_BASES = [
  'seeds/000_d2e29ec8149df6e0.txt',
  'fixtures/real-02-two-project-forms-as-pipe-tables/input.txt',
  'fixtures/real-08-ocr-project-table-cells-glued/input.txt',
  'fixtures/prose-dept-report-scores-with-deductions-and-grade-words/input.txt',
  'fixtures/real-10-project-table-with-unscored-sub-rows/input.txt',
]

const slug = (path: string) => basename(path.replace(/\/input\.(pdf|txt)$/, '')).slice(0, 24).replace(/\.(pdf|txt)$/, '')

/** Writes the mutants of a seed into inDir; returns their paths. */
export function makeMutants(inDir: string, seed: number, pdfs: number, texts: number): string[] {
  const r = rng(seed)
  mkdirSync(inDir, { recursive: true })
  const paths: string[] = []
  for (let n = 0; n < pdfs; n++) {
    const base = PDF_BASES[n % PDF_BASES.length]!
    const m = mutate(new Uint8Array(readFileSync(join(ROOT, base))), BYTE_OPS, r)
    const p = join(inDir, `p${String(n).padStart(3, '0')}_${slug(base)}_${m.ops.join('+')}.pdf`)
    writeFileSync(p, m.data)
    paths.push(p)
  }
  for (let n = 0; n < texts; n++) {
    const base = TEXT_BASES[n % TEXT_BASES.length]!
    const m = mutate(readFileSync(join(ROOT, base), 'utf8'), TEXT_OPS, r)
    const p = join(inDir, `t${String(n).padStart(3, '0')}_${slug(base)}_${m.ops.join('+')}.txt`)
    writeFileSync(p, m.data)
    paths.push(p)
  }
  return paths
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, seed = '20261202', pdfs = '14', texts = '40'] = process.argv.slice(2)
  if (!dir) throw new Error('usage: tsx test/fuzz/corpus.ts DIR [SEED] [PDFS] [TEXTS]')
  for (const p of makeMutants(dir, Number(seed), Number(pdfs), Number(texts))) console.log(p)
}
