/**
 * Reading values out of cells: numbers (with OCR digit confusions mapped),
 * and targets/actuals as {op, value, unit, raw}.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Target } from '../../../model/report.js'
import { vocab } from './vocab.js'

/** The number in a bare-number or percent cell (`10`, `10分`, `86%`), or null. */
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

/** A target or actual cell as {op, value, unit, raw}; text-only targets keep value null. */
export function targetOf(ctx: Context, text: string, raw: string): Target {
  const m = ctx.grammar.regex('score-table/quantity').exec(text)
  if (!m) return { op: null, value: null, unit: null, raw }
  const op = m[1] ? (vocab(ctx).data.targetOps[m[1]] ?? null) : null
  const unit = m[3] ? m[3] : null
  return { op, value: Number(m[2]), unit, raw }
}
