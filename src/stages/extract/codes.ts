/** Diagnostic codes raised by the extract stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const extractCodes = defineCodes({
})
