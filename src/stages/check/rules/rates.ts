/**
 * C12–C14: stated counts and rates that can be recomputed.
 *   C12 自评项目数 ≤ 项目总数; 自评覆盖率 = 自评项目数 / 项目总数 × 100
 *   C13 支出完成率 reproduced from the budget table with one of the usual denominators (warning)
 *   C14 结余结转率 reproduced when the table states carry-over amounts (warning)
 */
import { z } from 'zod'
import type { Table, TableRow } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import type { CheckData } from '../config.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { factOf, factSide } from '../facts.js'
import { decimals, fmt, percentTolerance } from '../numbers.js'
import { cellAt, cellSide, cellValue, columnIndex, isTotalRow, labelMatches, tablesOfKind } from '../tables.js'

const C12Params = z.strictObject({ total: z.string(), evaluated: z.string(), coverage: z.string() })

/** C12: 自评项目数 ≤ 项目总数, and the stated 自评覆盖率 = 自评项目数 / 项目总数 × 100. */
export const c12 = defineRule('C12', C12Params, (record, ctx, env) => {
  const total = factOf(record, env.params.total)
  const evaluated = factOf(record, env.params.evaluated)
  const coverage = factOf(record, env.params.coverage)
  if (!total || !evaluated) return
  if (evaluated.value > total.value) {
    reportMismatch(ctx, env.spec, {
      at: factSide(evaluated),
      actual: evaluated.value,
      expected: `≤ ${total.value}`,
      because: '自评项目数 at most 项目总数',
      related: [factSide(total)],
    })
    return
  }
  if (!coverage || total.value <= 0) return
  const computed = (evaluated.value / total.value) * 100
  if (Math.abs(coverage.value - computed) <= percentTolerance(env.data, coverage.raw)) return
  reportMismatch(ctx, env.spec, {
    at: factSide(coverage),
    actual: `${coverage.value}%`,
    expected: `${fmt(computed, Math.max(decimals(coverage.raw), 0))}%`,
    because: `自评覆盖率 = ${evaluated.value} / ${total.value} × 100`,
    related: [factSide(evaluated), factSide(total)],
  })
})

interface Figure {
  value: number
  side: Side
}

/** The total row's cell under the first of `keys`, or null. */
function totalCell(ctx: Context, data: CheckData, table: Table, keys: readonly string[], row?: TableRow): Figure | null {
  const r = row ?? table.rows.find((x) => isTotalRow(ctx, data, table, x))
  const col = columnIndex(table, keys)
  const cell = r ? cellAt(table, r, col) : null
  const value = cellValue(data, cell, false)
  return r && cell && value !== null ? { value, side: cellSide(table, r, col, cell) } : null
}

const C13Params = z.strictObject({
  fact: z.string(),
  tableKinds: z.array(z.string()),
  formulas: z.array(z.strictObject({ name: z.string(), numerator: z.array(z.string()), denominator: z.array(z.string()) })),
})

/** C13: The stated 支出完成率 can be reproduced from the budget table's total row with one of the usual denominators. */
export const c13 = defineRule('C13', C13Params, (record, ctx, env) => {
  const fact = factOf(record, env.params.fact)
  const table = tablesOfKind(record, env.params.tableKinds)[0]
  if (!fact || !table) return
  const tried: { name: string; value: number; num: Figure; den: Figure }[] = []
  for (const f of env.params.formulas) {
    const num = totalCell(ctx, env.data, table, f.numerator)
    const den = totalCell(ctx, env.data, table, f.denominator)
    if (!num || !den || den.value <= 0) continue
    const value = (num.value / den.value) * 100
    if (Math.abs(value - fact.value) <= percentTolerance(env.data, fact.raw)) return
    tried.push({ name: f.name, value, num, den })
  }
  if (tried.length === 0) return
  reportMismatch(ctx, env.spec, {
    at: factSide(fact),
    actual: `${fact.value}%`,
    expected: tried.map((t) => `${fmt(t.value, 2)}% (${t.name})`).join(' or '),
    because: 'the stated rate cannot be reproduced from the table; its denominator is not documented',
    related: tried.flatMap((t) => [t.num.side, t.den.side]).filter((s, i, all) => all.findIndex((x) => x.span === s.span) === i),
  })
})

const C14Params = z.strictObject({
  fact: z.string(),
  tableKinds: z.array(z.string()),
  carryoverColumns: z.array(z.string()),
  carryoverRows: z.array(z.string()),
  denominators: z.array(z.strictObject({ name: z.string(), columns: z.array(z.string()) })),
})

/** C14: The stated 结余结转率 can be reproduced when the table states carry-over amounts (a carry-over column or row); without them the rule does not apply. */
export const c14 = defineRule('C14', C14Params, (record, ctx, env) => {
  const { data, params } = env
  const fact = factOf(record, params.fact)
  if (!fact) return
  for (const table of tablesOfKind(record, params.tableKinds)) {
    // Carry-over as a column of the total row, or as a row of its own.
    let carry = totalCell(ctx, data, table, params.carryoverColumns)
    const carryRow = carry ? null : table.rows.find((r) => labelMatches(ctx, r.label, params.carryoverRows))
    if (!carry && carryRow) {
      const col = carryRow.cells.findIndex((c) => c.value !== null)
      const cell = carryRow.cells[col]
      if (cell && cell.value !== null) carry = { value: cell.value, side: { label: carryRow.label, raw: cell.raw, span: cell.span ?? carryRow.labelSpan ?? table.span } }
    }
    if (!carry) continue
    const tried: { name: string; value: number; den: Figure }[] = []
    for (const d of params.denominators) {
      const den = totalCell(ctx, data, table, d.columns)
      if (!den || den.value <= 0) continue
      const value = (carry.value / den.value) * 100
      if (Math.abs(value - fact.value) <= percentTolerance(data, fact.raw)) return
      tried.push({ name: d.name, value, den })
    }
    if (tried.length === 0) continue
    reportMismatch(ctx, env.spec, {
      at: factSide(fact),
      actual: `${fact.value}%`,
      expected: tried.map((t) => `${fmt(t.value, 2)}% (结转结余/${t.name})`).join(' or '),
      because: 'the stated rate cannot be reproduced from the table',
      related: [carry.side, ...tried.map((t) => t.den.side)],
    })
    return
  }
})
