import { describe, expect, it } from 'vitest'
import { check, codesOf, emptyRecord, fakeSpan, indicator, sourced } from './build.js'

const t = (name: string, max: number | null, score: number | null, path: string[]) => indicator(name, max, score, { source: 'table', level: 3, path })

/** 池州 2022 (from the report): 预算执行 10; 产出指标(50分) 8+8+8+8+8+10; 效益指标(30分) 10+10+10; 满意度指标(10分) 10. */
function chizhou(edit?: { outputMax: number }) {
  const out = ['产出指标(50分)', '数量指标']
  return [
    t('年度资金总额', 10, 10, []),
    t('基建工程委托业务项目数量', edit?.outputMax ?? 8, 8, out),
    t('委托业务报告合格率', 8, 8, ['产出指标(50分)', '质量指标']),
    t('经费支出合规性', 8, 8, ['产出指标(50分)', '质量指标']),
    t('提交报告及时性', 8, 8, ['产出指标(50分)', '时效指标']),
    t('项目总成本', 8, 8, ['产出指标(50分)', '成本指标']),
    t('单项业务成本', 10, 10, ['产出指标(50分)', '成本指标']),
    t('对维护基建市场公平的影响程度', 10, 10, ['效益指标(30分)', '社会效益指标']),
    t('对控制基建项目成本影响程度', 10, 10, ['效益指标(30分)', '生态效益指标']),
    t('对推动基建项目持续性影响', 10, 10, ['效益指标(30分)', '可持续影响指标']),
    t('公众满意度', 10, 10, ['满意度指标(10分)', '满意度指标']),
  ]
}

describe('C22 check/group-max', () => {
  it('should not flag 10 + 产出(50) + 效益(30) + 满意度(10) with matching indicators', () => {
    expect(check(emptyRecord({ indicators: chizhou() }))).toEqual([])
  })

  it('should flag a group whose indicators do not add up to its stated maximum, citing the 分值', () => {
    const indicators = chizhou({ outputMax: 6 })
    const findings = check(emptyRecord({ indicators })).filter((f) => f.code === 'check/group-max')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/^Unexpected 50, expected 48 /)
    expect(findings[0]!.related).toHaveLength(6)
    expect(findings[0]!.related![0]!.span).toBe(indicators[1]!.max!.span)
  })

  it('should compare stated group maxima with 100 when some leaf maxima are blank', () => {
    const indicators = chizhou()
    indicators[10] = t('公众满意度', null, 10, ['满意度指标(20分)', '满意度指标'])
    const findings = check(emptyRecord({ indicators }))
    expect(codesOf(findings)).toEqual(['check/group-max'])
    expect(findings[0]!.message).toMatch(/^Unexpected 110, expected 100 /)
  })

  it('should check a parent indicator’s 分值 against its children', () => {
    const parent = indicator('产出', 50, null, { id: 'p', source: 'table', level: 1 })
    const kids = [indicator('a', 20, 20, { parentId: 'p', source: 'table' }), indicator('b', 20, 20, { parentId: 'p', source: 'table' })]
    const rest = indicator('c', 50, 50, { source: 'table' })
    const findings = check(emptyRecord({ indicators: [parent, ...kids, rest] }))
    expect(codesOf(findings)).toEqual(['check/max-sum-short', 'check/group-max'])
    expect(findings[1]!.span).toBe(parent.max!.span)
  })
})

describe('C22 from the record structure (groups[], groupId)', () => {
  const group = (id: string, label: string, max: number | null, parentId: string | null) => ({
    id, tableId: 'st-1', level: (parentId ? 2 : 1) as 1 | 2, label, max: max === null ? null : sourced(max), parentId, span: fakeSpan(label.length),
  })
  // the labels carry no maximum: only groups[] states it
  const groups = [group('g1', '产出指标', 20, null), group('g2', '数量指标', null, 'g1'), group('g3', '效益指标', 10, null)]
  const ind = (name: string, max: number, groupId: string) => indicator(name, max, max, { source: 'table', level: 3, path: [], groupId, tableId: 'st-1' })

  it('should not flag groups whose indicators add up to their stated maxima', () => {
    const inds = [ind('a', 12, 'g2'), ind('b', 8, 'g2'), ind('c', 10, 'g3')]
    expect(codesOf(check(emptyRecord({ indicators: inds, groups })).filter((f) => f.severity !== 'info'))).not.toContain('check/group-max')
  })

  it('should flag a group short of its stated maximum, citing the maximum from groups[]', () => {
    const inds = [ind('a', 12, 'g2'), ind('b', 6, 'g2'), ind('c', 10, 'g3')]
    const found = check(emptyRecord({ indicators: inds, groups })).filter((f) => f.code === 'check/group-max')
    expect(found).toHaveLength(1)
    expect(found[0]!.span).toBe(groups[0]!.max!.span)
    expect(found[0]!.message).toMatch(/^Unexpected 20, expected 18 /)
  })
})

describe('C22 on groups whose membership is uncertain, and the top level from groups[]', () => {
  const group = (id: string, label: string, max: number | null, parentId: string | null, uncertain?: string) => ({
    id, tableId: 'st-1', level: (parentId ? 2 : 1) as 1 | 2, label, max: max === null ? null : sourced(max), parentId, span: fakeSpan(label.length),
    ...(uncertain ? { uncertain } : {}),
  })
  const ind = (name: string, max: number | null, score: number | null, groupId: string | null) =>
    indicator(name, max, score, { source: 'table', level: 3, path: [], groupId, tableId: 'st-1' })

  it('reports a group carried down over blank cells only as info check/uncertain-reading, saying why', () => {
    const groups = [group('g1', '产出指标', 20, null, 'rows print no 一级 label'), group('g3', '效益指标', 10, null)]
    const found = check(emptyRecord({ indicators: [ind('a', 12, 12, 'g1'), ind('b', 6, 6, 'g1'), ind('c', 10, 10, 'g3')], groups }))
    expect(codesOf(found)).not.toContain('check/group-max')
    const info = found.filter((f) => f.code === 'check/uncertain-reading')
    expect(info).toHaveLength(1)
    expect(info[0]!.severity).toBe('info')
    expect(info[0]!.message).toMatch(/^C22 \(check\/group-max\) not applied: group 产出指标: rows print no 一级 label; it would report: Unexpected 20, expected 18 /)
  })

  it('still flags a certain group beside an uncertain one', () => {
    const groups = [group('g1', '产出指标', 20, null, 'rows print no 一级 label'), group('g3', '效益指标', 10, null)]
    const found = check(emptyRecord({ indicators: [ind('a', 12, 12, 'g1'), ind('b', 8, 8, 'g1'), ind('c', 9, 9, 'g3')], groups }))
    expect(found.filter((f) => f.code === 'check/group-max').map((f) => f.message)).toEqual([expect.stringMatching(/^Unexpected 10, expected 9 /)])
  })

  it('compares the stated maxima of the outermost groups[] with 100 when some leaf maxima are blank, citing them', () => {
    const groups = [group('g1', '产出指标', 60, null), group('g2', '数量指标', null, 'g1'), group('g3', '效益指标', 40, null)]
    const inds = [ind('年度资金总额', 10, 10, null), ind('a', null, 30, 'g2'), ind('b', 30, 30, 'g1'), ind('c', 40, 40, 'g3')]
    const found = check(emptyRecord({ indicators: inds, groups })).filter((f) => f.code === 'check/group-max')
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toMatch(/^Unexpected 110, expected 100 \(C22: 年度资金总额 \+ 产出指标 \+ 效益指标\)/)
    expect(found[0]!.related!.map((r) => r.span)).toContain(groups[0]!.max!.span)
  })

  it('does not compare a group one of whose stated sub-groups holds no indicator', () => {
    const groups = [group('g1', '部门绩效', 45, null), group('g2', '履职成效', 20, 'g1'), group('g3', '满意度', 25, 'g1')]
    const found = check(emptyRecord({ indicators: [ind('a', 15, 15, 'g3'), ind('b', 10, 10, 'g3')], groups }))
    expect(codesOf(found)).not.toContain('check/group-max')
    expect(found.find((f) => f.code === 'check/uncertain-reading')?.message).toMatch(/sub-group 履职成效 \(20\) holds no indicator/)
  })

  it('compares no group of a blank form (no score at all)', () => {
    const groups = [group('g1', '产出指标', 20, null)]
    const found = check(emptyRecord({ indicators: [ind('a', 12, null, 'g1'), ind('b', 6, null, 'g1')], groups }))
    expect(found.filter((f) => f.code === 'check/group-max' || f.code === 'check/uncertain-reading')).toEqual([])
  })
})
