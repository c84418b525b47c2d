/**
 * The whole pipeline on the seed report, unmodified and with one number
 * changed: each change must give exactly its rule's finding (plus the rules
 * that necessarily see the same number, listed per case), citing both sides,
 * one of which is the changed number.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/source/read-text.js'
import { processDocument } from '../../../src/pipeline/run.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import type { Report } from '../../../src/model/report.js'

const SEED = 'seeds/000_d2e29ec8149df6e0.txt'
const original = readFileSync(SEED, 'utf8')

function run(text: string): Report {
  const r = decodeText(SEED, Buffer.from(text, 'utf8'), 'seed-mutation')
  if (!r.doc) throw new Error('seed did not decode')
  return processDocument(r.doc)
}

/** Codes of `after` beyond those of `before` (as multisets). */
function extraCodes(before: Diagnostic[], after: Diagnostic[]): string[] {
  const left = before.map((d) => d.code)
  const out: string[] = []
  for (const d of after) {
    const i = left.indexOf(d.code)
    if (i >= 0) left.splice(i, 1)
    else out.push(d.code)
  }
  return out.sort()
}

const baseline = run(original)

describe('check on the unmodified seed', () => {
  it('should find no error (every FAIL rule of domain.md §5 passes)', () => {
    expect(baseline.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('should only warn that the stated 支出完成率 97% has no documented denominator (C13)', () => {
    expect(baseline.findings.map((f) => f.code)).toEqual(['check/completion-rate'])
  })
})

interface Mutation {
  rule: string
  code: string
  /** unique text of the seed holding the number, and its replacement */
  from: string
  to: string
  /** the number changed, inside `to` */
  number: string
  /** other rules that necessarily see the same changed number */
  alsoFiring?: string[]
  why?: string
}

const mutations: Mutation[] = [
  { rule: 'C01', code: 'check/children-sum', from: '人员经费 4062.88', to: '人员经费 4062.80', number: '4062.80' },
  { rule: 'C02', code: 'check/total-sum', from: '合计 5084.38', to: '合计 5084.48', number: '5084.48' },
  { rule: 'C03', code: 'check/memo-exceeds-parent', from: '基本建设类项目 0.00', to: '基本建设类项目 800.00', number: '800.00' },
  { rule: 'C04', code: 'check/prose-table-mismatch', from: '基本支出 4431.90 万元', to: '基本支出 4431.91 万元', number: '4431.91' },
  {
    rule: 'C05', code: 'check/prose-parts-sum', from: '项目支出 724.56 万元', to: '项目支出 734.56 万元', number: '734.56',
    alsoFiring: ['check/prose-table-mismatch'], why: 'every prose amount of the seed is also a table cell',
  },
  { rule: 'C06', code: 'check/max-sum', from: '该指标分值 8分，自评得分 7分', to: '该指标分值 9分，自评得分 7分', number: '9' },
  { rule: 'C07', code: 'check/score-sum', from: '95分，绩效等级', to: '96分，绩效等级', number: '96' },
  {
    rule: 'C08', code: 'check/score-range', from: '该指标分值 6分，自评得分 5分', to: '该指标分值 6分，自评得分 7分', number: '7',
    alsoFiring: ['check/score-sum'], why: 'a changed score changes the sum of scores',
  },
  { rule: 'C09', code: 'check/grade-band', from: '绩效等级为“优”', to: '绩效等级为“良”', number: '良' },
  { rule: 'C11', code: 'check/public-expenditure', from: '288.90万元', to: '288.91万元', number: '288.91' },
  { rule: 'C12', code: 'check/project-coverage', from: '覆盖率 100%', to: '覆盖率 90%', number: '90' },
  { rule: 'C15', code: 'check/three-public', from: '11.56万元', to: '6011.56万元', number: '6011.56' },
  {
    rule: 'C16', code: 'check/final-over-budget', from: '合计 5084.38 5156.46', to: '合计 5084.38 5156.36', number: '5156.36',
    alsoFiring: ['check/total-sum'], why: 'every cell of the seed table is in a sum',
  },
  { rule: 'C17', code: 'check/fiscal-year', from: '根据 2020年度两代表一委员评价结果', to: '根据 2019年度两代表一委员评价结果', number: '2019' },
  { rule: 'C18', code: 'check/department-name', from: '佛山市人民代表大会常务委员会办公室的主要职责是', to: '佛山市财政局的主要职责是', number: '财政局' },
  { rule: 'C19', code: 'check/section-ordinals', from: '四、改进措施', to: '六、改进措施', number: '六' },
  {
    rule: 'C24', code: 'check/survey-score', from: '较高。\n\n该指标分值 5分，自评得分 5分', to: '较高。\n\n该指标分值 5分，自评得分 95.42分', number: '95.42',
    alsoFiring: ['check/score-range', 'check/score-sum'], why: 'the survey score taken as the 得分 exceeds the 分值 and changes the sum of scores',
  },
]

describe('check on the seed with one number changed', () => {
  it.each(mutations)('$rule: $from → $to gives $code', (m) => {
    expect(original.split(m.from).length, `"${m.from}" must occur once in the seed`).toBe(2)
    const text = original.replace(m.from, m.to)
    const changedAt = text.indexOf(m.to) + m.to.indexOf(m.number)
    const after = run(text)
    expect(extraCodes(baseline.findings, after.findings)).toEqual([m.code, ...(m.alsoFiring ?? [])].sort())
    const finding = after.findings.find((f) => f.code === m.code)!
    // Both sides are cited, and one of them is the changed number.
    expect(finding.span).toBeDefined()
    expect(finding.related?.length).toBeGreaterThan(0)
    const spans = [finding.span!, ...finding.related!.map((r) => r.span)]
    expect(spans.some((s) => s.start.offset <= changedAt && changedAt < s.end.offset)).toBe(true)
    expect(finding.message).toMatch(/^Unexpected .+, expected .+/)
  })

  it('C23: without its unit line the table is noted (and the prose ↔ table comparisons become n/a)', () => {
    expect(original.split('单位：万元').length).toBe(2)
    const after = run(original.replace('单位：万元', '单位：'))
    expect(extraCodes(baseline.findings, after.findings)).toEqual(['check/table-unit'])
    const finding = after.findings.find((f) => f.code === 'check/table-unit')!
    expect(finding.message).toMatch(/^Unexpected no unit, expected /)
    expect(finding.related?.length).toBe(1)
  })

  it('C13: a 支出完成率 of 100% (决算/调整) is reproduced and the warning goes', () => {
    const after = run(original.replace('率为 97%', '率为 100%'))
    expect(after.findings.map((f) => f.code)).toEqual([])
  })
})
