/**
 * Scoring what a reader took from a money-table report: the totals of its
 * tables (a row with the expected label holding the expected value, in any
 * table), totals stated in prose (a fact with that label and value), the
 * tables' unit, and — for a blank template — that no value was read at all.
 *
 * Labels match when their keys are equal: NFKC, folded as the report text,
 * without white space and trailing punctuation (the heading rule). Values
 * match within half a cent.
 */
import type { Grammar } from '../grammar/load.js'
import type { Report } from '../model/report.js'
import type { ExpectedAmount } from './expected.js'
import { headingKey, type Counts } from './metrics.js'

const sameValue = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 0.005

/** Expected table totals found in the record's tables, and expected prose totals found among its facts. */
export function matchAmounts(grammar: Grammar, r: Report | null, tables: ExpectedAmount[], prose: ExpectedAmount[]): Counts & { missed: ExpectedAmount[] } {
  const rows = (r?.tables ?? []).flatMap((t) => t.rows.map((row) => ({ key: headingKey(grammar, row.label), values: row.cells.map((c) => c.value) })))
  const facts = (r?.facts ?? []).map((f) => ({ key: headingKey(grammar, f.label), value: f.value }))
  const missed: ExpectedAmount[] = []
  for (const e of tables) {
    const k = headingKey(grammar, e.label)
    if (!rows.some((row) => row.key === k && row.values.some((v) => sameValue(v, e.value)))) missed.push(e)
  }
  for (const e of prose) {
    const k = headingKey(grammar, e.label)
    if (!facts.some((f) => f.key === k && sameValue(f.value, e.value))) missed.push(e)
  }
  const expected = tables.length + prose.length
  return { tp: expected - missed.length, predicted: expected, expected, missed }
}

/** The unit most of the record's tables state (null when no table states one). */
export function tablesUnit(r: Report | null): string | null {
  const count = new Map<string, number>()
  for (const t of r?.tables ?? []) if (t.unit) count.set(t.unit, (count.get(t.unit) ?? 0) + 1)
  let best: string | null = null
  for (const [u, n] of count) if (best === null || n > count.get(best)!) best = u
  return best
}

/** How many values the record holds: table cells with a number and facts. */
export function valueCount(r: Report | null): number {
  if (!r) return 0
  return r.tables.reduce((n, t) => n + t.rows.reduce((m, row) => m + row.cells.filter((c) => c.value !== null).length, 0), 0) + r.facts.length
}
