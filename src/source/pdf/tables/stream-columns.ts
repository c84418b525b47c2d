/**
 * Stream tables, step two: the column edges of a borderless table from its
 * header cells and from the body's text blocks.
 */
import { NUMBER, overlaps, type Line } from './stream-lines.js'

/** Clusters of x-intervals that overlap (union over all given blobs), left to right. */
function clusters(blobs: { x0: number; x1: number }[]): { x0: number; x1: number; n: number }[] {
  const s = [...blobs].sort((a, b) => a.x0 - b.x0)
  const out: { x0: number; x1: number; n: number }[] = []
  for (const b of s) {
    const last = out[out.length - 1]
    if (last && b.x0 < last.x1) {
      last.x1 = Math.max(last.x1, b.x1)
      last.n++
    } else out.push({ x0: b.x0, x1: b.x1, n: 1 })
  }
  return out
}

/**
 * Column edges: header cells widened by the body text under them, plus body
 * blocks under no header cell seen on at least two lines; between two
 * neighbours, the middle of the gap between their text, or where they meet,
 * the middle of the widest run where the fewest body lines have text.
 */
export function columnEdges(header: Line[], body: Line[]): number[] {
  const heads = clusters(header.flatMap((l) => l.blobs))
  const bodyBlobs = body.flatMap((l) => l.blobs)
  // a column reaches as far as the body text under its header cell (a centred title over left-aligned names)
  const reach = heads.map((h) => ({ ...h }))
  for (const b of bodyBlobs) {
    const under = heads.filter((h) => overlaps(h, b))
    if (under.length !== 1) continue
    const r = reach[heads.indexOf(under[0]!)]!
    r.x0 = Math.min(r.x0, b.x0)
    r.x1 = Math.max(r.x1, b.x1)
  }
  // figures right-aligned beyond a left-aligned title (Calc) belong to the column of the title on their left
  const loose = bodyBlobs.filter((b) => !reach.some((h) => overlaps(h, b)))
  const ends = reach.map((h) => h.x1)
  for (const b of loose) {
    if (!NUMBER.test(b.text)) continue
    let left = -1
    for (let k = 0; k < reach.length; k++) if (ends[k]! <= b.x0) left = k
    if (left >= 0 && (left + 1 >= reach.length || b.x1 <= reach[left + 1]!.x0)) reach[left]!.x1 = Math.max(reach[left]!.x1, b.x1)
  }
  const extra = clusters(loose.filter((b) => !reach.some((h) => overlaps(h, b)))).filter((c) => c.n >= 2)
  const cols = [...reach, ...extra].sort((a, b) => a.x0 - b.x0)
  const all = [...header.flatMap((l) => l.blobs), ...bodyBlobs]
  const left = Math.min(...all.map((b) => b.x0)) - 1
  const right = Math.max(...all.map((b) => b.x1)) + 1
  const xs = [left]
  for (let k = 0; k + 1 < cols.length; k++) {
    // two columns whose text does not meet: the edge is midway; else where the fewest lines cross
    if (cols[k]!.x1 < cols[k + 1]!.x0) {
      xs.push((cols[k]!.x1 + cols[k + 1]!.x0) / 2)
      continue
    }
    const a = (cols[k]!.x0 + cols[k]!.x1) / 2
    const b = (cols[k + 1]!.x0 + cols[k + 1]!.x1) / 2
    xs.push(quietest(body, Math.max(a, xs[xs.length - 1]! + 0.5), b))
  }
  xs.push(right)
  return xs
}

/** The middle of the widest run in [a, b] (half-point steps) crossed by the fewest lines' text. */
function quietest(body: Line[], a: number, b: number): number {
  const steps = Math.max(1, Math.ceil((b - a) / 0.5))
  let best = Infinity
  let bestRun = -1
  let at = (a + b) / 2
  let run = 0
  let runFrom = a
  let runCount = Infinity
  for (let s = 0; s <= steps; s++) {
    const x = a + ((b - a) * s) / steps
    let n = 0
    for (const l of body) if (l.blobs.some((bl) => bl.x0 < x && x < bl.x1)) n++
    if (n === runCount) run++
    else {
      run = 1
      runFrom = x
      runCount = n
    }
    if (n < best || (n === best && run > bestRun)) {
      best = n
      bestRun = run
      at = (runFrom + x) / 2
    }
  }
  return at
}

export const colOf = (xs: number[], x: number) => {
  for (let c = 0; c + 2 < xs.length; c++) if (x < xs[c + 1]!) return c
  return xs.length - 2
}
