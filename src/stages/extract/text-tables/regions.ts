/**
 * Money tables read from the table regions of a PDF (the lines stage's
 * regions: runs of lines split into cells at wide x gaps), for tables whose
 * header does not fit the one-line text reader: two-line headers, and
 * two-sided 收支总表 (项目 决算数 项目 决算数) where one printed line holds a
 * row of each side.
 *
 * - A line's tokens (cells, split further at spaces) are amounts (2,940.05,
 *   171,915,169, a printed blank —) or label text; consecutive label tokens
 *   are one label. Numbers before a line's first label are its codes (201 06
 *   01 行政运行) and stay in the label; a label after amounts starts the
 *   line's next row (the right side of a two-sided table), and so does a
 *   label in a cell of its own after another label. A line of amounts
 *   only is skipped: its label is on another line and cannot be told.
 * - Columns are the x-extents of the amount cells (right-aligned numbers of
 *   one column overlap); each amount sits in the column it overlaps, other
 *   cells of the row are null with no span. A column's raw header is the text
 *   of the header lines' cells above it, top to bottom.
 * - Header lines are the lines before the first row with an amount; the
 *   title and unit come from the caption above (单位：元 beside 编制单位) or
 *   from a header cell (项目资金（万元）).
 *
 * Column keys stay null: the geometry does not say which side a column
 * belongs to, so the money-table checks do not read these tables.
 */
import type { Context, ExtractInput, TableRegion } from '../../../pipeline/types.js'
import type { Table, TableRow } from '../../../model/report.js'
import { locate, type NormLine } from '../norm-text.js'
import { toOriginal } from '../../normalize/offset-map.js'
import { tokens, type TableVocab, type Token } from './vocab.js'
import { caption } from './caption.js'

interface Group {
  label: [number, number]
  amounts: Token[]
}

/** The rows one line holds: labels each with the amounts after it. */
function groupsOf(v: TableVocab, line: NormLine): Group[] {
  const out: Group[] = []
  let codes: Token[] = []
  let cur: Group | null = null
  const ts = tokens(line.text, line.start)
  const isAmount = (k: number) => ts[k] !== undefined && v.cellValue(ts[k]!.text) !== undefined
  ts.forEach((t, k) => {
    // a code right before a label (a code run ending at a label) opens that label's row
    let n = k
    while (isAmount(n) && v.isCode(ts[n]!.text)) n++
    const codeRun = n > k && n < ts.length && !isAmount(n)
    if (codeRun && codes.length === 0) cur = null
    if (isAmount(k) && !codeRun) {
      if (cur) cur.amounts.push(t)
      else codes.push(t)
    } else if (isAmount(k)) {
      codes.push(t)
    } else if (cur && cur.amounts.length === 0 && codes.length === 0 && !line.text.slice(cur.label[1] - line.start, t.start - line.start).includes('\t')) {
      cur.label[1] = t.end
    } else {
      cur = { label: [codes[0]?.start ?? t.start, t.end], amounts: [] }
      codes = []
      out.push(cur)
    }
  })
  return out
}

/** Relative printed width of a character: CJK and full-width forms 1, others ½. */
const widthOf = (ch: string) => (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.5)

/**
 * x-extent of a normalized range, from the PDF line's cell that holds it; a
 * range that is only part of its cell (an amount glued to the next label by
 * a narrow gap) gets its share of the cell's width by printed character
 * widths. Null without layout.
 */
function extentOf(input: ExtractInput, ctx: Context, line: NormLine, start: number, end: number): [number, number] | null {
  const layout = input.lines[line.line]?.layout
  if (!layout) return null
  const [o, oe] = toOriginal(input.norm, start, end)
  const cell = layout.cells.find((c) => c.start <= o && o < c.end)
  if (!cell) return null
  if (o === cell.start && oe >= cell.end) return [cell.x0, cell.x1]
  const text = ctx.source.text
  const w = (a: number, b: number) => [...text.slice(a, b)].reduce((n, ch) => n + widthOf(ch), 0)
  const total = w(cell.start, cell.end) || 1
  const per = (cell.x1 - cell.x0) / total
  return [cell.x0 + per * w(cell.start, o), cell.x0 + per * w(cell.start, Math.min(oe, cell.end))]
}

/** The unit stated on the lines just above a region, page furniture included (单位：元 beside a repeated 编制单位). */
function unitAbove(input: ExtractInput, ctx: Context, v: TableVocab, regionStart: number): string | null {
  // first line starting at or after the region (lines are in text order)
  let lo = 0
  let hi = input.lines.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (input.lines[mid]!.start < regionStart) lo = mid + 1
    else hi = mid
  }
  const i = lo
  for (let k = i - 1; k >= 0 && k >= i - v.data.lookBack - 1; k--) {
    const u = v.unitIn(ctx.source.text.slice(input.lines[k]!.start, input.lines[k]!.end))
    if (u) return u
  }
  return null
}

const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]

/** Column extents: the union of overlapping amount extents, left to right. */
function columnsOf(extents: [number, number][]): [number, number][] {
  const sorted = [...extents].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const e of sorted) {
    const last = out[out.length - 1]
    if (last && e[0] < last[1]) last[1] = Math.max(last[1], e[1])
    else out.push([e[0], e[1]])
  }
  return out
}

/** Reads one region's lines as a table; null when fewer than two rows hold an amount. */
function readRegion(input: ExtractInput, ctx: Context, v: TableVocab, all: NormLine[], from: number, to: number, floor: number, id: string): Table | null {
  const lines = all.slice(from, to)
  const groups = lines.map((l) => groupsOf(v, l))
  const first = groups.findIndex((gs) => gs.some((g) => g.amounts.length > 0))
  if (first < 0) return null
  const headerLines = lines.slice(0, first)
  const extents: [number, number][] = []
  const placed = new Map<Token, [number, number] | null>()
  groups.slice(first).forEach((gs, k) => {
    for (const g of gs) {
      for (const a of g.amounts) {
        const e = extentOf(input, ctx, lines[first + k]!, a.start, a.end)
        placed.set(a, e)
        if (e) extents.push(e)
      }
    }
  })
  if (extents.length === 0) return null
  const cols = columnsOf(extents)
  const text = ctx.source.text
  const headerOf = (col: [number, number]) =>
    headerLines
      .flatMap((l) => input.lines[l.line]?.layout?.cells.filter((c) => overlap([c.x0, c.x1], col)) ?? [])
      .map((c) => text.slice(c.start, c.end).trim())
      .join('')
  const rows: TableRow[] = []
  groups.slice(first).forEach((gs) => {
    for (const g of gs) {
      const label = locate(input, ctx, g.label[0], g.label[1])
      const cells: TableRow['cells'] = cols.map(() => ({ value: null, raw: '', span: null }))
      for (const a of g.amounts) {
        const e = placed.get(a)
        const c = e ? cols.findIndex((col) => overlap(col, e)) : -1
        if (c < 0 || cells[c]!.span) continue
        const at = locate(input, ctx, a.start, a.end)
        cells[c] = { value: v.cellValue(a.text) ?? null, raw: at.raw, span: at.span }
      }
      const name = label.raw.trim()
      rows.push({ label: name, labelSpan: label.span, role: v.rowRole(name.replace(/\s+/g, '')), level: v.isTopLevel(name) ? 1 : 2, cells })
    }
  })
  // one number under a few words is a cover or a heading set in wide type (江苏省某厅 ⇥ 2017 ⇥ 年度部门预算), not a table
  if (rows.filter((r) => r.cells.some((c) => c.value !== null)).length < 2) return null
  const cap = caption(v, all, from, floor)
  const unit =
    cap.unit ?? headerLines.map((l) => v.unitIn(l.text) ?? v.unitInHeader(l.text)).find((u) => u !== null) ?? unitAbove(input, ctx, v, input.lines[lines[0]!.line]!.start)
  const last = lines[lines.length - 1]!
  return {
    id,
    kind: v.tableKind(cap.title?.text ?? null, null),
    title: cap.title?.text ?? null,
    unit,
    columns: cols.map((col) => ({ key: null, raw: headerOf(col) })),
    rows,
    span: locate(input, ctx, cap.first.start, last.end).span,
  }
}

/** Tables of the table regions not already covered by `taken` (tables the text reader found); ids `table-r-N`. */
export function readRegionTables(input: ExtractInput, ctx: Context, v: TableVocab, lines: NormLine[], regions: readonly TableRegion[], taken: Table[]): Table[] {
  const out: Table[] = []
  const covered = (o: number) => taken.some((t) => t.span.start.offset <= o && o < t.span.end.offset)
  const startOf = (l: NormLine) => input.lines[l.line]?.start ?? -1
  let floor = 0
  let i = 0
  for (const r of regions) {
    while (i < lines.length && startOf(lines[i]!) < r.start) i++
    let j = i
    while (j < lines.length && startOf(lines[j]!) < r.end) j++
    if (j > i && !covered(r.start)) {
      const t = readRegion(input, ctx, v, lines, i, j, floor, `table-r-${out.length + 1}`)
      if (t) {
        out.push(t)
        floor = j
      }
    }
    i = j
  }
  return out
}
