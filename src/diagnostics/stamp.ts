/**
 * Stamping a diagnostic: the stage that raised it and its code's severity
 * (from whichever registry the caller holds). Errors are never downgraded.
 */
import type { CodeInfo } from './define.js'
import type { Diagnostic, DiagnosticInput } from '../model/diagnostic.js'

/**
 * The record's Diagnostic for a DiagnosticInput.
 * @param d what the stage or reader reported
 * @param info the code's registry entry (default severity)
 * @param stage the stage that raised it
 */
export function stampDiagnostic(d: DiagnosticInput, info: CodeInfo, stage: string): Diagnostic {
  const severity = info.severity === 'error' ? 'error' : (d.severity ?? info.severity)
  const out: Diagnostic = { code: d.code, severity, stage, message: d.message }
  if (d.span) out.span = d.span
  if (d.expected !== undefined) out.expected = d.expected
  if (d.actual !== undefined) out.actual = d.actual
  if (d.label !== undefined) out.label = d.label
  if (d.raw !== undefined) out.raw = d.raw
  if (d.value !== undefined) out.value = d.value
  if (d.quote !== undefined) out.quote = d.quote
  if (d.quoteOffset !== undefined) out.quoteOffset = d.quoteOffset
  if (d.related?.length) out.related = d.related
  return out
}
