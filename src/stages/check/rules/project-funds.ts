/**
 * C20, C21: the money block of a 项目支出绩效自评表 (table kind 'project-funds').
 *   C20 执行率 = 全年执行数 / 全年预算数 × 100; 得分 = min(分值, 分值 × 执行率)
 *   C21 年度资金总额 = 财政拨款 + 上年结转 + 其他资金, in each money column
 */
import { z } from 'zod'
import type { Table, TableRow } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import type { CheckData } from '../config.js'
import { defineRule } from '../rule.js'
import { reportMismatch } from '../finding.js'
import { decimals, fmt, fmtLike, moneyTolerance, percentTolerance, sum } from '../numbers.js'
import { cellAt, cellSide, cellValue, columnIndex, labelMatches, tablesOfKind } from '../tables.js'

const C20Params = z.strictObject({
  tableKinds: z.array(z.string()),
  executed: z.array(z.string()),
  budget: z.array(z.string()),
  rate: z.array(z.string()),
  max: z.array(z.string()),
  score: z.array(z.string()),
})

/** A cell's readable value with its side, or null. */
function read(data: CheckData, table: Table, row: TableRow, keys: readonly string[]) {
  const col = columnIndex(table, keys)
  const cell = cellAt(table, row, col)
  const value = cellValue(data, cell, false)
  return cell && value !== null ? { value, raw: cell.raw.trim(), side: cellSide(table, row, col, cell) } : null
}

/** C20: 项目资金 table: 执行率 = 全年执行数 / 全年预算数 × 100, and 得分 = min(分值, 分值 × 执行率) (±0.5 when the score is a whole number). */
export const c20 = defineRule('C20', C20Params, (record, ctx, env) => {
  const { data, params } = env
  for (const table of tablesOfKind(record, params.tableKinds)) {
    for (const row of table.rows) {
      const executed = read(data, table, row, params.executed)
      const budget = read(data, table, row, params.budget)
      const rate = read(data, table, row, params.rate)
      const computed = executed && budget && budget.value > 0 ? (executed.value / budget.value) * 100 : null
      if (rate && computed !== null && executed && budget) {
        if (Math.abs(rate.value - computed) > percentTolerance(data, rate.raw)) {
          reportMismatch(ctx, env.spec, {
            at: rate.side,
            actual: rate.raw,
            expected: `${fmt(computed, Math.max(decimals(rate.raw), 1))}%`,
            because: `执行率 = ${executed.raw} / ${budget.raw} × 100 in ${row.label}`,
            related: [executed.side, budget.side],
          })
          continue
        }
      }
      const max = read(data, table, row, params.max)
      const score = read(data, table, row, params.score)
      const pct = computed ?? rate?.value ?? null
      if (!max || !score || pct === null) continue
      const expected = Math.min(max.value, (max.value * pct) / 100)
      // A whole-number score is the formula rounded: ±0.5; plus what the stated rate's rounding allows.
      const rateSlack = computed === null && rate ? (max.value * percentTolerance(data, rate.raw)) / 100 : 0
      // The score is the formula rounded to its printed precision: half a unit of its last digit (9.2 for 9.218).
      const printed = decimals(score.raw) === 0 ? data.tolerances.score.derivedInteger : Math.max(data.tolerances.score.stated, 0.5 * 10 ** -decimals(score.raw))
      const tol = printed + rateSlack + 1e-9
      if (Math.abs(score.value - expected) <= tol) continue
      reportMismatch(ctx, env.spec, {
        at: score.side,
        actual: score.raw,
        expected: fmt(expected, 2),
        because: `得分 = min(分值 ${max.raw}, ${max.raw} × 执行率 ${fmt(pct, 2)}%) in ${row.label}`,
        related: [max.side, ...(computed !== null ? [executed!.side, budget!.side] : rate ? [rate.side] : [])],
      })
    }
  }
})

const C21Params = z.strictObject({
  tableKinds: z.array(z.string()),
  columns: z.array(z.string()),
  totalRows: z.array(z.string()),
  sourceRows: z.array(z.array(z.string())),
})

/** The row of a funds source: matching the vocabulary, below the total row. */
function sourceRow(ctx: Context, table: Table, after: number, terms: readonly string[]): TableRow | null {
  return table.rows.find((r, i) => i > after && labelMatches(ctx, r.label, terms)) ?? null
}

/**
 * C21: 项目资金 table: 年度资金总额 (the row with role total, else by label) =
 * 财政拨款 + 上年结转 + 其他资金 (and 财政专户管理资金, 单位资金 where printed) in
 * each money column; blank source cells count as 0.
 */
export const c21 = defineRule('C21', C21Params, (record, ctx, env) => {
  const { data, params } = env
  for (const table of tablesOfKind(record, params.tableKinds)) {
    const byRole = table.rows.findIndex((r) => r.role === 'total')
    const totalIndex = byRole >= 0 ? byRole : table.rows.findIndex((r) => r.role !== 'memo' && labelMatches(ctx, r.label, params.totalRows))
    if (totalIndex < 0) continue
    const total = table.rows[totalIndex]!
    const sources = params.sourceRows.map((terms) => sourceRow(ctx, table, totalIndex, terms)).filter((r): r is TableRow => r !== null)
    if (sources.length === 0) continue
    // one row that two parts' labels name (其中：本年财政拨款上年结转资金) is two rows read as one: its figures are no evidence
    const twice = sources.find((r, n) => sources.indexOf(r) !== n)
    const doubt = twice ? `the row ${twice.label} holds the labels of two parts (two rows read as one)` : null
    const cols = params.columns.map((k) => columnIndex(table, [k])).filter((c, n, all) => c >= 0 && all.indexOf(c) === n)
    for (const col of cols) {
      const totalCell = cellAt(table, total, col)
      const totalValue = cellValue(data, totalCell, false)
      const cells = sources.map((r) => cellAt(table, r, col))
      const stated = cells.map((c) => (c && c.value !== null ? c.value : null))
      if (!totalCell || totalValue === null || stated.every((v) => v === null)) continue
      const values = cells.map((c) => cellValue(data, c, true))
      if (values.some((v) => v === null)) continue
      const raws = [totalCell.raw, ...cells.map((c) => c?.raw ?? '')].filter((r) => r.trim() !== '')
      const expected = sum(values as number[])
      if (Math.abs(expected - totalValue) <= moneyTolerance(data, raws, sources.length)) continue
      reportMismatch(ctx, env.spec, {
        at: cellSide(table, total, col, totalCell),
        actual: totalCell.raw.trim(),
        expected: fmtLike(expected, raws),
        because: `${total.label} = ${sources.map((r) => r.label).join(' + ')}, ${table.columns[col]?.raw ?? ''}`,
        related: sources.map((r, i) => cellSide(table, r, col, cells[i] ?? null)).filter((s) => s.raw.trim() !== ''),
        doubt,
      })
    }
  }
})
