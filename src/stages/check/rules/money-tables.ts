/**
 * C01–C03: sums inside a money table, column by column.
 *   C01 a row with parts equals their sum (基本支出 = 人员经费 + 日常公用经费)
 *   C02 the total row equals the sum of the top-level rows (其中 rows excluded)
 *   C03 a 其中 row is at most the row it details
 */
import { z } from 'zod'
import type { Table } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import type { CheckData } from '../config.js'
import { defineRule, type RuleEnv } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { fmtLike, moneyTolerance } from '../numbers.js'
import { sumOf } from '../../extract/score-table/arithmetic.js'
import { applyDecompositions, cellAt, cellSide, cellValue, columnIndex, isTotalRow, rowTree, tablesOfKind } from '../tables.js'

const TableParams = z.strictObject({ tableKinds: z.array(z.string()), columns: z.array(z.string()) })

/** Indexes of the table's columns named by `keys`. */
function moneyColumns(table: Table, keys: readonly string[]): number[] {
  return keys.map((k) => columnIndex(table, [k])).filter((i, n, all) => i >= 0 && all.indexOf(i) === n)
}

/**
 * Compares one cell with the sum of others in column `col`; n/a when the whole cell or any part is
 * unreadable (blank parts count as 0).
 */
function compareSum(
  ctx: Context,
  env: RuleEnv<unknown>,
  table: Table,
  col: number,
  whole: number,
  parts: number[],
  because: string,
): void {
  const { data } = env
  const wholeRow = table.rows[whole]!
  const wholeCell = cellAt(table, wholeRow, col)
  const wholeValue = cellValue(data, wholeCell, false)
  if (wholeValue === null || !wholeCell) return
  const partCells = parts.map((p) => cellAt(table, table.rows[p]!, col))
  const partValues = partCells.map((c) => cellValue(data, c, true))
  if (partValues.some((v) => v === null)) return
  const raws = [wholeCell.raw, ...partCells.map((c) => c?.raw ?? '')].filter((r) => r.trim() !== '')
  const expected = sumOf(partValues as number[])
  if (Math.abs(expected - wholeValue) <= moneyTolerance(data, raws, parts.length)) return
  const related: Side[] = parts.map((p, i) => cellSide(table, table.rows[p]!, col, partCells[i] ?? null))
  reportMismatch(ctx, env.spec, {
    at: cellSide(table, wholeRow, col, wholeCell),
    actual: wholeCell.raw.trim(),
    expected: fmtLike(expected, raws),
    because: `${because}, ${table.columns[col]?.raw ?? ''}`,
    related,
  })
}

const C01Params = TableParams.extend({
  minChildren: z.number().int().positive(),
  decompositions: z.array(z.strictObject({ whole: z.array(z.string()), parts: z.array(z.array(z.string())) })),
})

/** C01: A table row followed by its parts (deeper rows, not 其中 memo rows) equals their sum in every money column: 基本支出 = 人员经费 + 日常公用经费. */
export const c01 = defineRule('C01', C01Params, (record, ctx, env) => {
  for (const table of tablesOfKind(record, env.params.tableKinds)) {
    const nodes = rowTree(ctx, env.data, table)
    applyDecompositions(ctx, nodes, env.params.decompositions)
    for (const node of nodes) {
      if (node.children.length < env.params.minChildren) continue
      const names = node.children.map((c) => table.rows[c]!.label).join(' + ')
      for (const col of moneyColumns(table, env.params.columns)) {
        compareSum(ctx, env, table, col, node.index, node.children, `${node.row.label} = ${names}`)
      }
    }
  }
})

/** C02: The 合计 row equals the sum of the top-level rows, 其中 memo rows excluded, in every money column. */
export const c02 = defineRule('C02', TableParams, (record, ctx, env) => {
  for (const table of tablesOfKind(record, env.params.tableKinds)) {
    const totals = table.rows.map((r, i) => (isTotalRow(ctx, env.data, table, r) ? i : -1)).filter((i) => i >= 0)
    // 小计 rows repeat their items at the same level: without knowing which, the top-level sum is n/a.
    if (totals.length !== 1 || table.rows.some((r) => r.role === 'subtotal')) continue
    const nodes = rowTree(ctx, env.data, table)
    applyDecompositions(ctx, nodes, decompositionsOf(env.data))
    const top = nodes.filter((n) => n.parent === null && n.row.role !== 'memo' && n.index !== totals[0]).map((n) => n.index)
    if (top.length === 0) continue
    for (const col of moneyColumns(table, env.params.columns)) {
      compareSum(ctx, env, table, col, totals[0]!, top, `${table.rows[totals[0]!]!.label} = Σ top-level rows`)
    }
  }
})

/** C01's decompositions, so that C02 does not count the parts of a whole as top-level rows. */
function decompositionsOf(data: CheckData): { whole: string[]; parts: string[][] }[] {
  const spec = data.rules.find((r) => r.id === 'C01')
  const parsed = C01Params.safeParse(spec?.params)
  return parsed.success ? parsed.data.decompositions : []
}

/** C03: A 其中 (memo) row is at most the row it details, in every money column. */
export const c03 = defineRule('C03', TableParams, (record, ctx, env) => {
  const { data } = env
  for (const table of tablesOfKind(record, env.params.tableKinds)) {
    const nodes = rowTree(ctx, data, table)
    for (const node of nodes) {
      for (const m of node.memos) {
        const memoRow = table.rows[m]!
        for (const col of moneyColumns(table, env.params.columns)) {
          const parentCell = cellAt(table, node.row, col)
          const memoCell = cellAt(table, memoRow, col)
          const parentValue = cellValue(data, parentCell, false)
          const memoValue = cellValue(data, memoCell, false)
          if (parentValue === null || memoValue === null || !memoCell || !parentCell) continue
          const raws = [parentCell.raw, memoCell.raw]
          if (memoValue <= parentValue + moneyTolerance(data, raws, 1)) continue
          reportMismatch(ctx, env.spec, {
            at: cellSide(table, memoRow, col, memoCell),
            actual: memoCell.raw.trim(),
            expected: `≤ ${parentCell.raw.trim()}`,
            because: `${memoRow.label} is part of ${node.row.label}, ${table.columns[col]?.raw ?? ''}`,
            related: [cellSide(table, node.row, col, parentCell)],
          })
        }
      }
    }
  }
})
