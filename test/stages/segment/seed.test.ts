/**
 * The segmenter end to end on the seed report (decode → lines → normalize →
 * segment): the outline a reader sees in the text, spans that slice back to
 * the printed headings, and bodies that nest and cover the report in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { earlyStages, fileDoc, SEED } from '../../helpers/pipeline.js'
import { segmentStage } from '../../../src/stages/segment/index.js'
import type { Outline, OutlineNode } from '../../../src/pipeline/types.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'

describe('segment: the seed report', () => {
  let outline: Outline
  let text: string
  let diagnostics: Diagnostic[]
  const children = (id: string | null) => outline.sections.filter((s) => s.parentId === id)
  const raw = (s: OutlineNode) => text.slice(s.span.start.offset, s.span.end.offset)

  beforeAll(() => {
    const e = earlyStages(fileDoc(SEED))
    text = e.doc.text
    const before = e.diagnostics.length
    outline = segmentStage.run({ norm: e.norm, tableRegions: [] }, e.ctx('segment'))
    diagnostics = e.diagnostics.slice(before)
  })

  it('should find the five level-1 sections', () => {
    expect(children(null).map((s) => [s.marker, s.title])).toEqual([
      ['一、', '部门基本情况'],
      ['二、', '绩效自评结果及指标分析'],
      ['三、', '存在问题'],
      ['四、', '改进措施及有关建议'],
      ['五、', '其他自评情况'],
    ])
    expect(children(null).every((s) => s.level === 1)).toBe(true)
  })

  it('should keep the last heading as printed, space and 。 included', () => {
    expect(raw(children(null)[4]!)).toBe('五、 其他自评情况。')
  })

  it('should find (一)…(四) under 一、', () => {
    expect(children('s1').map((s) => [s.marker, s.title])).toEqual([
      ['（一）', '部门职能'],
      ['（二）', '机构设置'],
      ['（三）', '年度总体工作和重点工作任务'],
      ['（四）', '整体支出使用情况'],
    ])
  })

  it('should find the nine indicator sections under 二、', () => {
    expect(children('s2').map((s) => s.title)).toEqual([
      '预算编制情况',
      '绩效目标设置情况',
      '财政资金管理情况',
      '财务管理情况',
      '项目管理情况',
      '资产管理情况',
      '公用经费控制情况',
      '重点任务完成与部门履职效益',
      '公众或服务对象满意度',
    ])
    expect(children('s2').map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('should read 1.–3. with (1)–(4) each under 一(三), and not the duties under 一(一)', () => {
    expect(children('s1.1')).toEqual([])
    expect(children('s1.3').map((s) => s.title)).toEqual([
      '坚持强化政治引领,着力提升机关党的建设质量',
      '坚持围绕中心、服务大局,努力为常委会高质量履职当好参谋助手',
      '坚持高标准严要求,着力提升机关服务保障水平',
    ])
    expect(children('s1.3.1').map((s) => s.title)).toEqual([
      '强化理论武装,牢牢把握正确政治方向',
      '以接受市委巡察为契机,推动机关党风廉政建设向纵深发展',
      '以“六组两队”为抓手,推动党建与业务相融合',
      '加强党组织建设,发挥党员先锋模范作用',
    ])
    expect(children('s1.3.2')).toHaveLength(4)
    expect(children('s1.3.3')).toHaveLength(4)
  })

  it('should read the short list repeated under 二(八) as a list, not as sections', () => {
    expect(children('s2.8')).toEqual([])
  })

  it('should not read the budget table rows (一、基本支出 4336.48 …) or 一是… as sections', () => {
    expect(outline.sections.some((s) => /基本支出|项目支出|一是/.test(s.title))).toBe(false)
    expect(outline.sections).toHaveLength(33)
  })

  it('should slice every span back to its printed heading', () => {
    for (const s of outline.sections) {
      expect(raw(s).startsWith(s.marker)).toBe(true)
      expect(raw(s).replace(/\s/g, '').replace(/，/g, ',')).toContain(s.title.replace(/\s/g, ''))
    }
    expect(raw(outline.sections.find((s) => s.id === 's1.3.1.2')!)).toBe('（2）以接受市委巡察为契机，推动机关党风廉政建设向纵\n\n深发展。')
  })

  it('should nest bodies, and the top-level bodies should cover the report in order', () => {
    const top = children(null)
    for (let i = 0; i + 1 < top.length; i++) expect(top[i]!.bodySpan.end.offset).toBe(top[i + 1]!.span.start.offset)
    for (const s of outline.sections) {
      expect(s.span.end.offset).toBeLessThanOrEqual(s.bodySpan.start.offset)
      const parent = outline.sections.find((p) => p.id === s.parentId)
      if (parent) {
        expect(s.span.start.offset).toBeGreaterThanOrEqual(parent.bodySpan.start.offset)
        expect(s.bodySpan.end.offset).toBeLessThanOrEqual(parent.bodySpan.end.offset)
      }
    }
    expect(text.slice(top[0]!.span.start.offset, top[0]!.span.end.offset)).toBe('一、部门基本情况')
  })

  it('should report no outline defects', () => {
    expect(diagnostics).toEqual([])
  })

  it('should give pages and lines of the original text', () => {
    const two = children(null)[1]!
    expect(two.span.start.line).toBe(364)
  })
})
