/**
 * extract: metadata, indicator score pairs, totals and grade, tables and
 * stated facts, read from the normalized body. Each reader lives in its own
 * file; this module only orders them and merges what they found.
 *
 *   meta ─ prose score pairs ─ prose totals ─ text tables ─ score tables ─ facts
 */
import type { Stage, ExtractInput, Extraction } from '../../pipeline/types.js'
import type { Totals } from '../../model/report.js'
import { readMeta } from './meta.js'
import { readProseScores } from './prose-scores.js'
import { readProseTotals } from './totals.js'
import { readTextTables } from './text-tables.js'
import { readScoreTables } from './score-table/index.js'
import { readFacts } from './facts.js'

/** Field by field, the first non-null value (prose is preferred to tables when both state it). */
function mergeTotals(first: Totals, second: Totals): Totals {
  return {
    score: first.score ?? second.score,
    max: first.max ?? second.max,
    grade: first.grade ?? second.grade,
  }
}

export const extractStage: Stage<ExtractInput, Extraction> = {
  name: 'extract',
  run(input, ctx) {
    const scoreTables = readScoreTables(input, ctx)
    const meta = readMeta(input, ctx)
    if (!meta.template && scoreTables.template) meta.template = scoreTables.template
    const textTables = readTextTables(input, ctx)
    const tables = [...textTables, ...scoreTables.tables]
    return {
      meta,
      indicators: [...readProseScores(input, ctx), ...scoreTables.indicators],
      totals: mergeTotals(readProseTotals(input, ctx), scoreTables.totals),
      tables,
      facts: readFacts(input, ctx, tables),
    }
  },
}
