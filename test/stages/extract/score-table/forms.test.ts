/**
 * Form layouts met in published reports from more provinces, each on a
 * synthetic form written for the test (invented projects and numbers).
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])

describe('a pipe form with a two-tier header and a total row holding 分值, 得分 and grade', () => {
  const form = [
    '2021年度项目支出绩效自评表 | 单位:某县第二小学 |',
    '| 项目名称 | 校舍维修专项资金 | 项目资金 (元) |',
    '| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |',
    '| 52000.00 | 52000.00 | 10 | 100% | 10 | 其中:当年财政 拨款 |',
    '| 52000.00 | 52000.00 | — |',
    '| 年度 总体 目标 | 预期目标 | 实际完成情况 | 完成校舍维修 | 已完成 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 维修教室间数 | ≧ | 12 | 间 | 12 | 30 | 30 |',
    '| 质量指标 | 验收合格率 | ═ | 100 | % | 100% | 30 | 28 |',
    '| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≧ | 90 | % | 93% | 30 | 27 |',
    '| 其他需要说明事项 | 无 | 总分 | 100 | 95 | 优 |',
  ].join('\n')

  it('should read the row layout of both header tiers together (指标性质 指标值 度量单位 then 完成值 分值 得分)', () => {
    const r = readText(form)
    expect(pairs(r)).toContainEqual(['维修教室间数', 30, 30])
    expect(pairs(r)).toContainEqual(['验收合格率', 30, 28])
    expect(pairs(r)).toContainEqual(['师生满意度', 30, 27])
  })

  it('should not read the 分值 as the 执行数 when the 执行率 100% disagrees with 10/52000', () => {
    const r = readText(form)
    expect(pairs(r)).toContainEqual(['年度资金总额', 10, 10])
  })

  it('should read 总分 | 100 | 95 | 优 as 满分 100, total 95 and grade 优', () => {
    const r = readText(form)
    expect(r.totals.score?.value).toBe(95)
    expect(r.totals.max?.value).toBe(100)
    expect(r.totals.grade?.value).toBe('优')
    expect(r.totals.score?.raw).toBe('95')
  })
})

describe('a pipe form with a 序号 column, free-text 解释/评分标准 columns and maxima in group labels', () => {
  const form = [
    '2022年度部门整体支出绩效评价自评表',
    '单位 | |||||||',
    '序号 | 一级 指标 |',
    '二级 指标 |',
    '三级 指标 |',
    '指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |',
    '1 | 投入 (20分) |',
    '预算编制 (8分) | 预算编制 规范性 | 4 | 预算编制是否符合规定(按年初预算考核)。 | 1、编制及时(2分); 2、编制完整(2分)。 |',
    '3 |',
    '2 | 目标设置 (12分) | 绩效目标 合理性 | 7 | 是否设置绩效目标。 | 目标合理(7分) | 6 | |',
    '3 | 绩效目标 明确性 | 5 | 目标是否细化量化。 | 目标明确(5分); | 5 | ||',
    '4 | 过程 (40分) |',
    '资金管理 (15分) | 资金使用 合规性 | 9 | 资金使用是否合规。 |',
  ].join('\n')

  it('should read each row behind its row number, with the 得分 wrapped onto its own line', () => {
    const r = readText(form)
    expect(pairs(r)).toEqual([
      ['预算编制 规范性', 4, 3],
      ['绩效目标 合理性', 7, 6],
      ['绩效目标 明确性', 5, 5],
      ['资金使用 合规性', 9, null],
    ])
  })

  it('should not read the header word 自评得分 followed by row number 1 as a total', () => {
    expect(readText(form).totals.score).toBeNull()
  })
})
