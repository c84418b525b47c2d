/**
 * The segmenter on small documents built from paragraphs: numbering variants,
 * what is not a section (table rows, lists, TOC lines, 一是), inline and glued
 * headings, titles, and outline diagnostics.
 */
import { describe, expect, it } from 'vitest'
import { identityNorm, segment } from './helpers.js'
import { textDoc } from '../../helpers/pipeline.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { segmentStage } from '../../../src/stages/segment/index.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'

describe('segment: numbering levels and variants', () => {
  it('should nest 一、 / (一) / 1. / (1) / ① as five levels', () => {
    const r = segment(['一、基本情况', '(一)项目概况', '1.项目立项背景', '(1)展厅运维经费', '①局机关内设股室', '正文。'])
    expect(r.tree()).toEqual(['一、|基本情况', '  (一)|项目概况', '    1.|项目立项背景', '      (1)|展厅运维经费', '        ①|局机关内设股室'])
    expect(r.outline.sections.map((s) => s.level)).toEqual([1, 2, 3, 4, 5])
    expect(r.outline.sections.map((s) => s.markerKind)).toEqual(['cn-dun', 'paren-cn', 'num-dot', 'paren-num', 'circled'])
    expect(r.outline.sections[4]!.parentId).toBe(r.outline.sections[3]!.id)
  })

  it('should read 一 (space, no 、), 一、 followed by a space, 一. and 一． as one sequence', () => {
    const r = segment(['一 部门职责', '正文。', '二、 部门预算', '正文。', '三.存在问题', '正文。', '四．改进措施', '正文。'])
    expect(r.tree()).toEqual(['一|部门职责', '二、|部门预算', '三.|存在问题', '四．|改进措施'])
    expect(r.outline.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4])
  })

  it('should accept full-width （一） and （1） as well as the folded forms', () => {
    const r = segment(['一、部门基本情况', '（一）部门职能', '（1）强化理论武装。', '（2）推动党建。', '(二)机构设置'])
    expect(r.tree()).toEqual(['一、|部门基本情况', '  （一）|部门职能', '    （1）|强化理论武装', '    （2）|推动党建', '  (二)|机构设置'])
  })

  it('should read 1、 and 1． like 1.', () => {
    const r = segment(['一、基本情况', '1、收入情况', '正文。', '2．支出情况', '正文。'])
    expect(r.tree()).toEqual(['一、|基本情况', '  1、|收入情况', '  2．|支出情况'])
  })

  it('should read decimal numbering 3.1 under 3.', () => {
    const r = segment(['1.引言', '正文。', '2.评价结论', '正文。', '3.绩效分析', '3.1投入(各指标得分情况和绩效分析)', '正文。', '3.2过程', '正文。'])
    expect(r.tree()).toEqual(['1.|引言', '2.|评价结论', '3.|绩效分析', '  3.1|投入(各指标得分情况和绩效分析)', '  3.2|过程'])
    expect(r.outline.sections[3]!.markerKind).toBe('decimal')
  })

  it('should restart 一、 inside each 第X部分 part', () => {
    const r = segment(['第一部分部门概况', '一、主要职责', '正文。', '二、机构设置', '正文。', '第二部分 部门决算表', '一、收入支出决算总表', '正文。'])
    expect(r.tree()).toEqual(['第一部分|部门概况', '  一、|主要职责', '  二、|机构设置', '第二部分|部门决算表', '  一、|收入支出决算总表'])
    expect(r.outline.sections[0]!.level).toBe(0)
  })

  it('should take the next line as the title of a marker printed alone on its line', () => {
    const r = segment(['第一部分', '洪江市林业局概况', '一、主要职责', '正文。'])
    expect(r.tree()).toEqual(['第一部分|洪江市林业局概况', '  一、|主要职责'])
    expect(r.raw(r.outline.sections[0]!)).toBe('第一部分\n洪江市林业局概况')
  })

  it('should keep an intro numbered 一、 so that 二、 continues it', () => {
    const r = segment(['一、根据县财政局关于开展2023年度部门整体支出绩效自评工作的通知要求,我单位认真开展了自评工作。', '二、单位基本情况', '正文。'])
    expect(r.outline.sections.map((s) => s.marker)).toEqual(['一、', '二、'])
    expect(r.outline.sections[1]!.title).toBe('单位基本情况')
    expect(r.diagnostics).toEqual([])
  })

  it('should let 1. be the top level with (一) below it', () => {
    const r = segment(['1. 单位基本情况', '(一)单位机构设置', '正文。', '2. 绩效目标', '正文。'])
    expect(r.tree()).toEqual(['1.|单位基本情况', '  (一)|单位机构设置', '2.|绩效目标'])
  })
})

describe('segment: what is not a section', () => {
  it('should not read table rows with numeric columns as sections', () => {
    const r = segment([
      '一、部门基本情况',
      '(一)整体支出使用情况',
      '部门预算支出明细表',
      '单位:万元',
      '支出类别 年初预算数 调整预算数 决算数',
      '一、基本支出 4336.48 4431.90 4431.90',
      '人员经费 4062.88 4143.00 4143.00',
      '二、项目支出 747.90 724.56 724.56',
      '三、上缴上级支出 0.00 0.00 0.00',
      '合计 5084.38 5156.46 5156.46',
      '二、绩效自评结果及指标分析',
    ])
    expect(r.tree()).toEqual(['一、|部门基本情况', '  (一)|整体支出使用情况', '二、|绩效自评结果及指标分析'])
  })

  it('should not read a row label printed one cell per paragraph as a section', () => {
    const r = segment(['一、基本情况', '支出类别', '一、基本支出', '4336.48', '二、项目支出', '747.90', '二、存在问题'])
    expect(r.tree()).toEqual(['一、|基本情况', '二、|存在问题'])
  })

  it('should not read markers inside table cells (TAB or |) as sections', () => {
    const r = segment(['项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标', '2.项目实施内容及过程概述\t2023年购买13台安可电脑。'])
    expect(r.outline.sections).toEqual([])
  })

  it('should not read 一是/二是 enumerations as sections', () => {
    const r = segment(['三、存在问题', '一是预算编制有待更严格执行。', '二是部分专项资金支付未达序时进度。', '四、改进措施及有关建议'])
    expect(r.tree()).toEqual(['三、|存在问题', '四、|改进措施及有关建议'])
  })

  it('should read enumerated duties after a colon as a list, not sections', () => {
    const r = segment([
      '一、部门基本情况',
      '(一)部门职能',
      '本办公室的主要职责是:',
      '1.负责市人大常委会会议、主任会议、机关等各种会议的会务组织工作,督办、文秘、保密、党务、纪检监察、人事等工作。',
      '2.负责起草会议材料、工作要点、工作报告等综合文稿。承办会议的文字组织工作。',
      '3.接待、办理来信来访工作。',
      '(二)机构设置',
    ])
    expect(r.tree()).toEqual(['一、|部门基本情况', '  (一)|部门职能', '  (二)|机构设置'])
    expect(r.diagnostics).toEqual([])
  })

  it('should still read bare headings after 如下: as sections', () => {
    const r = segment(['二、绩效自评结果及指标分析', '绩效指标自评情况如下:', '(一)预算编制情况', '正文。', '(二)绩效目标设置情况', '正文。'])
    expect(r.tree()).toEqual(['二、|绩效自评结果及指标分析', '  (一)|预算编制情况', '  (二)|绩效目标设置情况'])
  })

  it('should keep a repeated short list under its heading without breaking the top level', () => {
    const r = segment([
      '二、绩效自评结果',
      '(一)重点任务完成与部门履职效益',
      '具体履职情况如下:',
      '1.坚持强化政治引领,着力提升机关党的建设质量。',
      '(1)强化理论武装,牢牢把握正确政治方向。',
      '(2)推动机关党风廉政建设。',
      '2.坚持围绕中心、服务大局。',
      '(1)助力常委会高质量开展立法工作。',
      '(二)公众或服务对象满意度',
      '三、存在问题',
    ])
    expect(r.tree()).toEqual(['二、|绩效自评结果', '  (一)|重点任务完成与部门履职效益', '  (二)|公众或服务对象满意度', '三、|存在问题'])
  })

  it('should skip table-of-contents lines and read the body', () => {
    const r = segment([
      '目录',
      '一、部门基本情况……………………3',
      '二、收入支出决算总表 PAGEREF _Toc20349 h 22',
      '三、存在问题 9',
      '一、部门基本情况',
      '正文。',
      '二、收入支出决算总表',
      '正文。',
    ])
    expect(r.tree()).toEqual(['一、|部门基本情况', '二、|收入支出决算总表'])
    expect(r.outline.sections[0]!.span.start.line).toBe(5)
    expect(r.diagnostics.map((d) => d.code)).toEqual(['segment/toc-skipped'])
  })

  it('should skip TOC lines with dot leaders even without a 目录 title', () => {
    const r = segment(['一、部门基本情况..........3', '二、存在问题..........9', '一、部门基本情况', '正文。'])
    expect(r.tree()).toEqual(['一、|部门基本情况'])
  })

  it('should not read 1、收入:792.22万元 (a label and a figure) as a heading', () => {
    const r = segment(['(一)部门整体支出概况。', '1、收入:792.22万元。同比上年度增加189.25万元。', '2、支出:799.12万元。', '(二)部门整体支出绩效目标。'])
    expect(r.tree()).toEqual(['(一)|部门整体支出概况', '(二)|部门整体支出绩效目标'])
  })

  it('should not read a marker that goes on with a sentence broken off at 、 as a heading', () => {
    const r = segment(['一、基本情况', '(3)推动党建与业务相融合。机关党委与市律师行业党委进行结对,机关第五、', '六、七支部分别与相关党支部结对共建。', '二、存在问题'])
    expect(r.tree()).toEqual(['一、|基本情况', '  (3)|推动党建与业务相融合', '二、|存在问题'])
    expect(r.diagnostics.filter((d) => d.code !== 'segment/numbering-skip')).toEqual([])
  })

  it('should not read numbers inside prose as markers', () => {
    const r = segment(['一、基本情况', '2020年1、2月支出1.5万元,完成率为 97%,共 3.个项目。', '二、存在问题'])
    expect(r.tree()).toEqual(['一、|基本情况', '二、|存在问题'])
  })
})

describe('segment: cover pages', () => {
  it('should read the body after a cover page and a table of contents', () => {
    const r = segment([
      '岳阳市2018年度部门整体支出',
      '绩效评价自评报告',
      '部门(单位)名称:\t岳阳市城市管理监督指挥中心',
      '报告日期:2019年06月18日',
      '目 录',
      '一、部门(单位)基本概况………………1',
      '二、部门整体支出绩效情况………………3',
      '一、部门(单位)基本概况',
      '联系人',
      '二、部门整体支出绩效情况',
    ])
    expect(r.tree()).toEqual(['一、|部门(单位)基本概况', '二、|部门整体支出绩效情况'])
  })
})

describe('segment: inline and glued headings', () => {
  it('should find headings flowed into one paragraph when they continue the sequence', () => {
    const r = segment([
      '现将 2021 年整体支出绩效自评报告如下: 一、部门基本情况 (一)部门职能 我局负责拟订和组织实施全市发展规划。 (二)设置机构及人员情况 我局成立于 1958 年,设 17 个内设 机构。 (三)年度总体工作和重点工作任务 1、强化经济综合管理。 2、促进固定资产投资增量提质。 (四)部门整体支出绩效目标 我局部门整体支出绩效目标:一是做好稳投资工作;二是',
    ])
    expect(r.tree()).toEqual([
      '一、|部门基本情况',
      '  (一)|部门职能',
      '  (二)|设置机构及人员情况',
      '  (三)|年度总体工作和重点工作任务',
      '    1、|强化经济综合管理',
      '    2、|促进固定资产投资增量提质',
      '  (四)|部门整体支出绩效目标',
    ])
    expect(r.raw(r.outline.sections[4]!)).toBe('1、强化经济综合管理。')
  })

  it('should split headings glued to their text', () => {
    const r = segment(['一、基本情况(一)项目基本概况我校2022年项目为一个教学设备购置项目,总投资50万元。二、项目资金使用及管理情况我校严格执行资金管理办法。'])
    expect(r.tree()).toEqual(['一、|基本情况', '  (一)|项目基本概况', '二、|项目资金使用及管理情况'])
  })

  it('should not start an outline inside running text with a low-level marker', () => {
    const r = segment(['我单位2022年共完成采购项目12个,其中 1.办公设备采购、 2.图书采购。'])
    expect(r.outline.sections).toEqual([])
  })
})

describe('segment: titles and spans', () => {
  it('should trim a trailing 。 from the title and keep it in the heading span', () => {
    const r = segment(['一、基本情况', '(一)部门整体支出概况。', '2021年部门决算收支完成情况。', '二、 其他自评情况。', '无。'])
    const [, sub, last] = r.outline.sections
    expect(sub!.title).toBe('部门整体支出概况')
    expect(r.raw(sub!)).toBe('(一)部门整体支出概况。')
    expect(last!.marker).toBe('二、')
    expect(last!.title).toBe('其他自评情况')
    expect(r.raw(last!)).toBe('二、 其他自评情况。')
  })

  it('should end a run-in title at the first sentence stop', () => {
    const r = segment(['一、基本情况', '(1)强化理论武装,牢牢把握正确政治方向。严格落实第一议题学习制度。'])
    expect(r.outline.sections[1]!.title).toBe('强化理论武装,牢牢把握正确政治方向')
  })

  it('should nest body spans: a body runs to the next heading of the same or higher rank', () => {
    const paras = ['一、基本情况', '(一)部门职能', '职能正文。', '(二)机构设置', '机构正文。', '二、存在问题', '问题正文。']
    const r = segment(paras)
    const [one, a, b, two] = r.outline.sections
    const body = (s: typeof one) => r.text.slice(s!.bodySpan.start.offset, s!.bodySpan.end.offset)
    expect(body(one)).toBe('\n(一)部门职能\n职能正文。\n(二)机构设置\n机构正文。\n')
    expect(body(a)).toBe('\n职能正文。\n')
    expect(body(b)).toBe('\n机构正文。\n')
    expect(body(two)).toBe('\n问题正文。')
    expect(one!.norm.bodyEnd).toBe(two!.norm.headStart)
  })

  it('should give stable path ids', () => {
    const r = segment(['一、基本情况', '(一)部门职能', '(二)机构设置', '二、存在问题'])
    expect(r.outline.sections.map((s) => [s.id, s.parentId])).toEqual([
      ['s1', null],
      ['s1.1', 's1'],
      ['s1.2', 's1'],
      ['s2', null],
    ])
  })
})

describe('segment: diagnostics', () => {
  it('should accept a small skip with segment/numbering-skip citing the previous sibling', () => {
    const r = segment(['一、基本情况', '正文。', '二、绩效分析', '正文。', '四、改进措施', '正文。'])
    expect(r.tree()).toEqual(['一、|基本情况', '二、|绩效分析', '四、|改进措施'])
    const d = r.diagnostics.find((x) => x.code === 'segment/numbering-skip')!
    expect(d.message).toBe('Unexpected 四、, expected 三、')
    expect(d.severity).toBe('warning')
    expect(d.span!.start.line).toBe(5)
    expect(d.related![0]!.span.start.line).toBe(3)
  })

  it('should report a repeated number with segment/numbering-out-of-order and not open a section', () => {
    const r = segment(['一、基本情况', '正文。', '二、绩效分析', '正文。', '二、存在问题', '正文。'])
    expect(r.tree()).toEqual(['一、|基本情况', '二、|绩效分析'])
    const d = r.diagnostics.find((x) => x.code === 'segment/numbering-out-of-order')!
    expect(d.message).toBe('Unexpected 二、, expected 三、')
  })

  it('should note 1. directly under 一、 with segment/level-jump (info)', () => {
    const r = segment(['一、基本情况', '1.机构设置', '正文。'])
    expect(r.tree()).toEqual(['一、|基本情况', '  1.|机构设置'])
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['segment/level-jump', 'info']])
  })

  it('should not read a heading cut off inside a bracket, and say so', () => {
    const r = segment(['一、部门(单位)基本概况', '正文。', '二、部门(单位'])
    expect(r.tree()).toEqual(['一、|部门(单位)基本概况'])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['segment/truncated-heading'])
  })

  it('should report segment/no-outline for a form without headings', () => {
    const r = segment(['项目名称 委托业务项目', '年度资金总额: 0 0 0 10 0 0'])
    expect(r.outline.sections).toEqual([])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['segment/no-outline'])
  })

  it('should return an empty outline for an empty document without complaint', () => {
    const diagnostics: Diagnostic[] = []
    const ctx = contextFactory(textDoc('x'), loadGrammar()).forStage('segment', diagnostics)
    expect(segmentStage.run({ norm: identityNorm(['']), tableRegions: [] }, ctx)).toEqual({ sections: [] })
    expect(diagnostics).toEqual([])
  })
})

describe('segment: a report flowed into one paragraph', () => {
  it('should take headings glued to the title and to the body when they continue the sequence with a clause-ended title', () => {
    const r = segment([
      '某县实验小学公用经费绩效自评报告一、基本情况(一)项目概况我校本年度项目一个(二)绩效目标我校按生均标准安排经费二、资金管理情况我校严格执行财务制度三、组织实施情况本项目按计划推进',
    ])
    expect(r.tree()).toEqual(['一、|基本情况', '  (一)|项目概况', '  (二)|绩效目标', '二、|资金管理情况', '三、|组织实施情况'])
  })

  it('should start a child sequence after body text where a paragraph break was flowed into a space', () => {
    const r = segment([
      '二、绩效自评结果及指标分析 本单位整体支出绩效得分为 92分。各项指标自评情况如下: (一)预算编制情况 本单位预算编制合理。该指标分值 8分,自评得分 7分。 (二)预算执行情况 本年度预算执行率较高。',
    ])
    expect(r.tree()).toEqual(['二、|绩效自评结果及指标分析', '  (一)|预算编制情况', '  (二)|预算执行情况'])
  })

  it('should end such a title at the space before the body when no stop comes', () => {
    const r = segment([
      '一、绩效分析 各项指标情况如下。 (一)预算编制情况 本单位预算编制合理。 (二)重点任务完成与部门履职效益 2020年,本单位围绕年度重点工作任务,认真履行部门职责,较好地完成了各项工作目标。',
    ])
    expect(r.tree()).toEqual(['一、|绩效分析', '  (一)|预算编制情况', '  (二)|重点任务完成与部门履职效益'])
  })

  it('should not start a child sequence inside a sentence, nor after a sentence end without a space', () => {
    const r = segment(['一、基本情况', '本单位职责包括 (一)组织实施 全市规划等。各项工作如下:(一)加强管理 提高效率。'])
    expect(r.tree()).toEqual(['一、|基本情况'])
  })

  it('should keep an unbounded marker as text when its title does not end at a heading word before a clause', () => {
    const r = segment(['一、基本情况', '全校一、二年级学生共计三百人,其中二、三年级各一百人。'])
    expect(r.tree()).toEqual(['一、|基本情况'])
  })
})

describe('segment: a table of contents without leaders or page numbers', () => {
  const body = ['第一部分 单位概况', '一、主要职能', '1.负责全镇经济社会发展规划的编制和组织实施。', '二、机构设置', '本单位内设综合办公室等五个机构。']

  it('should read a run of short headings printed again later as a table of contents, and the outline from the body', () => {
    const r = segment([
      '第一部分 单位概况',
      '一、 主要职能',
      '二、 机构设置',
      '第二部分 2023年度单位决算情况说明',
      '一、收入支出决算总体情况说明',
      '二、支出决算情况说明',
      '第三部分 附表',
      ...body,
    ])
    expect(r.tree()).toEqual(['第一部分|单位概况', '  一、|主要职能', '    1.|负责全镇经济社会发展规划的编制和组织实施', '  二、|机构设置'])
    expect(r.outline.sections[0]!.span.start.line).toBe(8)
    expect(r.diagnostics.map((d) => d.code)).toContain('segment/toc-skipped')
  })

  it('should match a TOC entry with the body heading whose title stands on the next line', () => {
    const r = segment(['目录', '第一部分某镇中心小学概况', '一、部门职责', '二、机构设置', '第一部分', '某镇中心小学概况', '一、 部门职责', '本校是镇属公办小学。'])
    expect(r.tree()).toEqual(['第一部分|某镇中心小学概况', '  一、|部门职责'])
  })

  it('should keep a run of short headings that is not printed again as sections', () => {
    const r = segment(['一、部门基本情况', '(一)部门职能', '(二)机构设置', '本局内设科室六个。', '二、存在问题', '预算编制不够细化。'])
    expect(r.tree()).toEqual(['一、|部门基本情况', '  (一)|部门职能', '  (二)|机构设置', '二、|存在问题'])
  })
})

describe('segment: known titles in a report flowed into one paragraph', () => {
  const flowed =
    '某镇中学公用经费绩效自评报告一、基本情况我校本年度项目一个二、资金管理情况我校严格执行财务制度三、项目绩效情况提高了办学条件四、存在的问题及原因分析我校经费运转正常暂无问题五、几点建议资金应尽早下达六、其他需要说明的问题暂无'

  it('should end a title at its last heading word when the next heading runs straight on from body text', () => {
    const r = segment([flowed])
    expect(r.tree()).toContain('三、|项目绩效情况')
  })

  it('should take a known complete title that runs into text as a heading when it continues the sequence', () => {
    const r = segment([flowed])
    expect(r.tree()).toEqual([
      '一、|基本情况',
      '二、|资金管理情况',
      '三、|项目绩效情况',
      '四、|存在的问题及原因分析',
      '五、|几点建议',
      '六、|其他需要说明的问题',
    ])
  })

  it('should not take a known title for a heading out of sequence', () => {
    const r = segment(['一、基本情况', '本校共有班级十个四、存在问题较少的班级有三个。'])
    expect(r.tree()).toEqual(['一、|基本情况'])
  })
})
