/** Glued OCR cells (stub). */
import type { Context } from '../../../pipeline/types.js'
import type { Indicator, Table } from '../../../model/report.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { GroupInfo } from './build.js'
import type { Vocab } from './vocab.js'

export interface GluedResult { indicators: Indicator[]; tables: Table[]; totalsFrom: Sourced<number> | null }
export function readGlued(_cells: TCell[], _ctx: Context, _v: Vocab, _nextId: () => string, _groups: GroupInfo[]): GluedResult {
  return { indicators: [], tables: [], totalsFrom: null }
}
