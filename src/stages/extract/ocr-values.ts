/**
 * extract/ocr-values: a value read from a page that OCR read says so. Every
 * Sourced value (and fact) whose raw text the OCR engine read gets the
 * engine in its `by` (`layout-table/cell+ocr:pp-ocrv4`) and, as
 * `confidence`, the lowest probability the engine gave one of its
 * characters. A 分值 or 得分 (or the total score) below LOW_CONFIDENCE is
 * not guessed: it becomes null with a diagnostic quoting what was read.
 * Runs on the whole extraction after every reader, like extract/finite.
 */
import type { Context, Extraction } from '../../pipeline/types.js'
import type { Sourced } from '../../model/provenance.js'

/** A score or maximum whose least sure character is below this probability is left empty. */
export const LOW_CONFIDENCE = 0.8

const CODE = 'extract/ocr-low-confidence'

interface Marked {
  raw: string
  by: string
  span: { start: { offset: number }; end: { offset: number } }
  confidence?: number
}

const isMarkable = (o: unknown): o is Marked => {
  if (o === null || typeof o !== 'object') return false
  const m = o as Record<string, unknown>
  return typeof m.by === 'string' && typeof m.raw === 'string' && typeof m.span === 'object' && m.span !== null && 'start' in (m.span as object)
}

/**
 * Marks OCR'd values and drops unsure scores (in place).
 * @param x the extraction
 * @param ctx the document (its `ocr` probabilities) and diagnostics
 */
export function markOcrValues(x: Extraction, ctx: Pick<Context, 'source' | 'report'>): Extraction {
  const ocr = ctx.source.ocr
  if (!ocr || ocr.pages.length === 0) return x
  const conf = ocr.confidence
  const tag = `+${ocr.engine}`
  const seen = new Set<object>()
  /** lowest probability over the span's OCR'd characters, or null when none was read by OCR */
  const lowest = (s: number, e: number): number | null => {
    let m = Infinity
    for (let i = s; i < e && i < conf.length; i++) if (conf[i]! >= 0 && conf[i]! < m) m = conf[i]!
    return m === Infinity ? null : m
  }
  const visit = (o: unknown): void => {
    if (o === null || typeof o !== 'object' || seen.has(o)) return
    seen.add(o)
    if (Array.isArray(o)) {
      for (const v of o) visit(v)
      return
    }
    if (isMarkable(o)) {
      const c = lowest(o.span.start.offset, o.span.end.offset)
      if (c !== null) {
        if (!o.by.endsWith(tag)) o.by += tag
        o.confidence = Math.round(c * 1000) / 1000
      }
    }
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object' && v !== (o as Marked).span) visit(v)
  }
  visit(x)
  const unsure = <T>(v: Sourced<T> | null, what: string): Sourced<T> | null => {
    if (!v || v.confidence === undefined || v.confidence >= LOW_CONFIDENCE) return v
    ctx.report({
      code: CODE,
      message: `${what} was read by OCR as '${v.raw}' with confidence ${v.confidence}; it is left empty`,
      span: v.span, actual: v.raw,
    })
    return null
  }
  for (const i of x.indicators) {
    i.max = unsure(i.max, `the 分值 of ${i.name}`)
    i.score = unsure(i.score, `the 得分 of ${i.name}`)
  }
  x.totals.score = unsure(x.totals.score, 'the total score')
  return x
}
