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
