/**
 * What the pages share: the catalogue, the rule ids of the finding codes
 * (C07 for check/score-sum, from grammars/checks.json), and a report's
 * counts of findings by severity.
 */
import type { Diagnostic, Severity } from '../model/diagnostic.js'
import type { Grammar } from '../grammar/load.js'
import type { Catalogue } from '../messages/catalogue.js'
import { checkData } from '../stages/check/config.js'

export interface ReviewContext {
  cat: Catalogue
  /** finding code → rule id ('check/score-sum' → 'C07') */
  ruleIds: Map<string, string>
}

/** The review context for a catalogue. */
export function reviewContext(cat: Catalogue, grammar: Grammar): ReviewContext {
  const ruleIds = new Map<string, string>()
  for (const r of checkData(grammar).rules) if (!ruleIds.has(r.code)) ruleIds.set(r.code, r.id)
  return { cat, ruleIds }
}

/** Findings by severity. */
export function severityCounts(findings: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) out[f.severity]++
  return out
}
