/**
 * extract: metadata, indicator score pairs, totals and grade, tables and
 * stated facts, read from the normalized body. Each reader lives in its own
 * file; this module only orders them and merges what they found.
 *
 *   geometry tables ─ meta ─ prose score pairs ─ prose totals ─ text tables ─ score tables ─ facts
 *
 * Tables a PDF's ruling lines gave are read from their cells first; the
 * line-based readers then skip the lines those tables cover.
 */
import type { Stage, ExtractInput, Extraction, Line } from '../../pipeline/types.js'
import type { Indicator, Totals } from '../../model/report.js'
import { readMeta } from './meta.js'
import { readProseScores } from './prose-scores.js'
import { readProseTotals } from './totals.js'
import { readTextTables } from './text-tables.js'
import { readScoreTables } from './score-table/index.js'
import { readFacts } from './facts.js'
import { keepFinite } from './finite.js'
import { keepScoreRange } from './score-range.js'
import { readLayoutTables } from './layout-tables/index.js'
import { markOcrValues } from './ocr-values.js'

/** Field by field, the first non-null value (prose is preferred to tables when both state it). */
function mergeTotals(first: Totals, second: Totals): Totals {
  return {
    score: first.score ?? second.score,
    max: first.max ?? second.max,
    grade: first.grade ?? second.grade,
  }
}

/**
 * When the report states a total score but no 满分, the maximum is the sum of
 * the indicators' 分值 — recorded as Derived, with the spans it came from —
 * unless that sum is below the score.
 */
export function deriveMax(totals: Totals, indicators: Indicator[]): Totals {
  if (totals.max || !totals.score || indicators.length === 0) return totals
  if (indicators.some((i) => i.max === null)) return totals
  const value = Math.round(indicators.reduce((sum, i) => sum + i.max!.value, 0) * 100) / 100
  // a sum below the stated score means indicators are missing (a cut-off form): no maximum, rather than a wrong one
  if (value < totals.score.value) return totals
  return { ...totals, max: { value, from: indicators.map((i) => i.max!.span), rule: 'sum of the indicators’ 分值' } }
}

/** The lines with those inside any of the ranges [start, end) marked blank, so line readers pass over them. */
function withoutRanges(lines: Line[], ranges: Array<[number, number]>): Line[] {
  if (ranges.length === 0) return lines
  return lines.map((l) => (ranges.some(([s, e]) => l.start >= s && l.start < e) ? { ...l, blank: true } : l))
}

/** The extract stage: reads everything the record holds besides the outline. */
export const extractStage: Stage<ExtractInput, Extraction> = {
  name: 'extract',
  run(input, ctx) {
    const layout = readLayoutTables(input, ctx)
    const lineInput = layout.covered.length > 0 ? { ...input, lines: withoutRanges(input.lines, layout.covered) } : input
    const scoreTables = readScoreTables(lineInput, ctx)
    const meta = readMeta(input, ctx)
    if (!meta.template && scoreTables.template) meta.template = scoreTables.template
    const textTables = readTextTables(lineInput, ctx)
    const tables = [...textTables, ...layout.tables, ...scoreTables.tables]
    const indicators = [...readProseScores(input, ctx), ...layout.indicators, ...scoreTables.indicators].map((i) => ({
      ...i,
      raw: ctx.source.text.slice(i.span.start.offset, i.span.end.offset),
    }))
    const tableTotals = mergeTotals(layout.totals, scoreTables.totals)
    const x = markOcrValues(keepScoreRange(keepFinite({ meta, indicators, groups: [...layout.groups, ...scoreTables.groups], scoreTables: [...layout.scoreTableInfos, ...scoreTables.scoreTables], totals: mergeTotals(readProseTotals(input, ctx), tableTotals), tables, facts: readFacts(input, ctx, tables) }, ctx), ctx), ctx)
    // a sum of finite 分值 can still overflow or pass the ceiling: checked again once derived
    const out: Extraction = keepScoreRange(keepFinite({ ...x, totals: deriveMax(x.totals, x.indicators) }, ctx), ctx)
    if (layout.layoutTables.length > 0) out.layoutTables = layout.layoutTables
    return out
  },
}
