/**
 * The readers' own diagnostic sink: read/* codes stamped with the severity
 * src/source/codes.ts gives them and stage `read`, so a reader called on its
 * own (a test, a worker) needs nothing from the pipeline.
 */
import { stampDiagnostic } from '../diagnostics/stamp.js'
import { sourceCodes } from './codes.js'
import type { DiagnosticSink } from './types.js'

const known: Readonly<Record<string, { severity: 'error' | 'warning' | 'info'; doc: string }>> = sourceCodes

/** Stamps a reader's diagnostic; a code that is not a read/* code is a programmer error. */
export const readSink: DiagnosticSink = (d) => {
  const info = known[d.code]
  if (!info) throw new Error(`Unregistered read diagnostic code: ${d.code}`)
  return stampDiagnostic(d, info, 'read')
}
