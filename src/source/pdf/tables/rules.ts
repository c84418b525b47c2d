/**
 * Ruling lines of a PDF page from its vector graphics (pdf.js operator list):
 * stroked path segments and rectangles, and filled rectangles thin enough to
 * act as lines (Word and Calc draw cell borders both ways), all under the
 * current transform (cm, save/restore, form XObjects) and turned into the
 * displayed page's coordinates. Only horizontal and vertical pieces are kept;
 * collinear pieces that touch are merged. Curves and large fills (cell
 * shading) are not rules.
 */

/** A horizontal (y fixed, a..b along x) or vertical (x fixed, a..b along y) rule, display points. */
export interface Segment {
  /** the fixed coordinate: y for a horizontal rule, x for a vertical one */
  at: number
  a: number
  b: number
}

export interface Rules {
  h: Segment[]
  v: Segment[]
}

/** A filled rectangle thinner than this (points) is a line. */
export const THIN = 2.5
/** Coordinates closer than this (points) are the same line / touch. */
export const SNAP = 2

/** The OPS codes jixiao reads (pdf.js `OPS`). */
export interface OpsCodes {
  save: number
  restore: number
  transform: number
  constructPath: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

type M = [number, number, number, number, number, number]

function mul(m: M, n: readonly number[]): M {
  // n applied first, then m (PDF: cm concatenates on the left of the CTM)
  const [a, b, c, d, e, f] = n as M
  return [
    a * m[0] + b * m[2], a * m[1] + b * m[3],
    c * m[0] + d * m[2], c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5],
  ]
}

/**
 * Reads the page's rules from its operator list.
 * @param fnArray operator codes
 * @param argsArray their arguments
 * @param ops pdf.js OPS
 * @param page user space → displayed page with y up (see displayTransform)
 */
export function readRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpsCodes, page: readonly number[]): Rules {
  const h: Segment[] = []
  const v: Segment[] = []
  let ctm: M = [...page] as M
  const stack: M[] = []
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const fills = new Set([ops.fill, ops.eoFill])
  const addLine = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y0 - y1) <= 0.5 && Math.abs(x1 - x0) > SNAP) h.push({ at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) })
    else if (Math.abs(x0 - x1) <= 0.5 && Math.abs(y1 - y0) > SNAP) v.push({ at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) })
  }
  const addBox = (x0: number, y0: number, x1: number, y1: number) => {
    const w = Math.abs(x1 - x0)
    const ht = Math.abs(y1 - y0)
    if (ht <= THIN && w > ht) h.push({ at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) })
    else if (w <= THIN && ht > w) v.push({ at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) })
  }
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!
    const args = argsArray[k] as unknown[] | null
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm
    else if (fn === ops.transform && args) ctm = mul(ctm, args as number[])
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm)
      const m = args[0] as number[] | null
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = mul(ctm, Array.from(m as ArrayLike<number>))
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number
      const stroke = strokes.has(paint)
      if (!stroke && !fills.has(paint)) continue
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined
      if (!data) continue
      walkPath(data, ctm, stroke, addLine, addBox)
    }
  }
  return { h: mergeSegments(h), v: mergeSegments(v) }
}

/**
 * Walks one path (pdf.js DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath).
 * A stroked path gives its straight pieces; a filled path that is one axis-aligned box gives it as a thin line.
 */
function walkPath(
  data: ArrayLike<number>, m: M, stroke: boolean,
  addLine: (x0: number, y0: number, x1: number, y1: number) => void,
  addBox: (x0: number, y0: number, x1: number, y1: number) => void,
): void {
  const tx = (x: number, y: number) => m[0] * x + m[2] * y + m[4]
  const ty = (x: number, y: number) => m[1] * x + m[3] * y + m[5]
  let cx = 0
  let cy = 0
  let sx = 0
  let sy = 0
  // a filled sub-path: its points, to test for a box
  let pts: number[] = []
  const flushFill = () => {
    if (!stroke && pts.length >= 6) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity
      let axis = true
      for (let i = 0; i < pts.length; i += 2) {
        const x = pts[i]!, y = pts[i + 1]!
        if (i > 0 && Math.abs(x - pts[i - 2]!) > 0.5 && Math.abs(y - pts[i - 1]!) > 0.5) axis = false
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y)
      }
      if (axis) addBox(x0, y0, x1, y1)
    }
    pts = []
  }
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!
    if (op === 0) {
      flushFill()
      cx = sx = tx(data[i]!, data[i + 1]!)
      cy = sy = ty(data[i]!, data[i + 1]!)
      pts.push(cx, cy)
      i += 2
    } else if (op === 1) {
      const x = tx(data[i]!, data[i + 1]!)
      const y = ty(data[i]!, data[i + 1]!)
      if (stroke) addLine(cx, cy, x, y)
      else pts.push(x, y)
      cx = x
      cy = y
      i += 2
    } else if (op === 2) {
      cx = tx(data[i + 4]!, data[i + 5]!)
      cy = ty(data[i + 4]!, data[i + 5]!)
      pts = [] // a curve: not a box
      i += 6
    } else if (op === 3) {
      cx = tx(data[i + 2]!, data[i + 3]!)
      cy = ty(data[i + 2]!, data[i + 3]!)
      pts = []
      i += 4
    } else if (op === 4) {
      if (stroke) addLine(cx, cy, sx, sy)
      cx = sx
      cy = sy
    } else break
  }
  flushFill()
}

/** Merges pieces on the same line (within SNAP) that overlap or touch into one segment. */
export function mergeSegments(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((p, q) => p.at - q.at || p.a - q.a)
  const lines: Segment[][] = []
  for (const s of sorted) {
    const last = lines[lines.length - 1]
    if (last && Math.abs(s.at - last[0]!.at) <= SNAP) last.push(s)
    else lines.push([s])
  }
  const out: Segment[] = []
  for (const group of lines) {
    const at = group.reduce((t, s) => t + s.at, 0) / group.length
    group.sort((p, q) => p.a - q.a)
    let cur: Segment | null = null
    for (const s of group) {
      if (cur && s.a <= cur.b + SNAP) cur.b = Math.max(cur.b, s.b)
      else {
        if (cur) out.push(cur)
        cur = { at, a: s.a, b: s.b }
      }
    }
    if (cur) out.push(cur)
  }
  return out
}
