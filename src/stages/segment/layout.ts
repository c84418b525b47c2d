/**
 * How a paragraph reads, for the machine's layout states: a TOC title or
 * line, a table row, a score-table header, running prose, or a short line
 * (a label, a table title) that leaves the layout as it was.
 */
import { P, type Numbering } from './numbering.js'
import type { Layout } from './machine.js'

/** Classifies one paragraph of normalized text. */
export function classify(text: string, nb: Numbering): Layout {
  if (text.trim() === '') return 'blank'
  if (nb.test(P.tocTitle, text)) return 'toc-title'
  if (nb.test(P.tocLine, text)) return 'toc'
  if (nb.test(P.scoreHeader, text)) return 'score'
  if (nb.test(P.cellSeparator, text) || nb.test(P.numericCell, text) || nb.test(P.dataRow, text)) return 'table'
  if (nb.test(P.prose, text)) return 'prose'
  return 'short'
}

/** Inside a table of contents: a short title ending in a page number. */
export function isTocEntry(text: string, nb: Numbering): boolean {
  return nb.test(P.tocEntry, text)
}
