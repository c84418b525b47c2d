/**
 * The rules on real report excerpts (corpus/real, copied into fixtures/), run
 * through the whole pipeline: the inconsistencies their notes describe are
 * found, citing both sides, and the consistent ones raise no error.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/source/read-text.js'
import { processDocument } from '../../../src/pipeline/run.js'
import type { Report } from '../../../src/model/report.js'

function run(dir: string): { report: Report; text: string } {
  const path = `fixtures/${dir}/input.txt`
  const bytes = readFileSync(path)
  const r = decodeText(path, bytes, dir)
  if (!r.doc) throw new Error(`${path} did not decode`)
  return { report: processDocument(r.doc), text: r.doc.text }
}

const slice = (text: string, s: { start: { offset: number }; end: { offset: number } }) => text.slice(s.start.offset, s.end.offset)

describe('check on real excerpts', () => {
  it('池州 2022: 年度资金总额 0/0/0 against 本年财政拨款 90/89.974/89.974 (C21), citing both cells', () => {
    const { report, text } = run('real-01-project-table-flattened-into-one-line')
    const c21 = report.findings.filter((f) => f.code === 'check/project-funds-sum')
    expect(c21.map((f) => [f.actual, f.expected])).toEqual([
      ['0', '90'],
      ['0', '89.974'],
      ['0', '89.974'],
    ])
    expect(c21.map((f) => slice(text, f.span!))).toEqual(['0', '0', '0'])
    expect(c21.map((f) => slice(text, f.related![0]!.span))).toEqual(['90', '89.974', '89.974'])
    // 产出 8+8+8+8+8+10 = 50 and 效益 10+10+10 = 30 match their group maxima.
    expect(report.findings.filter((f) => f.code === 'check/group-max')).toEqual([])
  })

  it('银川 2021: stated 自评得分 98, but the scores found sum to 84 and at most 10 points are missing (C07)', () => {
    const { report, text } = run('real-08-ocr-project-table-cells-glued')
    const c07 = report.findings.filter((f) => f.code === 'check/score-sum')
    expect(c07).toHaveLength(1)
    expect(slice(text, c07[0]!.span!)).toBe('98')
    expect(c07[0]!.related!.length).toBeGreaterThan(1)
  })

  it.each([
    'real-09-project-table-one-cell-per-paragraph',
    'real-10-project-table-with-unscored-sub-rows',
    'real-05-dept-report-with-prose-budget',
    'real-07-blank-scoring-templates',
  ])('%s: no error finding', (dir) => {
    expect(run(dir).report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
