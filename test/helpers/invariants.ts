/**
 * Invariants every record keeps, whatever its input: each sourced value
 * slices back to its raw text in the decoded document, every number is
 * finite, and scores are in a score's range. Used over the fixtures and
 * seeds (invariants.test.ts) and over fuzzed inputs (test/fuzz).
 */
import type { Span } from '../../src/model/provenance.js'
import type { Report } from '../../src/model/report.js'

export interface SpanValue {
  where: string
  raw: string
  span: Span
}

/** Every {raw, span} pair anywhere in the record. */
export function sourcedValues(value: unknown, where = '$', out: SpanValue[] = []): SpanValue[] {
  if (Array.isArray(value)) value.forEach((v, i) => sourcedValues(v, `${where}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.raw === 'string' && o.span && typeof o.span === 'object') out.push({ where, raw: o.raw, span: o.span as Span })
    for (const [k, v] of Object.entries(o)) if (k !== 'span') sourcedValues(v, `${where}.${k}`, out)
  }
  return out
}

/** Where a number that is not finite sits in a value (JSON cannot hold one; a record read back has null there). */
function nonFinite(value: unknown, where: string, out: string[]): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(where)
  else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${where}[${i}]`, out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${where}.${k}`, out)
  return out
}

/** A score or 分值 above this is no self-evaluation score (the forms score out of 100; a few list 1,000-point schemes). */
export const SCORE_CEILING = 1000

/**
 * What is wrong with a record against the document text it was read from (empty: nothing).
 * @param record the record
 * @param text the decoded text of its input (readSource(...).doc.text)
 */
export function recordProblems(record: Report, text: string): string[] {
  const out: string[] = []
  for (const v of sourcedValues(record)) {
    if (v.span.start.offset > v.span.end.offset) out.push(`${v.where}: span ends before it starts`)
    else if (text.slice(v.span.start.offset, v.span.end.offset) !== v.raw) out.push(`${v.where}: span does not slice back to ${JSON.stringify(v.raw.slice(0, 40))}`)
  }
  for (const w of nonFinite(record, '$', [])) out.push(`${w}: not a finite number`)
  const score = (what: string, v: { value: number } | null) => {
    if (v && Math.abs(v.value) > SCORE_CEILING) out.push(`${what}: ${v.value} is out of a score's range`)
  }
  record.indicators.forEach((i, k) => {
    score(`$.indicators[${k}].score`, i.score)
    score(`$.indicators[${k}].max`, i.max)
  })
  record.groups?.forEach((g, k) => score(`$.groups[${k}].max`, g.max))
  record.scoreTables?.forEach((t, k) => {
    score(`$.scoreTables[${k}].total.score`, t.total?.score ?? null)
    score(`$.scoreTables[${k}].total.max`, t.total?.max ?? null)
  })
  score('$.totals.score', record.totals.score)
  score('$.totals.max', record.totals.max)
  return out
}
