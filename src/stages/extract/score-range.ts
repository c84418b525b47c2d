/**
 * extract/score-range: a 分值 or 得分 past the `scores` grammar's ceiling
 * (1,000 points: no self-evaluation scale goes further) is a misreading —
 * digits glued across cells, a number run into the next, a 400-digit run —
 * not a score. Such a value becomes null, with a diagnostic quoting its raw
 * text at its span; the rest of the report is kept. Runs on the whole
 * extraction after every reader (and after keepFinite), like finite.ts.
 */
import { z } from 'zod'
import type { Context, Extraction } from '../../pipeline/types.js'
import type { Span } from '../../model/provenance.js'

const CODE = 'extract/score-out-of-range'

const Ceiling = z.object({ scoreCeiling: z.number().positive() })

function quote(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 20)}…${raw.slice(-12)} (${raw.length} characters)` : raw
}

/**
 * Empties indicator, group, score-table and total scores and maxima above the ceiling, one diagnostic each.
 * @param x the extraction (changed in place and returned)
 * @param ctx the grammar (the ceiling) and where diagnostics go
 */
export function keepScoreRange(x: Extraction, ctx: Pick<Context, 'report' | 'grammar'>): Extraction {
  const ceiling = ctx.grammar.data('scores', Ceiling).scoreCeiling
  const over = (v: number) => Math.abs(v) > ceiling
  const report = (what: string, raw: string, span: Span | undefined) =>
    ctx.report({ code: CODE, message: `${what} '${quote(raw)}' is past ${ceiling} points, more than any score scale; it is left empty`, ...(span ? { span } : {}) })
  const sourced = <T extends { value: number; raw: string; span: Span } | null>(v: T, what: string): T | null => {
    if (v === null || !over(v.value)) return v
    report(what, v.raw, v.span)
    return null
  }
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
  if (max && over(max.value)) {
    if ('raw' in max) report('the total 满分', max.raw, max.span)
    else report(`the total 满分 (${max.rule})`, String(max.value), max.from[0])
    x.totals.max = null
  }
  return x
}
