/** Score tables (项目支出绩效自评表, 部门整体支出绩效自评表) in their many flattened layouts. (Stub.) */
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator, Meta, Table, Totals } from '../../../model/report.js'

export interface ScoreTableResult {
  indicators: Indicator[]
  totals: Totals
  tables: Table[]
  template: Meta['template']
}

export function readScoreTables(_input: ExtractInput, _ctx: Context): ScoreTableResult {
  return { indicators: [], totals: { score: null, max: null, grade: null }, tables: [], template: null }
}
