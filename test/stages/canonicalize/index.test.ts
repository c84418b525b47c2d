/** The canonicalize stage fills indicator keys and the department key of a record. */
import { describe, expect, it } from 'vitest'
import { canonicalizeStage } from '../../../src/stages/canonicalize/index.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import { Meta, type Indicator } from '../../../src/model/report.js'
import type { Extraction } from '../../../src/pipeline/types.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import { textDoc } from '../../helpers/pipeline.js'

const TEXT = '佛山市人大常委会办公室\n（一）预算编制情况\n（二）绩效目标设置情况\n指标1学生满意度\n'

function setup(department: string | null) {
  const doc = textDoc(TEXT)
  const factory = contextFactory(doc, loadGrammar())
  const diagnostics: Diagnostic[] = []
  const at = (s: string) => {
    const start = TEXT.indexOf(s)
    return factory.locate.span(start, start + s.length)
  }
  const indicator = (name: string, key: string | null = null): Indicator => ({
    id: `i-${name}`,
    name,
    key,
    parentId: null,
    level: 0,
    path: [],
    max: null,
    score: null,
    target: null,
    actual: null,
    source: 'prose',
    span: at(name),
  })
  const extraction: Extraction = {
    meta: {
      title: null,
      department: department === null ? null : { value: department, raw: department, span: at(department), by: 'test' },
      region: null,
      year: null,
      reportType: null,
      template: null,
    },
    indicators: [indicator('预算编制情况'), indicator('绩效目标设置情况'), indicator('指标1学生满意度')],
    totals: { score: null, max: null, grade: null },
    tables: [],
    facts: [],
  }
  return { extraction, diagnostics, indicator, ctx: factory.forStage('canonicalize', diagnostics) }
}

describe('canonicalizeStage', () => {
  it('should fill indicator keys, null where no key fits', () => {
    const { extraction, ctx } = setup('佛山市人大常委会办公室')
    const out = canonicalizeStage.run(extraction, ctx)
    expect(out.indicators.map((i) => i.key)).toEqual(['预算编制', '绩效目标设置', null])
    expect(out.indicators.map((i) => i.name)).toEqual(['预算编制情况', '绩效目标设置情况', '指标1学生满意度'])
  })

  it('should add the canonical department name without touching the printed one', () => {
    const { extraction, ctx } = setup('佛山市人大常委会办公室')
    const out = canonicalizeStage.run(extraction, ctx)
    expect(out.meta.departmentKey).toBe('佛山市人民代表大会常务委员会办公室')
    expect(out.meta.department?.value).toBe('佛山市人大常委会办公室')
    expect(Meta.safeParse(out.meta).success).toBe(true)
  })

  it('should set departmentKey null when the department is not stated', () => {
    const { extraction, ctx } = setup(null)
    expect(canonicalizeStage.run(extraction, ctx).meta.departmentKey).toBeNull()
  })

  it('should keep a key an earlier stage already set', () => {
    const { extraction, ctx, indicator } = setup(null)
    extraction.indicators = [indicator('指标1学生满意度', 'template-key')]
    expect(canonicalizeStage.run(extraction, ctx).indicators[0]?.key).toBe('template-key')
  })

  it('should list the unmapped names in one info diagnostic at the first of them', () => {
    const { extraction, ctx, diagnostics } = setup(null)
    canonicalizeStage.run(extraction, ctx)
    expect(diagnostics).toHaveLength(1)
    const d = diagnostics[0]
    expect(d).toMatchObject({ code: 'canonicalize/indicator-unmapped', severity: 'info', stage: 'canonicalize' })
    expect(d?.actual).toEqual(['指标1学生满意度'])
    expect(TEXT.slice(d?.span?.start.offset, d?.span?.end.offset)).toBe('指标1学生满意度')
  })
})
