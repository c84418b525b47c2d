/**
 * Decoding text files: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
 * without one when the bytes read as UTF-16 text), GB18030/GBK and Big5 —
 * strict UTF-8 first, then the legacy encoding the bytes point to, all
 * through Node's TextDecoder. Binary junk and empty files are refused with a diagnostic.
 * Page starts come from form feeds, or from the page-start mark some PDF
 * text extractions leave (a single leading space on the first line of a page).
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { SourceDoc } from './document.js'
import type { DiagnosticSink, ReadResult } from './types.js'
import { readSink } from './sink.js'
import { legacyCjkEncoding, utf16WithoutBom } from './cjk-encoding.js'

interface Decoded {
  text: string
  encoding: string
}

/** Share of control characters (other than \t \n \r \f) above which bytes are taken as binary. */
const MAX_CONTROL_SHARE = 0.01

/** True when the first 8 KiB hold a NUL or too many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  // Always a plain Uint8Array (a Buffer is a subclass with its own shape): the loop stays
  // optimised for one array type instead of being deoptimised when the other comes in.
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, n)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = view[i]!
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decodes bytes by BOM, then strict UTF-8, then strict GB18030 or Big5 (as the
 * two-byte codes point, see cjk-encoding.ts). Null when none fits, or when
 * the bytes decode only into mojibake.
 */
export function decodeBytes(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = tryDecode('utf-16le', bytes)
    return t === null ? null : { text: t, encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = tryDecode('utf-16be', bytes)
    return t === null ? null : { text: t, encoding: 'utf-16be' }
  }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    return { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' }
  }
  const legacy = legacyCjkEncoding(bytes)
  if (legacy === null) return null
  const t = tryDecode(legacy, bytes)
  return t === null ? null : { text: t, encoding: legacy }
}

/** UTF-16 text without a byte order mark, decoded; null when the bytes are not that. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  const enc = utf16WithoutBom(bytes)
  const t = enc && tryDecode(enc, bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1))
  return enc && t !== null ? { text: t, encoding: `${enc}-nobom` } : null
}

/**
 * Page starts of a text: at every form feed; failing that, at lines that begin
 * with exactly one space when the first line does too and such lines are rare
 * (the mark pdftotext-like extractions leave). Null when the text has no marks.
 */
export function detectPageStarts(text: string): number[] | null {
  if (text.includes('\f')) {
    const starts = [0]
    for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) {
      if (i + 1 < text.length) starts.push(i + 1)
    }
    return starts
  }
  const lines = text.split('\n')
  const nonBlank = lines.filter((l) => l.trim() !== '')
  const isMark = (l: string) => l.length > 1 && l[0] === ' ' && l[1] !== ' ' && l[1] !== '\t' && l.trim() !== ''
  const first = nonBlank[0]
  if (!first || !isMark(first)) return null
  const marks = nonBlank.filter(isMark).length
  if (marks < 2 || marks / nonBlank.length > 0.1) return null
  const starts: number[] = []
  let offset = 0
  for (const l of lines) {
    if (isMark(l)) starts.push(offset)
    offset += l.length + 1
  }
  starts[0] = 0
  return starts
}

/**
 * Decodes a text file into a SourceDoc, or the reason it cannot be read.
 * @param sink where problems are reported (default: the readers' own)
 */
export function decodeText(path: string, bytes: Uint8Array, sha256: string, sink: DiagnosticSink = readSink): ReadResult {
  const fail = (code: string, message: string): ReadResult => ({ doc: null, diagnostics: [sink({ code, message })] })
  if (bytes.length === 0) return fail('read/empty', `${path} is empty`)
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const noBom = utf16 ? null : decodeUtf16WithoutBom(bytes)
  if (!utf16 && !noBom && looksBinary(bytes)) return fail('read/binary', `${path} is not a text file or a PDF (binary content)`)
  const decoded = noBom ?? decodeBytes(bytes)
  if (!decoded) return fail('read/undecodable', `${path} is not valid UTF-8, UTF-16, GB18030 or Big5 text`)
  // TextDecoder drops a BOM; the original text is what follows it.
  const text = decoded.text
  if (text.trim() === '') return fail('read/empty', `${path} holds only white space`)
  const diagnostics: Diagnostic[] = []
  const pageStarts = detectPageStarts(text)
  const doc: SourceDoc = {
    path,
    sha256,
    format: 'text',
    encoding: decoded.encoding,
    text,
    pageStarts,
    pages: pageStarts ? pageStarts.length : null,
  }
  return { doc, diagnostics }
}
