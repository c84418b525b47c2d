/**
 * C15, C16: plausibility of spending figures (warnings: definitions vary).
 *   C15 三公经费 = 出国 + 车辆 + 接待 when the parts are stated; 三公 ≤ total expenditure
 *   C16 决算 (执行) ≤ adjusted budget in every row
 */
import { z } from 'zod'
import type { Fact } from '../../../model/report.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { factOf, factSide, unitFactor } from '../facts.js'
import { fmtLike, moneyTolerance } from '../numbers.js'
import { sumOf } from '../../extract/score-table/arithmetic.js'
import { cellAt, cellSide, cellValue, columnIndex, isTotalRow, tablesOfKind } from '../tables.js'

const C15Params = z.strictObject({
  fact: z.string(),
  /** each part: alternatives, each a list of fact keys that add up to the part */
  parts: z.array(z.strictObject({ oneOf: z.array(z.array(z.string())) })),
  boundFacts: z.array(z.string()),
  boundTableKinds: z.array(z.string()),
  boundColumns: z.array(z.string()),
})

/** C15: 三公经费 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费 when the parts are stated, and it is at most the total expenditure. */
export const c15 = defineRule('C15', C15Params, (record, ctx, env) => {
  const { data, params } = env
  const whole = factOf(record, params.fact)
  if (!whole) return
  // Σ parts, when every part is stated.
  const parts: Fact[][] = []
  for (const part of params.parts) {
    const found = part.oneOf.map((keys) => keys.map((k) => factOf(record, k))).find((fs) => fs.every((f) => f !== null))
    if (found) parts.push(found as Fact[])
  }
  const flat = parts.flat()
  const factors = flat.map((f) => unitFactor(data, f.unit, whole.unit))
  if (parts.length === params.parts.length && factors.every((f) => f !== null)) {
    const expected = sumOf(flat.map((f, i) => f.value * factors[i]!))
    const raws = [whole.raw, ...flat.map((f) => f.raw)]
    if (Math.abs(expected - whole.value) > moneyTolerance(data, raws, flat.length)) {
      reportMismatch(ctx, env.spec, {
        at: factSide(whole),
        actual: whole.value,
        expected: fmtLike(expected, raws),
        because: `三公经费 = ${flat.map((f) => f.label || f.key).join(' + ')}`,
        related: flat.map(factSide),
      })
    }
  }
  // Bound: at most the total expenditure (prose, else the budget table's total row).
  let bound: { value: number; side: Side } | null = null
  for (const key of params.boundFacts) {
    const f = factOf(record, key)
    const factor = f ? unitFactor(data, f.unit, whole.unit) : null
    if (f && factor !== null) bound ??= { value: f.value * factor, side: factSide(f) }
  }
  for (const table of tablesOfKind(record, params.boundTableKinds)) {
    if (bound) break
    const row = table.rows.find((r) => isTotalRow(ctx, data, table, r))
    const col = columnIndex(table, params.boundColumns)
    const cell = row ? cellAt(table, row, col) : null
    const value = cellValue(data, cell, false)
    const factor = unitFactor(data, table.unit, whole.unit)
    if (row && cell && value !== null && factor !== null) bound = { value: value * factor, side: cellSide(table, row, col, cell) }
  }
  if (bound && whole.value > bound.value) {
    reportMismatch(ctx, env.spec, {
      at: factSide(whole),
      actual: whole.value,
      expected: `≤ ${bound.side.raw.trim()}`,
      because: '三公经费 at most the total expenditure',
      related: [bound.side],
    })
  }
})

const C16Params = z.strictObject({
  tableKinds: z.array(z.string()),
  pairs: z.array(z.strictObject({ spent: z.array(z.string()), budget: z.array(z.string()) })),
})

/** C16: 决算 (执行) does not exceed the adjusted budget in any row; 上年结转 or other funds can explain an excess, hence a warning. */
export const c16 = defineRule('C16', C16Params, (record, ctx, env) => {
  const { data, params } = env
  for (const table of tablesOfKind(record, params.tableKinds)) {
    for (const pair of params.pairs) {
      const sc = columnIndex(table, pair.spent)
      const bc = columnIndex(table, pair.budget)
      if (sc < 0 || bc < 0) continue
      for (const row of table.rows) {
        const spent = cellAt(table, row, sc)
        const budget = cellAt(table, row, bc)
        const s = cellValue(data, spent, false)
        const b = cellValue(data, budget, false)
        if (!spent || !budget || s === null || b === null) continue
        if (s <= b + moneyTolerance(data, [spent.raw, budget.raw], 1)) continue
        reportMismatch(ctx, env.spec, {
          at: cellSide(table, row, sc, spent),
          actual: spent.raw.trim(),
          expected: `≤ ${budget.raw.trim()}`,
          because: `${table.columns[sc]?.raw ?? ''} at most ${table.columns[bc]?.raw ?? ''} in ${row.label}`,
          related: [cellSide(table, row, bc, budget)],
        })
      }
    }
  }
})
