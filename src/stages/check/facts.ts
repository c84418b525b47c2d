/**
 * Reading the record's facts for the rules: the one stated value of a fact
 * key (ambiguous when the prose states different values), and money units.
 */
import type { Fact, Report } from '../../model/report.js'
import type { CheckData } from './config.js'
import type { Side } from './finding.js'

/** The fact stated for `key`; null when absent, or when the prose gives it different values (ambiguous). */
export function factOf(record: Pick<Report, 'facts'>, key: string): Fact | null {
  const all = record.facts.filter((f) => f.key === key)
  if (all.length === 0) return null
  return all.every((f) => f.value === all[0]!.value) ? all[0]! : null
}

/** A fact as a side of a comparison. */
export function factSide(f: Fact): Side {
  return { label: f.label || f.key, raw: f.raw, span: f.span }
}

/**
 * Factor that turns an amount in unit `from` into unit `to`; 1 when both are the same or both unknown,
 * null when only one is known or a unit is not in the vocabulary (the comparison is then n/a).
 */
export function unitFactor(data: CheckData, from: string | null, to: string | null): number | null {
  const a = from?.trim() || null
  const b = to?.trim() || null
  if (a === b) return 1
  if (a === null || b === null) return null
  const fa = data.units[a]
  const fb = data.units[b]
  return fa !== undefined && fb !== undefined ? fa / fb : null
}
