/**
 * Department names → one canonical name: the full official form, so that
 * X市人大常委会办公室-style abbreviations and their full spelling compare as
 * one department. The expansions (人大常委会 → 人民代表大会常务委员会, X市委 →
 * 中国共产党X市委员会, X县政协 → 中国人民政治协商会议X县委员会) are data in
 * `grammars/canonical.json`; no segmentation is needed.
 */
import { loadGrammar, type Grammar } from '../../grammar/load.js'
import { CANONICAL_GRAMMAR, CanonicalData } from './data.js'
import { foldKey } from '../normalize/keys.js'

/**
 * The canonical department name: folded as normalize folds the report text
 * (full-width forms, radicals, traditional characters), white space removed, short forms expanded to the full official form.
 * @param name the department name as printed
 * @param grammar the grammar holding `canonical.json` (default: the process-wide one)
 */
export function canonicalDepartment(name: string, grammar: Grammar = loadGrammar()): string {
  const data = grammar.data(CANONICAL_GRAMMAR, CanonicalData).departments
  let s = foldKey(grammar, name)
  for (const r of data.replacements) s = s.split(r.from).join(r.to)
  for (const rule of data.rules) {
    const re = grammar.regex(`${CANONICAL_GRAMMAR}/${rule.pattern}`)
    if (re.test(s)) s = s.replace(re, rule.replace)
  }
  return s
}
