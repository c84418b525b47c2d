/**
 * Loading pdf.js (pdfjs-dist, legacy build: the modern one needs browser
 * globals) once per process, and the options every document is opened with:
 * the package's CJK cMaps and standard fonts (without the cMaps a PDF with
 * non-embedded Adobe-GB1 fonts gives no text at all) and no console output.
 *
 * Note: the legacy build bundles core-js, which on Node 20 replaces a few
 * built-ins for the whole process with slower polyfills (JSON.stringify
 * becomes ~8× slower, Array.prototype.push slower too). Node's own versions
 * are complete, so they are put back once both pdf.js modules are loaded;
 * the polyfills that ADD missing methods (which pdf.js uses) stay.
 *
 * pdf.js inflates every content stream and embedded font through the web
 * DecompressionStream; Node's is its zlib behind two web streams, whose
 * machinery costs more than the inflating on the small streams of a PDF.
 * It is replaced (in this process, for every user) by one that inflates in
 * one call with the same zlib and the same results: the same bytes, the same
 * error on damaged data (where pdf.js falls back to its own decoder), the
 * same TypeError for a format Node does not have.
 *
 * The cMap, standard-font and wasm files pdf.js asks for are read once per
 * process (per worker of a bulk run) and kept in memory: every document
 * after the first gets them without touching the disk.
 *
 * pdf.js parses the built-in cMaps and builds a non-embedded CID font's
 * CID → Unicode map again for every document (its caches belong to the
 * document). jixiao's patch of pdf.js (patches/pdfjs-dist+*.patch, applied by
 * patch-package at install) keeps them for the process; `sharedPdfCaches`
 * reaches them, and JIXIAO_PDF_SHARED_CACHES=0 turns them off. The patch
 * also lets the in-process ("fake") worker's port hand text content and
 * messages of primitive values over without a structured clone (off with the
 * caches), and copies a saved text state without making the old one a
 * prototype (same fields, faster property access).
 */
import { readFile } from 'node:fs/promises'
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<PdfJs> | null = null

/** Built-ins the bundled polyfills replace although Node's versions are complete. */
const KEEP_NATIVE: [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
]

/** The worker module's path: a variable, as the package ships no types for it. */
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

async function load(): Promise<PdfJs> {
  const hadToBase64 = 'toBase64' in Uint8Array.prototype
  const natives = KEEP_NATIVE.map(([o, key]) => [o, key, Object.getOwnPropertyDescriptor(o, key)] as const)
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    // Loaded here rather than by pdf.js's "fake worker", so its polyfills run now too.
    const worker = (await import(WORKER_MODULE)) as { jixiaoSharedCaches?: SharedPdfCaches }
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    shared = worker.jixiaoSharedCaches ?? null
    if (shared) shared.enabled = process.env.JIXIAO_PDF_SHARED_CACHES !== '0'
    return pdfjs
  } finally {
    for (const [o, key, d] of natives) if (d) Object.defineProperty(o, key, d)
    if (!hadToBase64) nativeToBase64()
    ;(globalThis as { DecompressionStream?: unknown }).DecompressionStream = OneCallDecompressionStream
  }
}

const INFLATE: Record<string, (b: Uint8Array) => Uint8Array> = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: gunzipSync }

/**
 * DecompressionStream's interface as pdf.js uses it (a writer taking the
 * bytes, then the readable iterated), inflating the bytes in one call.
 */
export class OneCallDecompressionStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } }
  readonly readable: AsyncIterable<Uint8Array>

  constructor(format: string) {
    const inflate = INFLATE[format]
    if (!inflate) throw new TypeError(`The argument 'format' is invalid. Received '${format}'`)
    const chunks: Uint8Array[] = []
    let closed: () => void = () => {}
    const done = new Promise<void>((resolve) => (closed = resolve))
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: async (chunk) => void chunks.push(chunk),
        close: async () => closed(),
      }),
    }
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await done
        yield inflate(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
      },
    }
  }
}

/**
 * Node 20 has no Uint8Array.prototype.toBase64; the polyfill pdf.js brings
 * builds the string a character at a time (it encodes every embedded font
 * a document's operator lists use). The same method on Node's base64 coder.
 */
function nativeToBase64(): void {
  const proto = Uint8Array.prototype as Uint8Array & { toBase64?: unknown }
  if (typeof proto.toBase64 !== 'function') return
  Object.defineProperty(proto, 'toBase64', {
    configurable: true,
    writable: true,
    value: function toBase64(this: Uint8Array, options?: { alphabet?: string; omitPadding?: boolean }): string {
      const url = options?.alphabet === 'base64url'
      const s = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString(url ? 'base64url' : 'base64')
      // Node's base64url has no padding, its base64 always has
      if (options?.omitPadding) return url ? s : s.replace(/=+$/, '')
      return url ? s + '='.repeat((4 - (s.length % 4)) % 4) : s
    },
  })
}

/** The process-wide caches the patched pdf.js worker keeps (see the header). */
export interface SharedPdfCaches {
  /** off: every document parses its cMaps again, as unpatched pdf.js does */
  enabled: boolean
  /** how many parsed cMaps and CID → Unicode maps were reused */
  readonly hits: { builtInCMap: number; toUnicode: number }
  clear(): void
}

let shared: SharedPdfCaches | null = null

/** The patched pdf.js's shared caches once pdf.js is loaded; null before, or when the patch is not applied. */
export function sharedPdfCaches(): SharedPdfCaches | null {
  return shared
}

/** The pdf.js module, imported on first use (text-only runs never pay for it). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load()
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

/** The bytes of the asset files read so far, by path (at most a few MB: the cMaps one document set needs). */
const assetCache = new Map<string, Promise<Uint8Array>>()

type AssetKind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl'

/**
 * pdf.js's BinaryDataFactory (the `BinaryDataFactory` getDocument parameter):
 * pdf.js creates one per document; all of them share the process's cache.
 */
export class CachedBinaryDataFactory {
  private readonly dirs: Record<AssetKind, string | null>

  constructor(options: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {
    this.dirs = { cMapUrl: options.cMapUrl ?? null, standardFontDataUrl: options.standardFontDataUrl ?? null, wasmUrl: options.wasmUrl ?? null }
  }

  async fetch({ kind, filename }: { kind: AssetKind; filename: string }): Promise<Uint8Array> {
    const dir = this.dirs[kind]
    if (!dir) throw new Error(`Ensure that the \`${kind}\` API parameter is provided.`)
    const path = `${dir}${filename}`
    let bytes = assetCache.get(path)
    if (!bytes) {
      bytes = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength))
      assetCache.set(path, bytes)
      bytes.catch(() => assetCache.delete(path))
    }
    try {
      // a copy: the document may keep or transfer what it is given
      return (await bytes).slice()
    } catch {
      throw new Error(`Unable to load ${kind === 'cMapUrl' ? 'CMap' : kind === 'wasmUrl' ? 'wasm' : 'font'} data at: ${path}`)
    }
  }
}

/**
 * A stand-in for the DOM document pdf.js loads font faces into (the
 * getDocument `ownerDocument` parameter): it takes the `@font-face` rules
 * and keeps nothing. A document read for its text and ruling lines only is
 * opened with font faces enabled and this document, so pdf.js's worker does
 * not build an outline path for every glyph an operator list draws (what it
 * does with `disableFontFace`, which rendering in Node needs instead).
 */
const fontSink = {
  createElement: () => ({ sheet: { cssRules: { length: 0 }, insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
}

/**
 * getDocument parameters for bytes already in memory.
 * @param render the document's pages are drawn (OCR, review crops): glyphs
 *   as outline paths, as Node has no font faces; otherwise the document is
 *   read for its text and graphics only
 */
export function openOptions(bytes: Uint8Array, render = true) {
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const data = new Uint8Array(bytes.length)
  data.set(bytes)
  return {
    data,
    ...pdfAssets(),
    BinaryDataFactory: CachedBinaryDataFactory,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: render,
    ...(render ? {} : { ownerDocument: fontSink as never }),
    useSystemFonts: false,
    verbosity: 0,
  }
}
