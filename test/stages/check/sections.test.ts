import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, indicator, section } from './build.js'
import type { Span } from '../../../src/model/provenance.js'

const at = (offset: number): Span => ({
  start: { offset, line: 1, column: 1, page: null },
  end: { offset: offset + 1, line: 1, column: 2, page: null },
})

describe('C19 check/section-ordinals', () => {
  it('should not flag 一、二、 with （一）（二） under 一、', () => {
    const sections = [
      section('s1', null, 1, 'cn-dun', 1, '一、', [0, 100]),
      section('s1.1', 's1', 2, 'paren-cn', 1, '（一）', [10, 50]),
      section('s1.2', 's1', 2, 'paren-cn', 2, '（二）', [50, 100]),
      section('s2', null, 1, 'cn-dun', 2, '二、', [100, 200]),
    ]
    expect(check(emptyRecord({ sections }))).toEqual([])
  })

  it('should flag a skipped ordinal, citing the heading and its previous sibling', () => {
    const sections = [
      section('s1', null, 1, 'cn-dun', 1, '一、', [0, 100]),
      section('s3', null, 1, 'cn-dun', 3, '三、', [100, 200]),
    ]
    const findings = check(emptyRecord({ sections }))
    expect(codesOf(findings)).toEqual(['check/section-ordinals'])
    // structural: a gap is mostly a heading the reader did not see, reported for review only
    expect(findings[0]!.severity).toBe('info')
    expect(findings[0]!.span).toBe(sections[1]!.span)
    expect(findings[0]!.related!.map((r) => r.span)).toEqual([sections[0]!.span])
  })
})

describe('C10 check/indicator-sections', () => {
  const sections = [
    section('s2', null, 1, 'cn-dun', 1, '一、', [0, 1000]),
    section('s2.1', 's2', 2, 'paren-cn', 1, '（一）', [10, 100]),
    section('s2.2', 's2', 2, 'paren-cn', 2, '（二）', [100, 200]),
  ]
  it('should not flag one prose pair per section', () => {
    const indicators = [indicator('预算编制', 50, 45, { span: at(50) }), indicator('绩效目标', 50, 45, { span: at(150) })]
    expect(check(emptyRecord({ sections, indicators }))).toEqual([])
  })

  it('should flag two prose pairs in one section when its siblings hold one each, citing both pairs', () => {
    const indicators = [indicator('预算编制', 30, 25, { span: at(50) }), indicator('绩效目标', 30, 25, { span: at(60) }), indicator('资金管理', 40, 35, { span: at(150) })]
    const findings = check(emptyRecord({ sections, indicators }))
    expect(codesOf(findings)).toEqual(['check/indicator-sections'])
    expect(findings[0]!.span).toBe(indicators[1]!.span)
    expect(findings[0]!.related![0]!.span).toBe(indicators[0]!.span)
  })

  it('should not flag pairs sharing a section whose sub-headings were not found (a parse problem)', () => {
    const indicators = [indicator('预算编制', 50, 45, { span: at(500) }), indicator('绩效目标', 50, 45, { span: at(600) })]
    expect(check(emptyRecord({ sections, indicators }))).toEqual([])
  })
})
