import { describe, expect, it } from 'vitest'
import { processDocument } from '../../../src/pipeline/run.js'
import { fileDoc, SEED } from '../../helpers/pipeline.js'

describe('extract on the seed, end to end', () => {
  const doc = fileDoc(SEED)
  const record = processDocument(doc)
  const quote = (s: { start: { offset: number }; end: { offset: number } }) => doc.text.slice(s.start.offset, s.end.offset)

  it('should read the nine prose score pairs, named by their sections', () => {
    const prose = record.indicators.filter((i) => i.source === 'prose')
    expect(prose.map((i) => [i.id, i.name, i.max?.value, i.score?.value])).toEqual([
      ['ind-p-1', '预算编制情况', 8, 7],
      ['ind-p-2', '绩效目标设置情况', 8, 6],
      ['ind-p-3', '财政资金管理情况', 7, 7],
      ['ind-p-4', '财务管理情况', 20, 19],
      ['ind-p-5', '项目管理情况', 11, 11],
      ['ind-p-6', '资产管理情况', 6, 5],
      ['ind-p-7', '公用经费控制情况', 5, 5],
      ['ind-p-8', '重点任务完成与部门履职效益', 30, 30],
      ['ind-p-9', '公众或服务对象满意度', 5, 5],
    ])
    expect(quote(prose[2]!.span)).toBe('按照评分\n\n标准，该指标分值 7 分，自评得分 7 分')
    expect(record.diagnostics.filter((d) => d.code === 'extract/prose-score-unnamed')).toEqual([])
  })

  it('should read the total and grade, and no maximum (the seed states none)', () => {
    expect(record.totals.score).toMatchObject({ value: 95, raw: '95' })
    expect(record.totals.grade).toMatchObject({ value: '优', raw: '优' })
    expect(record.totals.score!.span.start.line).toBe(372)
  })

  it('should read the budget table with its unit, columns, rows and pages', () => {
    const t = record.tables.find((x) => x.title === '部门预算支出明细表')!
    expect(t.unit).toBe('万元')
    expect(t.columns.map((c) => c.raw)).toEqual(['年初预算数', '调整预算数', '决算数'])
    const total = t.rows.find((r) => r.role === 'total')!
    expect(total.cells.map((c) => c.value)).toEqual([5084.38, 5156.46, 5156.46])
    expect(t.rows.find((r) => r.role === 'memo')?.label).toBe('其中：基本建设类项目')
    expect(t.rows).toHaveLength(9)
  })

  it('should read the stated facts', () => {
    const facts = Object.fromEntries(record.facts.map((f) => [f.key, [f.value, f.unit]]))
    expect(facts).toEqual({
      'total-expenditure': [5156.46, '万元'],
      'basic-expenditure': [4431.9, '万元'],
      'project-expenditure': [724.56, '万元'],
      'execution-rate': [97, '%'],
      'carryover-rate': [1.07, '%'],
      'three-public-expenditure': [11.56, '万元'],
      'public-expenditure': [288.9, '万元'],
      'project-count': [9, '个'],
      'self-evaluated-project-count': [9, '个'],
      'self-evaluation-coverage': [100, '%'],
      'satisfaction-survey-score': [95.42, '分'],
    })
  })

  it('should read the metadata', () => {
    const m = record.meta
    expect([m.department?.value, m.region?.value, m.year?.value, m.reportType?.value, m.title]).toEqual([
      '佛山市人民代表大会常务委员会办公室', '佛山市', 2020, '部门整体支出绩效自评', null,
    ])
  })
})
