/**
 * Acceptance on the seed report, as plain text extracted from its PDF and as
 * the three PDFs made of it by different producers: the outline, the nine
 * indicator pairs, total and grade, the budget table, the stated facts and
 * the metadata must be the same. Expected values were read from the document.
 */
import { existsSync, readdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runFile } from '../../src/pipeline/run.js'
import type { Report } from '../../src/model/report.js'
import { SEED } from '../helpers/pipeline.js'

/** The seed and the PDFs made of it (fixtures/pdf-<producer>/ holding the seed's expected.json). */
const inputs = [
  { name: 'seed text', path: SEED, lastRowPages: [10] },
  ...(existsSync('fixtures') ? readdirSync('fixtures') : [])
    .filter((d) => /^pdf-(libreoffice|chromium|stsong)/.test(d))
    .map((d) => ({ name: d, path: `fixtures/${d}/input.pdf`, lastRowPages: [9, 10] }))
    .filter((c) => existsSync(c.path)),
]

describe.each(inputs)('the seed report ($name)', ({ path, lastRowPages }) => {
  let record: Report
  const childrenOf = (id: string | null) => record.sections.filter((s) => s.parentId === id)

  beforeAll(async () => {
    const result = await runFile(path)
    if (!result.ok) throw new Error(`${path} could not be read: ${result.diagnostics.map((d) => d.message).join('; ')}`)
    record = result.report
  })

  it('should have the five level-1 sections', () => {
    expect(record.sections.filter((s) => s.level === 1).map((s) => s.title.replace(/。$/, ''))).toEqual([
      '部门基本情况',
      '绩效自评结果及指标分析',
      '存在问题',
      '改进措施及有关建议',
      '其他自评情况',
    ])
  })

  it('should have four children under 一、 and nine under 二、', () => {
    const [one, two] = record.sections.filter((s) => s.level === 1)
    expect(childrenOf(one!.id).map((s) => s.title)).toEqual(['部门职能', '机构设置', '年度总体工作和重点工作任务', '整体支出使用情况'])
    expect(childrenOf(two!.id).map((s) => s.title)).toEqual([
      '预算编制情况',
      '绩效目标设置情况',
      '财政资金管理情况',
      '财务管理情况',
      '项目管理情况',
      '资产管理情况',
      '公用经费控制情况',
      '重点任务完成与部门履职效益',
      '公众或服务对象满意度',
    ])
  })

  it('should read the nine indicator pairs named after their sections', () => {
    expect(record.indicators.map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([
      ['预算编制情况', 8, 7],
      ['绩效目标设置情况', 8, 6],
      ['财政资金管理情况', 7, 7],
      ['财务管理情况', 20, 19],
      ['项目管理情况', 11, 11],
      ['资产管理情况', 6, 5],
      ['公用经费控制情况', 5, 5],
      ['重点任务完成与部门履职效益', 30, 30],
      ['公众或服务对象满意度', 5, 5],
    ])
  })

  it('should read total 95 of 100 and grade 优', () => {
    expect(record.totals.score?.value).toBe(95)
    expect(record.totals.max?.value).toBe(100)
    expect(record.totals.grade?.value).toBe('优')
  })

  it('should read the budget table with all ten rows and their roles', () => {
    const table = record.tables.find((t) => t.title?.includes('部门预算支出明细表'))!
    expect(table).toBeDefined()
    expect(table.unit).toBe('万元')
    expect(table.columns.map((c) => c.raw).slice(-3)).toEqual(['年初预算数', '调整预算数', '决算数'])
    expect(table.rows.map((r) => [r.label.replace('：', ':'), r.role, ...r.cells.map((c) => c.value)])).toEqual([
      ['一、基本支出', 'item', 4336.48, 4431.9, 4431.9],
      ['人员经费', 'item', 4062.88, 4143.0, 4143.0],
      ['日常公用经费', 'item', 273.6, 288.9, 288.9],
      ['二、项目支出', 'item', 747.9, 724.56, 724.56],
      ['其中:基本建设类项目', 'memo', 0, 0, 0],
      ['三、上缴上级支出', 'item', 0, 0, 0],
      ['四、经营支出', 'item', 0, 0, 0],
      ['五、对附属单位补助支出', 'item', 0, 0, 0],
      ['合计', 'total', 5084.38, 5156.46, 5156.46],
    ])
    expect(table.rows[0]!.cells[0]!.span?.start.page).toBe(9)
    expect(lastRowPages).toContain(table.rows.at(-1)!.cells[0]!.span?.start.page)
    expect(record.tables.filter((t) => t.kind === 'budget-expenditure')).toHaveLength(1)
  })

  it('should read the stated facts', () => {
    const fact = (key: string) => record.facts.find((f) => f.key === key)
    expect([fact('total-expenditure')?.value, fact('total-expenditure')?.unit]).toEqual([5156.46, '万元'])
    expect(fact('basic-expenditure')?.value).toBe(4431.9)
    expect(fact('project-expenditure')?.value).toBe(724.56)
    expect([fact('execution-rate')?.value, fact('execution-rate')?.unit]).toEqual([97, '%'])
    expect(fact('carryover-rate')?.value).toBe(1.07)
    expect(fact('three-public-expenditure')?.value).toBe(11.56)
    expect(fact('public-expenditure')?.value).toBe(288.9)
    expect(fact('project-count')?.value).toBe(9)
    expect(fact('satisfaction-survey-score')?.value).toBe(95.42)
  })

  it('should read the metadata', () => {
    expect(record.meta.department?.value).toBe('佛山市人民代表大会常务委员会办公室')
    expect(record.meta.region?.value).toBe('佛山市')
    expect(record.meta.year?.value).toBe(2020)
    expect(record.meta.reportType?.value).toContain('部门整体支出绩效自评')
  })

  it('should pass every check', () => {
    expect(record.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
