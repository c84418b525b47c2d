/** Labelled maxima (stub). */
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator } from '../../../model/report.js'
import type { TCell } from './cells.js'
import type { Vocab } from './vocab.js'
export function readLabelledMaxima(_i: ExtractInput, _cells: TCell[], _ctx: Context, _v: Vocab, _nextId: () => string): Indicator[] {
  return []
}
