import { describe, expect, it } from 'vitest'
import { earlyStages, fileDoc, textDoc, SEED } from '../../helpers/pipeline.js'
import { toOriginal } from '../../../src/stages/normalize/offset-map.js'

const paragraphs = (text: string) => {
  const { norm } = earlyStages(textDoc(text))
  return norm.paragraphs.map((p) => norm.text.slice(p.start, p.end))
}

describe('normalize on the seed', () => {
  const { norm, doc } = earlyStages(fileDoc(SEED))
  const paras = norm.paragraphs.map((p) => norm.text.slice(p.start, p.end))

  it('should re-join a number hard-wrapped away from its unit', () => {
    expect(norm.text).toContain('部门整体支出5156.46万元')
  })

  it('should keep each budget table row as its own paragraph', () => {
    expect(paras).toContain('一、基本支出 4336.48 4431.90 4431.90')
    expect(paras).toContain('合计 5084.38 5156.46 5156.46')
    expect(paras).toContain('其中:基本建设类项目 0.00 0.00 0.00')
  })

  it('should start a paragraph at each heading', () => {
    expect(paras).toContain('(九)公众或服务对象满意度')
    expect(paras).toContain('五、 其他自评情况。')
  })

  it('should carry the page of the page-start marks', () => {
    const row = norm.paragraphs.find((p) => norm.text.slice(p.start, p.end).startsWith('合计'))!
    expect(row.page).toBe(10)
    const first = norm.paragraphs.find((p) => norm.text.slice(p.start, p.end).startsWith('一、基本支出'))!
    expect(first.page).toBe(9)
  })

  it('should map every normalized character back to an original one that folds to it', () => {
    for (let i = 0; i < norm.text.length; i++) {
      const ch = norm.text[i]!
      const o = doc.text[norm.map[i]!]!
      if (ch === '\n' || ch === '\t' || ch === ' ') continue
      expect(o === ch || o.normalize('NFKC') === ch).toBe(true)
    }
  })

  it('should map a range to the original raw text', () => {
    const at = norm.text.indexOf('5156.46万元')
    const [s, e] = toOriginal(norm, at, at + '5156.46万元'.length)
    expect(doc.text.slice(s, e)).toMatch(/^5156\.46\s+万元$/)
  })
})

describe('normalize', () => {
  it('should drop spaces in letter-spaced Han runs but not around digits', () => {
    expect(paragraphs('预 算 编 码:   906017\n2020 年')).toEqual(['预算编码:\t906017', '2020 年'])
  })

  it('should fold full-width digits and brackets', () => {
    expect(paragraphs('（一）１２３，４％')).toEqual(['(一)123,4%'])
  })

  it('should keep long unwrapped lines as separate paragraphs', () => {
    const a = '这是一段很长的文字'.repeat(8)
    const b = '另一段同样很长的文字'.repeat(5)
    expect(paragraphs(`${a}\n${b}`)).toEqual([a, b])
  })

  it('should not join a table row to prose', () => {
    const wrapped = '根据年度决算信息部门整体支出情况如下所述详见下表各项数据'
    expect(paragraphs(`${wrapped}\n${wrapped}\n${wrapped}\n合计 1.00 2.00\n${wrapped}`)).toContain('合计 1.00 2.00')
  })

  it('should join a full line ending in 、 to a next line that only looks like a heading', () => {
    const lines = [
      '认真组织机关党组织和在职党员到社区开展双报到活动听取意见',
      '其中机关党委到街道社区报到并与机关第三第四支部及第五、',
      '六、七支部分别与律师行业党委结对共建有效推动党建工作相',
      '融合。',
    ]
    expect(paragraphs(lines.join('\n'))).toHaveLength(1)
  })

  it('should not treat short titles and headings between long unwrapped paragraphs as a wrapped page', () => {
    const long = '本中心是市政府直属的研究机构,主要职能是组织有关方面的研究力量开展调研。'.repeat(3)
    const text = ['某某资金项目支出绩效自评报告', long, '一、项目基本情况及自评结论', '(一)项目用款单位简要情况。', long, '(二)项目实施主要内容及程序。', long].join('\n')
    const paras = paragraphs(text)
    expect(paras).toContain('(一)项目用款单位简要情况。')
    expect(paras).toContain('一、项目基本情况及自评结论')
  })

  it('should not take a column of short lines for a hard-wrapped page', () => {
    const lines = ['某县人居环境整治指挥部', '乡村振兴项目资金评价报告', '一、 项目单位的基本情况', '(一)项目实施单位基本情况', '2019年5月成立了整治指挥部']
    expect(paragraphs(lines.join('\n'))).toEqual(lines)
  })

  it('should end a paragraph at a wrapped heading line that ends its sentence', () => {
    const lines = [
      '根据年度工作安排本单位对上年度项目资金开展了绩效自评工作现将',
      '有关情况报告如下各项工作均已按计划完成并形成了自评结论报告',
      '(一)项目用款单位简要情况及主要职能设置以及内设机构情况说明。',
      '本单位是县政府直属事业单位主要负责全县的政策研究和咨询工作',
    ]
    const paras = paragraphs(lines.join('\n'))
    expect(paras).toContain(lines[2])
  })

  it('should read a few spaces inside a long line of running prose as one space, not a cell gap', () => {
    const line =
      '一、部门基本情况  (一)部门职能  本局负责拟订全县发展规划,统筹推进经济结构调整,组织实施重大建设项目。本局承担全县价格管理工作,负责监测经济运行情况。  (二)机构设置  本局内设办公室、规划科、价格科等五个科室,下属事业单位两个,编制人数共计三十人,实有在职人员二十八人。  (三)年度总体工作和重点工作任务  本年度本局围绕全县中心工作,完成了各项重点任务。'
    expect(paragraphs(line)).toEqual([line.replace(/ {2}/g, ' ')])
  })

  it('should keep a run of spaces in a short line or a wide gap as a cell gap', () => {
    expect(paragraphs('年度资金总额  43.2  37.24  10  9')).toEqual(['年度资金总额\t43.2\t37.24\t10\t9'])
    const long = '本局负责拟订全县发展规划,统筹推进经济结构调整,组织实施重大建设项目。'.repeat(4)
    expect(paragraphs(`${long}      附表`)).toEqual([`${long}\t附表`])
  })
})
