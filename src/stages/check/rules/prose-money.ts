/**
 * C04, C05, C11: amounts stated in prose.
 *   C04 a prose amount equals the table's 决算数 cell of the same item (整体支出 ↔ 合计, 基本, 项目)
 *   C05 prose parts add up to the prose total (整体支出 = 基本支出 + 项目支出)
 *   C11 公用经费实际支出 equals the table's 日常公用经费 决算数
 */
import { z } from 'zod'
import type { Report, Table, TableRow } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import type { CheckData } from '../config.js'
import { defineRule, type RuleEnv } from '../rule.js'
import { reportMismatch } from '../finding.js'
import { factOf, factSide, unitFactor } from '../facts.js'
import { decimals, fmt, fmtLike, moneyTolerance, sameAmountTolerance } from '../numbers.js'
import { sumOf } from '../../extract/score-table/arithmetic.js'
import { cellAt, cellSide, cellValue, columnIndex, isTotalRow, labelMatches, tablesOfKind } from '../tables.js'

const PairParams = z.strictObject({
  tableKinds: z.array(z.string()),
  columns: z.array(z.string()),
  pairs: z.array(z.strictObject({ fact: z.string(), rows: z.array(z.string()), total: z.boolean().optional() })),
})
type PairParams = z.infer<typeof PairParams>

/** The row of a table an item names: the total row, or the first non-memo row with a matching label. */
function findRow(ctx: Context, data: CheckData, table: Table, pair: PairParams['pairs'][number]): TableRow | null {
  if (pair.total) return table.rows.find((r) => isTotalRow(ctx, data, table, r)) ?? null
  return table.rows.find((r) => r.role !== 'memo' && !isTotalRow(ctx, data, table, r) && labelMatches(ctx, r.label, pair.rows)) ?? null
}

function proseVsTable(record: Report, ctx: Context, env: RuleEnv<PairParams>): void {
  const { data, params } = env
  for (const pair of params.pairs) {
    const fact = factOf(record, pair.fact)
    if (!fact) continue
    for (const table of tablesOfKind(record, params.tableKinds)) {
      const row = findRow(ctx, data, table, pair)
      const col = columnIndex(table, params.columns)
      const cell = row ? cellAt(table, row, col) : null
      const value = cellValue(data, cell, false)
      if (!row || !cell || value === null) continue
      const factor = unitFactor(data, fact.unit, table.unit)
      if (factor === null) break
      const stated = fact.value * factor
      if (Math.abs(stated - value) > sameAmountTolerance(fact.raw, cell.raw) * Math.max(factor, 1)) {
        reportMismatch(ctx, env.spec, {
          at: factSide(fact),
          actual: fmt(fact.value, decimals(fact.raw)),
          expected: `${cell.raw.trim()}${table.unit ? ' ' + table.unit : ''}`,
          because: `${fact.label || fact.key} = ${row.label} (${table.columns[col]?.raw ?? ''}) in ${table.title ?? 'the table'}`,
          related: [cellSide(table, row, col, cell)],
        })
      }
      break
    }
  }
}

/** C04: An amount stated in prose equals the table's 决算数 cell for the same item (整体支出 ↔ 合计, 基本支出, 项目支出). */
export const c04 = defineRule('C04', PairParams, proseVsTable)
/** C11: 公用经费实际支出 stated in prose equals the table's 日常公用经费 决算数. */
export const c11 = defineRule('C11', PairParams, proseVsTable)

const C05Params = z.strictObject({
  decompositions: z.array(
    z.strictObject({ whole: z.string(), parts: z.array(z.string()), unless: z.array(z.string()).optional() }),
  ),
})

/** The deepest section whose body holds an offset ('' outside every section). */
function sectionOf(record: Report, offset: number): string {
  let best: { id: string; level: number } | null = null
  for (const s of record.sections) {
    const body = s.bodySpan
    if (body.start.offset <= offset && offset < body.end.offset && (!best || s.level >= best.level)) best = { id: s.id, level: s.level }
  }
  return best?.id ?? ''
}

/** C05: Amounts stated in prose as parts of a total add up to it (整体支出 = 基本支出 + 项目支出). */
export const c05 = defineRule('C05', C05Params, (record, ctx, env) => {
  for (const d of env.params.decompositions) {
    if (d.unless?.some((k) => factOf(record, k))) continue
    const whole = factOf(record, d.whole)
    const parts = d.parts.map((k) => factOf(record, k))
    if (!whole || parts.some((p) => !p)) continue
    // Parts stated under another heading are parts of another scope (财政拨款基本支出 vs 基本支出): n/a.
    const passage = sectionOf(record, whole.span.start.offset)
    if (parts.some((p) => sectionOf(record, p!.span.start.offset) !== passage)) continue
    const factors = parts.map((p) => unitFactor(env.data, p!.unit, whole.unit))
    if (factors.some((f) => f === null)) continue
    const expected = sumOf(parts.map((p, i) => p!.value * factors[i]!))
    const raws = [whole.raw, ...parts.map((p) => p!.raw)]
    if (Math.abs(expected - whole.value) <= moneyTolerance(env.data, raws, parts.length)) continue
    reportMismatch(ctx, env.spec, {
      at: factSide(whole),
      actual: fmt(whole.value, decimals(whole.raw)),
      expected: fmtLike(expected, raws),
      because: `${whole.label || whole.key} = ${parts.map((p) => p!.label || p!.key).join(' + ')}`,
      related: parts.map((p) => factSide(p!)),
    })
  }
})
