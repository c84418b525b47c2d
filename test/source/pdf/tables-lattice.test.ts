/**
 * Lattice cells filled with items (lattice.ts): text drawn across a row rule
 * (Calc's centred wrapped cell taller than its row) goes with the lines of
 * its own cell; a page after a table needs only one line of cells to be read for rules.
 */
import { describe, expect, it } from 'vitest'
import { ItemBuffer, DESCENT } from '../../../src/source/pdf/items.js'
import { Rows, groupRows } from '../../../src/source/pdf/rows.js'
import { ItemPlaces, pageText } from '../../../src/source/pdf/page-text.js'
import { findGrids } from '../../../src/source/pdf/tables/grid.js'
import { latticeTables } from '../../../src/source/pdf/tables/lattice.js'
import { looksTabular } from '../../../src/source/pdf/tables/index.js'
import type { Segment } from '../../../src/source/pdf/tables/rules.js'
import type { LayoutLine } from '../../../src/source/document.js'

const SIZE = 7
const s = (at: number, a: number, b: number): Segment => ({ at, a, b })

function read(items: [string, number, number][], h: Segment[], v: Segment[]) {
  const buf = new ItemBuffer()
  for (const [t, x, y] of items) buf.push(t, x, x + t.length * SIZE, y - DESCENT * SIZE, y + (1 - DESCENT) * SIZE, SIZE)
  const rows = new Rows()
  groupRows(buf, rows)
  const places = new ItemPlaces()
  const layout: LayoutLine[] = []
  const text = pageText(buf, rows, 1, 0, layout, places)
  const tables = latticeTables(findGrids({ h, v }), buf, rows, places, text, 1, 0)
  return tables[0]!.rows.map((r) => r.cells.map((c) => c.text))
}

describe('latticeTables', () => {
  it('should keep the last line of a wrapped cell that spills across its row rule with that cell', () => {
    // rows 640–630 and 630–620; the lower row's first cell is merged over two columns (a 合计 row)
    const h = [s(640, 0, 300), s(630, 0, 300), s(620, 0, 300)]
    const v = [s(0, 620, 640), s(100, 630, 640), s(200, 620, 640), s(300, 620, 640)]
    const grid = read([
      ['一级', 5, 633], ['服务对象满意度指', 105, 633.5], ['10', 205, 633],
      ['标', 105, 626], // the wrap of 服务对象满意度指标, drawn across the rule at 630
      ['合计', 5, 622.5], ['100', 205, 622.5],
    ], h, v)
    expect(grid).toEqual([['一级', '服务对象满意度指标', '10'], ['合计', '100']])
  })

  it('should leave an item across a rule in the cell of its centre when no line of the other cell starts where it does', () => {
    const h = [s(640, 0, 300), s(630, 0, 300), s(620, 0, 300)]
    const v = [s(0, 620, 640), s(100, 620, 640), s(200, 620, 640), s(300, 620, 640)]
    const grid = read([
      ['一级', 5, 633], ['数量', 105, 633], ['10', 205, 633],
      ['质量指标', 120, 626],
      ['二级', 5, 622.5], ['20', 205, 622.5],
    ], h, v)
    expect(grid).toEqual([['一级', '数量', '10'], ['二级', '质量指标', '20']])
  })
})

describe('looksTabular', () => {
  const line = (cells: number): LayoutLine => ({ start: 0, end: 1, page: 2, bbox: [0, 0, 1, 1], fontSize: 10, cells: Array.from({ length: cells }, (_, i) => ({ start: i, end: i + 1, x0: 100 * i, x1: 100 * i + 50 })) })
  it('should take one line of cells for a table when a table of the page before may continue (its 合计 row alone)', () => {
    const layout = [line(1), line(3), line(1)]
    expect(looksTabular(layout, 0)).toBe(false)
    expect(looksTabular(layout, 0, true)).toBe(true)
    expect(looksTabular([line(1)], 0, true)).toBe(false)
  })
})
