/**
 * C24 (info): a satisfaction survey score is not the 满意度 indicator's 得分.
 * An indicator named by the satisfaction vocabulary whose 得分 equals the
 * survey score and exceeds its 分值 took the survey score for its own.
 */
import { z } from 'zod'
import { defineRule } from '../rule.js'
import { reportMismatch } from '../finding.js'
import { factOf, factSide } from '../facts.js'
import { maxSide, scoreSide } from '../indicators.js'
import { scoreTolerance } from '../numbers.js'

const C24Params = z.strictObject({
  /** fact key of the survey score (93.61分) */
  surveyFact: z.string(),
  /** words naming the satisfaction indicator (满意度) */
  indicatorNames: z.array(z.string()),
})

/** C24: The 满意度 indicator's 得分 is not the survey score (equal to it while above the indicator's 分值). */
export const c24 = defineRule('C24', C24Params, (record, ctx, env) => {
  const survey = factOf(record, env.params.surveyFact)
  if (!survey) return
  const tolerance = scoreTolerance(env.data)
  for (const ind of record.indicators) {
    if (!ind.score || !ind.max || !env.params.indicatorNames.some((n) => ind.name.includes(n))) continue
    if (Math.abs(ind.score.value - survey.value) > tolerance || !(ind.max.value < survey.value)) continue
    reportMismatch(ctx, env.spec, {
      at: scoreSide(ind),
      actual: ind.score.raw.trim(),
      expected: `at most ${ind.max.raw.trim()} (the 分值)`,
      because: `the 得分 of ${ind.name} equals the satisfaction survey score ${survey.raw.trim()}: the survey score was read as the indicator's score`,
      related: [factSide(survey), maxSide(ind)],
    })
  }
})
