/**
 * The folded view of text for comparison, owned by normalize so that every
 * reader compares names, header cells and vocabulary words folded the same
 * way as the report body: NFKC, then normalize's character folding (width,
 * spaces, Kangxi radicals and the radicals supplement, traditional →
 * simplified), then every white-space character removed.
 *
 * `foldKey` runs once per table cell and per vocabulary word, so it is
 * fast: a string of printable ASCII and plain Han characters that fold to
 * themselves is returned as it is (no NFKC, no copy), and other short
 * strings (cells, names, words) are cached per grammar. Longer texts are not:
 * they rarely repeat, and a bulk run would keep thousands of them (a cache of
 * whole paragraphs grew a worker's heap by ≈ 8 KB a report, without bound
 * until the cache filled).
 */
import type { Grammar } from '../../grammar/load.js'
import { isWhiteSpace } from '../../grammar/prefilter.js'
import { textFolderOf, normalizeData, createTextFolder } from './fold.js'

/** Characters that may change under NFKC + folding or are white space; anything else keeps a key as it is. */
function needsWork(s: string, foldsAt: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c > 0x20 && c < 0x7f) continue // printable ASCII: NFKC and folding keep it
    if (c >= 0x4e00 && c <= 0x9fff && foldsAt[c] === 0) continue
    return true
  }
  return false
}

/** `s` without its white-space characters. */
function dropWhite(s: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    if (!isWhiteSpace(s.charCodeAt(i))) continue
    out += s.slice(from, i)
    from = i + 1
  }
  return from === 0 ? s : out + s.slice(from)
}

interface KeyFolder {
  key(s: string): string
}

const CACHE_LIMIT = 20_000
/** Texts longer than this are folded each time, not cached. */
const CACHE_MAX_CHARS = 64
const folders = new WeakMap<Grammar, KeyFolder>()

function keyFolder(grammar: Grammar): KeyFolder {
  let f = folders.get(grammar)
  if (f) return f
  const fold = textFolderOf(grammar)
  // foldsAt[c] = 1 when the Han code unit c changes under folding (traditional, compatibility forms)
  const foldsAt = new Uint8Array(0x10000)
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c)
    if (fold(ch) !== ch || ch.normalize('NFKC') !== ch) foldsAt[c] = 1
  }
  const cache = new Map<string, string>()
  const folded = (s: string) => dropWhite(fold(s.normalize('NFKC')))
  f = {
    key(s) {
      if (!needsWork(s, foldsAt)) return s
      if (s.length > CACHE_MAX_CHARS) return folded(s)
      let k = cache.get(s)
      if (k !== undefined) return k
      k = folded(s)
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(s, k)
      return k
    },
  }
  folders.set(grammar, f)
  return f
}

/**
 * The comparison key of a text: NFKC, folded as normalize folds the report,
 * without white space (`一级 指标` and `一级指标`, `⼭` and `山`, `預算` and
 * `预算` give one key).
 * @param grammar the grammar holding the folding tables
 * @param s any text (a cell, a name, a vocabulary word)
 */
export function foldKey(grammar: Grammar, s: string): string {
  return keyFolder(grammar).key(s)
}

/**
 * The report text's character folding applied to a text, one UTF-16 code unit
 * for one, so offsets into the result are offsets into `s` (no NFKC, white
 * space kept).
 */
export function foldChars(grammar: Grammar, s: string): string {
  return textFolderOf(grammar)(s)
}

const widthFolders = new WeakMap<Grammar, (s: string) => string>()

/**
 * Normalize's character folding without the traditional → simplified table
 * (full-width ASCII, spaces, radicals), one code unit for one: for readers
 * that must keep the characters as printed but compare digits and brackets.
 */
export function foldWidth(grammar: Grammar, s: string): string {
  let f = widthFolders.get(grammar)
  if (!f) widthFolders.set(grammar, (f = createTextFolder(normalizeData(grammar))))
  return f(s)
}
