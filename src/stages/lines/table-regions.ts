/**
 * Table regions from what the lines stage knows: the cells each PDF line
 * was split into at wide x gaps. A line is a table row when it sits inside a
 * run of rows on one page:
 *
 * - an anchor row has several cells: three or more, or two where one is an
 *   amount (2,940.05, —) or both are short labels without sentence marks
 *   (not a heading whose marker stands apart: 第一部分 ⇥ 部门概况);
 * - lines between two anchors (a budget row with no amount: 十、节能环保支出)
 *   are rows when they start at a column edge of the anchors (x within the
 *   tolerance of a cell's left edge) and read like a label (short, no
 *   sentence marks), unless a table title or a unit line (单位：万元) starts a
 *   new table there;
 * - lines after the last anchor are rows while they start at an inner
 *   column (not the table's left edge) — the right half of a 收支总表.
 *
 * The regions are original-text ranges; the segmenter never opens a section
 * inside one. Thresholds are the `layout` grammar's `tableRegions` data.
 */
import { z } from 'zod'
import type { Context, Line, TableRegion } from '../../pipeline/types.js'
import type { LayoutLine } from '../../source/document.js'

const RegionData = z.object({
  tableRegions: z.object({
    /** most label-only lines between two anchor rows */
    maxGapLines: z.number().int().nonnegative(),
    /** points: how far a row's left edge may be from a column edge */
    alignTolerance: z.number().nonnegative(),
    /** a label-only row has at most this many characters */
    maxRowChars: z.number().int().positive(),
    /** a cell of a two-cell anchor without an amount has at most this many characters */
    maxLabelChars: z.number().int().positive(),
    /** points: an inner column starts at least this far right of the table's left edge */
    innerColumnOffset: z.number().nonnegative(),
    /** most short label lines just above a region's first anchor taken as its header (预算数 over two columns) */
    maxHeaderLinesBefore: z.number().int().nonnegative(),
    /** characters that end or split sentences: a line holding one is prose, not a row */
    sentenceMarks: z.string(),
  }),
})
type Rules = z.infer<typeof RegionData>['tableRegions']

interface Probe {
  amount: (s: string) => boolean
  startsTable: (s: string) => boolean
  bareMarker: (s: string) => boolean
  markerStart: (s: string) => boolean
  rules: Rules
}

function probe(ctx: Context): Probe {
  const rules = ctx.grammar.data('layout', RegionData).tableRegions
  const ids = ['tables/cell-number', 'tables/cell-blank', 'tables/unit', 'tables/title', 'layout/bare-marker', 'layout/marker-start']
  const [num, blank, unit, title, marker, start] = ids.map((id) => ctx.grammar.regex(id)) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp]
  const test = (re: RegExp, s: string) => {
    re.lastIndex = 0
    const ok = re.test(s)
    re.lastIndex = 0
    return ok
  }
  return {
    rules,
    amount: (s) => test(num, s) || test(blank, s),
    startsTable: (s) => test(unit, s) || test(title, s.trim()),
    bareMarker: (s) => test(marker, s),
    markerStart: (s) => test(start, s),
  }
}

const cellTexts = (text: string, l: LayoutLine) => l.cells.map((c) => text.slice(c.start, c.end).trim())

function isAnchor(p: Probe, text: string, l: LayoutLine): boolean {
  const cells = cellTexts(text, l)
  if (cells.length >= 3) return true
  if (cells.length < 2) return false
  // an amount in a cell of its own or glued to the next label by a narrow gap (9,501,164 一、一般公共服务支出)
  if (cells.some((c) => c.split(/\s+/).some(p.amount))) return true
  if (p.bareMarker(cells[0]!)) return false
  return cells.every((c) => [...c].length <= p.rules.maxLabelChars && ![...c].some((ch) => p.rules.sentenceMarks.includes(ch)))
}

function labelLike(p: Probe, s: string): boolean {
  const t = s.trim()
  return t !== '' && [...t].length <= p.rules.maxRowChars && ![...t].some((ch) => p.rules.sentenceMarks.includes(ch)) && !p.startsTable(t)
}

/** A short line of header labels (预算数, 人员经费 ⇥ 公用经费) that may stand above a table's first anchor. */
function headerLike(p: Probe, text: string, l: Line): boolean {
  const cells = cellTexts(text, l.layout!)
  return (
    !p.markerStart(l.text) &&
    !p.startsTable(l.text) &&
    cells.every((c) => c !== '' && [...c].length <= p.rules.maxLabelChars && ![...c].some((ch) => p.rules.sentenceMarks.includes(ch)) && !p.amount(c))
  )
}

/** Whether x lies at one of the column edges (cells' left edges) of the anchors, optionally only inner ones. */
function atColumn(p: Probe, x: number, anchors: LayoutLine[], innerOnly: boolean): boolean {
  const left = Math.min(...anchors.map((a) => a.bbox[0]))
  return anchors.some((a) =>
    a.cells.some((c) => Math.abs(c.x0 - x) <= p.rules.alignTolerance && (!innerOnly || c.x0 - left >= p.rules.innerColumnOffset)),
  )
}

/** The table regions of a document's lines (PDF lines with cells; none for text). */
export function tableRegions(lines: Line[], ctx: Context): TableRegion[] {
  const p = probe(ctx)
  const text = ctx.source.text
  const body = lines.filter((l) => !l.blank && !l.furniture && l.layout)
  const out: TableRegion[] = []
  let lastEnd = -1
  let i = 0
  while (i < body.length) {
    if (!isAnchor(p, text, body[i]!.layout!)) {
      i++
      continue
    }
    const page = body[i]!.page
    const anchors: LayoutLine[] = [body[i]!.layout!]
    let last = i
    let j = i + 1
    let gap: number[] = []
    for (; j < body.length && body[j]!.page === page; j++) {
      const l = body[j]!
      if (isAnchor(p, text, l.layout!)) {
        anchors.push(l.layout!)
        last = j
        gap = []
        continue
      }
      if (gap.length >= p.rules.maxGapLines || !labelLike(p, l.text) || !(atColumn(p, l.layout!.bbox[0], anchors, false) || headerLike(p, text, l))) break
      gap.push(j)
    }
    // after the last anchor: rows that start at an inner column (the right side of a two-sided table)
    let end = last
    for (let k = last + 1; k < body.length && body[k]!.page === page; k++) {
      const l = body[k]!
      if (!labelLike(p, l.text) || !atColumn(p, l.layout!.bbox[0], anchors, true)) break
      end = k
    }
    // header lines just above the first anchor, back to the previous region
    let begin = i
    const floor = out.length && out[out.length - 1]!.page === page ? lastEnd : -1
    while (begin - 1 > floor && i - (begin - 1) <= p.rules.maxHeaderLinesBefore && body[begin - 1]!.page === page && headerLike(p, text, body[begin - 1]!)) begin--
    const prev = out[out.length - 1]
    // a region that starts right after the previous one (on the same page) continues it
    if (prev && prev.page === page && begin === lastEnd + 1) prev.end = body[end]!.end
    else out.push({ start: body[begin]!.start, end: body[end]!.end, page, by: 'line-cells' })
    lastEnd = end
    i = end + 1
  }
  return out
}

/** Whether an original offset lies inside one of the (sorted, disjoint) regions. */
export function inRegion(regions: readonly TableRegion[], offset: number): boolean {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (regions[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  const r = regions[lo]
  return r !== undefined && r.start <= offset && offset < r.end
}
