/**
 * Diagnostic: a problem with the document (parse diagnostics) or a finding of a
 * consistency check. Codes are hierarchical (`stage/rule`) and registered once
 * in their area's `codes.ts` and gathered in `pipeline/codes.ts`; severity defaults come from there.
 */
import { z } from 'zod'
import { Span } from './provenance.js'

/** How serious a diagnostic is: error ≥ warning ≥ info. */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/**
 * One cited side of a check finding, as the document printed it: `label` says what it is
 * ('合计 (决算数)'), `raw` is the figure as printed (or `value` a figure the rule computed), `quote` the original line(s) it stands on (a long
 * line is cut around it) and `quoteOffset` the offset of the quote's first character in the
 * original text, so `raw` can be marked inside `quote`. All optional: records written before
 * these fields, and parse diagnostics, have none.
 */
export const Quoted = z.strictObject({
  label: z.string().optional(),
  /** the figure as printed: the text at the side's span, exactly */
  raw: z.string().optional(),
  /** the side's figure when it is not the text at its span (a computed Σ 分值 shown at one of its terms) */
  value: z.string().optional(),
  quote: z.string().optional(),
  quoteOffset: z.number().int().nonnegative().optional(),
})
export type Quoted = z.infer<typeof Quoted>

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
  /** check findings: the side at `span` — what it is, the figure as printed, and the line(s) it stands on */
  ...Quoted.shape,
  /** the other side(s) of a mismatch */
  related: z.array(z.strictObject({ message: z.string(), span: Span, ...Quoted.shape })).optional(),
})
export type Diagnostic = z.infer<typeof Diagnostic>

/** What a stage passes to `ctx.report`: severity and stage are filled in from the registry. */
export type DiagnosticInput = Omit<Diagnostic, 'severity' | 'stage'> & {
  severity?: Severity
}
