/** The CSV field splitter, and a score table exported as CSV (synthetic, invented numbers). */
import { describe, expect, it } from 'vitest'
import { csvFields, isCsvDocument } from '../../../../src/stages/extract/score-table/csv.js'
import { readText } from './helpers.js'

const texts = (line: string, open = false) => csvFields(line, open).fields.map(([s, e]) => line.slice(s, e))

describe('csvFields', () => {
  it('should split quoted fields on commas and keep commas inside quotes', () => {
    expect(texts('"甲","乙,丙","10"')).toEqual(['甲', '乙,丙', '10'])
  })

  it('should drop empty fields and read unquoted ones', () => {
    expect(texts(',,"甲",,5,')).toEqual(['甲', '5'])
  })

  it('should separate records glued with a space', () => {
    expect(texts('"权数","得分" "资金管理(20分)","到位率"')).toEqual(['权数', '得分', '资金管理(20分)', '到位率'])
  })

  it('should read a doubled quote as part of the field', () => {
    expect(texts('"称""优""的","3"')).toEqual(['称""优""的', '3'])
  })

  it('should carry a quoted field that breaks across lines', () => {
    const first = csvFields('"说明文字的前半', false)
    expect(first.open).toBe(true)
    expect(texts('后半.","8",', true)).toEqual(['后半.', '8'])
  })

  it('should give field offsets inside the line', () => {
    const line = ' "ab","c"'
    expect(csvFields(line, false).fields).toEqual([[2, 4], [7, 8]])
  })

  it('should know a CSV export by two lines with "," between quoted fields', () => {
    expect(isCsvDocument(['"a","b"', 'x', '"c","d"'])).toBe(true)
    expect(isCsvDocument(['"a","b"', '甲,乙'])).toBe(false)
  })
})

describe('a score table exported as CSV', () => {
  const form = [
    ',,',
    ', "项目","考核内容","考核指标","指标说明","年度工作目标","评分标准","权数","考评得分" "预算管理(40分)","预算执行","预算执行率","预算执行率=执行数/预算数,反映执行情况.',
    '","1","按比例计算得分.","25", ,"结余情况","结余率","结余率=结余数/预算数.","0.0500000074505806","二者择其一,按比例计算.","15", ,,',
    '"结余变动率","结余变动率=(本年-上年)/上年.","-0.200000002980232",,',
    ', ,"采购管理","采购执行率","采购执行率=实际采购/计划采购.","0.0500000074505806","按比例',
  ].join('\n')

  it('should read one row per record, the 权数 as 分值 and a blank 考评得分 as null', () => {
    const r = readText(form)
    expect(r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])).toEqual([
      ['预算执行率', 25, null],
      ['结余率', 15, null],
    ])
  })

  it('should never read a spreadsheet ratio (0.0500000074505806) as a 分值 or 得分', () => {
    const r = readText(form)
    expect(r.indicators.some((i) => i.name.includes('采购'))).toBe(false)
  })

  it('should keep each value\'s span on its quoted content', () => {
    const r = readText(form)
    const max = r.indicators[0]!.max!
    expect(r.doc.text.slice(max.span.start.offset, max.span.end.offset)).toBe('25')
  })
})
