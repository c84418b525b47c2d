/**
 * Loading pdf.js (pdfjs-dist, legacy build: the modern one needs browser
 * globals) once per process, and the options every document is opened with:
 * the package's CJK cMaps and standard fonts (without the cMaps a PDF with
 * non-embedded Adobe-GB1 fonts gives no text at all) and no console output.
 */
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<PdfJs> | null = null

/** The pdf.js module, imported on first use (text-only runs never pay for it). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return loading
}

let assets: { cMapUrl: string; standardFontDataUrl: string } | null = null

/** Directories (with trailing separator, as pdf.js requires) of the installed package's cMaps and standard fonts. */
export function pdfAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    assets = { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep }
  }
  return assets
}

/** getDocument parameters for bytes already in memory. */
export function openOptions(bytes: Uint8Array) {
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const data = new Uint8Array(bytes.length)
  data.set(bytes)
  return {
    data,
    ...pdfAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }
}
