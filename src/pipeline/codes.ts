/**
 * The registry of every diagnostic code, gathered from the `codes.ts` of each
 * area. A code not in this registry is a programmer error.
 */
import type { CodeInfo } from '../diagnostics/define.js'
import { sourceCodes } from '../source/codes.js'
import { linesCodes } from '../stages/lines/codes.js'
import { normalizeCodes } from '../stages/normalize/codes.js'
import { segmentCodes } from '../stages/segment/codes.js'
import { extractCodes } from '../stages/extract/codes.js'
import { scoreTableCodes } from '../stages/extract/score-table/codes.js'
import { checkCodes } from '../stages/check/codes.js'
import { canonicalizeCodes } from '../stages/canonicalize/codes.js'
import { commandCodes } from '../commands/codes.js'

/** Every registered code with its default severity and doc. */
export const codes: Readonly<Record<string, CodeInfo>> = {
  ...sourceCodes,
  ...linesCodes,
  ...normalizeCodes,
  ...segmentCodes,
  ...extractCodes,
  ...scoreTableCodes,
  ...checkCodes,
  ...canonicalizeCodes,
  ...commandCodes,
}

/** Looks a code up; throws for an unregistered code (a programmer error, not a document problem). */
export function codeInfo(code: string): CodeInfo {
  const info = codes[code]
  if (!info) throw new Error(`Unregistered diagnostic code: ${code}`)
  return info
}
