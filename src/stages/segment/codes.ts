/** Diagnostic codes raised by the segment stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const segmentCodes = defineCodes({
})
