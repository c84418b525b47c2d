/**
 * The pages' HTML without a browser: escaping of document text, JSON for a
 * script element, safe file names, and the quote split around the cited figure.
 */
import { describe, expect, it } from 'vitest'
import { esc, jsonForScript, pageName } from '../../src/review/html.js'
import { splitQuote } from '../../src/review/sides.js'
import { reportPage, findingSides } from '../../src/review/report-page.js'
import { indexPage } from '../../src/review/index-page.js'
import { reviewContext } from '../../src/review/summary.js'
import { catalogue } from '../../src/messages/catalogue.js'
import { loadGrammar } from '../../src/grammar/load.js'
import { runFile } from '../../src/pipeline/run.js'
import { HOSTILE, SEED } from './site.js'

describe('html', () => {
  it('escapes text and attribute values', () => {
    expect(esc(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
    expect(esc(null)).toBe('')
  })

  it('writes JSON that cannot close a script element', () => {
    const s = jsonForScript({ t: '</script><!--' })
    expect(s).not.toContain('<')
    expect(JSON.parse(s)).toEqual({ t: '</script><!--' })
  })

  it('names pages by plain ids only', () => {
    expect(pageName('56ff72ff23208bd1')).toBe('56ff72ff23208bd1.html')
    expect(pageName('../x')).toMatch(/^r-[0-9a-f]+\.html$/)
  })

  it('splits a quote around the cited figure', () => {
    const span = { start: { offset: 11, line: 1, column: 12, page: null }, end: { offset: 18, line: 1, column: 19, page: null } }
    expect(splitQuote({ quote: '合计 5084.38 5156.46', quoteOffset: 0, span })).toEqual(['合计 5084.38 ', '5156.46', ''])
    expect(splitQuote({ quote: '合计', quoteOffset: 100, span })).toBeNull()
  })
})

describe('pages from hostile text', () => {
  it('escape every document string', async () => {
    const base = await runFile(SEED)
    if (!base.ok) throw new Error('seed did not read')
    const r = structuredClone(base.report)
    r.meta.department = { ...r.meta.department!, value: HOSTILE }
    r.sections[0]!.title = HOSTILE
    r.tables[0]!.rows[0]!.label = HOSTILE
    r.findings[0]!.related![0]!.label = HOSTILE
    const ctx = reviewContext(catalogue(), loadGrammar())
    const html = reportPage(ctx, r, findingSides(r), { bySide: new Map(), problem: HOSTILE })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('</script>')
    expect(html.split(esc(HOSTILE)).length - 1).toBeGreaterThanOrEqual(5)
    const counts = { error: 0, warning: 0, info: 0 }
    const index = indexPage(ctx, [{ href: 'a.html', path: HOSTILE, department: HOSTILE, region: HOSTILE, year: 2020, total: 1, grade: HOSTILE, counts, codes: [], reason: null }])
    expect(index).not.toContain('<img')
    expect(index.match(/<\/script>/g)).toHaveLength(1)
  })
})
