/**
 * Reading PDF reports with pdf.js: each page's positioned text items are
 * rebuilt into lines (rows by vertical overlap, cells by x gaps, see
 * `pdf/`), lines joined with \n and pages with \f into the document text,
 * with a LayoutLine (page, bbox, cells) for every line. Page furniture stays
 * in the text; the lines stage marks it. Pages are read one at a time and
 * released, so memory does not grow with the page count. Problems become
 * diagnostics: damaged, encrypted, scanned (no text), failed pages, timeout.
 * A page tree that contains itself is cut where it loops (pdf/page-tree) and
 * the file is read again, so no page it lists is lost.
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { GeoTable, LayoutLine, SourceDoc } from './document.js'
import type { ReadOptions, ReadResult } from './types.js'
import { readSink } from './sink.js'
import { ItemBuffer, collectItems, displayTransform, uprightRotation } from './pdf/items.js'
import { Rows, groupRows } from './pdf/rows.js'
import { ItemPlaces, pageText } from './pdf/page-text.js'
import { joinPages, looksTabular, readPageTables } from './pdf/tables/index.js'
import { streamTables, type StreamCarry } from './pdf/tables/stream.js'
import { pageList } from './pdf/page-list.js'
import { loadPdfJs, openOptions } from './pdf/pdfjs.js'
import { type OcrInfo, OCR_DPI, OCR_PAGE_MS, emptyOcrInfo, ocrIntoBuffer, recordPage } from './ocr/read-ocr.js'
import type { OcrPage } from './ocr/page.js'
import { renderPdfPage } from './ocr/render.js'
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ocrPageTables } from './ocr/tables.js'
import { openScope, settle } from './pdf/rejections.js'
import { repairPageTree, type PageTreeRepair } from './pdf/page-tree.js'

class Timeout extends Error {}

/**
 * Resolves like `p`, or rejects with Timeout when the deadline passes first.
 * When the deadline wins, `p` is abandoned (the loading task is destroyed and
 * `p` rejects later with "Loading aborted"): that late rejection is expected
 * and must not surface as an unhandled one.
 */
function beforeDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  if (deadline === Infinity) return p
  p.catch(() => {})
  const left = deadline - Date.now()
  if (left <= 0) return Promise.reject(new Timeout())
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), left)
    timer.unref()
  })
  return Promise.race([p, limit]).finally(() => clearTimeout(timer))
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : ''
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Reads a PDF into a SourceDoc. Never throws for a bad file; problems pdf.js
 * raises as unhandled rejections while (or just after) it reads this file
 * are charged to this file as a warning, never to the next one.
 * @param path shown in messages and kept in the SourceDoc
 * @param bytes the file's bytes (not modified)
 * @param sha256 hash of the bytes
 * @param options per-file time limit
 */
export async function readPdf(path: string, bytes: Uint8Array, sha256: string, options: ReadOptions): Promise<ReadResult> {
  const scope = openScope()
  let result: ReadResult
  let repair: PageTreeRepair | null = null
  const started = Date.now()
  try {
    const first = await readPdfDocument(path, bytes, sha256, options, true)
    if ('repair' in first) {
      repair = first.repair
      const limit = options.timeoutMs ?? 0
      const left = limit > 0 ? Math.max(1, limit - (Date.now() - started)) : 0
      result = (await readPdfDocument(path, repair.bytes, sha256, { ...options, timeoutMs: left }, false)) as ReadResult
    } else result = first
  } finally {
    await settle(scope)
  }
  if (repair) {
    const what = `the page tree contains itself (${repair.cut.join('; ')}): the loop is cut and the ${repair.pages} page${repair.pages === 1 ? '' : 's'} it lists ${repair.pages === 1 ? 'is' : 'are'} read`
    result.diagnostics.unshift((options.sink ?? readSink)({ code: 'read/pdf-page-tree-loop', message: `${path}: ${what}` }))
  }
  if (scope.messages.length > 0) {
    // On a file that failed, the damage is part of the reason (a damaged page tree reads as a page without text).
    const kept = result.doc ? '; what could be read is kept' : ''
    const d = { code: 'read/pdf-damaged', message: `${path}: pdf.js reported damage in the file's structure (${scope.messages.join('; ')})${kept}` }
    result.diagnostics.push((options.sink ?? readSink)(result.doc ? d : { ...d, severity: 'error' }))
  }
  return result
}

/**
 * Reads a PDF into a SourceDoc (the scope of rejections is the caller's).
 * @param path shown in messages and kept in the SourceDoc
 * @param bytes the file's bytes (not modified)
 * @param sha256 hash of the bytes
 * @param options per-file time limit
 * @param repairable look for a page tree that contains itself when pdf.js loses pages (first reading only)
 * @returns what was read, or the repaired bytes to read instead
 */
async function readPdfDocument(path: string, bytes: Uint8Array, sha256: string, options: ReadOptions, repairable: boolean): Promise<ReadResult | { repair: PageTreeRepair }> {
  const diagnostics: Diagnostic[] = []
  const sink = options.sink ?? readSink
  const report = (code: string, message: string) => diagnostics.push(sink({ code, message }))
  const fail = (code: string, message: string): ReadResult => {
    report(code, message)
    return { doc: null, diagnostics }
  }
  let pdfjs
  try {
    pdfjs = await loadPdfJs()
  } catch (e) {
    return fail('read/pdf-unavailable', `${path}: PDF reading is unavailable, pdf.js could not be loaded (${errorText(e)}); reinstall with optional dependencies`)
  }
  // pdf.js makes an empty page (no object behind it) or fails a page when its page tree walk stops at a loop
  let checked = !repairable
  const loopRepair = (): PageTreeRepair | null => {
    if (checked) return null
    checked = true
    return repairPageTree(bytes)
  }
  const timeoutMs = options.timeoutMs ?? 0
  let deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Infinity
  const ocrMode = options.ocr ?? 'auto'
  // a document read for its text and rules is not drawn; a page OCR'd in auto mode is drawn from a second one
  const task = pdfjs.getDocument(openOptions(bytes, ocrMode === 'force'))
  const render: { task: ReturnType<typeof pdfjs.getDocument> | null } = { task: null }
  try {
    let pdf
    try {
      pdf = await beforeDeadline(task.promise, deadline)
    } catch (e) {
      if (e instanceof Timeout) throw e
      const name = errorName(e)
      if (name === 'PasswordException') return fail('read/pdf-encrypted', `${path} is password-protected: jixiao cannot open it without the password`)
      return fail('read/pdf-invalid', `${path} is damaged or truncated and cannot be read as a PDF (${errorText(e)})`)
    }
    const pages = pdf.numPages
    if (pages === 0) return fail('read/pdf-invalid', `${path} has no pages`)
    const buf = new ItemBuffer()
    const rows = new Rows()
    const layout: LayoutLine[] = []
    const pageStarts: number[] = []
    const failed: number[] = []
    const blank: number[] = []
    const pageTexts: string[] = []
    const places = new ItemPlaces()
    const geoTables: GeoTable[] = []
    const opsFailed: number[] = []
    const irregular: number[] = []
    let carry: StreamCarry | null = null
    const drawn = async (page: PDFPageProxy) => {
      if (ocrMode === 'force') return { page, factory: pdf.canvasFactory }
      render.task ??= pdfjs.getDocument(openOptions(bytes))
      const doc = await render.task.promise
      return { page: await doc.getPage(page.pageNumber), factory: doc.canvasFactory }
    }
    const ocr: OcrInfo = emptyOcrInfo()
    const ocrFailed: string[] = []
    let length = 0
    for (let p = 1; p <= pages; p++) {
      if (Date.now() > deadline) throw new Timeout()
      if (p > 1) length += 1 // the \f between pages
      pageStarts.push(length)
      pageTexts.push('')
      let page: PDFPageProxy | undefined
      let read: OcrPage | null = null
      try {
        page = await beforeDeadline(pdf.getPage(p), deadline)
        const content = await beforeDeadline(page.getTextContent(), deadline)
        // a page whose text reads upright only when turned back from its /Rotate is read turned back
        const upright = uprightRotation(content.items, page.rotate)
        const transform = displayTransform(page.getViewport(upright === null ? { scale: 1 } : { scale: 1, rotation: upright }))
        collectItems(content.items, buf, transform)
        if (buf.n === 0 && page.ref === null) {
          const repair = loopRepair()
          if (repair) return { repair }
        }
        if (ocrMode === 'force' || (ocrMode === 'auto' && buf.n === 0)) {
          deadline += OCR_PAGE_MS
          options.onOcrPage?.()
          const shown = page
          try {
            const { image, heightPt } = await beforeDeadline(drawn(page).then((d) => renderPdfPage(d.page, d.factory, OCR_DPI).finally(() => d.page !== shown && d.page.cleanup())), deadline)
            read = await beforeDeadline(ocrIntoBuffer(image, p, 72 / OCR_DPI, heightPt, buf), deadline)
          } catch (e) {
            if (e instanceof Timeout) throw e
            ocrFailed.push(`page ${p}: ${errorText(e)}`)
          }
        }
        if (buf.n === 0) {
          blank.push(p)
          continue
        }
        groupRows(buf, rows)
        const from = layout.length
        const t = pageText(buf, rows, p, length, layout, places)
        pageTexts[p - 1] = t
        if (read) {
          recordPage(ocr, read, rows, t, length, p)
          // a scanned page's ruling lines, found in its image, give the same lattice tables
          const found = ocrPageTables(read.rulings, buf, rows, places, t, p, length)
          geoTables.push(...found.tables)
          if (found.irregular > 0) irregular.push(p)
          carry = null
        } else {
          let ruled = 0
          const tabular = looksTabular(layout, from, geoTables[geoTables.length - 1]?.pages.includes(p - 1) === true)
          if (tabular && options.rulings !== false) {
            // the page's rules; a page whose graphics cannot be read keeps its line reading
            try {
              const found = await beforeDeadline(readPageTables(page, pdfjs.OPS, transform, buf, rows, places, t, p, length), deadline)
              geoTables.push(...found.tables)
              ruled = found.tables.length
              if (found.irregular > 0) irregular.push(p)
            } catch (e) {
              if (e instanceof Timeout) throw e
              opsFailed.push(p)
            }
          }
          // no ruled table: a table shown by its text's alignment (or one continued from the page before)
          const header = options.tableHeader
          if (header && ruled === 0 && (tabular || carry)) {
            const found = streamTables(buf, rows, places, t, p, length, header, () => false, carry)
            geoTables.push(...found.tables)
            carry = found.carry
          } else carry = null
        }
        length += t.length
      } catch (e) {
        if (e instanceof Timeout) throw e
        const repair = loopRepair()
        if (repair) return { repair }
        failed.push(p)
        continue
      } finally {
        page?.cleanup()
      }
    }
    if (failed.length === pages) return fail('read/pdf-invalid', `${path}: no page could be read (the file is damaged)`)
    if (failed.length > 0) {
      report('read/pdf-page-failed', `${path}: page${failed.length > 1 ? 's' : ''} ${pageList(failed)} of ${pages} could not be read and ${failed.length > 1 ? 'are' : 'is'} treated as empty`)
    }
    if (ocrFailed.length > 0) report('read/ocr-failed', `${path}: OCR failed on ${ocrFailed.join('; ')}`)
    const ocrOn = ocrMode !== 'off' && ocrFailed.length === 0
    const pl = (ps: number[]) => `page${ps.length > 1 ? 's' : ''} ${pageList(ps)}`
    // a file whose readable pages have no text and whose other pages are damaged says both
    const damaged = failed.length > 0 ? `; ${pl(failed)} of ${pages} could not be read (the file is damaged)` : ''
    if (layout.length === 0 && ocrOn) {
      return fail('read/ocr-no-text', `${path}: no text found: ${pl(blank)} ha${blank.length > 1 ? 've' : 's'} no text layer and OCR found no text (blank, or not a document)${damaged}`)
    }
    if (blank.length > 0 && ocrOn) report('read/ocr-pages-without-text', `${path}: no text found on ${pl(blank)} of ${pages} (blank, or a picture only)`)
    if (layout.length === 0) {
      return fail('read/pdf-no-text', `${path} has no text layer on page${blank.length > 1 ? 's' : ''} ${pageList(blank)} (scanned images): OCR is needed${damaged}`)
    }
    if (blank.length > 0 && !ocrOn) {
      report('read/pdf-pages-without-text', `${path}: page${blank.length > 1 ? 's' : ''} ${pageList(blank)} of ${pages} ha${blank.length > 1 ? 've' : 's'} no text layer (scanned images): OCR is needed for ${blank.length > 1 ? 'them' : 'it'}`)
    }
    if (opsFailed.length > 0) {
      report('read/pdf-graphics-failed', `${path}: the ruling lines of page${opsFailed.length > 1 ? 's' : ''} ${pageList(opsFailed)} could not be read; their tables are read from text lines`)
    }
    if (irregular.length > 0) {
      report('read/pdf-table-irregular', `${path}: a ruled table on page${irregular.length > 1 ? 's' : ''} ${pageList(irregular)} is too irregular to form a grid (merged areas that are not rectangles); it is read from its text lines`)
    }
    const text = pageTexts.join('\f')
    const doc: SourceDoc = { path, sha256, format: 'pdf', encoding: null, text, pageStarts, pages, layout }
    if (geoTables.length > 0) doc.tables = joinPages(geoTables, layout, text)
    if (ocr.pages.length > 0) {
      while (ocr.confidence.length < text.length) ocr.confidence.push(-1)
      doc.ocr = ocr
    }
    return { doc, diagnostics }
  } catch (e) {
    if (e instanceof Timeout) return fail('read/timeout', `${path}: reading the PDF took longer than the ${timeoutMs} ms limit`)
    return fail('read/pdf-invalid', `${path} cannot be read as a PDF (${errorText(e)})`)
  } finally {
    await task.destroy().catch(() => {})
    await render.task?.destroy().catch(() => {})
  }
}
