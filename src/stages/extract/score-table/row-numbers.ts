/**
 * Row numbers (序号): in a table whose header has a 序号 column, the numbers
 * that begin a line and count 1, 2, 3, … are row numbers, never 分值 or 得分.
 * They are found by their sequence, not by position alone, because a 得分
 * wrapped onto its own line also begins a line (`| 3 |` between rows 1 and 2).
 */
import type { TCell } from './cells.js'
import { numberOf } from './values.js'

/**
 * Cells [from, stop) with the row numbers turned into placeholders (new cell
 * objects; the input array is not changed).
 * @returns the cells to read the table's rows from
 */
export function maskRowNumbers(cells: TCell[], from: number, stop: number): TCell[] {
  let want = 1
  let out: TCell[] | null = null
  for (let i = from; i < stop; i++) {
    const c = cells[i]!
    if (c.kind !== 'num' || !c.lineStart || numberOf(c.text) !== want || c.text.includes('.')) continue
    // the first row number must come first; later ones may skip wrapped values
    if (want === 1 && cells.slice(from, i).some((x) => x.kind === 'num')) return cells
    out ??= cells.slice()
    out[i] = { ...c, kind: 'placeholder' }
    want++
  }
  return out ?? cells
}
