/**
 * OCR into the positioned-text path: a page image (a PDF page rendered by
 * pdf.js, or an image file) is read by the OCR engine, its pieces go into
 * the same ItemBuffer a PDF page's text items fill, and after the page text
 * is rebuilt each character of it gets the probability the engine gave it
 * (OcrInfo.confidence, indexed like SourceDoc.text), so every value read
 * from an OCR'd page can say how sure the reading is.
 */
import type { ItemBuffer } from '../pdf/items.js'
import type { Rows } from '../pdf/rows.js'
import { isSpace } from '../pdf/cjk.js'
import { ENGINE, loadEngine } from './engine.js'
import type { Gray } from './image.js'
import { type OcrPage, ocrPage } from './page.js'
import type { RulingSegment } from './rulings.js'

/** When to OCR a PDF page: `auto` only pages without a text layer, `force` every page, `off` never. */
export type OcrMode = 'auto' | 'off' | 'force'
export const OCR_MODES: readonly OcrMode[] = ['auto', 'off', 'force']

/**
 * Each page read by OCR adds this to the per-file time limit: OCR takes
 * seconds a page (more on a busy machine), so a long scanned report is not
 * stopped by a limit meant for text PDFs, while a hang is still caught.
 */
export const OCR_PAGE_MS = 30_000

/** Resolution pages are rendered at for OCR: body text of 10–12 pt is 20–25 px high, which the recogniser reads well. */
export const OCR_DPI = 150

/** What OCR contributed to a document. */
export interface OcrInfo {
  engine: string
  /** pages read by OCR (1-based) */
  pages: number[]
  /** per character of SourceDoc.text: the engine's probability 0–1, or -1 where the text is not from OCR (or white space) */
  confidence: number[]
  /** ruling lines found in the page images */
  rulings: RulingSegment[]
  /** degrees each OCR'd page was turned to level it, by page */
  skew: Record<number, number>
}

export function emptyOcrInfo(): OcrInfo {
  return { engine: ENGINE, pages: [], confidence: [], rulings: [], skew: {} }
}

/**
 * OCRs one page image into `buf` (reset first).
 * @returns the page's OCR result (pieces in buffer order, rulings, skew)
 */
export async function ocrIntoBuffer(img: Gray, page: number, ptPerPx: number, heightPt: number, buf: ItemBuffer): Promise<OcrPage> {
  // a blank page (every pixel the same) has nothing to read: no engine, no deskew
  const result = uniform(img) ? { pieces: [], rulings: [], angle: 0 } : await ocrPage(await loadEngine(), img, page, ptPerPx, heightPt)
  buf.reset()
  for (const p of result.pieces) buf.push(p.str, p.x0, p.x1, p.y0, p.y1, p.size)
  return result
}

/**
 * The probability of every character of a page text rebuilt from OCR pieces:
 * page-text only folds white space and adds tabs/newlines, so the
 * non-space characters of the row's pieces, in row order, are the non-space
 * characters of the line.
 * @param text the page text (rows joined by \n)
 * @returns one entry per character of `text` (-1 for white space)
 */
export function pageConfidence(result: OcrPage, rows: Rows, text: string): number[] {
  const out = new Array<number>(text.length).fill(-1)
  let pos = 0
  for (let r = 0; r < rows.count; r++) {
    for (let k = rows.rowStart[r]!; k < rows.rowStart[r + 1]!; k++) {
      const piece = result.pieces[rows.order[k]!]!
      const s = piece.str
      // piece.conf has one entry per character of piece.str (code units of astral characters share one)
      let ci = 0
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        const low = c >= 0xdc00 && c <= 0xdfff
        const p = piece.conf[Math.min(ci, piece.conf.length - 1)] ?? -1
        if (!low) ci++
        if (isSpace(c)) continue
        while (pos < text.length && (isSpace(text.charCodeAt(pos)) || text[pos] === '\t' || text[pos] === '\n')) pos++
        if (pos < text.length) out[pos++] = p
      }
    }
  }
  return out
}

/**
 * Records an OCR'd page in `info`: its page number, skew, rulings and the
 * probabilities of its text, which starts at offset `base` of the document.
 */
export function recordPage(info: OcrInfo, result: OcrPage, rows: Rows, text: string, base: number, page: number): void {
  info.pages.push(page)
  info.skew[page] = result.angle
  for (const r of result.rulings) info.rulings.push(r)
  while (info.confidence.length < base) info.confidence.push(-1)
  info.confidence.length = base
  for (const c of pageConfidence(result, rows, text)) info.confidence.push(Math.round(c * 1000) / 1000)
}

/** Whether every pixel of the image has the same grey level (a blank page). */
function uniform(img: Gray): boolean {
  const d = img.data
  const v = d[0]
  for (let i = 1; i < d.length; i++) if (d[i] !== v) return false
  return true
}
