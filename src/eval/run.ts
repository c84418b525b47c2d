/**
 * Running the evaluation: every fixture folder with an expected.json and an
 * input (input.txt, input.pdf or a page image input.png/.jpg/.tif) goes through the pipeline, and its record is
 * scored against the expected values.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { loadGrammar, type Grammar } from '../grammar/load.js'
import { runFile } from '../pipeline/run.js'
import type { Report } from '../model/report.js'
import { Expected } from './expected.js'
import { bandOf } from '../grammar/grades.js'
import { addCounts, addFindings, junkRows, matchFindings, matchHeadings, matchTriples, prf, type Counts, type FindingCounts, type Triple } from './metrics.js'
import { matchAmounts, tablesUnit, valueCount } from './amounts.js'
import type { ExpectedAmount } from './expected.js'

/** The scores of one fixture. */
export interface CaseResult {
  name: string
  triples: Counts
  missed: Triple[]
  extra: Triple[]
  total: { expected: number | null; got: number | null; ok: boolean }
  grade: { expected: string | null; got: string | null; ok: boolean }
  headings: Counts
  /** predicted indicators matching no expected name */
  junk: Triple[]
  /** error/warning findings against the known defects; null when the expected file lists none */
  findings: FindingCounts | null
  /** level-0 parts (第一部分); null when the expected file lists none */
  parts: Counts | null
  /** expected table and prose totals found */
  amounts: Counts
  missedAmounts: ExpectedAmount[]
  /** the tables' unit; null when the expected file states none */
  unit: { expected: string | null; got: string | null; ok: boolean } | null
  /** a blank template: how many values were read (must be 0); null for other cases */
  values: { count: number; ok: boolean } | null
  error: string | null
}

/** The scores of every fixture and their totals. */
export interface EvalResult {
  cases: CaseResult[]
  triples: Counts
  headings: Counts
  /** junk rows over every case, and predicted indicators */
  junk: { rows: number; predicted: number }
  findings: FindingCounts
  parts: Counts
  amounts: Counts
  /** share of cases with an expected unit whose tables state it (1 when none has one) */
  unitAccuracy: number
  /** cases that must yield no values and do / such cases */
  blank: { ok: number; cases: number }
  totalAccuracy: number
  gradeAccuracy: number
}

/** The input file names a case folder may hold, in order of preference. */
const INPUT_NAMES = ['input.txt', 'input.pdf', 'input.png', 'input.jpg', 'input.jpeg', 'input.tif', 'input.tiff']

/** The fixture folders under the given roots (a folder that itself has expected.json counts as one). */
export function evalCases(roots: string[]): Array<{ name: string; input: string; expected: string }> {
  const out: Array<{ name: string; input: string; expected: string }> = []
  const add = (dir: string, name: string) => {
    const expected = join(dir, 'expected.json')
    const input = INPUT_NAMES.map((f) => join(dir, f)).find((p) => existsSync(p))
    if (input && existsSync(expected)) out.push({ name, input, expected })
  }
  for (const root of roots) {
    if (!existsSync(root) || !statSync(root).isDirectory()) continue
    if (existsSync(join(root, 'expected.json'))) add(root, root)
    else for (const name of readdirSync(root).sort()) if (statSync(join(root, name)).isDirectory()) add(join(root, name), name)
  }
  return out
}

/** The headings of one level of a record as printed (marker + title). */
function headingsAt(r: Report, level: number): string[] {
  return r.sections.filter((s) => s.level === level).map((s) => s.marker + s.title)
}

/** Records hold a grade's band (优); expected files the word as printed (优秀): they agree when their bands do. */
function sameGrade(grammar: Grammar, got: string | null, expected: string | null): boolean {
  if (got === null || expected === null) return got === expected
  return got === expected || (bandOf(grammar, got) ?? got) === (bandOf(grammar, expected) ?? expected)
}

/** Scores one record against its expected values. */
export function scoreCase(grammar: Grammar, name: string, report: Report | null, expected: Expected, error: string | null = null): CaseResult {
  const predicted: Triple[] = (report?.indicators ?? []).map((i) => ({ name: i.name, max: i.max?.value ?? null, score: i.score?.value ?? null }))
  const m = matchTriples(grammar, predicted, expected.indicators)
  const got = report?.totals.score?.value ?? null
  const grade = report?.totals.grade?.value ?? null
  const amounts = matchAmounts(grammar, report, expected.budget_totals, expected.prose_totals)
  const unit = tablesUnit(report)
  return {
    name,
    triples: { tp: m.tp, predicted: m.predicted, expected: m.expected },
    missed: m.missed,
    extra: m.extra,
    total: { expected: expected.total_score, got, ok: got === expected.total_score },
    grade: { expected: expected.grade, got: grade, ok: sameGrade(grammar, grade, expected.grade) },
    junk: junkRows(grammar, predicted, expected.indicators),
    findings: expected.defects === null ? null : matchFindings(report?.findings ?? [], expected.defects),
    headings: matchHeadings(grammar, report ? headingsAt(report, 1) : [], expected.headings),
    parts: expected.parts ? matchHeadings(grammar, report ? headingsAt(report, 0) : [], expected.parts) : null,
    amounts: { tp: amounts.tp, predicted: amounts.predicted, expected: amounts.expected },
    missedAmounts: amounts.missed,
    unit: expected.unit === undefined ? null : { expected: expected.unit, got: unit, ok: unit === expected.unit },
    values: expected.no_values ? { count: valueCount(report), ok: valueCount(report) === 0 } : null,
    error,
  }
}

/** Runs and scores every case. */
export async function evaluate(roots: string[]): Promise<EvalResult> {
  const grammar = loadGrammar()
  const cases: CaseResult[] = []
  for (const c of evalCases(roots)) {
    const expected = Expected.parse(JSON.parse(readFileSync(c.expected, 'utf8')))
    let report: Report | null = null
    let error: string | null = null
    try {
      const r = await runFile(c.input, {}, grammar)
      if (r.ok) report = r.report
      else error = r.diagnostics.map((d) => d.message).join('; ')
    } catch (e) {
      error = (e as Error).message
    }
    cases.push(scoreCase(grammar, c.name, report, expected, error))
  }
  const zero: Counts = { tp: 0, predicted: 0, expected: 0 }
  const share = (ok: number) => (cases.length === 0 ? 1 : ok / cases.length)
  const withUnit = cases.filter((c) => c.unit !== null)
  const blank = cases.filter((c) => c.values !== null)
  return {
    cases,
    triples: cases.reduce((a, c) => addCounts(a, c.triples), zero),
    headings: cases.reduce((a, c) => addCounts(a, c.headings), zero),
    junk: { rows: cases.reduce((a, c) => a + c.junk.length, 0), predicted: cases.reduce((a, c) => a + c.triples.predicted, 0) },
    findings: cases.reduce((a, c) => (c.findings ? addFindings(a, c.findings) : a), { onDefect: 0, findings: 0, raised: 0, defects: 0 }),
    parts: cases.reduce((a, c) => (c.parts ? addCounts(a, c.parts) : a), zero),
    amounts: cases.reduce((a, c) => addCounts(a, c.amounts), zero),
    unitAccuracy: withUnit.length === 0 ? 1 : withUnit.filter((c) => c.unit!.ok).length / withUnit.length,
    blank: { ok: blank.filter((c) => c.values!.ok).length, cases: blank.length },
    totalAccuracy: share(cases.filter((c) => c.total.ok).length),
    gradeAccuracy: share(cases.filter((c) => c.grade.ok).length),
  }
}

