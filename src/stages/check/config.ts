/**
 * The shape of grammars/checks.json `data`: shared vocabulary and tolerances,
 * and the list of rules (id, code, severity, tolerance, params). Each rule's
 * `params` are validated by that rule's own schema (see rules/).
 */
import { z } from 'zod'
import { Severity } from '../../model/diagnostic.js'
import type { Grammar } from '../../grammar/load.js'

export const GRAMMAR_ID = 'checks'

export const RuleSpec = z.strictObject({
  /** domain.md id: 'C01' */
  id: z.string().regex(/^C\d{2}$/),
  /** registered diagnostic code: 'check/children-sum' */
  code: z.string(),
  severity: Severity,
  tolerance: z.enum(['money', 'score', 'percent', 'count']),
  description: z.string(),
  params: z.unknown().default({}),
})
export type RuleSpec = z.infer<typeof RuleSpec>

export const CheckData = z.strictObject({
  tolerances: z.strictObject({
    money: z.strictObject({
      /** half units of the least significant stated digit allowed per term (and one for the total) */
      halfUnitsPerTerm: z.number().nonnegative(),
      minimum: z.number().nonnegative(),
      /** decimals assumed when no raw text says */
      defaultDecimals: z.number().int().nonnegative(),
    }),
    score: z.strictObject({
      /** stated scores and their sums */
      stated: z.number().nonnegative(),
      /** a whole-number score derived by a formula (rounded) */
      derivedInteger: z.number().nonnegative(),
    }),
    percent: z.strictObject({ minimum: z.number().nonnegative() }),
  }),
  /** unit word → factor in 元 */
  units: z.record(z.string(), z.number().positive()),
  /** cell texts that mean "nothing here" and count as 0 in a sum */
  blankCells: z.array(z.string()),
  /** labels of a table's total row when the extractor gave no row the role 'total' */
  totalRowLabels: z.array(z.string()),
  /** a 项目支出绩效自评表 opens with its money block: the table kinds of that block and its 分值 column */
  projectForms: z.strictObject({ fundsTableKinds: z.array(z.string()), maxColumns: z.array(z.string()) }),
  rules: z.array(RuleSpec),
})
export type CheckData = z.infer<typeof CheckData>

/** The check data of a grammar (validated once and cached by the grammar). */
export function checkData(grammar: Grammar): CheckData {
  return grammar.data(GRAMMAR_ID, CheckData)
}
