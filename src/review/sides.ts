/**
 * The cited sides of a finding, in one shape for the pages: the side at the
 * finding's place first, then every related side. Records written before
 * findings carried label, figure and quote still give their span and message.
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { Span } from '../model/provenance.js'

export interface FindingSide {
  role: 'at' | 'related'
  label: string | null
  /** the figure: as printed at `span`, or computed by the rule (`computed`) */
  raw: string | null
  computed: boolean
  span: Span
  quote: string | null
  quoteOffset: number | null
  /** for an old record without label: the related message ('合计 (决算数): 1200.50') */
  message: string | null
}

/** The sides of a finding that have a place in the document. */
export function sidesOf(d: Diagnostic): FindingSide[] {
  const out: FindingSide[] = []
  if (d.span) {
    out.push({ role: 'at', label: d.label ?? null, raw: d.raw ?? d.value ?? null, computed: d.raw === undefined && d.value !== undefined, span: d.span, quote: d.quote ?? null, quoteOffset: d.quoteOffset ?? null, message: null })
  }
  for (const r of d.related ?? []) {
    out.push({ role: 'related', label: r.label ?? null, raw: r.raw ?? r.value ?? null, computed: r.raw === undefined && r.value !== undefined, span: r.span, quote: r.quote ?? null, quoteOffset: r.quoteOffset ?? null, message: r.message })
  }
  return out
}

/** The quote split around the cited figure: [before, figure, after]; null when it cannot be placed. */
export function splitQuote(side: Pick<FindingSide, 'quote' | 'quoteOffset' | 'span'>): [string, string, string] | null {
  if (side.quote === null || side.quoteOffset === null) return null
  const s = side.span.start.offset - side.quoteOffset
  const e = Math.min(side.span.end.offset - side.quoteOffset, side.quote.length)
  if (s < 0 || s > side.quote.length || e < s) return null
  return [side.quote.slice(0, s), side.quote.slice(s, e), side.quote.slice(e)]
}
