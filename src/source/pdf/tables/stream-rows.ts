/**
 * Stream tables, step three: the body's lines grouped into rows, side-by-side
 * lines and wrapped cells joined.
 */
import { NUMBER, gapBelow, type Line } from './stream-lines.js'
import { colOf } from './stream-columns.js'

/** Two lines whose boxes are closer than this (× font size, negative = overlapping) sit side by side in one row. */
const OVERLAP = 0.1
/** A wrapped cell's next line lies within this (× font size) below its row. */
const WRAP_GAP = 1.0

export interface Row {
  lines: Line[]
  cols: Set<number>
  header: boolean
}

function occupied(l: Line, xs: number[]): Set<number> {
  return new Set(l.blobs.map((b) => colOf(xs, (b.x0 + b.x1) / 2)))
}
const disjoint = (a: Set<number>, b: Set<number>) => [...a].every((c) => !b.has(c))
const subset = (a: Set<number>, b: Set<number>) => [...a].every((c) => b.has(c))

/** Lines of one cell lie at most this far apart, top to top (× font size). */
const WRAP_PITCH = 1.75

/**
 * Whether a line that fills columns the row already holds continues them:
 * in each such column the row's last line with text there is one line pitch
 * above (a wrapped cell), not further (the next row, its first line next to
 * a label centred between two rows).
 */
function continues(band: Row, l: Line, cols: Set<number>, xs: number[]): boolean {
  for (const c of cols) {
    if (!band.cols.has(c)) continue
    let last: Line | null = null
    for (const m of band.lines) if (occupied(m, xs).has(c)) last = m
    if (last && last.top - l.top > WRAP_PITCH * l.fs) return false
  }
  return true
}

/**
 * The body's lines grouped into rows. First, lines side by side: a line
 * overlapping the one above (a cell centred over two lines sits between
 * them) and filling other columns joins it, unless it repeats most of the
 * row's columns (the next row). Then wrapped cells: a group that holds text
 * only under a few of the row's cells, and no bare figure, continues it.
 */
export function rowsOf(body: Line[], xs: number[]): Row[] {
  const bands: Row[] = []
  let prevCols: Set<number> | null = null
  for (const l of body) {
    const cols = occupied(l, xs)
    const band = bands[bands.length - 1]
    const prev = band?.lines[band.lines.length - 1]
    if (band && prev && prevCols && gapBelow(prev, l) < OVERLAP * l.fs && disjoint(cols, prevCols) && (disjoint(cols, band.cols) || (cols.size * 2 <= band.cols.size && continues(band, l, cols, xs)))) {
      band.lines.push(l)
      for (const c of cols) band.cols.add(c)
    } else bands.push({ lines: [l], cols: new Set(cols), header: false })
    prevCols = cols
  }
  return attachPartial(bands, xs)
}

/** A row's fullest line (most text blocks): the one its neighbours' distances are measured from. */
const fullest = (r: Row) => r.lines.reduce((m, x) => (x.blobs.length > m.blobs.length ? x : m))
const topOf = (r: Row) => fullest(r).top
const bottomOf = (r: Row) => fullest(r).bottom

/** Whether one of the row's cells holds only a figure (a value: 100, 97.8, 12%). */
function hasFigure(r: Row, xs: number[]): boolean {
  const cells = new Map<number, string>()
  for (const l of r.lines) for (const b of l.blobs) {
    const c = colOf(xs, (b.x0 + b.x1) / 2)
    cells.set(c, (cells.get(c) ?? '') + b.text)
  }
  return [...cells.values()].some((t) => NUMBER.test(t))
}

/**
 * Whether the lines of `parts` follow on from the row `to` line by line, one
 * line pitch apart at most (a wrapped cell), rather than a row gap away (a
 * row of its own with text in a few columns, such as 自评等级 under 总分).
 */
function pitched(to: Row, parts: Row[], above: boolean): boolean {
  const own = to.lines.map((l) => l.top)
  const tops = parts.flatMap((p) => p.lines.map((l) => l.top)).sort((a, b) => b - a)
  const seq = above ? [Math.min(...own), ...tops] : [...tops, Math.max(...own)]
  const fs = to.lines[0]!.fs
  for (let k = 0; k + 1 < seq.length; k++) if (seq[k]! - seq[k + 1]! > WRAP_PITCH * fs) return false
  return true
}

/**
 * Wrapped cells: a group of lines with text under at most half as many
 * columns as the fullest row and no figure is part of a neighbouring row. A
 * run of such groups between two full rows is cut at its widest gap: the part
 * above joins the row above (text wrapped below its first line), the part
 * below the row below (the upper lines of a vertically centred cell).
 */
function attachPartial(bands: Row[], xs: number[]): Row[] {
  const full = Math.max(...bands.map((b) => b.cols.size))
  const partial = bands.map((b) => b.cols.size * 2 <= full && !hasFigure(b, xs))
  const out: Row[] = []
  const fs = bands[0]?.lines[0]?.fs ?? 0
  for (let k = 0; k < bands.length; ) {
    if (!partial[k]) {
      out.push(bands[k]!)
      k++
      continue
    }
    let e = k
    while (e < bands.length && partial[e]) e++
    const above = out[out.length - 1] ?? null
    const below = e < bands.length ? bands[e]! : null
    const run = bands.slice(k, e)
    // gaps[j]: between run[j - 1] (or the row above) and run[j] (or the row below)
    const chain: (Row | null)[] = [above, ...run, below]
    let cut = -1
    let widest = -Infinity
    for (let j = 0; j + 1 < chain.length; j++) {
      const p = chain[j]
      const q = chain[j + 1]
      if (!p || !q) continue
      const gap = bottomOf(p) - topOf(q)
      if (gap >= widest - 0.05 * fs) [widest, cut] = [Math.max(gap, widest), j]
    }
    // run[0 … cut-1] joins the row above, run[cut …] the row below (all of it when there is no row above: the
    // upper lines of the table's first row)
    if (cut < 0) cut = above ? run.length : 0
    if (!above) cut = 0
    const join = (to: Row | null, parts: Row[]): Row[] => {
      if (!to) return parts
      const near = parts.filter((p) => Math.abs(to === above ? bottomOf(to) - topOf(p) : bottomOf(p) - topOf(to)) <= (WRAP_GAP + 1) * fs * parts.length)
      if (near.length !== parts.length || !pitched(to, parts, to === above)) return parts
      for (const p of parts) {
        to.lines.push(...p.lines)
        for (const c of p.cols) to.cols.add(c)
      }
      return []
    }
    out.push(...join(above, run.slice(0, cut)))
    out.push(...join(below, run.slice(cut)))
    k = e
  }
  return out
}
