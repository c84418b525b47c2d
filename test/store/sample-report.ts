/**
 * A small hand-written report record for the writer tests: two indicators,
 * one table, one fact, one finding. The source text it pretends to come from
 * is SAMPLE_TEXT; every raw below is a slice of it.
 */
import type { Report } from '../../src/model/report.js'
import type { Span } from '../../src/model/provenance.js'

export const SAMPLE_TEXT = '预算编制情况 分值8分，得分7分\n财务管理 分值20分，得分19分\n合计 5084.38\n=SUM(A1)\n'

/** Span of `raw` in SAMPLE_TEXT (first occurrence), page 2. */
export function spanOf(raw: string, from = 0): Span {
  const start = SAMPLE_TEXT.indexOf(raw, from)
  if (start < 0) throw new Error(`${raw} not in sample`)
  const point = (offset: number) => {
    const before = SAMPLE_TEXT.slice(0, offset)
    const line = before.split('\n').length
    return { offset, line, column: offset - before.lastIndexOf('\n'), page: 2 }
  }
  return { start: point(start), end: point(start + raw.length) }
}

const src = (value: number, raw: string, from = 0) => ({ value, raw, span: spanOf(raw, from), by: 'test' })

/** A valid record; `sha` changes the id. */
export function sampleReport(sha = 'a'.repeat(64), path = 'in/a.txt'): Report {
  return {
    schemaVersion: 1,
    id: sha.slice(0, 16),
    source: { path, sha256: sha, format: 'text', encoding: 'utf-8', pages: 3 },
    meta: {
      title: null,
      department: { value: '某某局, "办公室"', raw: '某某局', span: spanOf('预算'), by: 'test' },
      region: null,
      year: src(2020, '2'),
      reportType: null,
      template: null,
    },
    sections: [],
    indicators: [
      { id: 'i1', name: '预算编制情况', key: '预算编制', parentId: null, level: 0, path: [], max: src(8, '8'), score: src(7, '7'), target: null, actual: null, source: 'prose', span: spanOf('预算编制情况 分值8分，得分7分') },
      { id: 'i2', name: '财务管理', key: null, parentId: null, level: 0, path: [], max: src(20, '20'), score: src(19, '19'), target: null, actual: null, source: 'prose', span: spanOf('财务管理 分值20分，得分19分') },
    ],
    totals: { score: null, max: { value: 28, from: [], rule: 'sum-of-maxima' }, grade: null },
    tables: [
      {
        id: 't1', kind: 'budget-expenditure', title: '支出表', unit: '万元',
        columns: [{ key: 'budget', raw: '年初预算数' }, { key: null, raw: '=SUM(A1)' }],
        rows: [{ label: '合计', labelSpan: spanOf('合计'), role: 'total', level: 0, cells: [{ value: 5084.38, raw: '5084.38', span: spanOf('5084.38') }, { value: -3, raw: '-3', span: null }] }],
        span: spanOf('合计 5084.38'),
      },
    ],
    facts: [{ key: 'formula', label: '公式', value: -1.5, unit: null, raw: '=SUM(A1)', span: spanOf('=SUM(A1)'), by: 'test' }],
    diagnostics: [{ code: 'segment/numbering-skip', severity: 'warning', stage: 'segment', message: 'Unexpected 三、, expected 二、' }],
    findings: [
      { code: 'check/score-sum', severity: 'error', stage: 'check', message: 'expected 28, found 26', span: spanOf('5084.38'), expected: 28, actual: 26, related: [{ message: 'score', span: spanOf('7') }] },
    ],
  }
}
