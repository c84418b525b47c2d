/**
 * Provenance types: where every extracted value came from.
 *
 * Offsets are 0-based UTF-16 indexes into the ORIGINAL decoded text of the
 * document (for a PDF: the rebuilt page texts joined with form feeds).
 * Lines, columns and pages are 1-based; a span's end is exclusive.
 * Invariant (tested on every fixture): `source.text.slice(span.start.offset,
 * span.end.offset) === raw` for every Sourced value.
 */
import { z } from 'zod'

/** A place in the original text: 0-based offset, 1-based line, column and page (null: not paged). */
export const Point = z.strictObject({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  page: z.number().int().positive().nullable(),
})
export type Point = z.infer<typeof Point>

/** [x0, y0, x1, y1] in PDF points, origin bottom-left of the page. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()])
export type BBox = z.infer<typeof BBox>

/** A range of the original text, end exclusive. */
export const Span = z.strictObject({
  start: Point,
  end: Point,
  /** PDF only: the union of the boxes of the lines the span touches on its first page. */
  bbox: BBox.optional(),
})
export type Span = z.infer<typeof Span>

/** A value read from the document: its parsed value, the raw text and where it stands. */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    raw: z.string(),
    span: Span,
    /** id of the grammar pattern (or extractor) that read it; `+ocr:<engine>` when the text was read by OCR */
    by: z.string(),
    /** text read by OCR: the lowest probability the engine gave a character of `raw` (0–1) */
    confidence: z.number().min(0).max(1).optional(),
  })
/** A value read from the document (the type of `sourced(schema)`). */
export interface Sourced<T> {
  value: T
  raw: string
  span: Span
  by: string
  confidence?: number
}

/** A value computed from other values: no span of its own, the spans it came from and the rule. */
export const derived = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, from: z.array(Span), rule: z.string() })
/** A value computed from others (the type of `derived(schema)`). */
export interface Derived<T> {
  value: T
  from: Span[]
  rule: string
}
