/**
 * The expected-values file of a fixture (fixtures/<case>/expected.json, the
 * schema of the corpus's NN.expected.json): what a careful reader takes from
 * the document. Only the fields the evaluation scores are required.
 */
import { z } from 'zod'

/** One expected indicator: the (name, 分值, 得分) triple the evaluation scores. */
export const ExpectedIndicator = z.looseObject({
  name: z.string(),
  max: z.number().nullable(),
  score: z.number().nullable(),
})

/** One expected total of a money table (收入总计 12,121,164) or of the prose (收入预算总计 9,146.79 万元). */
export const ExpectedAmount = z.looseObject({
  /** the table's title as printed, for the reader; matching goes by label and value */
  table: z.string().optional(),
  label: z.string(),
  value: z.number(),
})

/** A fixture's expected.json; absent fields default to null or empty. */
export const Expected = z.looseObject({
  total_score: z.number().nullable().default(null),
  grade: z.string().nullable().default(null),
  indicators: z.array(ExpectedIndicator).default([]),
  /** level-1 headings (一、…) as printed, marker + title */
  headings: z.array(z.string()).default([]),
  /** level-0 parts (第一部分 …) as printed; scored only when the key is present */
  parts: z.array(z.string()).optional(),
  /** totals of the money tables: a row with this label holding this value */
  budget_totals: z.array(ExpectedAmount).default([]),
  /** totals stated in prose: a fact with this label and value */
  prose_totals: z.array(ExpectedAmount).default([]),
  /** the money unit of the tables (万元, 元); scored only when the key is present (null: no table) */
  unit: z.string().nullable().optional(),
  /** a blank template: no table cell and no fact may carry a value */
  no_values: z.boolean().default(false),
})
export type Expected = z.infer<typeof Expected>
export type ExpectedIndicator = z.infer<typeof ExpectedIndicator>
export type ExpectedAmount = z.infer<typeof ExpectedAmount>
