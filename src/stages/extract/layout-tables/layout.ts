/**
 * The PDF reader's geometry tables (offsets) as the record's LayoutTables:
 * every piece of a cell's text becomes a Span located in the original text,
 * so `text.slice(span) === raw` holds for each piece.
 */
import type { Context } from '../../../pipeline/types.js'
import type { GeoTable } from '../../../source/document.js'
import type { LayoutCell, LayoutTable } from '../../../model/layout-table.js'

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
      span: ctx.locate.span(lo, hi), unit: null, quality: t.quality,
    }
  })
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
