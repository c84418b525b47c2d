/** Diagnostic codes raised by commands (bulk runs, manifests). */
import { defineCodes } from '../diagnostics/define.js'

export const commandCodes = defineCodes({
  'run/internal-error': { severity: 'error', doc: 'jixiao itself failed on this file (a bug): the file is listed as failed.' },
})
