/**
 * How commands print diagnostics and findings: one line each,
 * `path p9:12 error check/score-sum expected 93.5, found 92` (page omitted when
 * unknown, location omitted when there is no span).
 */
import type { Diagnostic, Severity } from '../diagnostics/types.js'
import { formatAt } from '../stages/write/csv-rows.js'

/**
 * One line for a diagnostic.
 * @param path the input the diagnostic is about
 * @param d the diagnostic or finding
 */
export function formatDiagnostic(path: string, d: Pick<Diagnostic, 'span' | 'severity' | 'code' | 'message'>): string {
  return [path, formatAt(d.span), d.severity, d.code, d.message].filter((x) => x !== '').join(' ')
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** Whether a severity reaches a threshold (error ≥ warning ≥ info). */
export function reaches(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}
