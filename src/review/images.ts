/**
 * Page images of a PDF report for the review page: the source file is read
 * again (its hash must still match the record's), each page a finding cites
 * is rendered with pdf.js onto an @napi-rs/canvas canvas, and a band of the
 * page around each cited side is written as a PNG, with the side's boxes in
 * percent of the band so the page can draw the highlight over the image.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCanvas, type Canvas } from '@napi-rs/canvas'
import type { Report } from '../model/report.js'
import type { BBox } from '../model/provenance.js'
import { readBytes, sha256 } from '../source/read.js'
import { loadPdfJs, openOptions } from '../source/pdf/pdfjs.js'
import type { FindingSide } from './sides.js'
import { spanBoxes } from './boxes.js'

/** A band of a page around one cited side. */
export interface Crop {
  /** file name, relative to the site folder */
  file: string
  width: number
  height: number
  page: number
  /** [left, top, width, height] in percent of the band */
  boxes: [number, number, number, number][]
}

export interface Crops {
  bySide: Map<FindingSide, Crop>
  /** why there are no images (file missing or changed, not readable), null when there are */
  problem: string | null
}

/** Pixels per PDF point. */
const SCALE = 2
/** Page height (points) kept above and below the cited text. */
const MARGIN = 28

/** Renders the bands of the sides that sit on a page of the PDF `report`; files go to `dir/file`. */
export async function renderCrops(report: Report, sides: readonly FindingSide[], dir: string, prefix: string): Promise<Crops> {
  const bySide = new Map<FindingSide, Crop>()
  const placed = sides.filter((s) => s.span.start.page !== null)
  if (report.source.format !== 'pdf' || placed.length === 0) return { bySide, problem: null }
  const path = report.source.path
  if (!existsSync(path)) return { bySide, problem: `${path} not found` }
  const bytes = new Uint8Array(readFileSync(path))
  if (sha256(bytes) !== report.source.sha256) return { bySide, problem: `${path} changed since it was read` }
  const read = await readBytes(path, bytes, { timeoutMs: 120_000 })
  if (!read.doc?.layout) return { bySide, problem: `${path} could not be read again` }
  const { text, layout } = read.doc
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument(openOptions(bytes))
  try {
    const pdf = await task.promise
    const pages = [...new Set(placed.map((s) => s.span.start.page!))].sort((a, b) => a - b)
    let n = 0
    for (const p of pages) {
      if (p > pdf.numPages) continue
      const pdfPage = await pdf.getPage(p)
      const unit = pdfPage.getViewport({ scale: 1 })
      const viewport = pdfPage.getViewport({ scale: SCALE })
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
      const ctx = canvas.getContext('2d')
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, canvas.width, canvas.height)
      await pdfPage.render({ canvasContext: ctx as never, viewport, canvas: canvas as never }).promise
      for (const side of placed.filter((s) => s.span.start.page === p)) {
        const boxes = spanBoxes(text, layout, side.span)
        if (boxes.length === 0) continue
        const file = `${prefix}-${++n}.png`
        bySide.set(side, writeBand(canvas, unit.height, boxes, join(dir, file), file, p))
      }
      pdfPage.cleanup()
    }
  } catch (e) {
    return { bySide, problem: `${path}: ${(e as Error).message}` }
  } finally {
    await task.destroy()
  }
  return { bySide, problem: null }
}

/** Writes the band of `canvas` around `boxes` (points, origin bottom-left; page height `h`) as a PNG. */
function writeBand(canvas: Canvas, h: number, boxes: BBox[], path: string, file: string, page: number): Crop {
  const top = Math.max(0, Math.floor((h - Math.max(...boxes.map((b) => b[3])) - MARGIN) * SCALE))
  const bottom = Math.min(canvas.height, Math.ceil((h - Math.min(...boxes.map((b) => b[1])) + MARGIN) * SCALE))
  const width = canvas.width
  const height = Math.max(1, bottom - top)
  const band = createCanvas(width, height)
  band.getContext('2d').drawImage(canvas, 0, top, width, height, 0, 0, width, height)
  writeFileSync(path, band.toBuffer('image/png'))
  const pct = (v: number, of: number) => Math.round((v / of) * 10000) / 100
  const pad = 1.5
  return {
    file,
    width,
    height,
    page,
    boxes: boxes.map((b) => {
      const x = (b[0] - pad) * SCALE
      const y = (h - b[3] - pad) * SCALE - top
      return [pct(x, width), pct(y, height), pct((b[2] - b[0] + 2 * pad) * SCALE, width), pct((b[3] - b[1] + 2 * pad) * SCALE, height)]
    }),
  }
}
