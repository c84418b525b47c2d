/**
 * extract/score-values: the score values of an extraction — each indicator's
 * 分值 and 得分, each group's 分值, each score table's total, the report's
 * total score and 满分 — visited in one order by the passes that empty a
 * misread value (finite.ts: past the double range; score-range.ts: past the
 * score ceiling), so both passes see the same values.
 */
import type { Extraction } from '../../pipeline/types.js'
import type { Span } from '../../model/provenance.js'

/**
 * Whether to empty one value; `what` names it for a diagnostic, `raw` and
 * `span` quote it (`raw` is null for a derived 满分, which has no printed text).
 */
export type EmptyIf = (value: number, what: string, raw: string | null, span: Span | undefined) => boolean

/** A raw text short enough for a message (a 400-digit run is cut in the middle). */
export function quote(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 20)}…${raw.slice(-12)} (${raw.length} characters)` : raw
}

/**
 * Sets to null every score value for which `emptyIf` says so.
 * @param x the extraction (changed in place)
 * @param emptyIf the test, which also reports
 */
export function emptyScoreValues(x: Extraction, emptyIf: EmptyIf): void {
  const sourced = <T extends { value: number; raw: string; span: Span } | null>(v: T, what: string): T | null =>
    v !== null && emptyIf(v.value, what, v.raw, v.span) ? null : v
  for (const i of x.indicators) {
    i.max = sourced(i.max, `the 分值 of ${quote(i.name)}`)
    i.score = sourced(i.score, `the 得分 of ${quote(i.name)}`)
  }
  for (const g of x.groups ?? []) g.max = sourced(g.max, `the 分值 of ${quote(g.label)}`)
  for (const t of x.scoreTables ?? []) {
    if (!t.total) continue
    t.total.score = sourced(t.total.score, `the total score of table ${t.id}`)
    t.total.max = sourced(t.total.max, `the total 分值 of table ${t.id}`)
  }
  x.totals.score = sourced(x.totals.score, 'the total score')
  const max = x.totals.max
  if (!max) return
  const empty = 'raw' in max ? emptyIf(max.value, 'the total 满分', max.raw, max.span) : emptyIf(max.value, `the total 满分 (${max.rule})`, null, max.from[0])
  if (empty) x.totals.max = null
}
