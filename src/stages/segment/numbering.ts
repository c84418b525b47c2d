/**
 * The numbering grammar as the segmenter uses it: marker kinds (with their
 * compiled patterns, families and nominal levels), Chinese numerals, and the
 * title-end rules — all read from grammars/numbering.json.
 */
import { z } from 'zod'
import type { Grammar } from '../../grammar/load.js'

const Kind = z.strictObject({
  kind: z.string(),
  /** kinds of one family number one sequence (一、 and 一. are both 'cn') */
  family: z.string(),
  /** nominal level: 0 = 第X部分, 1 = 一、, 2 = (一), 3 = 1., 4 = (1) and 3.1, 5 = ① */
  level: z.number().int().nonnegative(),
  numeral: z.enum(['cn', 'arabic', 'circled', 'paren-digit', 'decimal']),
  /** 'boundary': may stand inside a paragraph after white space or a sentence end; 'never': paragraph start only */
  inline: z.enum(['boundary', 'never']),
  /** how the marker is written, for messages ('{n}、') */
  template: z.string(),
})
export type KindSpec = z.infer<typeof Kind>

const NumberingData = z.strictObject({
  candidateStart: z.string(),
  kinds: z.array(Kind),
  numerals: z.strictObject({
    digits: z.record(z.string(), z.number().int()),
    units: z.record(z.string(), z.number().int()),
    circled: z.string(),
    parenDigits: z.string(),
    /** the zero written inside a numeral (一百零五) */
    zero: z.string(),
  }),
  title: z.strictObject({
    maxLength: z.number().int().positive(),
    keepStops: z.string(),
    /** stops that end a sentence: a marker whose text is a sentence reads as a list item after a colon */
    sentenceStops: z.string(),
    maxNumbers: z.number().int().nonnegative(),
    /** a heading inside a paragraph ends at a heading word followed by a new clause, even before a stop (一、基本情况(一)项目基本概况我校…) */
    inlineEndsAtHeadingWord: z.boolean(),
    /** a paragraph-start marker of this level or above keeps a title too long for a heading (an intro numbered 一、根据…通知…) */
    longTitleMaxLevel: z.number().int().nonnegative(),
    /** a heading of this level or above whose title ends its paragraph goes on over a next paragraph of at most wrapMaxLength characters (a part title wrapped onto a centred second line: …决算情况 / 说明) */
    wrapMaxLevel: z.number().int(),
    wrapMaxLength: z.number().int().nonnegative(),
    suffixes: z.array(z.string()),
    /** complete section titles common in these reports: inline, such a title ends where it runs into text */
    knownTitles: z.array(z.string()),
    /** characters that carry a title on past a heading word (存在的问题及原因分析) */
    connectors: z.string(),
    brackets: z.array(z.tuple([z.string(), z.string()])),
  }),
  /** a table of contents without leaders: at least minEntries heading-like paragraphs of at most maxEntryLength characters */
  toc: z.strictObject({
    description: z.string().optional(),
    minEntries: z.number().int().positive(),
    maxEntryLength: z.number().int().positive(),
  }),
  sequence: z.strictObject({
    maxSkip: z.number().int().nonnegative(),
    inlineRootLevel: z.number().int().nonnegative(),
    /** a new sequence of this level or above (第X部分, 一、) never nests under open sections of a lower level */
    headLevel: z.number().int().nonnegative(),
  }),
})
export type NumberingData = z.infer<typeof NumberingData>

/** Ids of the non-marker patterns of grammars/numbering.json. */
export const P = {
  enumeration: 'numbering/enumeration',
  tocTitle: 'numbering/toc-title',
  tocLine: 'numbering/toc-line',
  tocEntry: 'numbering/toc-entry',
  tocPage: 'numbering/toc-page',
  dataRow: 'numbering/data-row',
  labelValue: 'numbering/label-value',
  definition: 'numbering/definition',
  numericCell: 'numbering/numeric-cell',
  cellSeparator: 'numbering/cell-separator',
  cellSeparatorAll: 'numbering/cell-separator-all',
  scoreHeader: 'numbering/score-header',
  prose: 'numbering/prose',
  midSentenceEnd: 'numbering/mid-sentence-end',
  leadIn: 'numbering/lead-in',
  titleStop: 'numbering/title-stop',
  titleSpaceStop: 'numbering/title-space-stop',
  headingWordBreak: 'numbering/heading-word-break',
  inlineBoundary: 'numbering/inline-boundary',
  flowedBreak: 'numbering/flowed-break',
  titleNumber: 'numbering/title-number',
} as const

export interface MarkerKind extends KindSpec {
  regex: RegExp
}

/** The numbering grammar, compiled once per Grammar. */
export interface Numbering {
  data: NumberingData
  kinds: MarkerKind[]
  candidateStart: RegExp
  /** tests a non-marker pattern (resets lastIndex) */
  test(id: (typeof P)[keyof typeof P], text: string): boolean
  /** the compiled RegExp of a non-marker pattern (shared: reset lastIndex) */
  regexOf(id: (typeof P)[keyof typeof P]): RegExp
  /** first match of a non-marker pattern in text, or null */
  exec(id: (typeof P)[keyof typeof P], text: string): RegExpExecArray | null
  /** the ordinal a marker's numeral stands for, or null when it cannot be read */
  ordinal(kind: KindSpec, numeral: string): number | null
  /** the marker as it should read for an ordinal ('二、'), for messages */
  render(kind: KindSpec, ordinal: number, prefix?: number): string
}

const cache = new WeakMap<Grammar, Numbering>()

/** Reads a Chinese numeral (一 … 九十九, 一百 …) with the digit and unit tables; null if malformed. */
export function readCnNumeral(text: string, digits: Record<string, number>, units: Record<string, number>): number | null {
  let total = 0
  let pending: number | null = null
  for (const ch of text) {
    const d = digits[ch]
    const u = units[ch]
    if (d === 0) {
      // 零 holds a place (一百零五): nothing pending, nothing to add
      if (pending !== null) return null
    } else if (d !== undefined) {
      if (pending !== null) return null
      pending = d
    } else if (u !== undefined) {
      total += (pending ?? 1) * u
      pending = null
    } else return null
  }
  total += pending ?? 0
  return total > 0 ? total : null
}

/** Writes a number 1…999 as a Chinese numeral (二十一, 一百零五), the inverse of readCnNumeral. */
export function writeCnNumeral(n: number, digits: Record<string, number>, units: Record<string, number>, zero: string): string {
  const digit = (d: number) => Object.keys(digits).find((k) => digits[k] === d) ?? String(d)
  const sortedUnits = Object.entries(units).sort((a, b) => b[1] - a[1])
  let out = ''
  let rest = n
  let gap = false
  for (const [name, value] of sortedUnits) {
    const q = Math.floor(rest / value)
    if (q > 0) {
      out += (gap ? zero : '') + (q === 1 && value === 10 && out === '' ? '' : digit(q)) + name
      rest -= q * value
      gap = false
    } else if (out !== '') gap = true
  }
  return rest > 0 ? out + (gap ? zero : '') + digit(rest) : out
}

/** Runs a shared grammar regex from its start and leaves it there (a 'g' pattern keeps lastIndex between calls). */
function fresh<T>(re: RegExp, use: (re: RegExp) => T): T {
  re.lastIndex = 0
  try {
    return use(re)
  } finally {
    re.lastIndex = 0
  }
}

/** Compiles the numbering grammar (cached per Grammar). */
export function numbering(grammar: Grammar): Numbering {
  const cached = cache.get(grammar)
  if (cached) return cached
  const data = grammar.data('numbering', NumberingData)
  const kinds = data.kinds.map((k) => ({ ...k, regex: grammar.regex(`numbering/${k.kind}`) }))
  const { digits, units, circled, parenDigits, zero } = data.numerals
  const circledChars = [...circled]
  const parenChars = [...parenDigits]
  const out: Numbering = {
    data,
    kinds,
    candidateStart: grammar.compile(data.candidateStart, 'g'),
    test(id, text) {
      return fresh(grammar.regex(id), (re) => re.test(text))
    },
    regexOf(id) {
      return grammar.regex(id)
    },
    exec(id, text) {
      return fresh(grammar.regex(id), (re) => re.exec(text))
    },
    ordinal(kind, numeral) {
      switch (kind.numeral) {
        case 'cn':
          return readCnNumeral(numeral, digits, units)
        case 'arabic':
        case 'decimal': {
          const n = Number(numeral)
          return Number.isInteger(n) && n > 0 ? n : null
        }
        case 'circled': {
          const i = circledChars.indexOf(numeral)
          return i < 0 ? null : i + 1
        }
        case 'paren-digit': {
          const i = parenChars.indexOf(numeral)
          return i < 0 ? null : i + 1
        }
      }
    },
    render(kind, ordinal, prefix) {
      const n =
        kind.numeral === 'cn'
          ? writeCnNumeral(ordinal, digits, units, zero)
          : kind.numeral === 'circled'
            ? (circledChars[ordinal - 1] ?? String(ordinal))
            : String(ordinal)
      return kind.template.replace('{n}', n).replace('{p}', String(prefix ?? ''))
    },
  }
  cache.set(grammar, out)
  return out
}
