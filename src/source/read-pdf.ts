/**
 * Reading PDF reports with pdfjs-dist. (Placeholder until PDF reading lands:
 * every PDF is refused with a clear reason.)
 */
import { toDiagnostic } from '../pipeline/context.js'
import type { ReadOptions, ReadResult } from './read.js'

export async function readPdf(path: string, _bytes: Uint8Array, _sha256: string, _options: ReadOptions): Promise<ReadResult> {
  return { doc: null, diagnostics: [toDiagnostic({ code: 'read/unsupported-format', message: `${path}: PDF reading is not available yet` }, 'read')] }
}
