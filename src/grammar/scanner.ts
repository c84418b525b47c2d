/**
 * How a global grammar regex is run over a whole text, with what the
 * prefilter read from its source (src/grammar/prefilter.ts):
 *
 * - a text that lacks a character every match holds is not scanned at all;
 * - with a start set, only positions holding one of its characters are tried
 *   (a sticky copy of the regex there);
 * - without one but with anchors (literals every match holds at the top
 *   level, each with a bounded count of non-white-space characters before it,
 *   as `X…局\s*根\s*据` or `…\s*主\s*要\s*职`), only the positions in reach
 *   before each occurrence of the anchor rarest in the text are tried;
 * - otherwise the plain scan.
 *
 * Every way gives exactly the matches of `text.matchAll(regex)`, in order
 * (test/grammar/prefilter.test.ts compares them on every grammar pattern).
 */
import { isWhiteSpace, readPattern, type Anchor } from './prefilter.js'

export interface Scanner {
  /** every match, from the start of the text, as `text.matchAll(regex)` gives them */
  matchAll(text: string): RegExpExecArray[]
}

const scanners = new WeakMap<RegExp, Scanner>()

function escapeClassChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Whether offset i falls between the two halves of a surrogate pair (a scan never starts there). */
function insidePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false
  const p = text.charCodeAt(i - 1)
  return p >= 0xd800 && p <= 0xdbff
}

function plainScan(re: RegExp): (text: string) => RegExpExecArray[] {
  return (text) => {
    re.lastIndex = 0
    const out = [...text.matchAll(re)]
    re.lastIndex = 0
    return out as RegExpExecArray[]
  }
}

function startSetScan(re: RegExp, chars: string[]): (text: string) => RegExpExecArray[] {
  const candidates = new RegExp(`[${chars.map(escapeClassChar).join('')}]`, 'g')
  const only = chars.length === 1 ? chars[0]! : null
  // the next candidate at or after pos, or -1: one code unit of the start set
  const next = (text: string, pos: number) => {
    if (only !== null) return text.indexOf(only, pos)
    candidates.lastIndex = pos
    // test, not exec: no match object per candidate
    return candidates.test(text) ? candidates.lastIndex - 1 : -1
  }
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')
  return (text) => {
    const out: RegExpExecArray[] = []
    let pos = 0
    while (pos <= text.length) {
      const at = next(text, pos)
      if (at < 0) break
      sticky.lastIndex = at
      const m = sticky.exec(text)
      if (m) {
        out.push(m)
        // matches are never empty (a nullable pattern has no start set)
        pos = m.index + m[0].length
      } else {
        pos = at + 1
      }
    }
    return out
  }
}

/** How often a character occurs in a text, counting no further than `stop`. */
function occurrences(text: string, c: string, stop: number): number {
  let n = 0
  for (let i = text.indexOf(c); i >= 0 && n < stop; i = text.indexOf(c, i + 1)) n++
  return n
}

/**
 * A match holding the anchor at r starts at or after the offset reached by
 * walking back from r over `before` code points that are not white space
 * (white space, which the pattern may repeat without bound, is passed over).
 * No match starts before that offset for the first anchor at or after pos,
 * since the offset only grows with r: so trying the starts from there to r,
 * then going on after r, finds the leftmost match as a plain scan does.
 */
function anchoredScan(re: RegExp, anchors: Anchor[]): (text: string) => RegExpExecArray[] {
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')
  return (text) => {
    const out: RegExpExecArray[] = []
    let anchor = anchors[0]!
    if (anchors.length > 1) {
      // the anchor that leaves the fewest starts to try
      let best = Infinity
      for (const a of anchors) {
        const n = occurrences(text, a.char, best) * (a.before + 1)
        if (n < best) [best, anchor] = [n, a]
      }
    }
    let pos = 0
    while (pos <= text.length) {
      const r = text.indexOf(anchor.char, pos)
      if (r < 0) break
      let from = r
      for (let n = 0; from > pos; from--) {
        const c = text.charCodeAt(from - 1)
        if (isWhiteSpace(c)) continue
        if (n === anchor.before) break
        // the low half of a pair: its high half goes with it as one code point
        if (c >= 0xdc00 && c <= 0xdfff && from - 2 >= pos && insidePair(text, from - 1)) from--
        n++
      }
      let found: RegExpExecArray | null = null
      for (let s = from; s <= r && !found; s++) {
        if (insidePair(text, s)) continue
        sticky.lastIndex = s
        found = sticky.exec(text)
      }
      // a match holds the anchor, so it is never empty
      pos = found ? found.index + found[0].length : r + 1
      if (found) out.push(found)
    }
    return out
  }
}

const requiredOf = new WeakMap<RegExp, string[]>()

/**
 * Whether a regex can match in a text as far as its required characters go:
 * false when the text lacks one (then `re.test(text)` is false too). Always
 * true for a global or sticky regex, whose failed test also resets lastIndex.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  if (re.global || re.sticky) return true
  let required = requiredOf.get(re)
  if (!required) requiredOf.set(re, (required = readPattern(re.source, re.flags).required))
  for (const c of required) if (text.indexOf(c) < 0) return false
  return true
}

/** Builds the scanner of a global regex (cached per regex). */
export function scannerOf(re: RegExp): Scanner {
  let s = scanners.get(re)
  if (s) return s
  const facts = re.global ? readPattern(re.source, re.flags) : { start: null, required: [], anchors: [] }
  const scan = facts.start ? startSetScan(re, facts.start) : facts.anchors.length ? anchoredScan(re, facts.anchors) : plainScan(re)
  const required = facts.required
  s = {
    matchAll(text) {
      for (const c of required) if (text.indexOf(c) < 0) return []
      return scan(text)
    },
  }
  scanners.set(re, s)
  return s
}
