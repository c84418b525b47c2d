/**
 * canonicalize/geography: meta.province and meta.city derived from the
 * department name, the region words and the title, with the gazetteer
 * grammars/divisions.json (provinces and prefecture-level divisions, full and
 * short forms). Full names count anywhere in a name, short forms only at its
 * start; at one position the longest form wins (吉林市 over 吉林). The first
 * of department, region, title that names a place decides. Unstated = null.
 */
import { z } from 'zod'
import type { Grammar } from '../../grammar/load.js'
import type { Derived } from '../../model/provenance.js'
import type { Meta } from '../../model/report.js'

const Division = z.strictObject({ name: z.string(), short: z.array(z.string()).optional() })
/** Shape of grammars/divisions.json's data. */
export const DivisionsData = z.strictObject({
  provinces: z.array(Division.extend({ short: z.array(z.string()), prefectures: z.array(Division) })),
})

interface Form {
  text: string
  /** only at the start of a name */
  startOnly: boolean
  province: string
  /** the prefecture's full name; null for a province form */
  city: string | null
}

const indexes = new WeakMap<Grammar, Form[]>()

/** Every form, longest first. */
function formsOf(grammar: Grammar): Form[] {
  let forms = indexes.get(grammar)
  if (!forms) {
    forms = []
    for (const p of grammar.data('divisions', DivisionsData).provinces) {
      forms.push({ text: p.name, startOnly: false, province: p.name, city: null })
      for (const s of p.short) forms.push({ text: s, startOnly: true, province: p.name, city: null })
      for (const c of p.prefectures) {
        forms.push({ text: c.name, startOnly: false, province: p.name, city: c.name })
        // 红河州 (a suffix kept) counts anywhere; 佛山 (suffix dropped) only at the start
        for (const s of c.short ?? []) forms.push({ text: s, startOnly: !['州', '盟', '区'].some((x) => s.endsWith(x)), province: p.name, city: c.name })
      }
    }
    forms.sort((a, b) => b.text.length - a.text.length)
    indexes.set(grammar, forms)
  }
  return forms
}

/** The first form in `text`: earliest position, longest there. */
function firstForm(text: string, forms: readonly Form[]): Form | null {
  for (let i = 0; i < text.length; i++) {
    for (const f of forms) if ((!f.startOnly || i === 0) && text.startsWith(f.text, i)) return f
  }
  return null
}

/** Where the place came from. */
type Named = { value: string; span: Derived<string>['from'][number] | null } | null

/**
 * Derives province and city from the meta fields.
 * @param meta the report's meta (department, region, title)
 * @param grammar the grammar holding divisions.json
 */
export function deriveGeography(meta: Pick<Meta, 'department' | 'region' | 'title'>, grammar: Grammar): { province: Derived<string> | null; city: Derived<string> | null } {
  const forms = formsOf(grammar)
  const sources: [string, Named][] = [['department', meta.department], ['region', meta.region], ['title', meta.title]]
  for (const [field, named] of sources) {
    if (!named) continue
    const f = firstForm(named.value, forms)
    if (!f) continue
    const from = named.span ? [named.span] : []
    const rule = `divisions: ${f.text} in the ${field}`
    return { province: { value: f.province, from, rule }, city: f.city ? { value: f.city, from, rule } : null }
  }
  return { province: null, city: null }
}
