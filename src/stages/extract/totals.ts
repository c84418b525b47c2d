/**
 * The total score, its stated maximum and the grade, read from prose
 * (绩效得分为93.5分，绩效等级为“优”; 综合评分为88分; 满分100分). Phrasings are
 * the `scores` grammar's total, max and grade patterns. A maximum that is not
 * stated stays null: deriving one is the check stage's business.
 */
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Sourced } from '../../model/provenance.js'
import type { Totals } from '../../model/report.js'
import { findScorePairs, scoresData, type PairMatch } from './prose-scores.js'
import { bandOf } from '../../grammar/grades.js'
import { groupRange, locate, matchRange, overlaps, parseNumber, scan, sentenceAround, sourcedAt, squeeze } from './norm-text.js'

interface Hit {
  /** the whole phrase, normalized offsets */
  start: number
  end: number
  /** the value's group */
  group: [number, number]
  by: string
}

/** Matches of one pattern with a named group, outside the score pairs. */
function hits(text: string, ctx: Context, id: string, group: string, pairs: PairMatch[]): Hit[] {
  const by = `scores/${id}`
  const out: Hit[] = []
  for (const m of scan(ctx.grammar.regex(by), text)) {
    const g = groupRange(m, group)
    const [start, end] = matchRange(m)
    if (!g || pairs.some((p) => overlaps(p, { start, end }))) continue
    out.push({ start, end, group: g, by })
  }
  return out
}

/** The first hit of the first pattern that has one; notes when the prose states other values too. */
function firstStated(input: ExtractInput, ctx: Context, all: Hit[], what: string): Hit | null {
  const first = all[0]
  if (!first) return null
  const text = input.norm.text
  const value = (h: Hit) => squeeze(text.slice(...h.group))
  const other = all.find((h) => value(h) !== value(first))
  if (other) {
    ctx.report({
      code: 'extract/total-ambiguous',
      message: `Unexpected second ${what} ${value(other)}, expected one ${what} (kept ${value(first)})`,
      span: locate(input, ctx, first.start, first.end).span,
      expected: value(first),
      actual: value(other),
      related: [{ message: `other ${what}`, span: locate(input, ctx, other.start, other.end).span }],
    })
  }
  return first
}

/** The total score hit: a total phrasing, else the one bare 自评得分 that is not about a single indicator. */
function totalHit(input: ExtractInput, ctx: Context, pairs: PairMatch[]): Hit | null {
  const text = input.norm.text
  const data = scoresData(ctx)
  const aboutIndicator = ctx.grammar.regex('scores/total-self-indicator')
  const bare = hits(text, ctx, 'total-self', 'score', pairs).filter((h) => {
    const [s] = sentenceAround(text, h.start, h.end, data.sentenceEnds)
    return !aboutIndicator.test(text.slice(s, h.start))
  })
  const stated = data.totalPatterns.flatMap((id) => hits(text, ctx, id, 'score', pairs))
  const first = stated.length ? firstStated(input, ctx, stated, 'total score') : null
  if (first) {
    // 总分100分，自评得分92分: the 总分 is the maximum when the sentence also states a score
    if (first.by !== 'scores/total-sum') return first
    const [s, e] = sentenceAround(text, first.start, first.end, data.sentenceEnds)
    return bare.find((h) => h.start >= s && h.end <= e && !overlaps(h, first)) ?? first
  }
  const values = new Set(bare.map((h) => text.slice(...h.group)))
  return values.size === 1 ? bare[0]! : null
}

/** The maximum stated in the total's sentence (满分100分), outside the score phrase itself. */
function maxNear(input: ExtractInput, ctx: Context, total: Hit, pairs: PairMatch[]): Sourced<number> | null {
  const text = input.norm.text
  const [s, e] = sentenceAround(text, total.start, total.end, scoresData(ctx).sentenceEnds)
  for (const h of hits(text, ctx, 'total-max', 'max', pairs)) {
    if (h.start < s || h.end > e || overlaps(h, { start: total.group[0], end: total.group[1] })) continue
    const v = parseNumber(text.slice(...h.group))
    if (v !== null) return sourcedAt(input, ctx, h.group[0], h.group[1], v, h.by)
  }
  return null
}

/** Reads the total score, stated maximum and grade from prose; nulls when the prose does not state them. */
export function readProseTotals(input: ExtractInput, ctx: Context): Totals {
  const text = input.norm.text
  const pairs = findScorePairs(input, ctx)
  const total = totalHit(input, ctx, pairs)
  const scoreValue = total ? parseNumber(text.slice(...total.group)) : null
  const score = total && scoreValue !== null ? sourcedAt(input, ctx, total.group[0], total.group[1], scoreValue, total.by) : null
  const max = total ? maxNear(input, ctx, total, pairs) : null

  const grades = scoresData(ctx).gradePatterns.flatMap((id) => hits(text, ctx, id, 'grade', pairs))
  const g = firstStated(input, ctx, grades, 'grade')
  // the grade is recorded as its band (优秀 → 优) so reports compare; raw keeps the printed word
  const gradeWord = g ? squeeze(text.slice(...g.group)) : null
  const grade = g && gradeWord ? sourcedAt(input, ctx, g.group[0], g.group[1], bandOf(ctx.grammar, gradeWord) ?? gradeWord, g.by) : null
  return { score, max, grade }
}
