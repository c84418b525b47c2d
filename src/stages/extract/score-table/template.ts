/**
 * Template detection: every grammars/template-*.json names a report form
 * (indicator names and maxima, groups, grade bands) and the cues that give it
 * away, each with a weight. Confidence = the weight of the cues found in the
 * document (folded, no white space) plus the template indicators found among
 * the extracted ones, over the total weight. The best template at or above
 * its minimum confidence is recorded; otherwise the document is 'generic'
 * (null), and it is still extracted in full.
 */
import { z } from 'zod'
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator, Meta } from '../../../model/report.js'
import type { TCell } from './cells.js'
import { foldKey } from './vocab.js'

export const TemplateData = z.looseObject({
  templateId: z.string(),
  name: z.string(),
  reportType: z.string(),
  groups: z.array(z.object({ name: z.string(), max: z.number().nullable() })),
  indicators: z.array(z.object({ name: z.string(), max: z.number().nullable() })),
  gradeBands: z.array(z.object({ label: z.string(), min: z.number() })),
  cues: z.array(z.object({ text: z.string(), weight: z.number().positive() })),
  minConfidence: z.number().min(0).max(1),
})
export type TemplateData = z.infer<typeof TemplateData>

/** Every template grammar file's data. */
export function templates(ctx: Context): TemplateData[] {
  return ctx.grammar.files.filter((f) => f.id.startsWith('template-')).map((f) => ctx.grammar.data(f.id, TemplateData))
}

/** Bits of the code-unit pairs (hashed) a text holds, for `Contains`. */
const PAIR_BITS = 1 << 20
const pairs = new Uint32Array(PAIR_BITS >>> 5)
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1)

/**
 * `folded.includes(key)`, answered without a search when a pair of adjacent
 * characters of the key appears nowhere in the text (most cues of most
 * templates): the text's pairs are hashed into a bit set once. The bit set
 * is shared: the answer holds until the next call of containsIn.
 */
export function containsIn(folded: string): (key: string) => boolean {
  pairs.fill(0)
  for (let i = 1; i < folded.length; i++) {
    const h = pairHash(folded.charCodeAt(i - 1), folded.charCodeAt(i))
    pairs[h >>> 5]! |= 1 << (h & 31)
  }
  return (key) => {
    for (let i = 1; i < key.length; i++) {
      const h = pairHash(key.charCodeAt(i - 1), key.charCodeAt(i))
      if ((pairs[h >>> 5]! & (1 << (h & 31))) === 0) return false
    }
    return folded.includes(key)
  }
}

/** Scores one template against the folded document text and the extracted indicator names. */
export function scoreTemplate(
  ctx: Context,
  t: TemplateData,
  folded: string,
  names: string[],
  contains: (key: string) => boolean = (key) => folded.includes(key),
): { confidence: number; evidence: string[] } {
  const evidence: string[] = []
  let got = 0
  let all = 0
  for (const cue of t.cues) {
    all += cue.weight
    if (contains(foldKey(ctx, cue.text))) {
      got += cue.weight
      evidence.push(`cue ${cue.text}`)
    }
  }
  if (t.indicators.length > 0) {
    // the indicator list weighs as much as the cues together
    const hits = t.indicators.filter((i) => {
      const key = foldKey(ctx, i.name)
      return names.some((n) => n.includes(key)) || contains(key)
    })
    all *= 2
    got += (hits.length / t.indicators.length) * (all / 2)
    if (hits.length) evidence.push(`indicators ${hits.length}/${t.indicators.length}`)
  }
  return { confidence: all === 0 ? 0 : Math.round((got / all) * 100) / 100, evidence }
}

/** The document's template, or null when none is confident enough. */
export function detectTemplate(_input: ExtractInput, _cells: TCell[], indicators: Indicator[], ctx: Context): Meta['template'] {
  const folded = foldKey(ctx, ctx.source.text)
  const names = indicators.map((i) => foldKey(ctx, i.name))
  let best: Meta['template'] = null
  const contains = containsIn(folded)
  for (const t of templates(ctx)) {
    const { confidence, evidence } = scoreTemplate(ctx, t, folded, names, contains)
    if (confidence < t.minConfidence) continue
    if (!best || confidence > best.confidence) best = { id: t.templateId, confidence, evidence }
  }
  return best
}
