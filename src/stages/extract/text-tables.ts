/** Money tables from their text rows (title, unit line, header, label + numbers rows). (Stub.) */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Table } from '../../model/report.js'

export function readTextTables(_input: ExtractInput, _ctx: Context): Table[] {
  return []
}
