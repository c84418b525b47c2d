/**
 * read: a path → a decoded SourceDoc, or the reason it could not be read.
 * The format is told by the bytes (a PDF starts with %PDF-, images by their
 * signatures: PNG, JPEG, TIFF go to OCR), not by the extension. Never throws for a bad file: the reason is a diagnostic.
 */
import { readFile, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import type { SourceDoc } from './document.js'
import { decodeBytes, decodeText, looksBinary } from './read-text.js'
import { readPdf } from './read-pdf.js'
import type { ReadOptions, ReadResult } from './types.js'
import { readSink } from './sink.js'
import { imageKind } from './ocr/render.js'
import { readImage } from './ocr/read-image.js'

export type { ReadOptions, ReadResult, DiagnosticSink } from './types.js'

const PDF_MAGIC = Buffer.from('%PDF-')

/**
 * True when the bytes are a PDF: the file starts with %PDF-, or — as PDF
 * readers tolerate — the header follows a little junk within the first KiB
 * and the file is not text (a text report that quotes `%PDF-1.4` near its
 * start is still a text).
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024))
  const at = head.indexOf(PDF_MAGIC)
  if (at === 0) return true
  if (at === -1) return false
  return looksBinary(bytes) || decodeBytes(bytes) === null
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Reads one file. */
export async function readSource(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fail = (code: string, message: string): ReadResult => ({
    doc: null,
    diagnostics: [(options.sink ?? readSink)({ code, message })],
  })
  let bytes: Buffer
  try {
    const st = await stat(path)
    if (!st.isFile()) return fail('read/not-found', `${path} is not a file`)
    bytes = await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return fail('read/not-found', code === 'ENOENT' ? `${path} does not exist` : `${path} cannot be read (${code ?? 'error'})`)
  }
  return readBytes(path, bytes, options)
}

/** Decodes bytes already in memory (used by tests and by workers). */
export async function readBytes(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const hash = sha256(bytes)
  if (isPdf(bytes)) return readPdf(path, bytes, hash, options)
  const kind = imageKind(bytes)
  if (kind) return readImage(path, bytes, hash, kind, options)
  return decodeText(path, bytes, hash, options.sink)
}
