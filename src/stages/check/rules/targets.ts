/**
 * C25: an indicator scored in full (得分 = 分值) although its 实际完成值
 * misses its 年度指标值 — the question a reviewer asks first. Fires only on
 * certain values: 分值 and 得分 stated and not chosen among ambiguous splits,
 * target and actual both numbers in one unit (arithmetic.ts decides "misses").
 */
import { z } from 'zod'
import { defineRule } from '../rule.js'
import { reportMismatch } from '../finding.js'
import { scoreTolerance } from '../numbers.js'
import { missesTarget, scoredFull } from '../../extract/score-table/arithmetic.js'
import { scoreSide, maxSide } from '../indicators.js'

/** Whether the row's text holds a comparison operator outside the target's own text. */
function rowOperator(row: string, target: string, operators: readonly string[]): boolean {
  const rest = row.split(target).join(' ')
  return operators.some((op) => rest.includes(op))
}

export const c25 = defineRule('C25', z.strictObject({}), (record, ctx, env) => {
  const tol = scoreTolerance(env.data)
  for (const ind of record.indicators) {
    if (ind.ambiguous || !ind.max || !ind.score || !ind.target || !ind.actual) continue
    if (!scoredFull(ind.score.value, ind.max.value, tol)) continue
    if (missesTarget(ind.target, ind.actual) !== true) continue
    // The row prints an operator (a 指标性质 column: ≤) that the target does not carry: its direction is unknown.
    if (ind.target.op === null && rowOperator(ind.raw ?? '', ind.target.raw, env.data.targetOperators)) continue
    reportMismatch(ctx, env.spec, {
      at: scoreSide(ind),
      actual: ind.score.raw.trim(),
      expected: `< ${ind.max.raw.trim()}`,
      because: `${ind.name}: 实际完成值 ${ind.actual.raw.trim()} misses 年度指标值 ${ind.target.raw.trim()}, yet scored the full 分值`,
      related: [maxSide(ind)],
    })
  }
})
