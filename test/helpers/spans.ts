/**
 * The span invariant of every record: each {raw, span} value slices back to
 * its raw text in the original text, and no span ends before it starts.
 */
import type { Span } from '../../src/model/provenance.js'

/** Every {raw, span} pair anywhere in a record, with where it sits. */
export function sourcedValues(value: unknown, where = '$', out: Array<{ where: string; raw: string; span: Span }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => sourcedValues(v, `${where}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.raw === 'string' && o.span && typeof o.span === 'object') out.push({ where, raw: o.raw, span: o.span as Span })
    for (const [k, v] of Object.entries(o)) if (k !== 'span') sourcedValues(v, `${where}.${k}`, out)
  }
  return out
}

/** The values of a record that break the span invariant on `text` (empty when it holds). */
export function spanViolations(record: unknown, text: string): string[] {
  const out: string[] = []
  for (const v of sourcedValues(record)) {
    const got = text.slice(v.span.start.offset, v.span.end.offset)
    if (got !== v.raw) out.push(`${v.where}: span gives ${JSON.stringify(got)}, raw is ${JSON.stringify(v.raw)}`)
    else if (v.span.start.offset > v.span.end.offset) out.push(`${v.where}: span ends before it starts`)
  }
  return out
}
