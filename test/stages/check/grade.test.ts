import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, sourced } from './build.js'
import { createGrammar, readGrammarFiles } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import { checkStage } from '../../../src/stages/check/index.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'

const record = (score: number, grade: string) => emptyRecord({ totals: { score: sourced(score), max: null, grade: sourced(grade) } })

describe('C09 check/grade-band', () => {
  it('should not flag a grade in its default band (95 → 优, 85 → 良好, 70 → 合格, 50 → 差)', () => {
    for (const [s, g] of [[95, '优'], [90, '优秀'], [85, '良好'], [70, '合格'], [50, '差'], [59.5, '不合格'], [80, '“良”']] as const) {
      expect(check(record(s, g))).toEqual([])
    }
  })

  it('should flag a grade outside the band of the total, citing grade and total', () => {
    const r = record(95, '良')
    const findings = check(r)
    expect(codesOf(findings)).toEqual(['check/grade-band'])
    expect(findings[0]!.message).toMatch(/^Unexpected 良, expected 优\/优秀 /)
    expect(findings[0]!.span).toBe(r.totals.grade!.span)
    expect(findings[0]!.related!.map((x) => x.span)).toEqual([r.totals.score!.span])
  })

  it('should flag 89.5 → 优 (no rounding up into a band)', () => {
    expect(codesOf(check(record(89.5, '优')))).toEqual(['check/grade-band'])
  })

  it('should be n/a for a grade word outside the vocabulary, or without a grade', () => {
    expect(check(record(95, '满意'))).toEqual([])
    expect(check(emptyRecord({ totals: { score: sourced(40), max: null, grade: null } }))).toEqual([])
  })
})

describe('C09 band sets are data keyed by template, region and year', () => {
  /** The grammar with one more band set: 优 from 85 for a (made-up) template id in 2019–2021. */
  function grammarWithBands() {
    const files = readGrammarFiles().map((f) => {
      if (f.id !== 'checks') return f
      const data = structuredClone(f.data) as { rules: { id: string; params: { bandSets: unknown[] } }[] }
      data.rules.find((r) => r.id === 'C09')!.params.bandSets.push({
        id: 'test-85',
        when: { templates: ['test-template'], yearFrom: 2019, yearTo: 2021 },
        bands: [{ min: 85, grade: '优' }, { min: 75, grade: '良' }, { min: 60, grade: '中' }, { min: null, grade: '差' }],
      })
      return { ...f, data }
    })
    return createGrammar(files)
  }

  const run = (year: number, template: string) => {
    const r = record(87, '优')
    r.meta.year = sourced(year)
    r.meta.template = { id: template, confidence: 1, evidence: [] }
    const findings: Diagnostic[] = []
    const doc = { path: 't', sha256: 't', format: 'text' as const, encoding: 'utf-8', text: '', pageStarts: null, pages: null }
    checkStage.run(r, contextFactory(doc, grammarWithBands()).forStage('check', findings))
    return findings.map((f) => f.code)
  }

  it('should use the most specific matching set (87 is 优 there)', () => {
    expect(run(2020, 'test-template')).toEqual([])
  })

  it('should fall back to the default set outside its years or template (87 is 良)', () => {
    expect(run(2023, 'test-template')).toEqual(['check/grade-band'])
    expect(run(2020, 'other')).toEqual(['check/grade-band'])
  })
})
