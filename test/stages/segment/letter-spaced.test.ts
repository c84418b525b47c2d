/** Headings printed letter-spaced (justified or spaced-out titles: 一 、 部 门 概 况) and glossary entries. */
import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../helpers/pipeline.js'
import { segmentStage } from '../../../src/stages/segment/index.js'

const outline = (text: string) => {
  const e = earlyStages(textDoc(text))
  return segmentStage.run({ norm: e.norm, tableRegions: [] }, e.ctx('segment')).sections.map((s) => [s.level, s.marker.replace(/\s+/g, '') + s.title])
}

describe('letter-spaced headings', () => {
  it('should read spaced-out markers and titles as headings', () => {
    const text = ['某某局2023年度部门决算', '一 、 部 门 概 况', '我局负责全市的某项工作。', '（ 一 ） 主 要 职 能', '负责某项工作。', '二 、 预 算 执 行 情 况', '全年支出 1,234.50 万元。'].join('\n')
    expect(outline(text)).toEqual([
      [1, '一、部门概况'],
      [2, '（一）主要职能'],
      [1, '二、预算执行情况'],
    ])
  })
  it('should keep a part above 一、 and its glossary entries out of the outline', () => {
    const text = ['第一部分 部门概况', '一、主要职能', '负责某项工作。', '第二部分 名词解释', '一、财政拨款收入：指单位从本级财政部门取得的财政拨款。', '二、其他收入：是指除上述以外的收入。'].join('\n')
    expect(outline(text)).toEqual([
      [0, '第一部分部门概况'],
      [1, '一、主要职能'],
      [0, '第二部分名词解释'],
    ])
  })
  it('should carry a part title wrapped onto a short second line, but not a table title below it', () => {
    const wrapped = ['第三部分 某某局2024年度部门决算情况', '说明', '一、收入支出决算总体情况说明', '本年收入合计100.00万元。'].join('\n')
    expect(outline(wrapped)).toEqual([
      [0, '第三部分某某局2024年度部门决算情况说明'],
      [1, '一、收入支出决算总体情况说明'],
    ])
    const table = ['第二部分 附表', '收支预算总表', '项目\t预算数', '合计\t100.00'].join('\n')
    expect(outline(table)).toEqual([[0, '第二部分附表']])
  })
})
