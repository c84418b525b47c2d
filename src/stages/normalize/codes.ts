/** Diagnostic codes raised by the normalize stage. */
import { defineCodes } from '../../diagnostics/define.js'

export const normalizeCodes = defineCodes({
})
