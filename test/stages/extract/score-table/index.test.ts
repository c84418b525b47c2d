/**
 * The score-table reader on the real excerpts: every layout (one line, one
 * cell per paragraph, pipes, glued OCR, blank forms). Expected values are the
 * fixtures' expected.json, written by reading each document.
 */
import { describe, expect, it } from 'vitest'
import { expectedOf, readFixture, readText } from './helpers.js'
import type { Indicator } from '../../../../src/model/report.js'

const triples = (inds: Indicator[]) => inds.map((i) => [i.max?.value ?? null, i.score?.value ?? null])

function expectSpansSliceBack(r: ReturnType<typeof readFixture>) {
  for (const i of r.indicators) {
    for (const v of [i.max, i.score]) if (v) expect(r.doc.text.slice(v.span.start.offset, v.span.end.offset)).toBe(v.raw)
  }
  for (const t of r.tables) for (const row of t.rows) for (const c of row.cells) {
    if (c.span) expect(r.doc.text.slice(c.span.start.offset, c.span.end.offset)).toBe(c.raw)
  }
}

describe('readScoreTables', () => {
  const cases = [
    'real-01-project-table-flattened-into-one-line',
    'real-08-ocr-project-table-cells-glued',
    'real-09-project-table-one-cell-per-paragraph',
    'real-10-project-table-with-unscored-sub-rows',
    'real-02-two-project-forms-as-pipe-tables',
  ]
  for (const name of cases) {
    it(`should read every 分值/得分 pair of ${name} in order`, () => {
      const r = readFixture(name)
      const want = expectedOf(name).indicators.map((i) => [i.max, i.score])
      expect(triples(r.indicators).sort()).toEqual(want.sort())
      expectSpansSliceBack(r)
    })
  }

  it('should read the project-funds table with the zero total row above its 其中 row (01)', () => {
    const r = readFixture('real-01-project-table-flattened-into-one-line')
    const funds = r.tables.find((t) => t.kind === 'project-funds')!
    expect(funds.unit).toBe('万元')
    expect(funds.columns.map((c) => c.key)).toEqual(['initial', 'adjusted', 'executed', 'max', 'rate', 'score'])
    expect(funds.rows[0]!.role).toBe('total')
    expect(funds.rows[0]!.cells.map((c) => c.value)).toEqual([0, 0, 0, 10, 0, 0])
    expect(funds.rows[1]!.label).toBe('其中:本年财政拨款')
    expect(funds.rows[1]!.cells.slice(0, 3).map((c) => c.value)).toEqual([90, 89.974, 89.974])
  })

  it('should not read 其中 sub-rows with only 指标值/实际值 as indicators (10)', () => {
    const r = readFixture('real-10-project-table-with-unscored-sub-rows')
    expect(r.indicators.some((i) => i.name.startsWith('其中'))).toBe(false)
    expect(r.indicators.find((i) => i.name === '★补助鱼塘面积')?.path).toEqual(['产 出 指 标 (50分)', '数量指标'])
  })

  it('should not read the trailing 0 of the 偏差原因 column as the score (09)', () => {
    const r = readFixture('real-09-project-table-one-cell-per-paragraph')
    const safety = r.indicators.find((i) => i.name === '指标1安全率')!
    expect([safety.max?.value, safety.score?.value]).toEqual([10, 10])
    expect(r.indicators.some((i) => i.name.startsWith('指标2') && i.score === null)).toBe(false)
  })

  it('should split 分值 glued to its target by the repeated actual value (08)', () => {
    const r = readFixture('real-08-ocr-project-table-cells-glued')
    const people = r.indicators.find((i) => i.name === '保障人数')!
    expect(people.max?.raw).toBe('10')
    expect(people.score?.value).toBe(10)
    expect(r.totals.score?.value).toBe(98)
  })

  it('should give null scores for a blank form, with the maxima printed in the labels (07)', () => {
    const r = readFixture('real-07-blank-scoring-templates')
    expect(r.indicators.length).toBeGreaterThan(30)
    expect(r.indicators.every((i) => i.score === null)).toBe(true)
    expect(r.indicators.find((i) => i.name === '相关性')?.max?.value).toBe(5)
    expect(r.template?.id).toBe('HN-2017-dept-score')
  })

  it('should detect the national 项目 form with a confidence and its evidence (01)', () => {
    const r = readFixture('real-01-project-table-flattened-into-one-line')
    expect(r.template?.id).toBe('CN-MOF-2020-10-project')
    expect(r.template!.confidence).toBeGreaterThan(0.5)
    expect(r.template!.evidence.length).toBeGreaterThan(3)
  })

  it('should read nothing from a document without tables or digits', () => {
    const r = readText('部门整体支出绩效自评报告\n一、基本情况\n本单位认真开展自评工作。\n')
    expect(r.indicators).toEqual([])
    expect(r.tables).toEqual([])
    expect(r.totals.score).toBeNull()
    expect(r.template).toBeNull()
  })

  it('should read a total row closing a pipe score table', () => {
    const r = readText('三级指标 | 分值 | 得分 |\n预算执行率 | 10 | 9 |\n群众满意度 | 90 | 86 |\n合计 | 95 |\n')
    expect(triples(r.indicators)).toEqual([[10, 9], [90, 86]])
    expect(r.totals.score?.value).toBe(95)
  })

  it('should not take a budget table 合计 for a total score (seed)', () => {
    const r = readFixture('seed-000-foshan-dept-overall')
    expect(r.totals.score).toBeNull()
    expect(r.tables.filter((t) => t.kind === 'project-funds')).toEqual([])
    expect(r.template?.id).toBe('GD-FS-2020-dept9')
  })
})
