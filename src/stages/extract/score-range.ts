/**
 * extract/score-range: a 分值 or 得分 past the `scores` grammar's ceiling
 * (1,000 points: no self-evaluation scale goes further) is a misreading —
 * digits glued across cells, a number run into the next, a 400-digit run —
 * not a score. Such a value becomes null, with a diagnostic quoting its raw
 * text at its span; the rest of the report is kept. Runs on the whole
 * extraction after every reader (and after keepFinite), over the same values as finite.ts
 * (score-values.ts).
 */
import { z } from 'zod'
import type { Context, Extraction } from '../../pipeline/types.js'
import { emptyScoreValues, quote } from './score-values.js'

const CODE = 'extract/score-out-of-range'

const Ceiling = z.object({ scoreCeiling: z.number().positive() })

/**
 * Empties indicator, group, score-table and total scores and maxima above the ceiling, one diagnostic each.
 * @param x the extraction (changed in place and returned)
 * @param ctx the grammar (the ceiling) and where diagnostics go
 */
export function keepScoreRange(x: Extraction, ctx: Pick<Context, 'report' | 'grammar'>): Extraction {
  const ceiling = ctx.grammar.data('scores', Ceiling).scoreCeiling
  emptyScoreValues(x, (value, what, raw, span) => {
    if (Math.abs(value) <= ceiling) return false
    ctx.report({ code: CODE, message: `${what} '${quote(raw ?? String(value))}' is past ${ceiling} points, more than any score scale; it is left empty`, ...(span ? { span } : {}) })
    return true
  })
  return x
}
