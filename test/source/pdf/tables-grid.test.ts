import { describe, expect, it } from 'vitest'
import { mergeSegments, readRules, type OpsCodes, type Segment } from '../../../src/source/pdf/tables/rules.js'
import { findGrids } from '../../../src/source/pdf/tables/grid.js'

const OPS: OpsCodes = {
  save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
}
const I = [1, 0, 0, 1, 0, 0]
const h = (at: number, a: number, b: number): Segment => ({ at, a, b })

describe('ruling lines', () => {
  it('should read stroked segments and thin filled boxes under the current transform, and drop curves and big fills', () => {
    const path = (paint: number, ...d: number[]) => [paint, [Float32Array.from(d)], null]
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath, OPS.constructPath]
    const args = [
      null, [1, 0, 0, 1, 100, 0],
      path(OPS.stroke, 0, 0, 0, 1, 50, 0), // moveTo(0,0) lineTo(50,0), shifted by 100
      null,
      path(OPS.fill, 0, 10, 10, 1, 10.5, 10, 1, 10.5, 60, 1, 10, 60, 4), // thin filled box: a vertical rule at x 10.25
      path(OPS.fill, 0, 0, 0, 1, 80, 0, 1, 80, 40, 1, 0, 40, 4), // shading: not a rule
      path(OPS.stroke, 0, 0, 0, 2, 1, 1, 2, 2, 3, 3), // a curve
    ]
    const r = readRules(fn, args, OPS, I)
    expect(r.h).toEqual([h(0, 100, 150)])
    expect(r.v).toEqual([{ at: 10.25, a: 10, b: 60 }])
  })

  it('should merge collinear pieces that touch, and keep apart those with a gap', () => {
    expect(mergeSegments([h(10, 0, 50), h(10.5, 51, 90), h(10, 120, 150)])).toEqual([h(10.166666666666666, 0, 90), h(10.166666666666666, 120, 150)])
  })
})

describe('grids', () => {
  // a 3 × 2 grid whose left column's two lower slots are one merged cell
  const H = [h(100, 0, 200), h(80, 0, 200), h(60, 0, 200), h(40, 0, 200)]
  const V = [h(0, 40, 100), h(100, 40, 100), h(200, 40, 100)]

  it('should cut a connected set of rules into cells and merge slots with no rule between them', () => {
    const partial = [h(100, 0, 200), h(80, 0, 200), h(60, 100, 200), h(40, 0, 200)]
    const [g] = findGrids({ h: partial, v: V })
    expect(g!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 1], [0, 1, 1, 1], [1, 0, 2, 1], [1, 1, 1, 1], [2, 1, 1, 1]])
    expect(g!.quality).toBe(1)
  })

  it('should find no grid in lone rules (an underline, a rule under a title)', () => {
    expect(findGrids({ h: [h(300, 0, 200), h(500, 10, 50)], v: [] })).toEqual([])
  })

  it('should mark a merged area that is not a rectangle as irregular and keep its slots apart', () => {
    // no rule between (1,0)-(1,1) and none between (1,0)-(2,0): an L-shaped area
    const hs = [H[0]!, H[1]!, h(60, 100, 200), H[3]!]
    const vs = [V[0]!, h(100, 40, 60), h(100, 80, 100), V[2]!]
    const [g] = findGrids({ h: hs, v: vs })
    expect(g!.quality).toBeLessThan(1)
    expect(g!.cells.length).toBe(6)
  })
})

describe('a page’s tables', async () => {
  const { readPageTables } = await import('../../../src/source/pdf/tables/index.js')
  const { ItemBuffer } = await import('../../../src/source/pdf/items.js')
  const { Rows } = await import('../../../src/source/pdf/rows.js')
  const { ItemPlaces } = await import('../../../src/source/pdf/page-text.js')

  it('should reject when the page’s operator list cannot be read (the reader then keeps the line reading)', async () => {
    const page = { getOperatorList: () => Promise.reject(new Error('bad content stream')) }
    await expect(readPageTables(page, OPS, I, new ItemBuffer(), new Rows(), new ItemPlaces(), '', 1, 0)).rejects.toThrow('bad content stream')
  })

  it('should drop a grid too irregular to read and count it', async () => {
    // two L-shaped merged areas in a 2 × 2 grid: no rule inside except one stub
    const box = (x0: number, y0: number, x1: number, y1: number) => [OPS.stroke, [Float32Array.from([0, x0, y0, 1, x1, y1])], null]
    const fn = Array(8).fill(OPS.constructPath)
    const args = [box(0, 100, 200, 100), box(0, 0, 200, 0), box(0, 50, 100, 50), box(0, 0, 0, 100), box(200, 0, 200, 100), box(100, 0, 100, 50), box(0, 50, 0, 50), box(0, 50, 0, 50)]
    const buf = new ItemBuffer()
    buf.push('甲', 10, 20, 60, 70, 10)
    const rows = new Rows()
    rows.ensure(1)
    rows.count = 1
    rows.order[0] = 0
    rows.rowStart[1] = 1
    const places = new ItemPlaces()
    places.ensure(1)
    places.end[0] = 1
    const got = await readPageTables({ getOperatorList: async () => ({ fnArray: fn, argsArray: args }) }, OPS, I, buf, rows, places, '甲', 1, 0)
    expect(got.tables).toEqual([])
    expect(got.irregular).toBe(1)
  })
})
