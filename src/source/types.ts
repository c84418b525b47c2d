/**
 * What every reader (text, PDF, image) takes and returns, apart from the
 * dispatcher (read.ts) that chooses one, so the readers need not import it
 * or each other.
 */
import type { Diagnostic, DiagnosticInput } from '../model/diagnostic.js'
import type { SourceDoc } from './document.js'
import type { OcrMode } from './ocr/read-ocr.js'
import type { HeaderTest } from './pdf/tables/stream.js'

/**
 * Where a reader reports a problem with its file: it gets the reader's
 * DiagnosticInput and returns the record's Diagnostic (stage and severity
 * stamped), which the reader keeps in its ReadResult. The pipeline passes one
 * stamped from the whole registry; without one, readers use `readSink`
 * (source/sink.ts).
 */
export type DiagnosticSink = (d: DiagnosticInput) => Diagnostic

export interface ReadOptions {
  /** per-file time limit for PDF parsing, ms (0 = none) */
  timeoutMs?: number
  /** OCR of scanned pages and images: `auto` (default) pages without a text layer, `force` every PDF page, `off` none */
  ocr?: OcrMode
  /**
   * Read the ruling lines (pdf.js operator lists) of PDF pages that look like
   * tables (default true). false reads every page from its text lines only;
   * bench:pdf compares the two.
   */
  rulings?: boolean
  /** where the reader reports (default: `readSink`); not sent to workers, each makes its own */
  sink?: DiagnosticSink
  /** the header vocabulary that lets a PDF page's borderless tables be found (none: ruled tables only); runFile sets it from the grammars */
  tableHeader?: HeaderTest
  /** called as each page is handed to OCR; the per-file limit then grows by OCR_PAGE_MS (bulk: the pool's limit too) */
  onOcrPage?: () => void
}

export interface ReadResult {
  doc: SourceDoc | null
  diagnostics: Diagnostic[]
}
