/**
 * Finding numbering markers in a paragraph of normalized text: every place a
 * marker pattern of grammars/numbering.json matches, at the paragraph start or
 * inside it. Whether a marker opens a section is the machine's business; this
 * only says what it is and what stands before it.
 *
 *   … 如下: 一、部门基本情况 (一)部门职能 我局负责 …
 *           ^^             ^^^^
 */
import { P, type MarkerKind, type Numbering } from './numbering.js'
import { isSpace } from './title.js'

export interface Marker {
  kind: MarkerKind
  ordinal: number
  /** decimal numbering (3.1): the parent's ordinal */
  prefix?: number
  /** normalized offsets: the marker as printed [start, markerEnd), then any space up to `end` */
  start: number
  markerEnd: number
  end: number
  /** first thing in its paragraph */
  atStart: boolean
  /** inside the paragraph, after white space, a sentence end or a colon */
  boundary: boolean
}

/** Offset of the first non-space character of text[start, end). */
export function firstNonSpace(text: string, start: number, end: number): number {
  let i = start
  while (i < end && isSpace(text[i])) i++
  return i
}

/** The markers in the paragraph text[start, end), left to right, not overlapping. */
export function findMarkers(text: string, start: number, end: number, nb: Numbering): Marker[] {
  return markersIn(text, start, end, nb, Infinity)
}

/** The first marker of the paragraph text[start, end) (findMarkers(…)[0]), without looking for the others. */
export function firstMarker(text: string, start: number, end: number, nb: Numbering): Marker | undefined {
  return markersIn(text, start, end, nb, 1)[0]
}

function markersIn(text: string, start: number, end: number, nb: Numbering, most: number): Marker[] {
  const out: Marker[] = []
  const first = firstNonSpace(text, start, end)
  const para = text.slice(start, end)
  const re = nb.candidateStart
  re.lastIndex = 0
  let after = start
  // the candidate pattern is one character class (never an empty match): exec walks it as matchAll does
  for (let hit = re.exec(para); hit !== null && out.length < most; hit = re.exec(para)) {
    const at = start + hit.index
    if (at < after) continue
    const atStart = at === first
    if (!atStart && continuesNumber(text[at - 1], text[at]!, nb)) continue
    const marker = matchAt(text, at, end, atStart, nb)
    if (!marker) continue
    out.push(marker)
    after = marker.end
  }
  re.lastIndex = 0
  return out
}

/** The Chinese numeral characters (digits and units) of a numbering grammar, as a set (asked at every marker candidate). */
const cnChars = new WeakMap<Numbering, Set<string>>()

/** A digit after a digit, or a Chinese numeral after one (十一、), is inside a number, not a marker start. */
function continuesNumber(prev: string | undefined, ch: string, nb: Numbering): boolean {
  if (prev === undefined) return false
  let cn = cnChars.get(nb)
  if (!cn) {
    const { digits, units } = nb.data.numerals
    cnChars.set(nb, (cn = new Set([...Object.keys(digits), ...Object.keys(units)])))
  }
  const isDigit = (c: string) => c >= '0' && c <= '9'
  return (isDigit(prev) && isDigit(ch)) || (cn.has(prev) && cn.has(ch))
}

function matchAt(text: string, at: number, end: number, atStart: boolean, nb: Numbering): Marker | null {
  // markers are short: a window is enough for the pattern and its lookahead
  const window = text.slice(at, Math.min(end, at + 16))
  for (const kind of nb.kinds) {
    if (!atStart && kind.inline === 'never') continue
    kind.regex.lastIndex = 0
    const m = kind.regex.exec(window)
    kind.regex.lastIndex = 0
    if (!m) continue
    const numeral = m.groups!['numeral']!
    const ordinal = nb.ordinal(kind, numeral)
    if (ordinal === null) continue
    let markerEnd = at + m[0].length
    while (markerEnd > at && isSpace(text[markerEnd - 1])) markerEnd--
    const marker: Marker = {
      kind,
      ordinal,
      start: at,
      markerEnd,
      end: at + m[0].length,
      atStart,
      boundary: atStart || nb.test(P.inlineBoundary, text.slice(Math.max(0, at - 4), at)),
    }
    if (kind.numeral === 'decimal') marker.prefix = Number(m.groups!['parent'])
    return marker
  }
  return null
}
