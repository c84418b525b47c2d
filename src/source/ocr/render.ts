/**
 * Page images for OCR: a PDF page rendered by pdf.js on its Node canvas
 * (@napi-rs/canvas), or an image file (PNG, JPEG through the same canvas
 * library; TIFF through utif), as grey pixels.
 */
import { createRequire } from 'node:module'
import { type Gray, fromRgba } from './image.js'

interface CanvasAndContext {
  canvas: { width: number; height: number }
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }
}
interface CanvasFactory {
  create(w: number, h: number): CanvasAndContext
  destroy(c: CanvasAndContext): void
}

type RenderablePage = import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy

/**
 * Renders a PDF page at `dpi` into grey pixels.
 * @param factory the document's canvas factory (`pdf.canvasFactory`)
 * @returns the image and the page height in points
 */
export async function renderPdfPage(page: RenderablePage, factory: unknown, dpi: number): Promise<{ image: Gray; heightPt: number }> {
  const viewport = page.getViewport({ scale: dpi / 72 })
  const heightPt = page.getViewport({ scale: 1 }).height
  const f = factory as CanvasFactory
  const w = Math.ceil(viewport.width)
  const h = Math.ceil(viewport.height)
  const cc = f.create(w, h)
  try {
    await page.render({ canvasContext: cc.context as never, viewport, canvas: cc.canvas as never }).promise
    const rgba = cc.context.getImageData(0, 0, w, h).data
    return { image: fromRgba(rgba, w, h), heightPt }
  } finally {
    f.destroy(cc)
  }
}

const require = createRequire(import.meta.url)

/** Which image format the bytes are, by their signature; null when none jixiao reads. */
export function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | 'tiff' | null {
  const b = bytes
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png'
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))) return 'tiff'
  return null
}

/**
 * Decodes an image file into grey pages (a TIFF may hold several).
 * Throws when the bytes cannot be decoded.
 */
export async function decodeImage(bytes: Uint8Array, kind: 'png' | 'jpeg' | 'tiff'): Promise<Gray[]> {
  if (kind === 'tiff') {
    const UTIF = require('utif') as {
      decode(b: ArrayBuffer | Uint8Array): { width: number; height: number }[]
      decodeImage(b: ArrayBuffer | Uint8Array, ifd: unknown): void
      toRGBA8(ifd: unknown): Uint8Array
    }
    const ifds = UTIF.decode(bytes)
    const pages: Gray[] = []
    for (const ifd of ifds) {
      UTIF.decodeImage(bytes, ifd)
      const { width, height } = ifd as { width: number; height: number }
      if (!(width > 0 && height > 0)) continue
      pages.push(fromRgba(UTIF.toRGBA8(ifd), width, height))
    }
    if (pages.length === 0) throw new Error('the TIFF holds no image')
    return pages
  }
  const { createCanvas, loadImage } = await import('@napi-rs/canvas')
  const img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))
  const canvas = createCanvas(img.width, img.height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, img.width, img.height)
  ctx.drawImage(img, 0, 0)
  return [fromRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height)]
}
