/**
 * SourceDoc: an input file decoded into the "original text" that every span
 * indexes. For text files it is the decoded file; for a PDF it is the lines
 * rebuilt from positioned text items, pages joined with a form feed (\f).
 */
import type { BBox } from '../model/provenance.js'
import type { OcrInfo } from './ocr/read-ocr.js'

/** One rebuilt PDF line: where it sits in the original text and on the page. */
export interface LayoutLine {
  /** offsets into SourceDoc.text, end exclusive (no trailing newline) */
  start: number
  end: number
  page: number
  bbox: BBox
  /** cells found from x gaps, offsets into SourceDoc.text; a line of running text has one cell */
  cells: { start: number; end: number; x0: number; x1: number }[]
  /** font size (≈ item height) of the line, points */
  fontSize: number
}

/** A cell of a table found in a PDF's geometry; text spans are offsets into SourceDoc.text. */
export interface GeoCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  /** the cell's lines joined (CJK without a space) */
  text: string
  bbox: BBox
  page: number
  /** [start, end) of each piece of the cell's text in SourceDoc.text, in reading order */
  spans: [number, number][]
}

/** A table found in a PDF's geometry (before the extract stage gives it Spans: see model/layout-table). */
export interface GeoTable {
  method: 'lattice' | 'stream' | 'ocr'
  pages: number[]
  /** box on its first page */
  bbox: BBox
  columns: number
  /** column edges (x, left to right) of the first page's grid */
  xs: number[]
  rows: { page: number; cells: GeoCell[] }[]
  quality: number
}

export interface SourceDoc {
  path: string
  sha256: string
  format: 'pdf' | 'text' | 'image'
  /** 'utf-8', 'utf-16le', 'gb18030', …; null for PDF */
  encoding: string | null
  /** the original decoded text */
  text: string
  /** offset where each page starts (pageStarts[0] === 0); null when the text has no page marks */
  pageStarts: number[] | null
  /** number of pages, null when unknown */
  pages: number | null
  /** PDF only: the rebuilt lines with boxes, in text order */
  layout?: LayoutLine[]
  /** PDF only: tables found from ruling lines, in reading order (a table over a page break is one) */
  tables?: GeoTable[]
  /** pages read by OCR: the engine, per-character probabilities, ruling lines found in the images */
  ocr?: OcrInfo
}
