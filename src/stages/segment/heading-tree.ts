/**
 * From accepted headings to outline nodes: ids, parents, the body of each
 * section (from its heading to the next heading of the same or higher rank),
 * and spans in the original text. Sections in order cover the report from
 * the first heading to its end: each body ends where the next heading starts.
 */
import type { Context, NormDoc, OutlineNode } from '../../pipeline/types.js'
import { toOriginal } from '../normalize/offset-map.js'
import type { MarkerKind } from './numbering.js'

/** A heading the machine accepted, in normalized offsets. */
export interface Heading {
  /** index in document order (the machine's node number) */
  node: number
  parent: number | null
  kind: MarkerKind
  ordinal: number
  /** marker [start, markerEnd), title [titleStart, titleEnd), heading [start, headEnd) */
  start: number
  markerEnd: number
  titleStart: number
  titleEnd: number
  headEnd: number
  title: string
}

/** Span in the original text of the normalized range [start, end). */
export function spanOf(norm: NormDoc, ctx: Context, start: number, end: number) {
  const [os, oe] = toOriginal(norm, start, end)
  return ctx.locate.span(os, oe)
}

/**
 * Original offset where normalized character i starts (the original end for
 * i = text length). Bodies use it at both ends, so that a body runs up to the
 * next heading as printed, blank lines and page furniture included.
 */
export function startOf(norm: NormDoc, i: number): number {
  return norm.map[Math.min(i, norm.text.length)]!
}

/** The printed text of the normalized range [start, end). */
export function printed(norm: NormDoc, ctx: Context, start: number, end: number): string {
  const [os, oe] = toOriginal(norm, start, end)
  return ctx.source.text.slice(os, oe)
}

/** Builds the outline nodes; headings must be in document order with parents before children. */
export function buildOutline(headings: Heading[], norm: NormDoc, ctx: Context): OutlineNode[] {
  const depth: number[] = []
  const ids: string[] = []
  const used = new Set<string>()
  for (const h of headings) {
    const parentDepth = h.parent === null ? -1 : depth[h.parent]!
    depth[h.node] = parentDepth + 1
    let id = h.parent === null ? `s${h.ordinal}` : `${ids[h.parent]}.${h.ordinal}`
    if (used.has(id)) {
      let k = 2
      while (used.has(`${id}~${k}`)) k++
      id = `${id}~${k}`
    }
    used.add(id)
    ids[h.node] = id
  }
  return headings.map((h, i) => {
    let bodyEnd = norm.text.length
    for (let j = i + 1; j < headings.length; j++) {
      if (depth[headings[j]!.node]! <= depth[h.node]!) {
        bodyEnd = headings[j]!.start
        break
      }
    }
    const bodyStart = Math.min(h.headEnd, bodyEnd)
    return {
      id: ids[h.node]!,
      parentId: h.parent === null ? null : ids[h.parent]!,
      level: h.kind.level,
      marker: printed(norm, ctx, h.start, h.markerEnd),
      markerKind: h.kind.kind,
      ordinal: h.ordinal,
      title: h.title,
      span: spanOf(norm, ctx, h.start, h.headEnd),
      bodySpan: ctx.locate.span(startOf(norm, bodyStart), startOf(norm, bodyEnd)),
      norm: { headStart: h.start, headEnd: h.headEnd, bodyStart, bodyEnd },
    }
  })
}
