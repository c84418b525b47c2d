import { describe, expect, it } from 'vitest'
import { readFacts } from '../../../src/stages/extract/facts.js'
import type { Table } from '../../../src/model/report.js'
import { SEED } from '../../helpers/pipeline.js'
import { prepare, sliceOf } from './helpers.js'
import { realFixture } from '../../helpers/fixtures.js'

const pick = (facts: ReturnType<typeof readFacts>) => facts.map((f) => [f.key, f.value, f.unit])

describe('readFacts', () => {
  it('should read the stated figures of the seed with key, value and unit', () => {
    const p = prepare(SEED, { file: true })
    const facts = readFacts(p.input, p.ctx, [])
    expect(pick(facts)).toEqual([
      ['total-expenditure', 5156.46, '万元'],
      ['basic-expenditure', 4431.9, '万元'],
      ['project-expenditure', 724.56, '万元'],
      ['execution-rate', 97, '%'],
      ['carryover-rate', 1.07, '%'],
      ['project-count', 9, '个'],
      ['self-evaluated-project-count', 9, '个'],
      ['self-evaluation-coverage', 100, '%'],
      ['three-public-expenditure', 11.56, '万元'],
      ['public-expenditure', 288.9, '万元'],
      ['satisfaction-survey-score', 95.42, '分'],
    ])
    for (const f of facts) {
      expect(sliceOf(p.text, f.span)).toBe(f.raw)
      expect(f.by).toMatch(/^facts\//)
    }
  })

  it('should keep the printed label and quote the phrase across a wrap', () => {
    const p = prepare(SEED, { file: true })
    const facts = readFacts(p.input, p.ctx, [])
    const total = facts.find((f) => f.key === 'total-expenditure')!
    expect(total.label).toBe('部门整体支出')
    expect(total.raw).toBe('部门整体支出5156.46\n\n万元')
    expect(total.span.start.line).toBe(335)
    expect(facts.find((f) => f.key === 'three-public-expenditure')!.label).toBe('“三公”经费实际支出')
    expect(facts.find((f) => f.key === 'self-evaluated-project-count')!.raw).toBe('对 9个项目开展了自评')
  })

  it('should read a label broken by one space where a wrapped line was flowed into one line', () => {
    const p = prepare('财政资金支出完成 率为 97%，项目自评 覆盖率 100%。')
    const facts = readFacts(p.input, p.ctx, [])
    expect(facts.map((f) => [f.key, f.label, f.value, f.raw])).toEqual([
      ['execution-rate', '财政资金支出完成率', 97, '财政资金支出完成 率为 97%'],
      ['self-evaluation-coverage', '项目自评覆盖率', 100, '项目自评 覆盖率 100%'],
    ])
  })

  it('should not run a label across punctuation or a wider gap', () => {
    const p = prepare('支出完成。 率为 97%，项目自评  覆盖率 100%。')
    expect(readFacts(p.input, p.ctx, [])).toEqual([])
  })

  it('should read the income and expenditure items of a 收支 summary (real/05)', () => {
    const p = prepare(realFixture('05'), { file: true })
    const facts = readFacts(p.input, p.ctx, [])
    expect(pick(facts)).toEqual([
      ['income', 792.22, '万元'],
      ['total-expenditure', 799.12, '万元'],
      ['personnel-expenditure', 434.89, '万元'],
      ['public-expenditure', 77.4, '万元'],
      ['project-expenditure', 286.83, '万元'],
    ])
  })

  it('should skip figures inside a table', () => {
    const p = prepare('其中：基本支出 4431.90 万元，项目支出 724.56 万元。')
    const span = p.ctx.locate.span(0, p.text.length)
    const table: Table = { id: 't', kind: null, title: null, unit: null, columns: [], rows: [], span }
    expect(readFacts(p.input, p.ctx, [table])).toEqual([])
    expect(readFacts(p.input, p.ctx, []).map((f) => f.key)).toEqual(['basic-expenditure', 'project-expenditure'])
  })

  it('should not read table rows, targets or counts of other things', () => {
    const p = prepare('一、基本支出 4336.48 4431.90 4431.90\n服务对象满意度≥90%\n设办公室 1 个，下设科室 5 个。\n其中:财政拨款收入792.22万元')
    expect(readFacts(p.input, p.ctx, [])).toEqual([])
  })

  it('should give nothing for a blank template', () => {
    const p = prepare(realFixture('07'), { file: true })
    expect(readFacts(p.input, p.ctx, [])).toEqual([])
  })
})
