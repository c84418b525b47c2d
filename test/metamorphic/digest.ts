/**
 * Metamorphic tests' digest: what jixiao extracts from a document, minus
 * where it was printed (spans, pages, lines, raw strings). Two texts that say
 * the same thing must give equal digests.
 */
import { readFileSync } from 'node:fs'
import { decodeText } from '../../src/source/read-text.js'
import { processDocument } from '../../src/pipeline/run.js'
import { loadGrammar, type Grammar } from '../../src/grammar/load.js'
import type { Report } from '../../src/model/report.js'
import { spanViolations } from '../helpers/spans.js'

/** Indicator names and row labels keep the document's characters; compared with full-width digits, brackets and colons folded. */
const fold = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[（）：]/g, (c) => ({ '（': '(', '）': ')', '：': ':' })[c]!)

let grammar: Grammar | null = null

/**
 * Runs the pipeline on bytes (any encoding decodeText reads). Every transformed text must also keep
 * the span invariant: a record whose spans do not slice back to their raw text fails the test here.
 */
export function runBytes(bytes: Uint8Array, path = 'metamorphic.txt'): Report {
  const r = decodeText(path, bytes, 'metamorphic')
  if (!r.doc) throw new Error(r.diagnostics.map((d) => d.message).join('; '))
  grammar ??= loadGrammar()
  const report = processDocument(r.doc, grammar, r.diagnostics)
  const broken = spanViolations(report, r.doc.text)
  if (broken.length) throw new Error(`span invariant broken on a transformed text (${broken.length}): ${broken.slice(0, 3).join('; ')}`)
  return report
}

/** Runs the pipeline on a string written as UTF-8. */
export function runText(text: string): Report {
  return runBytes(Buffer.from(text, 'utf8'))
}

export function readInput(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
}

/** Values only: indicators, totals, level-1/2 sections, table rows, facts, error codes. */
export function digest(r: Report) {
  return {
    indicators: r.indicators.map((i) => `${fold(i.name)} | ${i.max?.value ?? '-'} | ${i.score?.value ?? '-'}`),
    totals: { score: r.totals.score?.value ?? null, max: r.totals.max?.value ?? null, grade: r.totals.grade?.value ?? null },
    sections: r.sections.filter((s) => s.level >= 1 && s.level <= 2).map((s) => `${s.level} ${s.title}`),
    tables: r.tables.map((t) => ({
      unit: t.unit,
      rows: t.rows.map((row) => `${fold(row.label)} | ${row.role} | ${row.cells.map((c) => c.value ?? '-').join(' ')}`),
    })),
    facts: r.facts.map((f) => `${f.key} = ${f.value}${f.unit ?? ''}`),
    errors: [...r.diagnostics, ...r.findings].filter((d) => d.severity === 'error').map((d) => d.code).sort(),
  }
}

export type Digest = ReturnType<typeof digest>

/** The digest of a text given as a string. */
export const digestText = (text: string): Digest => digest(runText(text))

const baseCache = new Map<string, { text: string; report: Report; digest: Digest }>()

/** The untransformed document: its text (BOM dropped), record and digest, computed once per path. */
export function base(path: string) {
  let b = baseCache.get(path)
  if (!b) {
    const text = readInput(path)
    const report = runText(text)
    baseCache.set(path, (b = { text, report, digest: digest(report) }))
  }
  return b
}
