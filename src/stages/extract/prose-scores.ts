/** Indicator score pairs stated in prose (该指标分值 8分，自评得分 7分). (Stub.) */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Indicator } from '../../model/report.js'

export function readProseScores(_input: ExtractInput, _ctx: Context): Indicator[] {
  return []
}
