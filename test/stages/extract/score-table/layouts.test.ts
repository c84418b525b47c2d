/**
 * Layout tricks seen in published forms from other provinces, each on a
 * synthetic table written for the test (invented projects and numbers).
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])

describe('score tables laid out as indented text lines', () => {
  const form = [
    '项目支出绩效自评表',
    '    项目名称 乡村道路养护经费',
    '    项目资金',
    '    (万元)',
    '    年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
    '    年度资金总额: 420 400 400 10 10',
    '     其中:本年财政拨款 420 400 400 - -',
    '    一级',
    '    指标',
    '    二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    '    (50分)',
    '    数量指标 指标1:养护道路里程 120公里 120公里 25 24',
    '    指标2:',
    '    ……',
    '    质量指标 指标1:路面完好率 25 25',
    '    (30分)',
    '    可持续影',
    '    响指标',
    '    指标1:养护机制长效运行 30 28',
    '    满意度指标',
    '    (10分)',
    '    指标1:沿线群众满意度 90% 95% 10 10',
    '    总分 100 97',
  ].join('\n')

  it('should take a name numbered 指标1: as the row label, not as the value of the label above it', () => {
    const r = readText(form)
    expect(pairs(r)).toContainEqual(['指标1:养护机制长效运行', 30, 28])
    expect(r.indicators.some((i) => i.name === '可持续影')).toBe(false)
  })

  it('should read a blank 执行率 cell by the arithmetic: the last number is the 得分 when it is not 执行数/预算数', () => {
    const r = readText(form)
    const funds = r.indicators.find((i) => i.name.startsWith('年度资金总额'))!
    expect([funds.max?.value, funds.score?.value]).toEqual([10, 10])
  })
})

describe('a glued form whose total row glues 分值 and 得分 together', () => {
  const form =
    '绩效目标自评表(2023年度)项目名称村级水渠修缮项目绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施' +
    '产出指标(60分)数量指标修缮水渠长度30≥800米≥800米28质量指标工程验收合格率30100%100%30' +
    '效益指标(30分)社会效益指标受益农户数量30≥200户≥200户28' +
    '满意度指标(10分)服务对象满意度指标受益农户满意度10≥90%≥90%10……总分10096' +
    '注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、预算资金执行率10分,3.定量指标'

  it('should split the glued total into 分值 100 and 得分 96 by the arithmetic (得分 ≤ 分值 ≤ 100)', () => {
    const r = readText(form)
    expect(r.totals.score?.value).toBe(96)
    expect(r.totals.score?.raw).toBe('96')
  })

  it('should stop reading rows at the total row, leaving the notes after it alone', () => {
    const r = readText(form)
    // glued names keep the 二级 label printed before them (数量指标修缮水渠长度)
    expect(pairs(r).map(([n, m, s]) => [String(n).slice(-6), m, s])).toEqual([
      ['修缮水渠长度', 30, 28],
      ['验收合格率', 30, 30].map((x, k) => (k === 0 ? '工程验收合格率'.slice(-6) : x)),
      ['受益农户数量', 30, 28],
      ['受益农户满意度'.slice(-6), 10, 10],
    ])
  })

  it('should split other glued totals the one way the arithmetic allows', () => {
    // 9080 = 90 | 80 only (908 > 100; 9 | 080 starts with 0)
    expect(readText(form.replace('总分10096', '总分9080')).totals.score?.value).toBe(80)
    // 1010 = 10 | 10 only (101 | 0 is over the 满分)
    expect(readText(form.replace('总分10096', '总分1010')).totals.score?.value).toBe(10)
  })

  it('should leave a glued total that splits no valid way null, with a diagnostic', () => {
    // 10100: 10 | 100 has 得分 > 分值, 101 and 1010 are over the 满分, 1 | 0100 starts with 0
    const r = readText(form.replace('总分10096', '总分10100'))
    expect(r.totals.score).toBeNull()
    expect(r.diagnostics.some((d) => d.code === 'extract/score-table-ambiguous-split')).toBe(true)
  })
})

describe('a form published with its 权重 filled and every 得分 blank', () => {
  const cells = [
    '部门预算项目支出绩效自评表(2024年度)', '项目名称', '城区路灯运维经费',
    '预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因',
    '总额', '80.00', '76.50', '76.50', '100.00%', '10', '', '',
    '绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析',
    '产出指标', '数量指标', '路灯亮灯率', '≥', '98', '%', '', '50', '', '',
    '效益指标', '社会效益指标', '夜间通行安全保障', '定性', '有效保障', '', '', '40', '', '',
    '合计', '100', '', '',
  ]
  const form = cells.map((c) => `${c} |`).join('\n')

  it('should read the 合计 that equals Σ 权重 as the 满分, not as the total score', () => {
    const r = readText(form)
    expect(r.indicators.map((i) => [i.max?.value ?? null, i.score?.value ?? null])).toEqual([[10, null], [50, null], [40, null]])
    expect(r.totals.score).toBeNull()
    expect(r.totals.max && 'raw' in r.totals.max ? r.totals.max.raw : null).toBe('100')
  })

  it('should keep the 合计 as the score once the 得分 cells are filled', () => {
    const scored = form.replace('50 |\n |\n |\n效益', '50 |\n48 |\n |\n效益').replace('40 |\n |\n |\n合计', '40 |\n40 |\n |\n合计').replace('合计 |\n100 |', '合计 |\n98 |')
    const r = readText(scored)
    expect(r.totals.score?.value).toBe(98)
  })
})

describe('a PDF-text 得分表 whose maxima read "(5 分)" and whose 得分 starts the next line', () => {
  const form = [
    '2023 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标设定(12 分) 依据充分性(6 分)',
    '6 目标明确性(6 分)',
    '5 预算配置(8 分) 预算编制准确性(8 分)',
    '7 部门管 理(30 分) 资金管理(10 分) 资金使用合规性(10 分)',
    '9',
  ].join('\n')

  it('should keep "(6 分)" in the label cell and take the next line\'s first number as its 得分', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([
      ['依据充分性', 6, 6],
      ['目标明确性', 6, 5],
      ['预算编制准确性', 8, 7],
      ['资金使用合规性', 10, 9],
    ])
  })
})

describe('target operators', () => {
  it('should map every comparison word of the tblOp fragment to an operator', async () => {
    const { loadGrammar } = await import('../../../../src/grammar/load.js')
    const file = loadGrammar().files.find((f) => f.id === 'score-table')!
    const words = file.fragments.tblOp!.split('|')
    const ops = (file.data as { targetOps: Record<string, string> }).targetOps
    expect(words.filter((w) => !(w in ops))).toEqual([])
  })
})
