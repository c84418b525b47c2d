/**
 * OCR digit look-alikes (O for 0, l and | for 1, S for 5 …) folded to digits,
 * only where a number is expected: the reader that knows a cell holds a
 * number (a 分值 or 得分 cell, an amount) asks for it, normalize never folds
 * them in running text (`SO2`, `Office` stay as printed). One character for
 * one, so an offset into the result is an offset into the input. The pairs are
 * grammar data (grammars/normalize.json `ocrDigits`).
 */
import { z } from 'zod'
import type { Grammar } from '../../grammar/load.js'

const OcrDigits = z.object({
  ocrDigits: z.object({
    pairs: z.record(z.string().length(1), z.string().refine((d) => d.length === 1 && d >= '0' && d <= '9', 'a digit')),
    marks: z.string(),
    minDigits: z.number().int().nonnegative(),
  }),
})

const tables = new WeakMap<Grammar, z.infer<typeof OcrDigits>['ocrDigits']>()

function table(grammar: Grammar) {
  let t = tables.get(grammar)
  if (!t) tables.set(grammar, (t = grammar.data('normalize', OcrDigits).ocrDigits))
  return t
}

/**
 * A number's text with its OCR look-alikes folded to digits, or null when the
 * text is not a number even so (a letter that is no look-alike, fewer than
 * `minDigits` real digits, more look-alikes than digits): `9O` → `90`,
 * `1O0.5` → `100.5`, `l5%` → `15%`; `SO2`, `lO`, `Office` → null.
 * White space around the token is kept as it is.
 * @param grammar the grammar holding the pairs
 * @param text the text of a place where a number is expected
 */
export function foldOcrDigits(grammar: Grammar, text: string): string | null {
  const t = table(grammar)
  let out = ''
  let digits = 0
  let alikes = 0
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      digits++
      out += ch
    } else if (t.pairs[ch] !== undefined) {
      alikes++
      out += t.pairs[ch]
    } else if (t.marks.includes(ch) || ch.trim() === '') out += ch
    else return null
  }
  return digits >= Math.max(1, t.minDigits) && alikes <= digits ? out : null
}
