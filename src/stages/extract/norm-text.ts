/**
 * Helpers shared by the prose extractors: scanning the normalized text with a
 * grammar pattern, turning a normalized range into a Sourced value (raw text
 * and span in the ORIGINAL document), reading numbers, and a per-physical-line
 * view of the normalized text for table rows.
 */
import type { Context, ExtractInput, NormDoc } from '../../pipeline/types.js'
import type { Sourced, Span } from '../../model/provenance.js'
import { toOriginal } from '../normalize/offset-map.js'
import { scannerOf } from '../../grammar/scanner.js'

/** A range of the normalized text with its original counterpart. */
export interface Located {
  /** normalized offsets */
  start: number
  end: number
  /** original offsets */
  oStart: number
  oEnd: number
  /** the original text of the range */
  raw: string
  span: Span
}

/** All matches of a grammar regex (which must carry the 'g' flag) over a text, from the start. */
export function scan(re: RegExp, text: string): RegExpMatchArray[] {
  if (!re.global) throw new Error(`scan needs a global regex: ${re.source}`)
  // only the positions where a match can start are tried (grammar/prefilter)
  return scannerOf(re).matchAll(text)
}

/** The normalized range [start, end) located in the original document. */
export function locate(input: Pick<ExtractInput, 'norm'>, ctx: Context, start: number, end: number): Located {
  const [oStart, oEnd] = toOriginal(input.norm, start, end)
  return { start, end, oStart, oEnd, raw: ctx.source.text.slice(oStart, oEnd), span: ctx.locate.span(oStart, oEnd) }
}

/** A Sourced value read at the normalized range [start, end). */
export function sourcedAt<T>(input: Pick<ExtractInput, 'norm'>, ctx: Context, start: number, end: number, value: T, by: string): Sourced<T> {
  const l = locate(input, ctx, start, end)
  return { value, raw: l.raw, span: l.span, by }
}

/** [start, end) of a named group of a match made with the 'd' flag; null when the group did not take part. */
export function groupRange(m: RegExpMatchArray, name: string): [number, number] | null {
  const r = m.indices?.groups?.[name]
  return r ? [r[0], r[1]] : null
}

/** [start, end) of a named group in every match where the group took part. */
export function groupRanges(ms: readonly RegExpMatchArray[], name: string): [number, number][] {
  return ms.flatMap((m) => {
    const r = groupRange(m, name)
    return r ? [r] : []
  })
}

/** Whether two ranges [start, end) share a character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/** [start, end) of a whole match. */
export function matchRange(m: RegExpMatchArray): [number, number] {
  return [m.index!, m.index! + m[0].length]
}

/** A number as printed ('1,234.50', '88', '-3.5'); null when the text is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[,\s]/g, '')
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/** Text with all white space removed (grade words printed spaced out: 优 秀). */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/**
 * [start, end) of the sentence of the normalized text around [start, end):
 * bounded by a paragraph break or one of `ends` (grammar data).
 */
export function sentenceAround(text: string, start: number, end: number, ends: string): [number, number] {
  const stop = (c: string) => c === '\n' || ends.includes(c)
  let s = start
  while (s > 0 && !stop(text[s - 1]!)) s--
  let e = end
  while (e < text.length && !stop(text[e]!)) e++
  return [s, e]
}

/** One physical line of the body as a range of the normalized text. */
export interface NormLine {
  /** normalized offsets, trimmed */
  start: number
  end: number
  text: string
  /** index into ExtractInput.lines, or -1 when built from norm text alone */
  line: number
}

/** First index i with map[i] >= value (map is non-decreasing). */
function lowerBound(map: Int32Array, hi: number, value: number): number {
  let lo = 0
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (map[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** [start, end) without the white space at either end. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  return [s, e]
}

function trimmed(norm: NormDoc, start: number, end: number, line: number): NormLine | null {
  const [s, e] = trimRange(norm.text, start, end)
  return s < e ? { start: s, end: e, text: norm.text.slice(s, e), line } : null
}

/**
 * The body, line by physical line, in normalized text: the characters of the
 * normalized text that came from each non-blank, non-furniture line. Table
 * rows are physical lines even when normalize joined them into one paragraph.
 * Without lines (unit tests), the normalized text's own lines.
 */
export function normLines(input: Pick<ExtractInput, 'lines' | 'norm'>): NormLine[] {
  const { norm, lines } = input
  const out: NormLine[] = []
  if (lines.length === 0) {
    let s = 0
    for (const part of norm.text.split('\n')) {
      const t = trimmed(norm, s, s + part.length, -1)
      if (t) out.push(t)
      s += part.length + 1
    }
    return out
  }
  const n = norm.text.length
  for (const l of lines) {
    if (l.blank || l.furniture) continue
    const s = lowerBound(norm.map, n, l.start)
    const e = lowerBound(norm.map, n, l.end)
    // a character of the text outside this line's range cannot be inside [s, e) (map is non-decreasing)
    const t = trimmed(norm, s, e, l.index)
    if (t) out.push(t)
  }
  return out
}
