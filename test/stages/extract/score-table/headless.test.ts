/**
 * Score rows with no header in sight, on synthetic excerpts written for the
 * test (invented projects and numbers): roles come from the arithmetic.
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])

describe('an excerpt that starts below the header row (name, then 分值 得分 on the next line)', () => {
  const excerpt = [
    '15 分)项目决策(6 分)科学决策立项依据 (文件依据)',
    '3 3 立项程序',
    '3 2 (',
    '9 ) 绩效目标完整性',
    '4 4 清晰度',
    '5 4',
    '22 (',
    '8 分)项目管理(8分)资金管理到位率',
    '4 3 支出合规',
    '4 4 (',
    '40 分)项目效益社会效益(可选项)',
    '30 环境效益(可选项) 群众满意度',
    '10 9 总分 下一段是说明文字,自评得分',
    '88 分。',
  ].join('\n')

  it('should read 分值 then 得分 when the second number is never above the first', () => {
    const r = readText(excerpt)
    expect(pairs(r)).toEqual([
      ['立项依据 (文件依据)', 3, 3],
      ['立项程序', 3, 2],
      ['完整性', 4, 4],
      ['清晰度', 5, 4],
      ['到位率', 4, 3],
      ['支出合规', 4, 4],
      ['社会效益(可选项)', 30, null],
      ['群众满意度', 10, 9],
    ])
  })

  it('should keep every name as printed in the original text', () => {
    const r = readText(excerpt)
    for (const i of r.indicators) expect(r.doc.text.slice(i.max!.span.start.offset, i.max!.span.end.offset)).toBe(i.max!.raw)
    expect(r.indicators[0]!.span.start.offset).toBe(r.doc.text.indexOf('立项依据'))
  })

  it('should leave the numbers null and say why when 得分 > 分值 on some rows only', () => {
    const bad = excerpt.replace('4 3 支出合规', '3 4 支出合规')
    const r = readText(bad)
    expect(r.indicators.length).toBe(8)
    expect(r.indicators.every((i) => i.max === null && i.score === null)).toBe(true)
    expect(r.diagnostics.map((d) => d.code)).toContain('extract/score-table-headless-roles')
  })
})

describe('a form tail flattened into one line with one weight per row', () => {
  const tail = '产出指标数量指标培训人次≥300人次 30 时效指标完成时限≤12月 30 效益指标社会效益指标参训合格率=95% 30 合计100 评价结论按期完成。'

  it('should read the single number as the 分值 and the glued comparison as the target', () => {
    const r = readText(tail)
    expect(pairs(r)).toEqual([
      ['培训人次', 30, null],
      ['完成时限', 30, null],
      ['参训合格率', 30, null],
    ])
    expect(r.indicators[0]!.target).toMatchObject({ op: '≥', value: 300, unit: '人次' })
  })
})

describe('rows that are not score rows', () => {
  it('should not read money rows (three numbers on the row) next to group-like words', () => {
    const money = ['产出 预算支出明细表', '一、基本支出 12.00 12.00 11.50', '二、项目支出 3.00 3.00 2.10', '三、其他支出 0.00 0.00 0.00', '合计 15.00 15.00 13.60'].join('\n')
    expect(readText(money).indicators).toEqual([])
  })

  it('should not read name-number rows where nothing shows a score form', () => {
    const list = ['办公楼 3 2', '会议室 5 4', '档案室 2 1', '车库 4 4'].join('\n')
    expect(readText(list).indicators).toEqual([])
  })
})
