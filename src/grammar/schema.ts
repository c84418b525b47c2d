/**
 * The shape of a grammar file (grammars/*.json), validated with zod on load.
 * A grammar file holds named regex fragments, patterns (each with examples and
 * counter-examples that the test suite runs) and free-form `data` that its
 * consumer validates with its own schema.
 */
import { z } from 'zod'

/**
 * An example with what the pattern must capture in its first match: named
 * groups by name, null for a group that takes no part.
 */
export const CaptureExample = z.strictObject({
  text: z.string(),
  captures: z.record(z.string(), z.string().nullable()),
})
export type CaptureExample = z.infer<typeof CaptureExample>

/** One named pattern of a grammar file. */
export const PatternSpec = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  description: z.string(),
  /** RegExp source; `{{name}}` inserts a fragment (fragments are global across files) */
  regex: z.string(),
  /** RegExp flags; 'u' is always added */
  flags: z.string().default(''),
  /** texts the pattern must match; an object form also says what the named groups capture */
  examples: z.array(z.union([z.string(), CaptureExample])).default([]),
  /** texts the pattern must not match */
  counterExamples: z.array(z.string()).default([]),
})
export type PatternSpec = z.infer<typeof PatternSpec>

/** A grammar file, grammars/<id>.json. */
export const GrammarFile = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  description: z.string(),
  fragments: z.record(z.string(), z.string()).default({}),
  patterns: z.array(PatternSpec).default([]),
  data: z.unknown().optional(),
})
export type GrammarFile = z.infer<typeof GrammarFile>
