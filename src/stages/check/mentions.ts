/**
 * Reading phrases of the original text for the rules that compare what a
 * document says about itself (its year, its name): every match of a
 * checks.json pattern, its named group as printed and where it stands.
 * Patterns run on the original text (white space tolerated by the patterns),
 * so spans need no mapping.
 */
import type { Span } from '../../model/provenance.js'
import type { Context } from '../../pipeline/types.js'
import { GRAMMAR_ID } from './config.js'
import { foldKey } from '../normalize/keys.js'
import { scannerOf } from '../../grammar/scanner.js'

export interface Mention {
  /** the group folded (see `compact`): '2021', '某市人大常委会办公室' */
  value: string
  /** the group's text in the original */
  raw: string
  span: Span
  /** the whole phrase, white space removed, for messages */
  phrase: string
  /** the pattern id that found it */
  pattern: string
}

/**
 * A phrase as the rules compare and print it: folded as normalize folds the
 * report (width, radicals, traditional characters, NFKC) without white space.
 */
export function compact(ctx: Context, s: string): string {
  return foldKey(ctx.grammar, s)
}

/**
 * Every match of the patterns `ids` (checks.json, flags 'gd') with its group `group`, in document order,
 * one per group start; `from`/`to` restrict the scan to a part of the text (a title).
 */
export function mentionsOf(ctx: Context, ids: readonly string[], group: string, from = 0, to = ctx.source.text.length): Mention[] {
  const text = ctx.source.text.slice(from, to)
  const byStart = new Map<number, Mention>()
  for (const id of ids) {
    const re = ctx.grammar.regex(`${GRAMMAR_ID}/${id}`)
    if (!re.global || !re.hasIndices) throw new Error(`Pattern ${GRAMMAR_ID}/${id} needs the flags 'gd'`)
    // the grammar's scanner: the same matches, none looked for when a character every match holds is absent
    for (const m of scannerOf(re).matchAll(text)) {
      const at = m.indices?.groups?.[group]
      if (!at) continue
      const [s, e] = [from + at[0], from + at[1]]
      if (byStart.has(s)) continue
      const raw = ctx.source.text.slice(s, e)
      byStart.set(s, { value: compact(ctx, raw), raw, span: ctx.locate.span(s, e), phrase: compact(ctx, m[0]), pattern: id })
    }
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v)
}
