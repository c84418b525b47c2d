/**
 * extract/finite: every number a record holds is finite. A printed number
 * past the double range (a 400-digit run of glued digits, 1e309) parses to
 * Infinity, which JSON cannot hold and the record's schema refuses; such a
 * value becomes null, with a diagnostic quoting the raw text at its span,
 * and the rest of the report is kept. Runs on the whole extraction, after
 * every reader, so a new reader cannot bring the fault back.
 */
import type { Extraction } from '../../pipeline/types.js'
import type { Context } from '../../pipeline/types.js'
import type { Span } from '../../model/provenance.js'
import type { Cell, Target } from '../../model/report.js'
import { emptyScoreValues, quote } from './score-values.js'

const CODE = 'extract/number-out-of-range'

/**
 * Replaces non-finite numbers in an extraction by null (facts, which need a
 * value, are dropped), one diagnostic per value.
 * @param x the extraction (changed in place and returned)
 * @param ctx diagnostics go here
 */
export function keepFinite(x: Extraction, ctx: Pick<Context, 'report'>): Extraction {
  const bad = (v: number | null | undefined): boolean => typeof v === 'number' && !Number.isFinite(v)
  const report = (what: string, raw: string, span: Span | null | undefined) =>
    ctx.report({ code: CODE, message: `${what} '${quote(raw)}' is too large to be a number; it is left empty`, ...(span ? { span } : {}) })
  const sourced = <T extends { value: number; raw: string; span: Span } | null>(v: T, what: string): T | null => {
    if (v === null || !bad(v.value)) return v
    report(what, v.raw, v.span)
    return null
  }
  const target = (t: Target | null, what: string, span: Span): Target | null => {
    if (t === null || !bad(t.value)) return t
    report(what, t.raw, span)
    return { ...t, value: null }
  }
  if (x.meta.year) x.meta.year = sourced(x.meta.year, 'the year')
  emptyScoreValues(x, (value, what, raw, span) => {
    if (!bad(value)) return false
    if (raw === null) ctx.report({ code: CODE, message: `${what} is too large to be a number; it is left empty`, ...(span ? { span } : {}) })
    else report(what, raw, span)
    return true
  })
  for (const i of x.indicators) {
    i.target = target(i.target, `the target of ${quote(i.name)}`, i.span)
    i.actual = target(i.actual, `the actual value of ${quote(i.name)}`, i.span)
  }
  for (const t of x.tables) {
    for (const row of t.rows) {
      row.cells = row.cells.map((c: Cell) => {
        if (!bad(c.value)) return c
        report(`the cell of ${quote(row.label)}`, c.raw, c.span)
        return { ...c, value: null }
      })
    }
  }
  x.facts = x.facts.filter((f) => {
    if (!bad(f.value)) return true
    report(f.label, f.raw, f.span)
    return false
  })
  return x
}
