/**
 * Indicator score pairs stated in prose (该指标分值 6分，自评得分 5.5分): the
 * phrasings are the `scores` grammar's pair patterns; the indicator is named
 * by the name printed right before the pair when its pattern has a name
 * pattern (服务对象满意度（10分）得9.5分), else by the innermost section the
 * pair stands in.
 */
import { z } from 'zod'
import type { Context, ExtractInput, OutlineNode } from '../../pipeline/types.js'
import type { Indicator } from '../../model/report.js'
import { groupRange, locate, matchRange, overlaps, parseNumber, scan, sourcedAt } from './norm-text.js'
import { newIndicator } from './indicator.js'

const ScoresData = z.object({
  sentenceEnds: z.string(),
  pairPatterns: z.array(z.string()),
  totalPatterns: z.array(z.string()),
  gradePatterns: z.array(z.string()),
  /** pair pattern → the pattern that reads the name printed right before the pair (tested on the text before it) */
  pairNames: z.record(z.string(), z.string()).default({}),
})
export type ScoresData = z.infer<typeof ScoresData>

/** The `scores` grammar's data: which patterns read pairs, totals and grades. */
export function scoresData(ctx: Context): ScoresData {
  return ctx.grammar.data('scores', ScoresData)
}

/** A score pair found in the normalized text. */
export interface PairMatch {
  start: number
  end: number
  max: [number, number]
  score: [number, number]
  /** 'scores/<pattern-id>' */
  by: string
}

/** Ranges of the total-score phrasings (绩效得分为…): a pair inside one that it opens is the total, not an indicator. */
function totalPhrases(input: Pick<ExtractInput, 'norm'>, ctx: Context): [number, number][] {
  return scoresData(ctx).totalPatterns.flatMap((id) => scan(ctx.grammar.regex(`scores/${id}`), input.norm.text).map(matchRange))
}

/**
 * Every score pair in the normalized text, in text order; where two phrasings
 * overlap the earlier-listed one wins, and a pair that a total phrasing opens
 * (绩效自评得分为92分（满分100分）) is left to the totals reader.
 */
export function findScorePairs(input: Pick<ExtractInput, 'norm'>, ctx: Context): PairMatch[] {
  // the totals reader and the prose-score reader both read the pairs of one document: found once
  const hit = pairsFound.get(input.norm)
  if (hit && hit.grammar === ctx.grammar) return [...hit.pairs]
  const pairs = scorePairs(input, ctx)
  pairsFound.set(input.norm, { grammar: ctx.grammar, pairs })
  return [...pairs]
}

const pairsFound = new WeakMap<object, { grammar: object; pairs: readonly PairMatch[] }>()

function scorePairs(input: Pick<ExtractInput, 'norm'>, ctx: Context): PairMatch[] {
  const found: PairMatch[] = []
  const totals = totalPhrases(input, ctx)
  for (const id of scoresData(ctx).pairPatterns) {
    const by = `scores/${id}`
    for (const m of scan(ctx.grammar.regex(by), input.norm.text)) {
      const max = groupRange(m, 'max')
      const score = groupRange(m, 'score')
      if (!max || !score) continue
      const [start, end] = matchRange(m)
      if (found.some((p) => overlaps(p, { start, end }))) continue
      if (totals.some(([ts, te]) => ts < start && start < te)) continue
      found.push({ start, end, max, score, by })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The innermost section whose heading or body holds the normalized offset; null outside every section. */
export function innermostSection(sections: readonly OutlineNode[], offset: number): OutlineNode | null {
  let best: OutlineNode | null = null
  for (const s of sections) {
    if (s.norm.headStart > offset || offset >= s.norm.bodyEnd) continue
    if (!best || s.norm.headStart > best.norm.headStart || (s.norm.headStart === best.norm.headStart && s.level > best.level)) best = s
  }
  return best
}

/**
 * A pair split between a leaf section's heading and its body (资金管理情况（15分）。
 * …扣2分，得28分。): the heading states the maximum and the body exactly one
 * score, no larger, and no other pair stands in the section. Anything less
 * certain is left unread.
 */
function headingPairs(input: ExtractInput, ctx: Context, found: PairMatch[]): Array<{ pair: PairMatch; name: string }> {
  const text = input.norm.text
  const sections = input.outline.sections
  const out: Array<{ pair: PairMatch; name: string }> = []
  for (const s of sections) {
    const { headStart, headEnd, bodyEnd } = s.norm
    if (sections.some((o) => o !== s && o.norm.headStart > headStart && o.norm.headStart < bodyEnd)) continue
    if (found.some((p) => p.start >= headStart && p.start < bodyEnd)) continue
    const head = ctx.grammar.regex('scores/heading-max').exec(text.slice(headStart, headEnd))
    const max = head ? groupRange(head, 'max') : null
    if (!head || !max) continue
    const scores = scan(ctx.grammar.regex('scores/score-only'), text.slice(headEnd, bodyEnd))
    if (scores.length !== 1) continue
    const score = groupRange(scores[0]!, 'score')
    if (!score) continue
    const maxAt: [number, number] = [headStart + max[0], headStart + max[1]]
    const scoreAt: [number, number] = [headEnd + score[0], headEnd + score[1]]
    const maxValue = parseNumber(text.slice(...maxAt))
    const scoreValue = parseNumber(text.slice(...scoreAt))
    if (maxValue === null || scoreValue === null || scoreValue > maxValue) continue
    const title = s.title.normalize('NFKC')
    const cut = ctx.grammar.regex('scores/heading-max').exec(title)
    const name = (cut ? s.title.slice(0, cut.index) : s.title).trim()
    const end = headEnd + matchRange(scores[0]!)[1]
    out.push({ pair: { start: headStart + head.index, end, max: maxAt, score: scoreAt, by: 'scores/heading-max' }, name })
  }
  return out
}

/** The title of a numbered heading run into the pair's line before it ((一)预算编制情况。…该项分值10分), or null. */
function inlineHeading(input: ExtractInput, ctx: Context, pair: PairMatch): string | null {
  const text = input.norm.text
  const lineStart = text.lastIndexOf('\n', pair.start - 1) + 1
  const m = ctx.grammar.regex('scores/inline-heading-name').exec(text.slice(lineStart, pair.start))
  return m?.groups?.name?.trim() ?? null
}

/** The name printed right before a pair, when the pair's pattern has a name pattern; null otherwise. */
function printedName(input: ExtractInput, ctx: Context, pair: PairMatch): string | null {
  const nameId = scoresData(ctx).pairNames[pair.by.slice('scores/'.length)]
  if (!nameId) return null
  const before = input.norm.text.slice(Math.max(0, pair.start - 40), pair.start)
  const m = ctx.grammar.regex(`scores/${nameId}`).exec(before)
  return m?.groups?.name ?? null
}

/**
 * Reads the score pairs stated in prose as flat indicators (level 0, source
 * 'prose'), ids `ind-p-N`; canonical keys are left to the canonicalizer.
 */
export function readProseScores(input: ExtractInput, ctx: Context): Indicator[] {
  const out: Indicator[] = []
  const found = findScorePairs(input, ctx)
  const split = headingPairs(input, ctx, found)
  const named = new Map(split.map(({ pair, name }) => [pair, name]))
  const pairs = [...found, ...split.map((p) => p.pair)].sort((a, b) => a.start - b.start)
  for (const pair of pairs) {
    const text = input.norm.text
    const maxValue = parseNumber(text.slice(...pair.max))
    const scoreValue = parseNumber(text.slice(...pair.score))
    const where = locate(input, ctx, pair.start, pair.end)
    const section = innermostSection(input.outline.sections, pair.start)
    // a section that holds several pairs names none of them: each needs a name of its own
    const shared = section !== null && pairs.filter((p) => innermostSection(input.outline.sections, p.start) === section).length > 1
    const printed = named.get(pair) ?? printedName(input, ctx, pair) ?? (shared || !section ? inlineHeading(input, ctx, pair) : null)
    if (shared && !printed) {
      ctx.report({
        code: 'extract/prose-score-unnamed',
        message: `Unexpected score pair sharing the section ${section!.title.trim()} with other pairs, expected a name of its own; not read`,
        span: where.span,
        actual: where.raw,
      })
      continue
    }
    if (!section && !printed) {
      ctx.report({
        code: 'extract/prose-score-unnamed',
        message: `Unexpected score pair outside every section, expected it under an indicator heading`,
        span: where.span,
        actual: where.raw,
      })
    }
    out.push(newIndicator({
      id: `ind-p-${out.length + 1}`,
      name: printed ?? section?.title.trim() ?? '',
      max: maxValue === null ? null : sourcedAt(input, ctx, pair.max[0], pair.max[1], maxValue, pair.by),
      score: scoreValue === null ? null : sourcedAt(input, ctx, pair.score[0], pair.score[1], scoreValue, pair.by),
      source: 'prose',
      span: where.span,
    }))
  }
  return out
}
