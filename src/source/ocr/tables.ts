/**
 * Lattice tables of an OCR'd page: the ruling lines found in the page image
 * (rulings.ts, already in page points) become the same horizontal/vertical
 * rules a vector PDF's graphics give, and go through the same grid and
 * lattice code (source/pdf/tables), which puts every OCR piece into the cell
 * that holds its centre. Pieces were already cut at the vertical rulings
 * between their characters (page.ts), so a box that ran over several cells
 * lands in each of them.
 */
import type { GeoTable } from '../document.js'
import type { ItemBuffer } from '../pdf/items.js'
import type { Rows } from '../pdf/rows.js'
import type { ItemPlaces } from '../pdf/page-text.js'
import { findGrids } from '../pdf/tables/grid.js'
import { latticeTables } from '../pdf/tables/lattice.js'
import { type Rules, type Segment, mergeSegments } from '../pdf/tables/rules.js'
import { MIN_QUALITY, type PageTables } from '../pdf/tables/index.js'
import type { RulingSegment } from './rulings.js'

/** Ruling segments of one page as grid rules (horizontal: at = y; vertical: at = x). */
export function rulesOf(rulings: readonly RulingSegment[]): Rules {
  const h: Segment[] = []
  const v: Segment[] = []
  for (const r of rulings) {
    if (r.y0 === r.y1 && r.x1 > r.x0) h.push({ at: r.y0, a: r.x0, b: r.x1 })
    else if (r.x0 === r.x1 && r.y1 > r.y0) v.push({ at: r.x0, a: r.y0, b: r.y1 })
  }
  return { h: mergeSegments(h), v: mergeSegments(v) }
}

/**
 * The lattice tables of an OCR'd page (method `ocr`).
 * @param rulings the page's ruling lines
 * @param text the page text, `base` its offset in the document text
 */
export function ocrPageTables(
  rulings: readonly RulingSegment[], buf: ItemBuffer, rows: Rows, places: ItemPlaces, text: string, page: number, base: number,
): PageTables {
  const grids = findGrids(rulesOf(rulings))
  const found = latticeTables(grids, buf, rows, places, text, page, base)
  const tables: GeoTable[] = []
  for (const t of found) if (t.quality >= MIN_QUALITY) tables.push({ ...t, method: 'ocr' })
  return { tables, irregular: found.length - tables.length }
}
