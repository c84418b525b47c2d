/**
 * The span invariant of every record: each {raw, span} value slices back to
 * its raw text in the original text, and no span ends before it starts.
 */
import { sourcedValues } from './invariants.js'

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
