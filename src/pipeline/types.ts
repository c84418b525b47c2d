/**
 * The pipeline's shared types: the Context every stage receives and the
 * typed outputs of each stage. A stage is a pure function
 * `run(input, ctx) → output`; problems with the document go to `ctx.report`,
 * only programmer errors throw.
 */
import type { Grammar } from '../grammar/load.js'
import type { Locator } from '../source/location.js'
import type { SourceDoc, LayoutLine } from '../source/document.js'
import type { DiagnosticInput } from '../model/diagnostic.js'
import type { Meta, Indicator, IndicatorGroup, ScoreTableInfo, Totals, Table, Fact, Section } from '../model/report.js'
import type { LayoutTable } from '../model/layout-table.js'

export const stageNames = ['read', 'lines', 'normalize', 'segment', 'extract', 'canonicalize', 'check', 'write'] as const
export type StageName = (typeof stageNames)[number]

export interface Context {
  readonly source: SourceDoc
  readonly grammar: Grammar
  /** offsets in the ORIGINAL text → Span (line, column, page, bbox) */
  readonly locate: Locator
  /** records a diagnostic; severity defaults to the code's registered one, stage is stamped */
  report(d: DiagnosticInput): void
}

export interface Stage<In, Out> {
  name: StageName
  run(input: In, ctx: Context): Out
}

/** lines: one physical line of the original text. */
export interface Line {
  index: number
  /** offsets into the original text, end exclusive, without the line break */
  start: number
  end: number
  /** the original text of the line (source.text.slice(start, end)) */
  text: string
  page: number | null
  /** only white space */
  blank: boolean
  /** running page furniture (page numbers like `— 9 —`, repeated headers): not part of the body */
  furniture: boolean
  /** first body line of a page (after a form feed or a page-start mark) */
  pageStart: boolean
  /** PDF only: the positioned line */
  layout?: LayoutLine
}

/**
 * A table region: an original-text range whose lines are table rows, never
 * sections. Found from the cells of PDF lines (lines stage) or, where a
 * page's geometry gives them, from its LayoutTables.
 */
export interface TableRegion {
  /** offsets into the original text, end exclusive */
  start: number
  end: number
  page: number | null
  /** what found it: 'line-cells', 'layout-table' */
  by: string
}

/** normalize: the body re-flowed into paragraphs, characters folded, with a map back to the original. */
export interface Paragraph {
  /** offsets into NormDoc.text, end exclusive (no trailing \n) */
  start: number
  end: number
  /** indices of the physical lines it was joined from */
  lines: number[]
  page: number | null
}

export interface NormDoc {
  /** normalized text; paragraphs joined with '\n' */
  text: string
  /** map[i] = offset in the original text of text[i]; map[text.length] = original end */
  map: Int32Array
  paragraphs: Paragraph[]
}

/** segment's input: the normalized body and the table regions (sorted, disjoint) where no section opens. */
export interface SegmentInput {
  norm: NormDoc
  tableRegions: TableRegion[]
}

/** segment: a section with its place in the normalized text. */
export interface OutlineNode extends Section {
  /** normalized offsets of the heading (marker + title) and of the body (heading end → next heading) */
  norm: { headStart: number; headEnd: number; bodyStart: number; bodyEnd: number }
}

export interface Outline {
  sections: OutlineNode[]
}

/** extract: everything read from the body. */
export interface Extraction {
  meta: Meta
  indicators: Indicator[]
  /** groups of the table indicators, from the score tables */
  groups?: IndicatorGroup[]
  /** the score tables the table indicators came from */
  scoreTables?: ScoreTableInfo[]
  totals: Totals
  tables: Table[]
  facts: Fact[]
  /** PDF only: the tables its geometry gave, as found (before any reading of their meaning) */
  layoutTables?: LayoutTable[]
}

export interface ExtractInput {
  lines: Line[]
  norm: NormDoc
  outline: Outline
  /** table regions of a PDF (the segmenter's input too); absent or empty for text */
  tableRegions?: TableRegion[]
}
