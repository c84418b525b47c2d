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
 * objects; the input array is not changed). A row number begins a line and
 * is followed by the row's name; when a 得分 of the same value also begins a
 * line before a text cell (one cell per line: `5` `无扣分` `5` `资产管理`), the
 * last such cell before the next row number is the row number.
 * @returns the cells to read the table's rows from
 */
export function maskRowNumbers(cells: TCell[], from: number, stop: number): TCell[] {
  const isAt = (i: number, n: number) => {
    const c = cells[i]!
    return c.kind === 'num' && c.lineStart && numberOf(c.text) === n && !c.text.includes('.') && cells[i + 1]?.kind === 'text'
  }
  const found: number[] = []
  let want = 1
  let pending: number | null = null
  for (let i = from; i < stop; i++) {
    if (pending === null && want === 1 && cells[i]!.kind === 'num' && !isAt(i, 1)) return cells
    if (isAt(i, want) && pending !== null && numberOf(cells[pending]!.text) === want) pending = i
    else if (isAt(i, pending === null ? want : want + 1)) {
      if (pending !== null) {
        found.push(pending)
        want++
      }
      pending = i
    }
  }
  if (pending !== null) found.push(pending)
  if (found.length === 0) return cells
  const out = cells.slice()
  for (const i of found) out[i] = { ...cells[i]!, kind: 'placeholder' }
  return out
}
