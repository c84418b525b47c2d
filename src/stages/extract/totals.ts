/** The total score and grade stated in prose (绩效得分为95分，绩效等级为“优”). (Stub.) */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Totals } from '../../model/report.js'

export function readProseTotals(_input: ExtractInput, _ctx: Context): Totals {
  return { score: null, max: null, grade: null }
}
