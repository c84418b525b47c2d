/**
 * The quote of a cited figure: the original line(s) it stands on, so a reader
 * sees the figure in its sentence or table row. A long line is cut to a
 * window around the figure; at most a few lines are kept.
 */
import type { Span } from '../../model/provenance.js'
import type { Quoted } from '../../model/diagnostic.js'

/** Characters kept on each side of the figure when its line is long. */
const CONTEXT = 80
/** A line longer than this is cut around the figure. */
const LONG_LINE = 200
/** Most lines a quote spans. */
const MAX_LINES = 4

function isBreak(c: number): boolean {
  return c === 10 || c === 12 || c === 13
}

/**
 * The quote of `span` in `text` (the original text of the document).
 * @returns quote and quoteOffset (the offset of the quote's first character)
 */
export function quoteOf(text: string, span: Span): Required<Pick<Quoted, 'quote' | 'quoteOffset'>> {
  const from = Math.max(0, Math.min(span.start.offset, text.length))
  const to = Math.max(from, Math.min(span.end.offset, text.length))
  let s = from
  while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--
  let e = to
  while (e < text.length && !isBreak(text.charCodeAt(e))) e++
  let lines = 1
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 12) lines++
  if (lines > MAX_LINES || e - s > LONG_LINE + (to - from)) {
    s = Math.max(s, from - CONTEXT)
    e = Math.min(e, to + CONTEXT)
  }
  const quote = text.slice(s, e).trimEnd()
  return { quote, quoteOffset: s }
}
