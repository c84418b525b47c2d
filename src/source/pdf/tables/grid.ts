/**
 * Table grids from ruling lines (the lattice idea of camelot / pdfplumber):
 * rules that cross or touch form connected groups; each group with at least
 * two horizontal and two vertical rules is a table region. Its distinct rule
 * positions cut it into slots; two neighbouring slots with no rule between
 * them belong to one merged cell (rowSpan/colSpan). A merged area that is not
 * a rectangle makes the grid irregular: its slots stay separate cells and the
 * grid's quality drops. Lone rules (underlines, a page border) form no grid.
 */
import type { BBox } from '../../../model/provenance.js'
import { SNAP, type Rules, type Segment } from './rules.js'

/** A cell of a grid in slot coordinates, rows from the top. */
export interface GridCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  /** display points, y up */
  bbox: BBox
}

export interface Grid {
  /** column edges, left to right */
  xs: number[]
  /** row edges, top to bottom (descending y) */
  ys: number[]
  cells: GridCell[]
  /** slot (r * columns + c) → index into cells */
  slot: Int32Array
  /** share of slots whose merged area is a rectangle */
  quality: number
  bbox: BBox
}

class Union {
  p: Int32Array
  constructor(n: number) {
    this.p = new Int32Array(n).map((_, i) => i)
  }
  find(i: number): number {
    while (this.p[i] !== i) {
      this.p[i] = this.p[this.p[i]!]!
      i = this.p[i]!
    }
    return i
  }
  join(a: number, b: number): void {
    const x = this.find(a)
    const y = this.find(b)
    if (x !== y) this.p[Math.max(x, y)] = Math.min(x, y)
  }
}

/** Distinct positions, positions within SNAP merged (their mean). */
function cluster(values: number[]): number[] {
  const s = [...values].sort((a, b) => a - b)
  const out: number[][] = []
  for (const v of s) {
    const last = out[out.length - 1]
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v)
    else out.push([v])
  }
  return out.map((g) => g.reduce((t, v) => t + v, 0) / g.length)
}

const crosses = (h: Segment, v: Segment) =>
  v.at >= h.a - SNAP && v.at <= h.b + SNAP && h.at >= v.a - SNAP && h.at <= v.b + SNAP

/** Whether some segment on the line at `at` covers position `p`. */
function covered(segs: Segment[], at: number, p: number): boolean {
  for (const s of segs) if (Math.abs(s.at - at) <= SNAP && s.a - SNAP <= p && s.b + SNAP >= p) return true
  return false
}

/** The grids the page's rules form, top to bottom. */
export function findGrids(rules: Rules): Grid[] {
  const { h, v } = rules
  const u = new Union(h.length + v.length)
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (crosses(h[i]!, v[j]!)) u.join(i, h.length + j)
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>()
  for (let i = 0; i < h.length + v.length; i++) {
    const root = u.find(i)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = { h: [], v: [] }))
    if (i < h.length) g.h.push(h[i]!)
    else g.v.push(v[i - h.length]!)
  }
  const grids: Grid[] = []
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue
    const grid = gridOf(g.h, g.v)
    if (grid && grid.cells.length >= 2) grids.push(grid)
  }
  return grids.sort((a, b) => b.bbox[3] - a.bbox[3])
}

function gridOf(h: Segment[], v: Segment[]): Grid | null {
  const xs = cluster(v.map((s) => s.at))
  const ys = cluster(h.map((s) => s.at)).reverse()
  const C = xs.length - 1
  const R = ys.length - 1
  if (C < 1 || R < 1) return null
  const u = new Union(R * C)
  for (let r = 0; r < R; r++) {
    const ym = (ys[r]! + ys[r + 1]!) / 2
    for (let c = 0; c < C; c++) {
      const xm = (xs[c]! + xs[c + 1]!) / 2
      if (c + 1 < C && !covered(v, xs[c + 1]!, ym)) u.join(r * C + c, r * C + c + 1)
      if (r + 1 < R && !covered(h, ys[r + 1]!, xm)) u.join(r * C + c, (r + 1) * C + c)
    }
  }
  const areas = new Map<number, { r0: number; r1: number; c0: number; c1: number; n: number }>()
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = u.find(r * C + c)
      const a = areas.get(root)
      if (!a) areas.set(root, { r0: r, r1: r, c0: c, c1: c, n: 1 })
      else {
        a.r0 = Math.min(a.r0, r); a.r1 = Math.max(a.r1, r)
        a.c0 = Math.min(a.c0, c); a.c1 = Math.max(a.c1, c)
        a.n++
      }
    }
  }
  const cells: GridCell[] = []
  const slot = new Int32Array(R * C).fill(-1)
  let irregular = 0
  const add = (r0: number, c0: number, r1: number, c1: number) => {
    const k = cells.length
    cells.push({ row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1, bbox: [xs[c0]!, ys[r1 + 1]!, xs[c1 + 1]!, ys[r0]!] })
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) slot[r * C + c] = k
  }
  for (const [root, a] of areas) {
    if (a.n === (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1)) add(a.r0, a.c0, a.r1, a.c1)
    else {
      irregular += a.n
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) if (u.find(r * C + c) === root) add(r, c, r, c)
    }
  }
  cells.sort((p, q) => p.row - q.row || p.col - q.col)
  slot.fill(-1)
  cells.forEach((cell, k) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) slot[r * C + c] = k
  })
  return { xs, ys, cells, slot, quality: 1 - irregular / (R * C), bbox: [xs[0]!, ys[R]!, xs[C]!, ys[0]!] }
}

/** Index of the interval of ascending `edges` that holds p, or -1. */
export function intervalOf(edges: number[], p: number, descending = false): number {
  const n = edges.length - 1
  for (let i = 0; i < n; i++) {
    const lo = descending ? edges[i + 1]! : edges[i]!
    const hi = descending ? edges[i]! : edges[i + 1]!
    if (p >= lo && p <= hi) return i
  }
  return -1
}
