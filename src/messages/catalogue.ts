/**
 * The message catalogue: findings and the words of jixiao's pages rendered in
 * a language, from data (grammars/messages-<lang>.json), as zod renders its
 * issues through locales. A finding's message is rendered from its data
 * (code, actual, expected, the cited side's label and figure); a code with no
 * entry, or a finding without the data its template names, keeps the message
 * stored in the record.
 */
import { z } from 'zod'
import type { Grammar } from '../grammar/load.js'
import { loadGrammar } from '../grammar/load.js'
import type { Diagnostic } from '../model/diagnostic.js'

/** Languages with a catalogue; the first is the default. */
export const LANGS = ['zh-CN', 'en'] as const
export type Lang = (typeof LANGS)[number]

const FILES: Record<Lang, string> = { 'zh-CN': 'messages-zh-cn', en: 'messages-en' }

/** The names a finding's message template may use. */
export const PLACEHOLDERS = ['actual', 'expected', 'label', 'raw', 'message'] as const

export const CatalogueData = z.strictObject({
  locale: z.string(),
  /** template for a code without an entry */
  fallback: z.string(),
  codes: z.record(z.string(), z.strictObject({ title: z.string(), description: z.string(), message: z.string() })),
  /** words of the pages and of the command output, by key; `{name}` is filled by the caller */
  ui: z.record(z.string(), z.string()),
})
export type CatalogueData = z.infer<typeof CatalogueData>

export interface Catalogue {
  lang: Lang
  /** a word of the pages; `{name}` filled from `vars`; the key itself when missing */
  t(key: string, vars?: Record<string, string | number>): string
  /** the rule's title (the code itself when the catalogue has none) */
  title(code: string): string
  /** the rule's description ('' when none) */
  description(code: string): string
  /** the finding's message rendered from its data */
  message(d: Pick<Diagnostic, 'code' | 'message' | 'actual' | 'expected' | 'label' | 'raw' | 'value'>): string
}

const PLACEHOLDER = /\{(\w+)\}/g

/** Fills `{name}` in a template; null when a name has no value. */
export function fill(template: string, vars: Record<string, unknown>): string | null {
  let missing = false
  const out = template.replace(PLACEHOLDER, (_, name: string) => {
    const v = vars[name]
    if (v === undefined || v === null || v === '') {
      missing = true
      return ''
    }
    return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)
  })
  return missing ? null : out
}

/** Parses a --lang value ('zh', 'zh-CN', 'en'); null when there is no catalogue for it. */
export function parseLang(raw: string | undefined): Lang | null {
  if (raw === undefined) return LANGS[0]
  const v = raw.trim().toLowerCase()
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-hans') return 'zh-CN'
  if (v === 'en' || v.startsWith('en-')) return 'en'
  return null
}

/** The catalogue of a language. */
export function catalogue(lang: Lang = LANGS[0], grammar: Grammar = loadGrammar()): Catalogue {
  const data = grammar.data(FILES[lang], CatalogueData)
  return {
    lang,
    t(key, vars = {}) {
      const template = data.ui[key]
      if (template === undefined) return key
      return template.replace(PLACEHOLDER, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])))
    },
    title: (code) => data.codes[code]?.title ?? code,
    description: (code) => data.codes[code]?.description ?? '',
    message(d) {
      const template = data.codes[d.code]?.message ?? data.fallback
      const vars = { actual: d.actual, expected: d.expected, label: d.label?.trim(), raw: (d.raw ?? d.value)?.trim(), message: d.message }
      return fill(template, vars) ?? fill(data.fallback, vars) ?? d.message
    },
  }
}
