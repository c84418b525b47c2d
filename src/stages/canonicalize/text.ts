/**
 * Cleans a printed name before lookup: full-width forms folded to ASCII,
 * white space and quotation marks removed, and the noise the grammar names
 * (★ markers, 指标1 placeholders, outline markers, (50分) weights, trailing
 * punctuation) stripped.
 */
import type { Grammar } from '../../grammar/load.js'

import { foldKey } from '../normalize/keys.js'

/** Folds a name as normalize folds the report text (full-width forms, radicals, traditional characters) and drops every white-space character. */
export function foldCompact(s: string, grammar: Grammar): string {
  return foldKey(grammar, s)
}

/** Removes every character of `chars` from `s`. */
export function dropChars(s: string, chars: string): string {
  let out = ''
  for (const ch of s) if (!chars.includes(ch)) out += ch
  return out
}

const PREFIX = 'canonical/indicator-prefix'
const WEIGHT = 'canonical/indicator-weight'
const TRAILING = 'canonical/indicator-trailing-punct'

/**
 * The lookup form of an indicator name.
 * @param name the name as printed
 * @param grammar supplies the noise patterns
 * @param quoteChars quotation marks to drop
 */
export function cleanIndicatorName(name: string, grammar: Grammar, quoteChars: string): string {
  let s = dropChars(foldCompact(name, grammar), quoteChars)
  const prefix = grammar.regex(PREFIX)
  const weight = grammar.regex(WEIGHT)
  const trailing = grammar.regex(TRAILING)
  for (let before = ''; before !== s; ) {
    before = s
    const p = prefix.exec(s)
    if (p && p[0].length < s.length) s = s.slice(p[0].length)
    const w = weight.exec(s)
    if (w && w.index > 0) s = s.slice(0, w.index)
    const t = trailing.exec(s)
    if (t && t.index > 0) s = s.slice(0, t.index)
  }
  return s
}
