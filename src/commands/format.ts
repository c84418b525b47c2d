/**
 * How commands print diagnostics and findings: one line each,
 * `path p9:12 error check/score-sum expected 93.5, found 92` (page omitted when
 * unknown, location omitted when there is no span).
 */
import type { Diagnostic, Severity } from '../model/diagnostic.js'
import { formatAt } from '../store/csv-rows.js'
import type { Catalogue } from '../messages/catalogue.js'

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

/** A quote on one line: breaks and runs of white space become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** One cited side: `p4:120 合计 (决算数): 1200.50 “合计 1180.00 1200.50 1200.50”`. */
function sideLine(tag: string, span: Diagnostic['span'], s: Pick<Diagnostic, 'label' | 'raw' | 'value' | 'quote'> & { message?: string }): string {
  const what = oneLine(s.label !== undefined ? `${s.label}: ${s.raw ?? s.value ?? ''}` : (s.message ?? ''))
  return ['   ', tag, formatAt(span), what, s.quote ? `“${oneLine(s.quote)}”` : ''].filter((x) => x !== '').join(' ')
}

/**
 * A finding (or diagnostic) as check prints it: the first line as formatDiagnostic with the message
 * rendered by the catalogue (the rule's title first), then one line per cited side: the side at the
 * finding's place (when it has a quote) and every related side, each with page:line, figure and quote.
 */
export function formatFinding(path: string, d: Diagnostic, cat: Catalogue): string[] {
  const title = cat.title(d.code)
  const text = title === d.code ? cat.message(d) : `${title}${cat.t('sep')}${cat.message(d)}`
  const lines = [formatDiagnostic(path, { ...d, message: text })]
  const sides = d.related ?? []
  if (d.quote !== undefined) lines.push(sideLine(cat.t('side.at'), d.span, d))
  for (const r of sides) lines.push(sideLine(cat.t('side.related'), r.span, r))
  return lines
}
