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
