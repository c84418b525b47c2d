/** Diagnostic codes raised by commands (bulk runs, manifests). */
import { defineCodes } from '../diagnostics/define.js'

/** Codes of the `run/` area (a file the command could not process). */
export const commandCodes = defineCodes({
  'run/internal-error': { severity: 'error', doc: 'jixiao itself failed on this file (a bug): the file is listed as failed.' },
  'run/no-inputs': { severity: 'error', doc: 'A folder named on the command line holds no .pdf or .txt file.' },
})
