/** Diagnostic codes raised by the check stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const checkCodes = defineCodes({
})
