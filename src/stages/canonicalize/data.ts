/**
 * The shape of `grammars/canonical.json` data: canonical indicator keys with
 * their aliases and the name clean-up vocabularies, and the rules that expand
 * short department names to their full form. Validated once per grammar.
 */
import { z } from 'zod'

/** One canonical indicator and the printed forms that mean it. */
export const IndicatorEntry = z.strictObject({
  /** the canonical Chinese term; also the CSV column name */
  key: z.string().min(1),
  /** other printed forms of the same indicator (after clean-up) */
  aliases: z.array(z.string().min(1)).default([]),
  /** where the term comes from and what it must not be confused with */
  note: z.string().optional(),
})
export type IndicatorEntry = z.infer<typeof IndicatorEntry>

/** A pattern-based rewrite of a department name. */
export const DepartmentRule = z.strictObject({
  /** id of a pattern in the canonical grammar file */
  pattern: z.string(),
  /** replacement string ($<place>, $<rest> = the pattern's named groups) */
  replace: z.string(),
  /** [input, expected output] pairs, run by the tests */
  examples: z.array(z.tuple([z.string(), z.string()])).default([]),
})

/** The `data` of grammars/canonical.json. */
export const CanonicalData = z.strictObject({
  indicators: z.strictObject({
    /** trailing words that do not change the indicator (情况, 质量 …), stripped one at a time */
    suffixes: z.array(z.string().min(1)),
    /** segmented tokens dropped at the start of a name (部门, 年度 …); digit tokens are dropped too */
    leadingTokens: z.array(z.string().min(1)),
    /** segmented tokens replaced by their canonical spelling (和 → 与) */
    tokenSynonyms: z.record(z.string(), z.string()),
    /** quotation marks removed before lookup (“三公”经费) */
    quoteChars: z.string(),
    entries: z.array(IndicatorEntry),
  }),
  departments: z.strictObject({
    /** plain substring replacements, applied in order (人大常委会 → 人民代表大会常务委员会) */
    replacements: z.array(z.strictObject({ from: z.string().min(1), to: z.string(), note: z.string().optional() })),
    /** pattern-based rewrites, applied in order, each at most once */
    rules: z.array(DepartmentRule),
  }),
})
export type CanonicalData = z.infer<typeof CanonicalData>

/** The grammar file id holding this data. */
export const CANONICAL_GRAMMAR = 'canonical'
/**
 * The nodejieba user dictionary, a resource in grammars/: one `word frequency
 * tag` line per domain word. Give every word a frequency: without one jieba
 * uses the median weight and 项目管理 is cut into 项目/管理.
 */
export const JIEBA_USER_DICT = 'jieba-user.dict'
