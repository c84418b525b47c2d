/**
 * C06–C08: indicator scores.
 *   C06 Σ 分值 = the stated 满分 (100 when none is stated)
 *   C07 Σ 得分 = the stated total score (bounds when some scores are blank)
 *   C08 0 ≤ 得分 ≤ 分值
 */
import { z } from 'zod'
import type { Indicator, Report } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import type { CheckData } from '../config.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { fmtLike, scoreTolerance } from '../numbers.js'
import { addsUpTo, scoreWithinMax, sumOf } from '../../extract/score-table/arithmetic.js'
import { cellAt, cellValue, columnIndex, isTotalRow, tablesOfKind } from '../tables.js'
import { indicatorSets, isPlaceholder, maxSide, scoreSide } from '../indicators.js'

/** The stated 满分 (a Sourced max), or null when the record only derived one. */
export function statedMax(record: Report): { value: number; raw: string; span: Side['span'] } | null {
  const max = record.totals.max
  return max && 'span' in max ? { value: max.value, raw: max.raw, span: max.span } : null
}

/**
 * 分值 of the money block of a project table (年度资金总额 … 分值 10) when no indicator of the set
 * holds it (a score table may leave it out of its indicators); 0 otherwise.
 */
function fundsMax(record: Report, ctx: Context, data: CheckData, leaves: readonly Indicator[]): number {
  const held = new Set(leaves.map((i) => i.max?.span.start.offset))
  for (const table of tablesOfKind(record, data.projectForms.fundsTableKinds)) {
    const col = columnIndex(table, data.projectForms.maxColumns)
    const row = table.rows.find((r) => isTotalRow(ctx, data, table, r))
    const cell = row ? cellAt(table, row, col) : null
    const v = cellValue(data, cell, false)
    if (v !== null && !held.has(cell?.span?.start.offset)) return v
  }
  return 0
}

const C06Params = z.strictObject({
  defaultMax: z.number(),
  /** code (info) for a set whose 分值 add up to less than the 满分: indicators are missing from the form or from the record */
  shortCode: z.string(),
})

/** C06: The indicators' maxima (分值) add up to the stated 满分, or to 100 when none is stated. */
export const c06 = defineRule('C06', C06Params, (record, ctx, env) => {
  const sets = indicatorSets(record, env.data)
  const stated = sets.length === 1 ? statedMax(record) : null
  const expected = stated?.value ?? env.params.defaultMax
  for (const set of sets) {
    const leaves = set.leaves.filter((i) => !isPlaceholder(i))
    // A blank form (no score at all) is not an evaluation: n/a.
    if (leaves.length === 0 || leaves.some((i) => i.max === null) || leaves.every((i) => i.score === null)) continue
    const maxima = leaves.map((i) => i.max!.value)
    const actual = sumOf(maxima)
    const tol = scoreTolerance(env.data)
    if (addsUpTo(maxima, expected, tol)) continue
    if (set.key !== 'prose' && addsUpTo([...maxima, fundsMax(record, ctx, env.data, leaves)], expected, tol)) continue
    const raws = leaves.map((i) => i.max!.raw)
    const at: Side = stated
      ? { label: '满分', raw: stated.raw, span: stated.span }
      : { label: 'Σ 分值', raw: fmtLike(actual, raws, 0), span: record.totals.score?.span ?? leaves[0]!.max!.span }
    // Short of the 满分: a truncated form and a missed indicator look the same, so this is no error.
    const short = actual < expected
    reportMismatch(ctx, short ? { ...env.spec, code: env.params.shortCode, severity: 'info' } : env.spec, {
      at,
      actual: fmtLike(actual, raws, 0),
      expected: stated ? stated.raw.trim() : String(expected),
      because: `Σ 分值 of ${leaves.length} indicators = ${stated ? 'the stated 满分' : expected}${short ? '; some indicators may be missing' : ''}`,
      related: leaves.map(maxSide),
    })
  }
})

/**
 * C07: The indicators' scores (得分) add up to the stated total score. With
 * some scores blank or indicators missing (Σ 分值 short of the 满分), the total
 * must lie between the known scores and the known scores plus what the blanks
 * and the missing indicators could add.
 */
export const c07 = defineRule('C07', z.strictObject({ defaultMax: z.number() }), (record, ctx, env) => {
  const total = record.totals.score
  const sets = indicatorSets(record, env.data)
  if (!total || sets.length !== 1) return
  const leaves = sets[0]!.leaves.filter((i) => !isPlaceholder(i))
  const scored = leaves.filter((i) => i.score !== null)
  const blank = leaves.filter((i) => i.score === null)
  if (scored.length === 0 || blank.some((i) => i.max === null)) return
  const known = sumOf(scored.map((i) => i.score!.value))
  // Blank scores can add at most their 分值; indicators missing altogether at most what the 分值 lack of the 满分.
  const maxima = leaves.every((i) => i.max !== null) ? sumOf(leaves.map((i) => i.max!.value)) : null
  const full = statedMax(record)?.value ?? env.params.defaultMax
  const missing = maxima === null ? Infinity : Math.max(0, full - maxima)
  const upper = known + sumOf(blank.map((i) => i.max!.value)) + missing
  const tol = scoreTolerance(env.data)
  if (total.value >= known - tol && total.value <= upper + tol) return
  const raws = scored.map((i) => i.score!.raw)
  const low = fmtLike(known, raws, 0)
  const expected = upper === known ? low : Number.isFinite(upper) ? `${low}–${fmtLike(upper, raws, 0)}` : `≥ ${low}`
  reportMismatch(ctx, env.spec, {
    at: { label: '总分', raw: total.raw, span: total.span },
    actual: total.raw.trim(),
    expected,
    because: [
      `Σ 得分 of ${scored.length} indicators`,
      blank.length ? `plus at most the 分值 of ${blank.length} unscored ones` : '',
      missing > 0 && Number.isFinite(missing) ? `plus at most ${fmtLike(missing, [], 0)} points of indicators not found (Σ 分值 ${fmtLike(maxima!, [], 0)} of ${full})` : '',
    ].filter(Boolean).join(', '),
    related: [...scored.map(scoreSide), ...blank.map(maxSide)],
  })
})

/** C08: Each indicator's score lies between 0 and its maximum. */
export const c08 = defineRule('C08', z.strictObject({}), (record, ctx, env) => {
  const tol = scoreTolerance(env.data)
  for (const ind of record.indicators) {
    if (!ind.score || !ind.max) continue
    if (scoreWithinMax(ind.score.value, ind.max.value, tol)) continue
    reportMismatch(ctx, env.spec, {
      at: scoreSide(ind),
      actual: ind.score.raw.trim(),
      expected: `0–${ind.max.raw.trim()}`,
      because: `得分 of ${ind.name} within its 分值`,
      related: [maxSide(ind)],
    })
  }
})
