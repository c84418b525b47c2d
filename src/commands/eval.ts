/**
 * `jixiao eval [DIR...] [--json] [--verbose]`: runs the pipeline over every
 * fixture with an expected.json (default: fixtures/) and prints precision,
 * recall and F1 of (name, 分值, 得分) triples, total-score and grade accuracy,
 * level-1 and part (第X部分) heading F1, money totals found, the tables'
 * unit and blank templates without values, per file and overall.
 */
import { evaluate, type CaseResult } from '../eval/run.js'
import { prf } from '../eval/metrics.js'
import { existsSync } from 'node:fs'
import { UsageError } from './args.js'

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)

/** One fixture's line of the table. */
function line(c: CaseResult): string {
  const t = prf(c.triples)
  const h = prf(c.headings)
  const mark = (ok: boolean) => (ok ? 'ok ' : 'NO ')
  return [
    c.name.padEnd(60),
    `${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)}`,
    `(${c.triples.tp}/${c.triples.predicted}/${c.triples.expected})`.padEnd(11),
    `total ${mark(c.total.ok)}`,
    `grade ${mark(c.grade.ok)}`,
    `h1 ${pct(h.f1)}`,
    c.parts ? `h0 ${pct(prf(c.parts).f1)}` : '',
    c.amounts.expected ? `totals ${c.amounts.tp}/${c.amounts.expected}` : '',
    c.unit ? `unit ${mark(c.unit.ok)}` : '',
    c.values ? `values ${c.values.count}` : '',
    c.error ? ` ERROR ${c.error}` : '',
  ].join(' ')
}

/**
 * Runs the evaluation; returns the exit code (0, or 2 on a usage error).
 * @param argv arguments after `eval`
 */
export async function runEval(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'usage: jixiao eval [DIR...] [--json] [--verbose]\n' +
        'Scores extraction against the expected values (expected.json) of every fixture folder under DIR (default: fixtures):\n' +
        'precision/recall/F1 of (name, 分值, 得分) triples, total-score and grade accuracy, level-1 and part heading F1,\n' +
        'money-table and prose totals found, the tables\' unit, and that blank templates yield no values.\n',
    )
    return 0
  }
  const json = argv.includes('--json')
  const verbose = argv.includes('--verbose') || argv.includes('-v')
  const bad = argv.find((a) => a.startsWith('-') && !['--json', '--verbose', '-v'].includes(a))
  if (bad) {
    process.stderr.write(`jixiao eval: unknown option ${bad}\nusage: jixiao eval [DIR...] [--json] [--verbose]\n`)
    return 2
  }
  const roots = argv.filter((a) => !a.startsWith('-'))
  const dirs = roots.length ? roots : ['fixtures']
  const missing = dirs.find((d) => !existsSync(d))
  if (missing !== undefined) throw new UsageError(`eval: ${missing} does not exist`)
  const result = await evaluate(dirs)
  if (result.cases.length === 0) throw new UsageError(`eval: no fixture with an expected.json under ${dirs.join(', ')}`)
  const t = prf(result.triples)
  const h = prf(result.headings)
  if (json) {
    process.stdout.write(JSON.stringify({ ...result, overall: { triples: t, headings: h } }, null, 2) + '\n')
    return 0
  }
  const out: string[] = [`${'case'.padEnd(60)}     P     R    F1 (tp/pred/exp)`]
  for (const c of result.cases) {
    out.push(line(c))
    if (verbose) {
      for (const m of c.missed) out.push(`    missed ${m.name} ${m.max} ${m.score}`)
      for (const m of c.extra) out.push(`    extra  ${m.name} ${m.max} ${m.score}`)
      if (!c.total.ok) out.push(`    total expected ${c.total.expected} got ${c.total.got}`)
      if (!c.grade.ok) out.push(`    grade expected ${c.grade.expected} got ${c.grade.got}`)
      for (const a of c.missedAmounts) out.push(`    missed total ${a.table ?? ''} ${a.label} ${a.value}`)
      if (c.unit && !c.unit.ok) out.push(`    unit expected ${c.unit.expected} got ${c.unit.got}`)
    }
  }
  out.push(
    '',
    `overall triples  P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}  (${result.triples.tp}/${result.triples.predicted}/${result.triples.expected})`,
    `total-score accuracy ${pct(result.totalAccuracy)}   grade accuracy ${pct(result.gradeAccuracy)}   level-1 heading F1 ${pct(h.f1)}  (${result.headings.tp}/${result.headings.predicted}/${result.headings.expected})`,
    `part heading F1 ${pct(prf(result.parts).f1)}  (${result.parts.tp}/${result.parts.predicted}/${result.parts.expected})   money totals found ${result.amounts.tp}/${result.amounts.expected}   unit accuracy ${pct(result.unitAccuracy)}   blank templates without values ${result.blank.ok}/${result.blank.cases}`,
  )
  process.stdout.write(out.join('\n') + '\n')
  return 0
}
