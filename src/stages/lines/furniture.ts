/**
 * Running page furniture: page numbers (`— 9 —`, `第 3 页`) and lines that
 * repeat at the top or bottom of many pages (running headers and footers).
 * Such lines are marked, not removed: they stay in the original text.
 */
import { z } from 'zod'
import type { Context, Line } from '../../pipeline/types.js'

const LayoutData = z.object({
  repeatedLines: z.object({ minPages: z.number(), minShare: z.number(), edgeLines: z.number().int() }),
})

/** The first and last `n` non-blank lines of each page. */
function pageEdges(lines: Line[], n: number): Map<number, Line[]> {
  const byPage = new Map<number, Line[]>()
  for (const l of lines) {
    if (l.blank || l.page === null) continue
    let list = byPage.get(l.page)
    if (!list) byPage.set(l.page, (list = []))
    list.push(l)
  }
  const edges = new Map<number, Line[]>()
  for (const [page, list] of byPage) {
    edges.set(page, list.length <= 2 * n ? list : [...list.slice(0, n), ...list.slice(-n)])
  }
  return edges
}

/** A line's text with digits and spaces ignored, for comparing headers across pages. */
function shape(text: string): string {
  let out = ''
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += '#'
    else if (ch.trim() !== '') out += ch
  }
  return out
}

/** Marks page numbers anywhere and repeated edge lines as furniture. */
export function markFurniture(lines: Line[], ctx: Context): void {
  const dashed = ctx.grammar.regex('layout/page-number-dashed')
  const pageOf = ctx.grammar.regex('layout/page-number-of')
  const bare = ctx.grammar.regex('layout/page-number-bare')
  for (const l of lines) {
    if (!l.blank && (dashed.test(l.text) || pageOf.test(l.text))) l.furniture = true
  }
  const { repeatedLines } = ctx.grammar.data('layout', LayoutData)
  const edges = pageEdges(lines, repeatedLines.edgeLines)
  if (edges.size < 2) return
  const pagesByShape = new Map<string, Set<number>>()
  for (const [page, list] of edges) {
    const outer = [list[0], list[list.length - 1]]
    for (const l of list) {
      if (outer.includes(l) && bare.test(l.text)) l.furniture = true
      const s = shape(l.text)
      if (s === '' || s.length > 60) continue
      let set = pagesByShape.get(s)
      if (!set) pagesByShape.set(s, (set = new Set()))
      set.add(page)
    }
  }
  const minPages = Math.max(repeatedLines.minPages, Math.ceil(edges.size * repeatedLines.minShare))
  for (const list of edges.values()) {
    for (const l of list) {
      const s = shape(l.text)
      if ((pagesByShape.get(s)?.size ?? 0) >= minPages && s.replaceAll('#', '') !== '') l.furniture = true
    }
  }
}
