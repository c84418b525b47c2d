/**
 * The caption of a text table: its title line and unit statement, read
 * upward from its first line (not above a floor: the end of the previous
 * table).
 */
import type { NormLine } from '../norm-text.js'
import type { TableVocab } from './vocab.js'

export interface Caption {
  title: { text: string; line: NormLine } | null
  unit: string | null
  first: NormLine
}

/** Title and unit from the lines just above the header (not above `floor`). */
export function caption(v: TableVocab, lines: NormLine[], at: number, floor: number): Caption {
  const header = lines[at]!
  const out: Caption = { title: null, unit: v.unitIn(header.text) ?? v.unitInHeader(header.text), first: header }
  for (let i = at - 1; i >= Math.max(floor, at - v.data.lookBack); i--) {
    const line = lines[i]!
    const unit = v.unitIn(line.text)
    const title = v.titleOf(line.text) ?? v.titleOf(v.withoutUnit(line.text))
    if (!unit && !title) break
    out.unit ??= unit
    out.first = line
    if (title) {
      out.title = { text: title, line }
      break
    }
  }
  return out
}
