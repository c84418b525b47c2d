/** Diagnostic codes raised by the canonicalize stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const canonicalizeCodes = defineCodes({
})
