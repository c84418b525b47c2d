/**
 * Running page furniture: page numbers (`— 9 —`, `第 3 页`) and lines that
 * repeat at the top or bottom of many pages (running headers and footers).
 * A bare number first or last on a page is a page number only when such
 * numbers run with the pages (number − page index the same on enough pages):
 * a table cell `10` that a page break leaves at the top of a page is not.
 * Such lines are marked, not removed: they stay in the original text.
 */
import { z } from 'zod'
import type { Context, Line } from '../../pipeline/types.js'

const LayoutData = z.object({
  repeatedLines: z.object({ minPages: z.number(), minShare: z.number(), edgeLines: z.number().int() }),
  pageNumbers: z.object({ minPages: z.number().int(), minShare: z.number() }),
})

/** Bare numbers first or last on a page that run with the page index (the most common number − page). */
function runningPageNumbers(edges: Map<number, Line[]>, bare: RegExp, rule: { minPages: number; minShare: number }): Line[] {
  const byOffset = new Map<number, { lines: Line[]; pages: Set<number> }>()
  for (const [page, list] of edges) {
    for (const l of new Set([list[0], list[list.length - 1]])) {
      if (!l || !bare.test(l.text)) continue
      const offset = Number(l.text.trim()) - page
      let group = byOffset.get(offset)
      if (!group) byOffset.set(offset, (group = { lines: [], pages: new Set() }))
      group.lines.push(l)
      group.pages.add(page)
    }
  }
  let best: { lines: Line[]; pages: Set<number> } | null = null
  for (const g of byOffset.values()) if (!best || g.pages.size > best.pages.size) best = g
  if (!best || best.pages.size < Math.max(rule.minPages, Math.ceil(edges.size * rule.minShare))) return []
  return best.lines
}

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
  const { repeatedLines, pageNumbers } = ctx.grammar.data('layout', LayoutData)
  const edges = pageEdges(lines, repeatedLines.edgeLines)
  if (edges.size < 2) return
  for (const l of runningPageNumbers(edges, bare, pageNumbers)) l.furniture = true
  const pagesByShape = new Map<string, Set<number>>()
  for (const [page, list] of edges) {
    for (const l of list) {
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
