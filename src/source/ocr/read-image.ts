/**
 * Reading an image file (PNG, JPEG, TIFF; a multi-page TIFF is several
 * pages) by OCR into a SourceDoc, the same way as a scanned PDF page: pieces
 * → rows → page text, pages joined by form feeds. Images carry no reliable
 * resolution, so pixels are taken at OCR_DPI for the points of the boxes.
 */
import type { Diagnostic } from '../../model/diagnostic.js'
import type { GeoTable, LayoutLine, SourceDoc } from '../document.js'
import { ItemBuffer } from '../pdf/items.js'
import { Rows, groupRows } from '../pdf/rows.js'
import { ItemPlaces, pageText } from '../pdf/page-text.js'
import { joinPages } from '../pdf/tables/pages.js'
import { ocrPageTables } from './tables.js'
import { pageList } from '../pdf/page-list.js'
import type { ReadOptions, ReadResult } from '../types.js'
import { readSink } from '../sink.js'
import { OCR_DPI, OCR_PAGE_MS, emptyOcrInfo, ocrIntoBuffer, recordPage } from './read-ocr.js'
import { decodeImage } from './render.js'
import type { Gray } from './image.js'

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** Reads an image file by OCR. Never throws for a bad file. */
export async function readImage(path: string, bytes: Uint8Array, sha256: string, kind: 'png' | 'jpeg' | 'tiff', options: ReadOptions): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = []
  const sink = options.sink ?? readSink
  const fail = (code: string, message: string): ReadResult => {
    diagnostics.push(sink({ code, message }))
    return { doc: null, diagnostics }
  }
  if (options.ocr === 'off') return fail('read/ocr-no-text', `${path} is an image and OCR is off (--ocr off): no text to read`)
  let images: Gray[]
  try {
    images = await decodeImage(bytes, kind)
  } catch (e) {
    return fail('read/image-invalid', `${path} cannot be decoded as a ${kind.toUpperCase()} image (${errorText(e)})`)
  }
  let deadline = options.timeoutMs ? Date.now() + options.timeoutMs : Infinity
  const ptPerPx = 72 / OCR_DPI
  const buf = new ItemBuffer()
  const rows = new Rows()
  const layout: LayoutLine[] = []
  const pageStarts: number[] = []
  const texts: string[] = []
  const blank: number[] = []
  const ocr = emptyOcrInfo()
  const places = new ItemPlaces()
  const geoTables: GeoTable[] = []
  let length = 0
  for (let i = 0; i < images.length; i++) {
    if (Date.now() > deadline) return fail('read/timeout', `${path}: reading the image took longer than the ${options.timeoutMs} ms limit`)
    const p = i + 1
    if (p > 1) length += 1
    pageStarts.push(length)
    const img = images[i]!
    deadline += OCR_PAGE_MS
    options.onOcrPage?.()
    let read
    try {
      read = await ocrIntoBuffer(img, p, ptPerPx, img.height * ptPerPx, buf)
    } catch (e) {
      return fail('read/ocr-failed', `${path}: OCR failed (${errorText(e)})`)
    }
    if (buf.n === 0) {
      blank.push(p)
      texts.push('')
      continue
    }
    groupRows(buf, rows)
    const t = pageText(buf, rows, p, length, layout, places)
    recordPage(ocr, read, rows, t, length, p)
    geoTables.push(...ocrPageTables(read.rulings, buf, rows, places, t, p, length).tables)
    texts.push(t)
    length += t.length
  }
  if (layout.length === 0) return fail('read/ocr-no-text', `${path}: no text found in the image (blank, or not a document)`)
  if (blank.length > 0) {
    diagnostics.push(sink({ code: 'read/ocr-pages-without-text', message: `${path}: no text found on page${blank.length > 1 ? 's' : ''} ${pageList(blank)} of ${images.length}` }))
  }
  const text = texts.join('\f')
  while (ocr.confidence.length < text.length) ocr.confidence.push(-1)
  const doc: SourceDoc = { path, sha256, format: 'image', encoding: null, text, pageStarts, pages: images.length, layout, ocr }
  if (geoTables.length > 0) doc.tables = joinPages(geoTables, layout, text)
  return { doc, diagnostics }
}
