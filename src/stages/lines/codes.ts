/** Diagnostic codes raised by the lines stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const linesCodes = defineCodes({
})
