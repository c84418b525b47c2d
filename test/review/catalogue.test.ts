/**
 * The message catalogue: every finding code has a title, description and
 * message in each language, templates use only the finding's data, and a
 * message is rendered from that data (not from the stored English text).
 */
import { describe, expect, it } from 'vitest'
import { checkCodes } from '../../src/stages/check/codes.js'
import { loadGrammar } from '../../src/grammar/load.js'
import { CatalogueData, LANGS, PLACEHOLDERS, catalogue, fill, parseLang } from '../../src/messages/catalogue.js'
import { quoteOf } from '../../src/stages/check/quote.js'
import type { Span } from '../../src/model/provenance.js'

const files = { 'zh-CN': 'messages-zh-cn', en: 'messages-en' } as const
const data = (lang: keyof typeof files) => loadGrammar().data(files[lang], CatalogueData)

describe('catalogues', () => {
  it.each(LANGS)('%s has an entry for every check code, and no other', (lang) => {
    expect(Object.keys(data(lang).codes).sort()).toEqual(Object.keys(checkCodes).sort())
  })

  it.each(LANGS)('%s templates name only the finding data', (lang) => {
    const names = Object.values(data(lang).codes).flatMap((c) => [...c.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
    for (const n of names) expect(PLACEHOLDERS).toContain(n)
  })

  it('both languages have the same page words', () => {
    expect(Object.keys(data('en').ui).sort()).toEqual(Object.keys(data('zh-CN').ui).sort())
  })
})

describe('rendering a finding', () => {
  const finding = { code: 'check/score-sum', message: 'Unexpected 96, expected 95 (C07: …)', actual: '96', expected: '95', label: '总分', raw: '96' }

  it('renders zh-CN by default from actual and expected', () => {
    const cat = catalogue()
    expect(cat.title('check/score-sum')).toBe('指标得分合计与总分不符')
    expect(cat.message(finding)).toBe('所述总分为 96，各指标得分合计为 95')
  })

  it('renders English with en', () => {
    expect(catalogue('en').message(finding)).toBe('The stated total is 96, the scores add up to 95')
  })

  it('keeps the stored message when the data its template needs is missing', () => {
    const old = { code: 'check/children-sum', message: 'Unexpected 1, expected 2', actual: '1', expected: '2' }
    expect(catalogue().message(old)).toBe('Unexpected 1, expected 2')
  })

  it('keeps the stored message of a code without an entry', () => {
    expect(catalogue().message({ code: 'read/empty', message: 'a.txt is empty' })).toBe('a.txt is empty')
    expect(catalogue().title('read/empty')).toBe('read/empty')
  })

  it('fill gives null when a name has no value', () => {
    expect(fill('{a} {b}', { a: 1 })).toBeNull()
    expect(fill('{a}!', { a: 'x' })).toBe('x!')
  })

  it('parses --lang', () => {
    expect(parseLang(undefined)).toBe('zh-CN')
    expect(parseLang('zh')).toBe('zh-CN')
    expect(parseLang('EN')).toBe('en')
    expect(parseLang('fr')).toBeNull()
  })
})

describe('quoteOf', () => {
  const span = (s: number, e: number): Span => ({
    start: { offset: s, line: 1, column: 1, page: null },
    end: { offset: e, line: 1, column: 1, page: null },
  })

  it('quotes the whole line the figure stands on', () => {
    const text = '第一行\n合计 5084.38 5156.46\n第三行'
    const s = text.indexOf('5156.46')
    const q = quoteOf(text, span(s, s + 7))
    expect(q.quote).toBe('合计 5084.38 5156.46')
    expect(q.quote.slice(s - q.quoteOffset, s - q.quoteOffset + 7)).toBe('5156.46')
  })

  it('cuts a long line around the figure', () => {
    const text = '甲'.repeat(500) + '97%' + '乙'.repeat(500)
    const q = quoteOf(text, span(500, 503))
    expect(q.quote.length).toBeLessThan(200)
    expect(q.quote.slice(500 - q.quoteOffset, 503 - q.quoteOffset)).toBe('97%')
  })

  it('stops at a page break', () => {
    const text = '上一页\f合计 1\f下一页'
    const s = text.indexOf('1')
    expect(quoteOf(text, span(s, s + 1)).quote).toBe('合计 1')
  })
})
