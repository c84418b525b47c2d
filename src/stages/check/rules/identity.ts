/**
 * C17, C18: what a report says about itself (warnings).
 *   C17 every year a phrase claims as the evaluated one is meta.year
 *   C18 every name the report gives itself resolves to meta.department
 * The phrases are patterns of grammars/checks.json read on the original text.
 */
import { z } from 'zod'
import type { Meta } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import { canonicalDepartment } from '../../canonicalize/index.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { GRAMMAR_ID } from '../config.js'
import { compact, mentionsOf } from '../mentions.js'

const C17Params = z.strictObject({
  /** patterns (group `year`) whose phrase claims the evaluated year, read on the whole text */
  patterns: z.array(z.string()),
  /** patterns (group `year`) read on the title only */
  titlePatterns: z.array(z.string()),
})

/** C17: Every year a phrase claims as the evaluated one (title, 决算, 绩效自评, 《…自评表》, survey) is meta.year. */
export const c17 = defineRule('C17', C17Params, (record, ctx, env) => {
  const year = record.meta.year
  if (!year) return
  const yearSide: Side = { label: 'fiscal year', raw: year.raw, span: year.span }
  const title = record.meta.title
  const inTitle = title ? mentionsOf(ctx, env.params.titlePatterns, 'year', title.span.start.offset, title.span.end.offset) : []
  const inText = mentionsOf(ctx, env.params.patterns, 'year')
  const seen = new Set<number>()
  for (const m of [...inTitle, ...inText]) {
    if (seen.has(m.span.start.offset)) continue
    seen.add(m.span.start.offset)
    if (Number(m.value) === year.value) continue
    reportMismatch(ctx, env.spec, {
      at: { label: m.phrase, raw: m.raw, span: m.span },
      actual: m.value,
      expected: String(year.value),
      because: `${inTitle.includes(m) ? 'the title' : `"${m.phrase}"`} claims the evaluated year, which is the report's fiscal year`,
      related: [yearSide],
    })
  }
})

const C18Params = z.strictObject({
  /** patterns (group `dept`) whose phrase names the reporting department */
  patterns: z.array(z.string()),
  /** pattern matching the leading place names of a canonical name */
  placePattern: z.string(),
  /** pattern matching text that ends in a place suffix (某县 before 人民政府) */
  placeEndPattern: z.string(),
  /** a short name starting with one of these refers to the department without naming it (我局, 本单位) */
  pronounPrefixes: z.array(z.string()),
  /** longest such reference: 本溪市财政局 is a name */
  pronounMaxLength: z.number().int().positive(),
})

/** The canonical department and its forms without leading place names, longest first (池州市贵池区X → 贵池区X → X). */
function departmentForms(ctx: Context, meta: Meta, placePattern: string): string[] {
  const key = meta.departmentKey ?? canonicalDepartment(meta.department!.value, ctx.grammar)
  const place = ctx.grammar.regex(`${GRAMMAR_ID}/${placePattern}`)
  const forms = [key]
  for (let rest = key, m = place.exec(rest); m; m = place.exec(rest)) {
    rest = rest.slice(m[0].length)
    if (rest.length < 2) break
    forms.push(rest)
  }
  return forms
}

/**
 * Whether a canonical name is the department: it ends with the full name (text glued before it is a
 * heading), or with a form without place names that no other place name precedes.
 */
function resolves(canonical: string, forms: readonly string[], placeEnd: RegExp): boolean {
  if (canonical.endsWith(forms[0]!)) return true
  return forms.slice(1).some((f) => canonical.endsWith(f) && !placeEnd.test(canonical.slice(0, canonical.length - f.length)))
}

/**
 * Whether a mention is a pronoun reference (我局, 本单位), alone or with a
 * heading glued before it on the line above ((四)绩效目标我局): the name, or
 * its last 2–3 characters, is short and opens with a pronoun.
 */
function isPronoun(name: string, params: z.infer<typeof C18Params>): boolean {
  const opens = (s: string) => params.pronounPrefixes.some((p) => s.startsWith(p))
  if (name.length <= params.pronounMaxLength && opens(name)) return true
  return [2, 3].some((n) => name.length > n && opens(name.slice(-n)))
}

/** C18: The department's name variants resolve to one entity (meta.department, or it without its leading place names). */
export const c18 = defineRule('C18', C18Params, (record, ctx, env) => {
  const dept = record.meta.department
  if (!dept) return
  const forms = departmentForms(ctx, record.meta, env.params.placePattern)
  for (const m of mentionsOf(ctx, env.params.patterns, 'dept')) {
    if (m.span.start.offset === dept.span.start.offset) continue
    if (isPronoun(m.value, env.params)) continue
    const canonical = canonicalDepartment(m.value, ctx.grammar)
    if (resolves(canonical, forms, ctx.grammar.regex(`${GRAMMAR_ID}/${env.params.placeEndPattern}`))) continue
    reportMismatch(ctx, env.spec, {
      at: { label: m.phrase, raw: m.raw, span: m.span },
      actual: m.value,
      expected: compact(ctx, dept.raw),
      because: `"${m.phrase}" names the reporting department, which resolves to ${forms[0]}${forms.length > 1 ? ` (or ${forms.slice(1).join(', ')})` : ''}, not to ${canonical}`,
      related: [{ label: 'department', raw: dept.raw, span: dept.span }],
    })
  }
})
