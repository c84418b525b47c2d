/**
 * Reading values out of cells: numbers (with OCR digit confusions mapped),
 * and targets/actuals as {op, value, unit, raw}.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Target } from '../../../model/report.js'
import { vocab } from './vocab.js'

/** The number in a bare-number or percent cell (`10`, `10分`, `86%`), or null. */
/** The text without thousands separators when they group the integer part by three (1,250,000.00); else unchanged. */
export function withoutGrouping(text: string): string {
  if (!text.includes(',')) return text
  const dot = text.indexOf('.')
  const int = dot < 0 ? text : text.slice(0, dot)
  const groups = int.split(',')
  const ok = groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)
  return ok ? groups.join('') + (dot < 0 ? '' : text.slice(dot)) : text
}

export function numberOf(text: string): number | null {
  let s = text
  if (s.endsWith('分') || s.endsWith('%')) s = s.slice(0, -1)
  if (s === '' || s.startsWith('.') || s.endsWith('.')) return null
  let dots = 0
  for (const ch of s) {
    if (ch === '.') dots++
    else if (ch < '0' || ch > '9') return null
  }
  if (dots > 1) return null
  return Number(s)
}

/** Letters OCR reads for digits (`IO` for 10, `O` for 0, `l` for 1). */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', '|': '1' }

/**
 * The number in a cell where a number is expected (a 分值/得分/amount cell):
 * as numberOf, and when that fails, with OCR digit look-alikes read as the
 * digits they stand for, provided every other character is a digit or a
 * point (`IO` → 10, `9.O` → 9, `8l` → 81; `IOT` stays text). The cell's raw
 * text is not changed.
 */
export function expectedNumberOf(text: string): number | null {
  const n = numberOf(text)
  if (n !== null) return n
  let folded = ''
  let swapped = false
  for (const ch of text) {
    const d = LOOKALIKES[ch]
    if (d !== undefined) {
      folded += d
      swapped = true
    } else folded += ch
  }
  return swapped ? numberOf(folded) : null
}

/** A target or actual cell as {op, value, unit, raw}; text-only targets keep value null. */
export function targetOf(ctx: Context, text: string, raw: string): Target {
  const m = ctx.grammar.regex('score-table/quantity').exec(text)
  if (!m) return { op: null, value: null, unit: null, raw }
  const { op: opText, value, unit } = m.groups!
  const op = opText ? (vocab(ctx).data.targetOps[opText] ?? null) : null
  return { op, value: Number(value), unit: unit ? unit : null, raw }
}
