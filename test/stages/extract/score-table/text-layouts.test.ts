/**
 * Score tables copied as text in the layouts of real forms — tab-separated
 * from a spreadsheet, one cell per line, a whole table on one line — each on
 * a synthetic table written for the test (invented projects and numbers).
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])

describe('a tab-separated project table', () => {
  const form = [
    '项目支出绩效自评表',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
    '预算执行率\t\t年度资金总额\t100%\t98%\t10\t9.8\t',
    '产出指标（60分）\t数量指标\t新修便民桥梁\t≥6座\t6座\t30\t30\t',
    '\t质量指标\t桥梁验收合格率\t100%\t100%\t30\t28\t',
    '满意度指标（30分）\t服务对象满意度指标\t村民满意度\t≥90%\t93%\t30\t29\t',
    '合计\t\t\t\t\t100\t96.8\t',
  ].join('\n')

  it('should end the header with its line, so the first row’s label (预算执行率) is not read as a column', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([
      ['年度资金总额', 10, 9.8],
      ['新修便民桥梁', 30, 30],
      ['桥梁验收合格率', 30, 28],
      ['村民满意度', 30, 29],
    ])
    expect(r.totals.score?.value).toBe(96.8)
  })
})

describe('a pipe table with a 单位 column', () => {
  it('should read 单位 as the unit column, never as the name', () => {
    const r = readText([
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 单位 | 实际完成值 | 分值 | 得分 |',
      '| 产出指标 | 数量指标 | 发放农机补贴户数 | ≥300 | 户 | 320 | 40 | 40 |',
      '| 效益指标 | 经济效益指标 | 户均节本增效 | ≥800 | 元/户 | 760 | 60 | 55 |',
      '| 总分 | | | | | | 100 | 95 |',
    ].join('\n'))
    expect(pairs(r)).toEqual([['发放农机补贴户数', 40, 40], ['户均节本增效', 60, 55]])
  })
})

describe('a table printed one cell per line with a 序号 column', () => {
  const form = ['部门整体支出绩效自评得分表', '序号', '指标名称', '分值', '得分', '评分说明',
    '1', '预算编制', '20', '20', '无扣分',
    '2', '资产管理', '30', '2', '扣28分',
    '3', '政府采购', '3', '3', '无扣分',
    '4', '履职效益', '47', '40', '未完成1项',
    '合计', '100', '65'].join('\n')

  it('should take as row number the cell before a name, not a 得分 of the same value before criterion text', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([['预算编制', 20, 20], ['资产管理', 30, 2], ['政府采购', 3, 3], ['履职效益', 47, 40]])
  })

  it('should read 合计 / 100 / 65 on separate lines as the Σ 分值 and the total score', () => {
    const r = readText(form)
    expect(r.totals.score?.value).toBe(65)
    expect(r.totals.max?.value).toBe(100)
  })
})

describe('the funds block of a project table flattened into one line', () => {
  const form = '项目绩效自评表 单位：万元 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ' +
    '项目资金执行率 200.00 200.00 180.00 10 90.00% 9 其中：本年财政拨款 200.00 200.00 180.00 90.00% ' +
    '一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分 产出指标 数量指标 培训人数 ≥500人 520人 90 88 总分 100 97'

  it('should score the funds line that prints 分值 and 得分 whatever its label, and never the 其中 line', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([['项目资金执行率', 10, 9], ['培训人数', 90, 88]])
  })

  it('should take the unit stated before the funds header (单位：万元) as the funds table’s unit', () => {
    const r = readText(form)
    expect(r.tables.find((t) => t.kind === 'project-funds')?.unit).toBe('万元')
  })
})

describe('a space-aligned table with a scoring-rule column', () => {
  const form = [
    '部门整体支出绩效评价得分表',
    '评价内容          分值    评分依据                    得分',
    '项目前期论证      20      每缺一项论证材料扣2分        16',
    '资金拨付及时性    30                                  30',
    '服务质量          50      投诉率超过1%扣5分             45',
    '合计              100                                 91',
  ].join('\n')

  it('should read the rule column as criterion text: its words are never a name, its numbers never scores', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([['项目前期论证', 20, 16], ['资金拨付及时性', 30, 30], ['服务质量', 50, 45]])
  })
})

describe('rows of criterion text with no header in sight', () => {
  it('should never take a scoring rule (每…扣N分) as an indicator name', () => {
    const r = readText(['产出指标', '每发现一处不规范扣2分 13', '完成率低于95%的每1%扣1分 24', '目标明确得10分 9', '预算编制 10 9'].join('\n'))
    expect(r.indicators.some((i) => /扣|得\d/.test(i.name))).toBe(false)
  })
})

describe('names wrapped onto a second line of their column', () => {
  it('should join the tail (| | | 度 |) to the name above it in a pipe table', () => {
    const r = readText([
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '| 产出指标 | 数量指标 | 新建污水管网总长 | 60 | 55 |',
      '| | | 度 | | |',
      '| 满意度指标 | 服务对象满意度指标 | 居民满意度 | 40 | 38 |',
      '| 合计 | | | 100 | 93 |',
    ].join('\n'))
    expect(pairs(r)).toEqual([['新建污水管网总长度', 60, 55], ['居民满意度', 40, 38]])
    const span = r.indicators[0]!.span
    expect(span.start.line).toBe(2)
  })

  it('should join a wrapped tail in a tab-separated table, and keep a short row of its own', () => {
    const r = readText([
      '一级指标\t二级指标\t三级指标\t分值\t得分',
      '产出指标\t质量指标\t维修工程验收合格\t50\t50',
      '\t\t率\t\t',
      '\t时效指标\t完工及时率\t50\t45',
      '合计\t\t\t100\t95',
    ].join('\n'))
    expect(pairs(r)).toEqual([['维修工程验收合格率', 50, 50], ['完工及时率', 50, 45]])
  })
})

describe('labels that cannot be indicator names', () => {
  it('should drop a row labelled by a unit, a single character or a scoring rule, with a diagnostic', () => {
    const r = readText([
      '一级指标 二级指标 三级指标 分值 得分',
      '产出指标 数量指标 新建村级服务站 30 30',
      '人次 20 18',
      '标 20 20',
      '满意度指标 服务对象满意度指标 群众满意度 30 27',
    ].join('\n'))
    expect(r.indicators.map((i) => i.name)).not.toContain('人次')
    expect(r.indicators.map((i) => i.name)).not.toContain('标')
    expect(r.indicators.map((i) => i.name)).toContain('群众满意度')
    expect(r.diagnostics.some((d) => d.code === 'extract/score-table-not-a-name')).toBe(true)
  })
})

describe('a funds block in 元 with thousands separators', () => {
  it('should read 1,380,000.00 as an amount and score the funds row, unit from 金额单位：元 above it', () => {
    const r = readText([
      '金额单位：元',
      '| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| 年度资金总额 | 1,250,000.00 | 1,380,000.00 | 1,311,000.00 | 10 | 95.00% | 9.5 |',
      '| 其中：当年财政拨款 | 1,250,000.00 | 1,250,000.00 | 1,200,000.00 | — | 96.00% | — |',
    ].join('\n'))
    expect(pairs(r)).toEqual([['年度资金总额', 10, 9.5]])
    const funds = r.tables.find((t) => t.kind === 'project-funds')!
    expect(funds.unit).toBe('元')
    expect(funds.rows[0]!.cells.map((c) => c.value)).toContain(1380000)
  })
})
