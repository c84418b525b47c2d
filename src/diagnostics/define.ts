/**
 * Registering diagnostic codes. Each area of the program declares its codes
 * once, with a default severity and a one-line doc, in a `codes.ts` beside its
 * code; `pipeline/codes.ts` gathers them all into one registry.
 */
import type { Severity } from '../model/diagnostic.js'

/** What the registry knows of a code. */
export interface CodeInfo {
  severity: Severity
  doc: string
}

/** Declares a group of codes; keys are the full hierarchical code ('segment/numbering-skip'). */
export function defineCodes<const T extends Record<string, CodeInfo>>(codes: T): T {
  for (const code of Object.keys(codes)) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(code)) throw new Error(`Bad diagnostic code ${code}`)
  }
  return codes
}
