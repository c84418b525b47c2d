/**
 * The one builder: every reader's ScoreTables become indicators carrying
 * their table, row and groups; memo rows are marked, never indicators.
 * Synthetic tables written for the test (invented project and numbers).
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const form = [
  '项目支出绩效自评表',
  '项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
  '年度资金总额 | 200 | 200 | 190 | 10 | 95% | 9.5',
  '其中:本年财政拨款 | 200 | 200 | 190 | - | - | -',
  '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
  '产出指标(50分) | 数量指标 | 新建村道里程 | ≥20公里 | 18公里 | 25 | 25',
  ' | 质量指标 | 验收合格率 | 100% | 100% | 25 | 25',
  '效益指标(30分) | 社会效益指标 | 通行时间缩短 | ≥30% | 35% | 30 | 28',
  '满意度指标(10分) | 服务对象满意度指标 | 村民满意度 | ≥90% | 92% | 10 | 10',
].join('\n')

describe('the score-table builder', () => {
  const r = readText(form)
  it('should carry the table, row and groups of each indicator', () => {
    const ind = r.indicators.find((i) => i.name === '新建村道里程')!
    expect(ind).toBeDefined()
    expect(ind.tableId).toMatch(/^st-/)
    expect(typeof ind.row).toBe('number')
    expect(ind.level1).toBe('产出指标')
    expect([ind.level2, ind.group]).toEqual(['数量指标', '数量指标'])
    const group = r.groups.find((g) => g.id === ind.groupId)!
    const parent = r.groups.find((g) => g.id === group.parentId)!
    expect([group.level, parent.level, parent.label, parent.max?.value]).toEqual([2, 1, '产出指标', 50])
  })
  it('should read the funds block as a funds score table with its memo row', () => {
    const funds = r.scoreTables.find((t) => t.kind === 'funds')!
    expect(funds.memoRows.map((m) => m.label)).toEqual(['其中:本年财政拨款'])
    const exec = r.indicators.find((i) => i.tableId === funds.id)!
    expect([exec.name, exec.max?.value, exec.score?.value]).toEqual(['年度资金总额', 10, 9.5])
  })
  it('should never make a memo row an indicator', () => {
    expect(r.indicators.some((i) => i.name.startsWith('其中'))).toBe(false)
  })
})

describe('C25 on the record', () => {
  it('should flag an indicator scored in full whose actual misses its target, and only that one', async () => {
    const { processDocument } = await import('../../../../src/pipeline/run.js')
    const { textDoc } = await import('../../../helpers/pipeline.js')
    const record = processDocument(textDoc(form))
    const c25 = record.findings.filter((f) => f.code === 'check/full-score-target-missed')
    expect(c25).toHaveLength(1)
    expect(c25[0]!.message).toContain('新建村道里程')
  })
})

describe('names the builder keeps', () => {
  const r = readText([
    '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
    '产出指标(40分) | 质量指标 | 设施完好率 | ≥95% | 93% | 20 | 19',
    ' | 数量指标 | 维修台账份数: | 12份 | 12份 | 20 | 20',
  ].join('\n'))
  it('should drop a trailing colon from a name', () => {
    expect(r.indicators.map((i) => i.name)).toEqual(['设施完好率', '维修台账份数'])
  })
})

describe('labels the builder refuses, folded as normalize folds the report', () => {
  it('should know a unit written in traditional characters (萬元) as a unit, and keep a name written so', () => {
    const r = readText([
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标(40分) | 质量指标 | 設施完好率 | ≥95% | 93% | 20 | 19',
      ' | 数量指标 | 萬元 | 12 | 12 | 20 | 20',
    ].join('\n'))
    expect(r.indicators.map((i) => i.name)).toEqual(['設施完好率'])
    expect(r.diagnostics.filter((d) => d.code === 'extract/score-table-not-a-name').map((d) => d.message)).toEqual([
      'Unexpected row label 萬元 (a unit of measure), expected an indicator name; the row is not an indicator',
    ])
  })
})

describe('indicators of a ruled PDF form', () => {
  it('should come from the same builder: table, row and 一级/二级 labels on each', async () => {
    const { runFile } = await import('../../../../src/pipeline/run.js')
    const r = await runFile('fixtures/chromium-ruled-form-over-two-pages-with-repeated-header/input.pdf', { ocr: 'off' })
    if (!r.ok) throw new Error('the fixture must read')
    const inds = r.report.indicators.filter((i) => i.source === 'table')
    expect(inds.length).toBeGreaterThan(0)
    for (const i of inds) {
      expect(i.tableId).toMatch(/^lt-\d+-st\d+$/)
      expect(typeof i.row).toBe('number')
    }
    expect(inds.some((i) => i.level1 !== null)).toBe(true)
    expect(r.report.scoreTables?.some((t) => t.id === inds[0]!.tableId)).toBe(true)
  })
})

describe('a scoring rule in brackets after a name, in every text reader', () => {
  // the builder keeps such a name (a PDF cell reads so); the text readers must too, and never take the rule's numbers as scores
  const rule = '设施完好率（每降低1个百分点扣0.5分）'
  const triples = (lines: string[]) => readText(lines.join('\n')).indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])
  const want = [[rule, 20, 19], ['维修台账份数', 20, 20]]
  it('should keep the name in a pipe table', () => {
    expect(triples([
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      `产出指标(40分) | 质量指标 | ${rule} | ≥95% | 93% | 20 | 19`,
      ' | 数量指标 | 维修台账份数 | 12份 | 12份 | 20 | 20',
    ])).toEqual(want)
  })
  it('should keep the name in a tab table, a comma inside the bracket too', () => {
    const withComma = '设施完好率（≥95%得满分，每降低1个百分点扣0.5分）'
    expect(triples([
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      `产出指标(40分)\t质量指标\t${withComma}\t≥95%\t93%\t20\t19`,
      '\t数量指标\t维修台账份数\t12份\t12份\t20\t20',
    ])).toEqual([[withComma, 20, 19], want[1]])
  })
  it('should keep the name in a row without a header, its 0.5 no score', () => {
    expect(triples([
      '绩效指标完成情况',
      `产出指标 ${rule} 20 19 维修台账份数 20 20 验收合格率 30 30 群众满意度 30 27`,
    ])).toEqual([...want, ['验收合格率', 30, 30], ['群众满意度', 30, 27]])
  })
  it('should still refuse a label that is only a scoring rule', () => {
    expect(triples([
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标(40分) | 质量指标 | 每降低1个百分点扣0.5分 | ≥95% | 93% | 20 | 19',
      ' | 数量指标 | 维修台账份数 | 12份 | 12份 | 20 | 20',
    ])).toEqual([want[1]])
  })
})
