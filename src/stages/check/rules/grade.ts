/**
 * C09: the stated grade is the band of the stated total score. Band sets are
 * data keyed by template, region and year; the most specific matching set
 * wins. Grade words and their bands come from grammars/grades.json. A grade
 * label outside that vocabulary, or no grade, is n/a.
 */
import { z } from 'zod'
import type { Report } from '../../../model/report.js'
import { defineRule } from '../rule.js'
import { bandOf, wordsOfBand } from '../../../grammar/grades.js'
import { reportMismatch } from '../finding.js'

const BandSet = z.strictObject({
  id: z.string(),
  description: z.string().optional(),
  when: z.strictObject({
    templates: z.array(z.string()).optional(),
    /** substrings of the stated region */
    regions: z.array(z.string()).optional(),
    yearFrom: z.number().int().optional(),
    yearTo: z.number().int().optional(),
  }),
  /** highest band first; min null = everything below */
  bands: z.array(z.strictObject({ min: z.number().nullable(), grade: z.string() })),
})
type BandSet = z.infer<typeof BandSet>

const C09Params = z.strictObject({
  bandSets: z.array(BandSet),
  /** characters dropped from a stated grade before lookup (quotes, 等, 级) */
  ignoreChars: z.array(z.string()),
})

/** How specifically a band set matches the record (-1: it does not). */
function specificity(set: BandSet, record: Report): number {
  const { templates, regions, yearFrom, yearTo } = set.when
  let score = 0
  if (templates) {
    const t = record.meta.template?.id
    if (!t || !templates.includes(t)) return -1
    score += 4
  }
  if (regions) {
    const r = record.meta.region?.value
    if (!r || !regions.some((x) => r.includes(x))) return -1
    score += 2
  }
  if (yearFrom !== undefined || yearTo !== undefined) {
    const y = record.meta.year?.value
    if (y === undefined || (yearFrom !== undefined && y < yearFrom) || (yearTo !== undefined && y > yearTo)) return -1
    score += 1
  }
  return score
}

/** C09: The stated grade is the band of the stated total score. */
export const c09 = defineRule('C09', C09Params, (record, ctx, env) => {
  const { score, grade } = record.totals
  if (!score || !grade) return
  const ranked = env.params.bandSets
    .map((set) => ({ set, s: specificity(set, record) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => b.s - a.s)
  const set = ranked[0]?.set
  if (!set) return
  let stated = grade.value
  for (const c of env.params.ignoreChars) stated = stated.split(c).join('')
  const canonical = bandOf(ctx.grammar, stated)
  if (!canonical) return
  const band = set.bands.find((b) => b.min === null || score.value >= b.min)
  if (!band || band.grade === canonical) return
  const words = wordsOfBand(ctx.grammar, band.grade)
  const labels = words.length ? words : [band.grade]
  reportMismatch(ctx, env.spec, {
    at: { label: '等级', raw: grade.raw, span: grade.span },
    actual: grade.value,
    expected: labels.join('/'),
    because: `总分 ${score.raw.trim()} in band set ${set.id}${band.min === null ? '' : `, ≥ ${band.min}`}`,
    related: [{ label: '总分', raw: score.raw, span: score.span }],
  })
})
