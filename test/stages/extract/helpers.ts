/** Test helpers for the extract readers: a text run through lines + normalize, with a hand-made outline. */
import { earlyStages, textDoc, fileDoc } from '../../helpers/pipeline.js'
import type { ExtractInput, NormDoc, OutlineNode } from '../../../src/pipeline/types.js'
import type { Context } from '../../../src/pipeline/types.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import type { Span } from '../../../src/model/provenance.js'

/** A heading as printed (level 2, like （一）), or with its level. */
export type Heading = string | [string, number]

/**
 * Sections titled by the given headings, found in the normalized text in order;
 * each body runs to the next heading.
 */
export function outlineOf(norm: NormDoc, given: Heading[]): OutlineNode[] {
  const headings = given.map((h) => (typeof h === 'string' ? h : h[0]))
  const levels = given.map((h) => (typeof h === 'string' ? 2 : h[1]))
  const starts: number[] = []
  let from = 0
  for (const h of headings) {
    const at = norm.text.indexOf(h, from)
    if (at < 0) throw new Error(`heading not found: ${h}`)
    starts.push(at)
    from = at + h.length
  }
  return headings.map((h, i) => {
    const headStart = starts[i]!
    const headEnd = headStart + h.length
    const bodyEnd = starts[i + 1] ?? norm.text.length
    const dummy: Span = { start: { offset: 0, line: 1, column: 1, page: null }, end: { offset: 0, line: 1, column: 1, page: null } }
    return {
      id: `s${i + 1}`, parentId: null, level: levels[i]!, marker: '', markerKind: 'test', ordinal: i + 1, title: h,
      span: dummy, bodySpan: dummy, norm: { headStart, headEnd, bodyStart: headEnd, bodyEnd },
    }
  })
}

export interface Prepared {
  input: ExtractInput
  ctx: Context
  diagnostics: Diagnostic[]
  text: string
}

/** A text (or a file with `file: true`) ready for the extract readers; `headings` make the outline. */
export function prepare(source: string, options: { headings?: Heading[]; file?: boolean } = {}): Prepared {
  const doc = options.file ? fileDoc(source) : textDoc(source)
  const early = earlyStages(doc)
  const sections = options.headings ? outlineOf(early.norm, options.headings) : []
  return {
    input: { lines: early.lines, norm: early.norm, outline: { sections } },
    ctx: early.ctx('extract'),
    diagnostics: early.diagnostics,
    text: doc.text,
  }
}

/** The original text a span covers. */
export function sliceOf(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start.offset, span.end.offset) : null
}
