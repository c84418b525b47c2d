/**
 * Indicator names → canonical keys. The key is the canonical Chinese term
 * (预算编制), so CSV columns stay readable. Cheap rules first: exact key or
 * alias, then stripping suffixes (情况, 质量 …) one at a time. Only a name
 * that still has no key and could contain a known term is segmented with
 * jieba, which drops qualifier words at token boundaries (部门预算编制情况 →
 * 预算编制) without cutting inside a word. No fitting key → null.
 */
import { loadGrammar, type Grammar } from '../../grammar/load.js'
import { CANONICAL_GRAMMAR, CanonicalData, JIEBA_USER_DICT } from './data.js'
import { cleanIndicatorName, dropChars, foldCompact } from './text.js'
import { cut } from './segmenter.js'

type IndicatorData = CanonicalData['indicators']

interface IndicatorIndex {
  data: IndicatorData
  /** lookup form (key or alias) → key */
  lookup: Map<string, string>
  /** [from, to] token synonyms, longest first, for the cheap pre-filter */
  synonyms: [string, string][]
  /** characters of the leading qualifier tokens and of the suffixes (pre-filter) */
  leadingChars: Set<string>
  suffixChars: Set<string>
  userDict: string
}

const indexes = new WeakMap<Grammar, IndicatorIndex>()

/** Builds (once per grammar) the alias index; an alias claimed by two keys is a grammar bug and throws. */
function indexFor(grammar: Grammar): IndicatorIndex {
  const cached = indexes.get(grammar)
  if (cached) return cached
  const data = grammar.data(CANONICAL_GRAMMAR, CanonicalData).indicators
  const lookup = new Map<string, string>()
  for (const entry of data.entries) {
    for (const form of [entry.key, ...entry.aliases]) {
      const f = dropChars(foldCompact(form, grammar), data.quoteChars)
      const other = lookup.get(f)
      if (other !== undefined && other !== entry.key) {
        throw new Error(`Grammar ${CANONICAL_GRAMMAR}: ${f} maps to both ${other} and ${entry.key}`)
      }
      lookup.set(f, entry.key)
    }
  }
  const synonyms = Object.entries(data.tokenSynonyms).sort((a, b) => b[0].length - a[0].length)
  const index: IndicatorIndex = {
    data,
    lookup,
    synonyms,
    leadingChars: new Set(data.leadingTokens.join('')),
    suffixChars: new Set(data.suffixes.join('')),
    userDict: grammar.resource(JIEBA_USER_DICT),
  }
  indexes.set(grammar, index)
  return index
}

/** How a key was found: 'exact' alias, after stripping 'suffix'es, by 'segment'ation, or 'none'. */
export type Resolution = 'exact' | 'suffix' | 'segment' | 'none'

/** The key found for a name, how it was found, and the cleaned name looked up. */
export interface IndicatorKeyResult {
  key: string | null
  by: Resolution
  /** the cleaned name that was looked up */
  cleaned: string
  /** true when segmentation was needed but nodejieba is unavailable here (Intl.Segmenter cut the name) */
  segmenterUnavailable: boolean
}

/** Looks `s` up, stripping trailing suffixes one at a time; never strips to nothing. */
function lookupWithSuffixes(s: string, ix: IndicatorIndex): { key: string; stripped: boolean } | null {
  let t = s
  for (let stripped = false; ; stripped = true) {
    const key = ix.lookup.get(t)
    if (key !== undefined) return { key, stripped }
    const suffix = ix.data.suffixes.find((x) => t.length > x.length && t.endsWith(x))
    if (suffix === undefined) return null
    t = t.slice(0, -suffix.length)
  }
}

/** True when every character of `s` is in `allowed` or is an ASCII digit. */
function onlyChars(s: string, allowed: Set<string>): boolean {
  for (const ch of s) if (!allowed.has(ch) && (ch < '0' || ch > '9')) return false
  return true
}

/**
 * Could segmentation possibly reach a key? Segmentation can only drop leading
 * qualifier tokens and trailing suffix tokens, so some key or alias must sit
 * in the name with only qualifier characters before it and only suffix
 * characters after it. This cheap test keeps jieba unloaded for most names.
 */
function mayContainTerm(s: string, ix: IndicatorIndex): boolean {
  let folded = s
  for (const [from, to] of ix.synonyms) folded = folded.split(from).join(to)
  for (const str of folded === s ? [s] : [s, folded]) {
    for (const form of ix.lookup.keys()) {
      for (let at = str.indexOf(form); at >= 0; at = str.indexOf(form, at + 1)) {
        if (onlyChars(str.slice(0, at), ix.leadingChars) && onlyChars(str.slice(at + form.length), ix.suffixChars)) return true
      }
    }
  }
  return false
}

/** Drops qualifier tokens at the start, folds synonyms, then pops suffix tokens while looking up. */
function lookupTokens(tokens: string[], ix: IndicatorIndex): string | null {
  const { leadingTokens, tokenSynonyms, suffixes } = ix.data
  let start = 0
  while (start < tokens.length - 1) {
    const t = tokens[start] ?? ''
    if (!leadingTokens.includes(t) && !isDigits(t)) break
    start += 1
  }
  const words = tokens.slice(start).map((t) => tokenSynonyms[t] ?? t)
  for (let end = words.length; end > 0; end -= 1) {
    const key = ix.lookup.get(words.slice(0, end).join(''))
    if (key !== undefined) return key
    if (!suffixes.includes(words[end - 1] ?? '')) return null
  }
  return null
}

function isDigits(t: string): boolean {
  if (t.length === 0) return false
  for (const ch of t) if (ch < '0' || ch > '9') return false
  return true
}

/**
 * Resolves an indicator name and says how.
 * @param name the indicator name as printed
 * @param grammar the grammar holding `canonical.json` (default: the process-wide one)
 */
export function resolveIndicatorKey(name: string, grammar: Grammar = loadGrammar()): IndicatorKeyResult {
  const ix = indexFor(grammar)
  const cleaned = cleanIndicatorName(name, grammar, ix.data.quoteChars)
  const result = (key: string | null, by: Resolution, segmenterUnavailable = false): IndicatorKeyResult => ({
    key,
    by,
    cleaned,
    segmenterUnavailable,
  })
  if (cleaned === '') return result(null, 'none')
  const direct = lookupWithSuffixes(cleaned, ix)
  if (direct) return result(direct.key, direct.stripped ? 'suffix' : 'exact')
  if (!mayContainTerm(cleaned, ix)) return result(null, 'none')
  const { words, engine } = cut(cleaned, ix.userDict)
  const key = lookupTokens(words, ix)
  return result(key, key === null ? 'none' : 'segment', engine === 'intl')
}

/**
 * The canonical key of an indicator name (e.g. 预算编制情况 → 预算编制), or
 * null when no canonical indicator fits.
 * @param name the indicator name as printed
 * @param grammar the grammar holding `canonical.json` (default: the process-wide one)
 */
export function canonicalIndicatorKey(name: string, grammar: Grammar = loadGrammar()): string | null {
  return resolveIndicatorKey(name, grammar).key
}
