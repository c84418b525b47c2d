/**
 * The unit a table's header states, found once for every reader of a PDF
 * table: a unit statement (单位：万元, 金额单位：元) in any header text, else
 * a unit in brackets after a column name (项目资金（万元）). Patterns from
 * grammars/tables.json.
 */
import type { Context } from '../../../pipeline/types.js'

/** The patterns a header states its unit with, in the order they are tried. */
const HEADER_UNIT_PATTERNS = ['tables/unit', 'tables/unit-in-header'] as const

/** Where a header states its unit: the text's index, the match's offset and length in it, and the unit. */
export interface HeaderUnit {
  text: number
  index: number
  length: number
  unit: string
}

/**
 * The first unit the header texts state: pattern by pattern, text by text.
 * @param texts header cells or column heads, in reading order
 */
export function headerUnit(ctx: Context, texts: readonly string[]): HeaderUnit | null {
  for (const id of HEADER_UNIT_PATTERNS) {
    const re = ctx.grammar.regex(id)
    for (let k = 0; k < texts.length; k++) {
      const m = re.exec(texts[k]!)
      const unit = m?.groups?.['unit']
      if (m && unit) return { text: k, index: m.index, length: m[0].length, unit }
    }
  }
  return null
}
