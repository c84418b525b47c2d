/**
 * Re-flow: which physical body lines join into one paragraph.
 *
 * Text extracted from a PDF is hard-wrapped mid-sentence and mid-number, often
 * with a blank line after every line. A line that fills the document's
 * typical width continues into the next; a short line ends its paragraph; a
 * line that starts with a numbering marker or looks like a table row always
 * stands alone. For PDF input the page geometry decides (right edge, indent).
 *
 * A text is hard-wrapped only when its typical width is a plausible page
 * width and few lines run far past it: short titles and headings of similar
 * width between long unwrapped paragraphs are not a wrapped page. A heading
 * line that ends its sentence ((一)项目概况。) never takes the next line.
 */
import type { Context, Line } from '../../pipeline/types.js'
import { displayWidth, type NormalizeData } from './fold.js'

interface LineInfo {
  line: Line
  folded: string
  width: number
  tableLike: boolean
  startsParagraph: boolean
  /** starts like a heading and ends its sentence: (一)项目概况。 */
  closedHeading: boolean
}

/** The width most lines share (the mode of the widths of long lines), or 0. */
function typicalWidth(widths: number[]): number {
  const counts = new Map<number, number>()
  for (const w of widths) if (w >= 20) counts.set(w, (counts.get(w) ?? 0) + 1)
  let best = 0
  let bestScore = 0
  for (const w of counts.keys()) {
    // count lines within ±2 columns so that justified lines with digits still vote together
    let score = 0
    for (let d = -2; d <= 2; d++) score += counts.get(w + d) ?? 0
    if (score > bestScore || (score === bestScore && w > best)) [best, bestScore] = [w, score]
  }
  return best
}

/** Per page: the right edge and left edge of body text, for PDF geometry. */
function pageEdges(infos: LineInfo[]): Map<number, { left: number; right: number }> {
  const edges = new Map<number, { left: number; right: number }>()
  for (const { line } of infos) {
    const box = line.layout?.bbox
    if (!box) continue
    const e = edges.get(line.layout!.page)
    if (!e) edges.set(line.layout!.page, { left: box[0], right: box[2] })
    else {
      e.left = Math.min(e.left, box[0])
      e.right = Math.max(e.right, box[2])
    }
  }
  return edges
}

/**
 * Groups body lines (not blank, not furniture) into paragraphs.
 * @param foldedOf a line's text with its characters folded one to one
 * @returns each paragraph as the list of its lines
 */
export function reflow(lines: Line[], ctx: Context, data: NormalizeData, foldedOf: (line: Line) => string): Line[][] {
  const paragraphStart = ctx.grammar.regex('normalize/paragraph-start')
  const tableRow = ctx.grammar.regex('normalize/table-row')
  const body = lines.filter((l) => !l.blank && !l.furniture)
  const infos: LineInfo[] = body.map((line) => {
    const folded = foldedOf(line).trim()
    return {
      line,
      folded,
      width: displayWidth(line.text.trim()),
      tableLike: folded.includes('\t') || folded.includes('|') || (line.layout?.cells.length ?? 1) > 1 || tableRow.test(folded),
      startsParagraph: paragraphStart.test(folded),
      closedHeading: false,
    }
  })
  if (infos.length === 0) return []
  for (const i of infos) i.closedHeading = i.startsParagraph && data.reflow.sentenceEnds.includes(i.folded.at(-1) ?? '')

  // Is a blank line a paragraph break, or does every line have one after it?
  let followedByBlank = 0
  for (const { line } of infos) if (lines[line.index + 1]?.blank) followedByBlank++
  const blanksMeanBreaks = followedByBlank / infos.length < data.reflow.doubleSpacedShare

  const typical = typicalWidth(infos.map((i) => i.width))
  const nearTypical = infos.filter((i) => Math.abs(i.width - typical) <= data.reflow.widthTolerance).length
  const overlong = infos.filter((i) => i.width > typical * data.reflow.overlongRatio).length
  const hardWrapped =
    typical >= data.reflow.minTypicalWidth &&
    nearTypical >= data.reflow.minWrappedLines &&
    nearTypical / infos.length >= data.reflow.hardWrapShare &&
    overlong / infos.length <= data.reflow.overlongShare
  const geometry = body.every((l) => l.layout) ? pageEdges(infos) : null

  const isFull = (i: LineInfo): boolean => {
    if (geometry) {
      const e = geometry.get(i.line.layout!.page)!
      return i.line.layout!.bbox[2] >= e.right - 2 * i.line.layout!.fontSize
    }
    if (!hardWrapped) return false
    // a line that begins like a heading needs the full width: a short heading ends open too
    const endsOpen = !i.startsParagraph && !data.reflow.sentenceEnds.includes(i.folded.at(-1) ?? '')
    return i.width >= typical * (endsOpen ? data.reflow.openWidthRatio : data.reflow.fullWidthRatio)
  }
  const isIndented = (i: LineInfo): boolean => {
    if (!geometry) return false
    const e = geometry.get(i.line.layout!.page)!
    return i.line.layout!.bbox[0] > e.left + 0.8 * i.line.layout!.fontSize
  }

  const paragraphs: Line[][] = [[infos[0]!.line]]
  for (let k = 1; k < infos.length; k++) {
    const a = infos[k - 1]!
    const b = infos[k]!
    const blankBetween = b.line.index - a.line.index > 1 && lines.slice(a.line.index + 1, b.line.index).some((l) => l.blank)
    const midSentence = data.reflow.continuationEnds.includes(a.folded.at(-1) ?? '')
    const join =
      !(blankBetween && blanksMeanBreaks) &&
      !a.tableLike &&
      !b.tableLike &&
      !a.closedHeading &&
      (!b.startsParagraph || midSentence) &&
      !isIndented(b) &&
      isFull(a)
    if (join) paragraphs[paragraphs.length - 1]!.push(b.line)
    else paragraphs.push([b.line])
  }
  return paragraphs
}
