/** Metadata: title, department, region, year, report type. (Stub.) */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Meta } from '../../model/report.js'

export function readMeta(_input: ExtractInput, _ctx: Context): Meta {
  return { title: null, department: null, region: null, year: null, reportType: null, template: null }
}
