import { describe, expect, it } from 'vitest'
import { readTextTables } from '../../../src/stages/extract/text-tables.js'
import { SEED } from '../../helpers/pipeline.js'
import { prepare, sliceOf } from './helpers.js'

const values = (t: ReturnType<typeof readTextTables>[number]) => t.rows.map((r) => [r.label, r.role, r.level, ...r.cells.map((c) => c.value)])

describe('readTextTables', () => {
  it('should read the seed budget table as one table across its page break', () => {
    const p = prepare(SEED, { file: true })
    const tables = readTextTables(p.input, p.ctx)
    expect(tables).toHaveLength(1)
    const t = tables[0]!
    expect([t.id, t.kind, t.title, t.unit]).toEqual(['table-t-1', 'budget-expenditure', '部门预算支出明细表', '万元'])
    expect(t.columns).toEqual([
      { key: 'initial', raw: '年初预算数' },
      { key: 'adjusted', raw: '调整预算数' },
      { key: 'final', raw: '决算数' },
    ])
    expect(values(t)).toEqual([
      ['一、基本支出', 'item', 1, 4336.48, 4431.9, 4431.9],
      ['人员经费', 'item', 2, 4062.88, 4143, 4143],
      ['日常公用经费', 'item', 2, 273.6, 288.9, 288.9],
      ['二、项目支出', 'item', 1, 747.9, 724.56, 724.56],
      ['其中：基本建设类项目', 'memo', 2, 0, 0, 0],
      ['三、上缴上级支出', 'item', 1, 0, 0, 0],
      ['四、经营支出', 'item', 1, 0, 0, 0],
      ['五、对附属单位补助支出', 'item', 1, 0, 0, 0],
      ['合计', 'total', 0, 5084.38, 5156.46, 5156.46],
    ])
    // the seed marks page starts with a leading space: the 其中 row opens page 10
    expect(t.rows.map((r) => r.cells[0]!.span!.start.page)).toEqual([9, 9, 9, 9, 10, 10, 10, 10, 10])
    expect(t.rows[8]!.cells.map((c) => c.raw)).toEqual(['5084.38', '5156.46', '5156.46'])
    for (const r of t.rows) {
      expect(sliceOf(p.text, r.labelSpan)).toBe(r.label)
      for (const c of r.cells) expect(sliceOf(p.text, c.span)).toBe(c.raw)
    }
    expect(sliceOf(p.text, t.span)!.startsWith('部门预算支出明细表')).toBe(true)
    expect(sliceOf(p.text, t.span)!.endsWith('5156.46')).toBe(true)
  })

  it('should keep one table over a form feed, a page-number footer and a repeated header', () => {
    const text = [
      '支出决算表', '金额单位：元', '项目 年初预算数 调整后预算数 决算数',
      '一、基本支出 1,000.00 1,100.00 1,050.00', '人员经费 800.00 900.00 850.00',
      '— 3 —\f项目 年初预算数 调整后预算数 决算数',
      '日常公用经费 200.00 200.00 200.00', '合计 1,000.00 1,100.00 1,050.00', '以上为支出情况。',
    ].join('\n')
    const p = prepare(text)
    const [t, ...rest] = readTextTables(p.input, p.ctx)
    expect(rest).toEqual([])
    expect([t!.title, t!.unit, t!.kind]).toEqual(['支出决算表', '元', 'budget-expenditure'])
    expect(values(t!)).toEqual([
      ['一、基本支出', 'item', 1, 1000, 1100, 1050],
      ['人员经费', 'item', 2, 800, 900, 850],
      ['日常公用经费', 'item', 2, 200, 200, 200],
      ['合计', 'total', 0, 1000, 1100, 1050],
    ])
    expect(t!.rows[2]!.cells[0]!.span!.start.page).toBe(2)
  })

  it('should read printed blanks as null and leave missing cells blank with a diagnostic', () => {
    const p = prepare('支出类别 年初预算数 调整预算数 决算数\n人员经费 - 4143.00 4143.00\n其中：工资 10.00 12.00\n合计 - 4143.00 4143.00')
    const [t] = readTextTables(p.input, p.ctx)
    expect(values(t!)).toEqual([
      ['人员经费', 'item', 1, null, 4143, 4143],
      ['其中：工资', 'memo', 2, 10, 12, null],
      ['合计', 'total', 0, null, 4143, 4143],
    ])
    expect(t!.rows[0]!.cells[0]).toMatchObject({ value: null, raw: '-' })
    expect(t!.rows[1]!.cells[2]).toEqual({ value: null, raw: '', span: null })
    expect(t!.title).toBeNull()
    expect(t!.kind).toBe('budget-expenditure')
    expect(p.diagnostics.map((d) => d.code)).toContain('extract/table-row-width')
  })

  it('should end a table at prose, even prose ending in a number', () => {
    const p = prepare('支出类别 年初预算数 调整预算数 决算数\n人员经费 1.00 2.00 3.00\n本部门设办公室，下设科室 5\n个。')
    const [t] = readTextTables(p.input, p.ctx)
    expect(t!.rows.map((r) => r.label)).toEqual(['人员经费'])
  })

  it('should find no table in prose and report a header without rows', () => {
    const prose = prepare('2020年部门整体支出5156.46万元，其中：基本支出 4431.90 万元。')
    expect(readTextTables(prose.input, prose.ctx)).toEqual([])
    const p = prepare('支出类别 年初预算数 调整预算数 决算数\n二、绩效自评结果')
    expect(readTextTables(p.input, p.ctx)).toEqual([])
    expect(p.diagnostics.map((d) => d.code)).toContain('extract/table-without-rows')
  })
})

describe('readTextTables on a table printed one cell per line', () => {
  const text = ['部门整体支出情况如下表：', '单位：万元', '项目', '年初预算数', '调整预算数', '决算数',
    '一、基本支出', '310.50', '322.00', '320.10', '二、项目支出', '80.00', '95.40', '90.25', '合计', '390.50', '417.40', '410.35',
    '全年支出执行率为98.3%。'].join('\n')

  it('should read the header lines and rows of one label and one value per column, with the unit above', () => {
    const p = prepare(text)
    const [t] = readTextTables(p.input, p.ctx)
    expect(t?.unit).toBe('万元')
    expect(t!.columns.map((c) => c.key)).toEqual(['initial', 'adjusted', 'final'])
    expect(values(t!)).toEqual([
      ['一、基本支出', 'item', 1, 310.5, 322, 320.1],
      ['二、项目支出', 'item', 1, 80, 95.4, 90.25],
      ['合计', 'total', 0, 390.5, 417.4, 410.35],
    ])
    for (const r of t!.rows) for (const c of r.cells) expect(sliceOf(p.text, c.span!)).toBe(c.raw)
  })

  it('should end the table at a row with a missing value line, never reading prose as a row', () => {
    const p = prepare(['项目', '年初预算数', '决算数', '一、基本支出', '310.50', '320.10', '二、项目支出', '80.00', '二是加强预算管理。'].join('\n'))
    const tables = readTextTables(p.input, p.ctx)
    expect(tables.flatMap((t) => t.rows.map((r) => r.label))).not.toContain('二、项目支出')
  })
})
