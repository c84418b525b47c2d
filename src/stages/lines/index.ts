/**
 * lines: the physical lines of the original text, each with its page, and
 * running page furniture (page numbers, repeated headers and footers) marked
 * so later stages skip it. The text itself is never changed here.
 */
import type { Stage, Line, Context } from '../../pipeline/types.js'
import type { SourceDoc } from '../../source/document.js'
import { lineStarts } from '../../source/location.js'
import { markFurniture } from './furniture.js'

/** Splits the original text into lines (\n, \r\n, \r and \f all end a line). */
export function splitLines(source: SourceDoc, ctx: Context): Line[] {
  const { text } = source
  const starts = lineStarts(text)
  const layoutByStart = new Map(source.layout?.map((l) => [l.start, l]))
  const lines: Line[] = []
  let lastPage: number | null = -1
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!
    let end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    const lineText = text.slice(start, end)
    const blank = lineText.trim() === ''
    const page = ctx.locate.point(start).page
    const pageStart = !blank && page !== lastPage
    if (pageStart) lastPage = page
    const line: Line = { index: i, start, end, text: lineText, page, blank, furniture: false, pageStart }
    const layout = layoutByStart.get(start)
    if (layout) line.layout = layout
    lines.push(line)
  }
  return lines
}

export const linesStage: Stage<SourceDoc, Line[]> = {
  name: 'lines',
  run(source, ctx) {
    const lines = splitLines(source, ctx)
    markFurniture(lines, ctx)
    return lines
  },
}
