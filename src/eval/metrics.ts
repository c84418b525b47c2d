/**
 * Evaluation metrics: precision, recall and F1 of (name, 分值, 得分) triples,
 * total-score and grade accuracy, and level-1 heading F1.
 *
 * Name matching rule (tolerant, documented): both names are NFKC-folded and
 * folded like the report text (traditional characters to simplified ones); white
 * space, ★/☆ marks, a leading numbering or placeholder prefix (`1、`, `2.`,
 * `指标1`, `指标2:`), parenthesised parts (`(预算执行)`, `(5分)`) and trailing
 * punctuation are removed. Two names match when the results are equal, or when
 * one contains the other and the shorter has at least 4 characters. A triple
 * is a true positive when its name matches and 分值 and 得分 are equal (null
 * equals null). Each expected triple is matched at most once, exact names first.
 */
import { evalGrammar, type Grammar } from '../grammar/load.js'
import { foldChars } from '../stages/normalize/keys.js'

/** An indicator as the evaluation sees it. */
export interface Triple {
  name: string
  max: number | null
  score: number | null
}

/** True positives, and how many were predicted and expected. */
export interface Counts {
  tp: number
  predicted: number
  expected: number
}

/** Precision, recall and F1, each 0–1. */
export interface Prf {
  precision: number
  recall: number
  f1: number
}

/** P, R, F1 of counts; an empty side gives 1 when both are empty. */
export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? (c.expected === 0 ? 1 : 0) : c.tp / c.predicted
  const recall = c.expected === 0 ? (c.predicted === 0 ? 1 : 0) : c.tp / c.expected
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Adds counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, expected: a.expected + b.expected }
}

/** Text folded as normalize folds the report (one character to one: traditional → simplified). */
function foldText(grammar: Grammar, text: string): string {
  return foldChars(grammar, text)
}

/** Text NFKC-folded and folded as the report text, then without what each pattern (in order) matches. */
function reduce(grammar: Grammar, text: string, strip: readonly string[]): string {
  let s = foldText(grammar, text.normalize('NFKC'))
  const rules = evalGrammar(grammar)
  for (const id of strip) s = s.replace(rules.regex(id), '')
  return s
}

/** What a name loses before comparison, in order: white space, marks, a numbering prefix, parentheses, trailing punctuation (grammars/eval/names.json). */
const NAME_STRIP = ['score-table/space', 'eval/marks', 'eval/prefix', 'score-table/paren', 'eval/trailing']
/** What a heading loses before comparison: white space and trailing punctuation. */
const HEADING_STRIP = ['score-table/space', 'eval/trailing']

/** A name reduced for comparison (see the module comment). */
export function nameKey(grammar: Grammar, name: string): string {
  return reduce(grammar, name, NAME_STRIP)
}

/** Whether two name keys match. */
export function namesMatch(a: string, b: string): boolean {
  if (a === b) return a !== ''
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 4 && long.includes(short)
}

const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6)

/** Counts true positives between predicted and expected triples. */
export function matchTriples(grammar: Grammar, predicted: Triple[], expected: Triple[]): Counts & { missed: Triple[]; extra: Triple[] } {
  const pk = predicted.map((t) => nameKey(grammar, t.name))
  const ek = expected.map((t) => nameKey(grammar, t.name))
  const usedP = new Set<number>()
  const usedE = new Set<number>()
  /** Whether predicted k is free and matches expected i (names exactly, or tolerantly), with equal 分值 and 得分. */
  const fits = (k: number, i: number, exactOnly: boolean) =>
    !usedP.has(k) &&
    (exactOnly ? pk[k] === ek[i] && pk[k] !== '' : namesMatch(pk[k]!, ek[i]!)) &&
    same(predicted[k]!.max, expected[i]!.max) &&
    same(predicted[k]!.score, expected[i]!.score)
  for (const exactOnly of [true, false]) {
    ek.forEach((_, i) => {
      if (usedE.has(i)) return
      const j = pk.findIndex((_, k) => fits(k, i, exactOnly))
      if (j >= 0) {
        usedP.add(j)
        usedE.add(i)
      }
    })
  }
  return {
    tp: usedE.size,
    predicted: predicted.length,
    expected: expected.length,
    missed: expected.filter((_, i) => !usedE.has(i)),
    extra: predicted.filter((_, i) => !usedP.has(i)),
  }
}

/** Heading key: NFKC, folded as the report text, no white space, no trailing 。. */
export function headingKey(grammar: Grammar, h: string): string {
  return reduce(grammar, h, HEADING_STRIP)
}

/** Counts of level-1 headings found (exact keys, each expected heading once). */
export function matchHeadings(grammar: Grammar, predicted: string[], expected: string[]): Counts {
  const pool = predicted.map((h) => headingKey(grammar, h))
  let tp = 0
  for (const e of expected) {
    const i = pool.indexOf(headingKey(grammar, e))
    if (i >= 0) {
      tp++
      pool.splice(i, 1)
    }
  }
  return { tp, predicted: predicted.length, expected: expected.length }
}

/** Predicted indicators whose name matches no expected name (junk rows: fragments, units, criterion text). */
export function junkRows(grammar: Grammar, predicted: readonly Triple[], expected: readonly Triple[]): Triple[] {
  const ek = expected.map((t) => nameKey(grammar, t.name))
  return predicted.filter((p) => {
    const k = nameKey(grammar, p.name)
    return !ek.some((e) => namesMatch(k, e))
  })
}

/** Error/warning findings against a document's known defects. */
export interface FindingCounts {
  /** error/warning findings whose code raises a known defect */
  onDefect: number
  /** all error/warning findings */
  findings: number
  /** known defects raised by at least one finding, and how many are known */
  raised: number
  defects: number
}

/** Counts a record's error/warning findings against the known defects (each a list of codes, any one raising it). */
export function matchFindings(findings: ReadonlyArray<{ code: string; severity: string }>, defects: readonly string[][]): FindingCounts {
  const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
  const known = new Set(defects.flat())
  return {
    onDefect: serious.filter((f) => known.has(f.code)).length,
    findings: serious.length,
    raised: defects.filter((d) => serious.some((f) => d.includes(f.code))).length,
    defects: defects.length,
  }
}

/** Adds finding counts. */
export function addFindings(a: FindingCounts, b: FindingCounts): FindingCounts {
  return { onDefect: a.onDefect + b.onDefect, findings: a.findings + b.findings, raised: a.raised + b.raised, defects: a.defects + b.defects }
}
