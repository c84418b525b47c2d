/**
 * Indicator names → canonical keys. Names are as printed in the seed report
 * (佛山 2020 nine indicators), the real excerpts in the shared corpus and the
 * frameworks listed in domain.md §1.
 */
import { describe, expect, it } from 'vitest'
import { canonicalIndicatorKey, resolveIndicatorKey } from '../../../src/stages/canonicalize/index.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { CanonicalData } from '../../../src/stages/canonicalize/data.js'

const key = (name: string) => canonicalIndicatorKey(name)

describe('canonicalIndicatorKey', () => {
  it('should map 预算编制情况, 预算编制 and 预算编制质量 onto one key', () => {
    expect(key('预算编制情况')).toBe('预算编制')
    expect(key('预算编制')).toBe('预算编制')
    expect(key('预算编制质量')).toBe('预算编制')
  })

  it('should map the seed section titles onto the nine indicators of its score table', () => {
    // section titles under 二、 in the seed (（一）预算编制情况 … （九）公众或服务对象满意度)
    expect(key('（一）预算编制情况')).toBe('预算编制')
    expect(key('（二）绩效目标设置情况')).toBe('绩效目标设置')
    expect(key('（三）财政资金管理情况')).toBe('财政资金管理')
    expect(key('（四）财务管理情况')).toBe('财务管理')
    expect(key('（五）项目管理情况')).toBe('项目管理')
    expect(key('（六）资产管理情况')).toBe('资产管理')
    expect(key('（七）公用经费控制情况')).toBe('公用经费控制')
    expect(key('（八）重点任务完成与部门履职效益')).toBe('重点任务完成与部门履职效益')
    expect(key('（九）公众或服务对象满意度')).toBe('服务对象满意度')
  })

  it('should keep 预算执行 and 预算执行率 apart (寿县 2023 prints both, 18分 and 5分 inside it)', () => {
    expect(key('预算执行')).toBe('预算执行')
    expect(key('预算执行率')).toBe('预算执行率')
    expect(key('预算执行情况')).toBe('预算执行')
  })

  it('should read the 年度资金总额 row of a project table as the 预算执行率 score', () => {
    // 01.txt "年度资金总额: 0 0 0 10 0 0"; 09/10.txt 分值 10 with 执行率 86% / 100%
    expect(key('年度资金总额:')).toBe('预算执行率')
    expect(key('年度资金总额(预算执行)')).toBe('预算执行率')
    expect(key('预算执行率')).toBe('预算执行率')
  })

  it('should strip weights, ★ markers and 指标N placeholders before lookup', () => {
    expect(key('产出指标(50分)')).toBe('产出')
    expect(key('效益指标(30分)')).toBe('效益')
    expect(key('满意度指标(10分)')).toBe('满意度')
    expect(key('预算执行情况(10分)')).toBe('预算执行')
    expect(key('指标1成本控制率')).toBeNull()
  })

  it('should map the second-level names of the project table', () => {
    expect(key('数量指标')).toBe('产出数量')
    expect(key('质量指标')).toBe('产出质量')
    expect(key('时效指标')).toBe('产出时效')
    expect(key('成本指标')).toBe('产出成本')
    expect(key('社会效益指标')).toBe('社会效益')
    expect(key('可持续影响指标')).toBe('可持续影响')
    expect(key('服务对象满意度指标')).toBe('服务对象满意度')
  })

  it('should keep a second-level name apart from the first-level name it starts with', () => {
    expect(key('产出质量')).toBe('产出质量')
    expect(key('产出')).toBe('产出')
    expect(key('满意度')).not.toBe(key('服务对象满意度'))
    expect(key('效益')).not.toBe(key('效果'))
    expect(key('公用经费控制')).not.toBe(key('公用经费控制率'))
    expect(key('预算编制科学性')).not.toBe(key('预算编制'))
  })

  it('should fold spellings: quotes, full-width brackets, 结余结转率', () => {
    expect(key('“三公”经费控制率')).toBe('三公经费控制率')
    expect(key('结余结转率')).toBe('结转结余率')
    expect(key('社会公众或服务对象满意度')).toBe('服务对象满意度')
  })

  it('should give no key to project-specific indicators (never force one)', () => {
    // 01.txt, 08.txt, 09.txt, 10.txt
    for (const name of [
      '基建工程委托业务项目数量',
      '委托业务报告合格率',
      '项目总成本',
      '单项业务成本',
      '对控制基建项目成本影响程度',
      '指标1学生满意度',
      '指标效果显著(社会效益)',
      '★补助鱼塘面积',
      '公用经费标准',
      '公用经费完成时间',
      '保障人数',
      '情况',
      '',
    ]) {
      expect(key(name), name).toBeNull()
    }
  })

  it('should resolve qualified names by segmentation at word boundaries', () => {
    expect(resolveIndicatorKey('部门预算编制情况')).toMatchObject({ key: '预算编制', by: 'segment' })
    expect(resolveIndicatorKey('单位资产管理情况')).toMatchObject({ key: '资产管理', by: 'segment' })
    expect(resolveIndicatorKey('2020年预算执行率')).toMatchObject({ key: '预算执行率', by: 'segment' })
    expect(resolveIndicatorKey('重点任务完成和部门履职效益')).toMatchObject({ key: '重点任务完成与部门履职效益' })
  })

  it('should say how each key was found', () => {
    expect(resolveIndicatorKey('预算编制').by).toBe('exact')
    expect(resolveIndicatorKey('预算编制情况').by).toBe('suffix')
    expect(resolveIndicatorKey('项目总成本').by).toBe('none')
  })
})

describe('grammars/canonical.json indicators', () => {
  const data = loadGrammar().data('canonical', CanonicalData).indicators

  it('should not give two entries the same key or alias', () => {
    const seen = new Map<string, string>()
    for (const e of data.entries) {
      for (const form of [e.key, ...e.aliases]) {
        expect(seen.get(form), `${form} in ${e.key} and ${seen.get(form)}`).toBeUndefined()
        seen.set(form, e.key)
      }
    }
  })

  it('should map every key and alias onto its own key', () => {
    for (const e of data.entries) {
      for (const form of [e.key, ...e.aliases]) expect(key(form), form).toBe(e.key)
    }
  })
})
