/** Template detection (stub). */
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator, Meta } from '../../../model/report.js'
import type { TCell } from './cells.js'
export function detectTemplate(_i: ExtractInput, _cells: TCell[], _ind: Indicator[], _ctx: Context): Meta['template'] {
  return null
}
