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

/** A fixture's expected.json; absent fields default to null or empty. */
export const Expected = z.looseObject({
  total_score: z.number().nullable().default(null),
  grade: z.string().nullable().default(null),
  indicators: z.array(ExpectedIndicator).default([]),
  headings: z.array(z.string()).default([]),
  /** known inconsistencies of the document: each inner list is one, any of its finding codes raises it; null when not listed */
  defects: z.array(z.array(z.string())).nullable().default(null),
})
export type Expected = z.infer<typeof Expected>
export type ExpectedIndicator = z.infer<typeof ExpectedIndicator>
