/**
 * The PDF reader's geometry tables (offsets) as the record's LayoutTables:
 * every piece of a cell's text becomes a Span located in the original text,
 * so `text.slice(span) === raw` holds for each piece.
 */
import type { Context } from '../../../pipeline/types.js'
import type { GeoTable } from '../../../source/document.js'
import type { LayoutCell, LayoutTable } from '../../../model/layout-table.js'
import { headerUnit } from './unit.js'

/** One LayoutTable per geometry table, ids `lt-1`, `lt-2`, … in reading order. */
export function layoutTablesOf(tables: readonly GeoTable[], ctx: Context): LayoutTable[] {
  return tables.map((t, k) => {
    let lo = Infinity
    let hi = -Infinity
    const rows = t.rows.map((r) => ({
      header: false,
      page: r.page,
      cells: r.cells.map((c): LayoutCell => {
        for (const [s, e] of c.spans) {
          lo = Math.min(lo, s)
          hi = Math.max(hi, e)
        }
        return {
          row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, bbox: c.bbox, page: c.page,
          spans: c.spans.map(([s, e]) => ctx.locate.span(s, e)),
        }
      }),
    }))
    if (lo === Infinity) lo = hi = 0
    return {
      id: `lt-${k + 1}`, method: t.method, pages: t.pages, bbox: t.bbox, columns: t.columns, rows,
      span: ctx.locate.span(lo, hi), unit: unitOf(ctx, t, rows), quality: t.quality,
    }
  })
}

/** Lines of the title block looked at above a table (title, year, 单位：万元). */
const TITLE_LINES = 4
/** Header rows whose cells may state the unit. */
const HEADER_ROWS = 3

/** The first match of `re` in the original text [start, end), as the table's unit. */
function unitIn(ctx: Context, re: RegExp, start: number, end: number): LayoutTable['unit'] {
  const m = re.exec(ctx.source.text.slice(start, end))
  const at = m?.indices?.groups?.['unit']
  if (!m || !at) return null
  return { value: m.groups!['unit']!, raw: m[0], span: ctx.locate.span(start + m.index, start + m.index + m[0].length) }
}

/**
 * The unit stated for the whole table: a unit statement (单位：万元, 金额单位：元)
 * in the title block just above it or in one of its first rows, else a unit
 * after a header cell's name (项目资金（万元）). Patterns from grammars/tables.json.
 */
function unitOf(ctx: Context, t: GeoTable, rows: { cells: LayoutCell[] }[]): LayoutTable['unit'] {
  const statement = ctx.grammar.regex('tables/unit')
  const page = t.pages[0]
  const above = (ctx.source.layout ?? [])
    .filter((l) => l.page === page && (l.bbox[1] + l.bbox[3]) / 2 > t.bbox[3])
    .sort((a, b) => a.bbox[1] - b.bbox[1])
    .slice(0, TITLE_LINES)
  for (const l of above) {
    const u = unitIn(ctx, statement, l.start, l.end)
    if (u) return u
  }
  // the header cells' pieces, as the funds table's column heads are read (layout-tables/unit)
  const pieces = rows.slice(0, HEADER_ROWS).flatMap((r) => r.cells.flatMap((c) => c.spans))
  const texts = pieces.map((s) => ctx.source.text.slice(s.start.offset, s.end.offset))
  const h = headerUnit(ctx, texts)
  if (!h) return null
  const at = pieces[h.text]!.start.offset + h.index
  return { value: h.unit, raw: texts[h.text]!.slice(h.index, h.index + h.length), span: ctx.locate.span(at, at + h.length) }
}

/** The original-text range [start, end) a cell's pieces cover, or null for an empty cell. */
export function cellRange(c: LayoutCell): [number, number] | null {
  if (c.spans.length === 0) return null
  let lo = Infinity
  let hi = -Infinity
  for (const s of c.spans) {
    lo = Math.min(lo, s.start.offset)
    hi = Math.max(hi, s.end.offset)
  }
  return [lo, hi]
}
