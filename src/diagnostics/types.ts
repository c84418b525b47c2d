/**
 * Diagnostic: a problem with the document (parse diagnostics) or a finding of a
 * consistency check. Codes are hierarchical (`stage/rule`) and registered once
 * in `codes.ts`; severity defaults come from there.
 */
import { z } from 'zod'
import { Span } from '../model/provenance.js'

/** How serious a diagnostic is: error ≥ warning ≥ info. */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/** A diagnostic or finding as stored in the record. */
export const Diagnostic = z.strictObject({
  code: z.string(),
  severity: Severity,
  /** pipeline stage that raised it */
  stage: z.string(),
  /** 'Unexpected 三、, expected 二、' — the fixed grammar: Unexpected ⟨actual⟩, expected ⟨expected⟩ */
  message: z.string(),
  span: Span.optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  /** the other side(s) of a mismatch */
  related: z.array(z.strictObject({ message: z.string(), span: Span })).optional(),
})
export type Diagnostic = z.infer<typeof Diagnostic>

/** What a stage passes to `ctx.report`: severity and stage are filled in from the registry. */
export type DiagnosticInput = Omit<Diagnostic, 'severity' | 'stage'> & {
  severity?: Severity
}
