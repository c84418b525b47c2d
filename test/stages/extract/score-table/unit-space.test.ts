/**
 * A space inside a cell before its unit (`≤90 万元`, `86 %`) or after a
 * numbered label (`指标1 完成率`) does not split the cell: synthetic forms
 * (invented projects and numbers), read with and without the spaces.
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])

describe('a table flattened into one line with a space before units', () => {
  const line = (sp: string) =>
    [
      '项目支出绩效自评表 项目名称 河道保洁经费 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      `年度资金总额: 60 60 54 10 90${sp}% 9 其中:本年财政拨款 60 60 54`,
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
      `产出指标(60分) 数量指标 保洁河道长度 ≥30${sp}公里 32${sp}公里 20 20 质量指标 水面保洁合格率 ≥95${sp}% 96${sp}% 20 20`,
      `成本指标 保洁成本 ≤60${sp}万元 54${sp}万元 20 19 效益指标(30分) 社会效益指标 受益群众 ≥2000${sp}人 2100${sp}人 30 28`,
      `满意度指标(10分) 服务对象满意度指标 群众满意度 ≥90${sp}% 92${sp}% 10 9 总分 100 95`,
    ].join(' ')

  const glued = readText(line(''))
  const spaced = readText(line(' '))

  it('should read the same 分值 and 得分 as the table without the spaces', () => {
    expect(pairs(glued)).toContainEqual(['保洁成本', 20, 19])
    expect(pairs(spaced)).toEqual(pairs(glued))
  })

  it('should keep the unit in the cell, with the space, as the target read', () => {
    const cost = spaced.indicators.find((i) => i.name === '保洁成本')!
    expect(cost.target?.raw).toBe('≤60 万元')
    expect(cost.actual?.raw).toBe('54 万元')
    expect([cost.max?.value, cost.score?.value]).toEqual([20, 19])
  })

  it('should read the funds row past a rate printed as `90 %`', () => {
    const funds = spaced.indicators.find((i) => i.name.startsWith('年度资金总额'))!
    expect([funds.max?.value, funds.score?.value]).toEqual([10, 9])
  })
})

describe('a form with one cell per line, a space before units and after 指标1', () => {
  const form = (sp: string) =>
    [
      '项目支出绩效自评表',
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
      '产出指标', '数量指标',
      `指标1${sp}改造校舍面积`, `2000${sp}平方米`, `2000${sp}平方米`, '30', '30',
      '时效指标',
      `指标1${sp}项目完成及时率`, `100${sp}%`, `95${sp}%`, '20', '18',
      '满意度指标',
      `指标1${sp}师生满意度`, `≥90${sp}%`, `93${sp}%`, '50', '48',
    ].join('\n')

  it('should read the same names, 分值 and 得分 as the form without the spaces', () => {
    const glued = pairs(readText(form('')))
    expect(glued).toContainEqual(['指标1项目完成及时率', 20, 18])
    expect(pairs(readText(form(' ')))).toEqual(glued)
  })
})
