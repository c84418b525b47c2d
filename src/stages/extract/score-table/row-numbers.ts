/**
 * Row numbers (序号): in a table whose header has a 序号 column, the numbers
 * that begin a line and count 1, 2, 3, … are row numbers, never 分值 or 得分.
 * They are found by their sequence, not by position alone, because a 得分
 * wrapped onto its own line also begins a line (`| 3 |` between rows 1 and 2).
 */
import type { TCell } from './cells.js'
import { numberOf } from './values.js'

/** Row numbers found in sequence: each begins a line, is followed by a text cell (the name) and then by `need` numbers. */
function sequence(cells: TCell[], from: number, stop: number, need: number): number[] | null {
  const isAt = (i: number, n: number) => {
    const c = cells[i]!
    if (c.kind !== 'num' || !c.lineStart || numberOf(c.text) !== n || c.text.includes('.')) return false
    if (cells[i + 1]?.kind !== 'text') return false
    for (let k = 2; k < 2 + need; k++) if (cells[i + k]?.kind !== 'num') return false
    return true
  }
  const found: number[] = []
  for (let i = from; i < stop; i++) {
    const c = cells[i]!
    // the first row number must come first; later ones may skip wrapped values
    if (found.length === 0 && c.kind === 'num' && !isAt(i, 1)) return null
    if (isAt(i, found.length + 1)) found.push(i)
  }
  return found
}

/**
 * Cells [from, stop) with the row numbers turned into placeholders (new cell
 * objects; the input array is not changed). A row number is followed by the
 * row's name and then by the values of the header's leading number columns
 * (分值, 得分), so a 得分 of the same value that begins a line before a
 * criterion cell (one cell per line: `5` `无扣分` `5` `资产管理` `10` `8`) is not
 * one. When no such sequence is found (blank values), the name alone decides.
 * @param leadingNumbers how many number columns (分值, 得分) follow the name in the header
 * @returns the cells to read the table's rows from
 */
export function maskRowNumbers(cells: TCell[], from: number, stop: number, leadingNumbers = 0): TCell[] {
  let found = leadingNumbers > 0 ? sequence(cells, from, stop, Math.min(2, leadingNumbers)) : null
  if (!found || found.length < 2) found = sequence(cells, from, stop, 0)
  if (!found || found.length === 0) return cells
  const out = cells.slice()
  for (const i of found) out[i] = { ...cells[i]!, kind: 'placeholder' }
  return out
}
