/**
 * Reporting a finding: one side of the mismatch is the diagnostic's span, the
 * other side(s) go to `related`, and the message keeps the fixed grammar
 * "Unexpected ⟨actual⟩, expected ⟨expected⟩", followed by what was compared.
 */
import type { Span } from '../../model/provenance.js'
import type { Context } from '../../pipeline/types.js'
import type { RuleSpec } from './config.js'
import { quoteOf } from './quote.js'
import { asUncertain } from './certainty.js'

/** One printed figure taking part in a comparison. */
export interface Side {
  /** what it is, for the related message: '人员经费 (年初预算数)' */
  label: string
  raw: string
  span: Span | null
}

export interface Mismatch {
  /** where the finding points: the figure that disagrees */
  at: Side
  actual: string | number
  expected: string | number
  /** what was compared: '人员经费 + 日常公用经费, 年初预算数' */
  because: string
  /** the other side: the figures the expectation came from */
  related: Side[]
  /** why the comparison's evidence is not certain (a group whose members were guessed): reported as info, not as a finding */
  doubt?: string | null
}

/**
 * What a side carries into the finding: its label, its figure (raw when it is the text at its span,
 * else value) and quote (the line it stands on).
 */
function quoted(ctx: Context, s: Side): { label: string; raw?: string; value?: string; quote?: string; quoteOffset?: number } {
  const printed = s.span !== null && ctx.source.text.slice(s.span.start.offset, s.span.end.offset) === s.raw
  return { label: s.label, ...(printed ? { raw: s.raw } : { value: s.raw }), ...(s.span ? quoteOf(ctx.source.text, s.span) : {}) }
}

/** Reports a rule's finding; a side without a span is left out of `related`. */
export function reportMismatch(ctx: Context, rule: RuleSpec, m: Mismatch): void {
  const related = m.related
    .filter((s): s is Side & { span: Span } => s.span !== null)
    .map((s) => ({ message: `${s.label}: ${s.raw}`, span: s.span, ...quoted(ctx, s) }))
  const message = `Unexpected ${m.actual}, expected ${m.expected} (${rule.id}: ${m.because})`
  if (m.doubt) return ctx.report(asUncertain({ code: rule.code, message, ...(m.at.span ? { span: m.at.span } : {}) }, m.doubt))
  ctx.report({
    code: rule.code,
    severity: rule.severity,
    message,
    ...(m.at.span ? { span: m.at.span } : {}),
    actual: m.actual,
    expected: m.expected,
    ...quoted(ctx, m.at),
    related,
  })
}
