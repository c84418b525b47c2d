/**
 * Glued OCR rows read the same when the OCR printed a space before a unit or
 * after punctuation, or full-width digits: a synthetic glued form (invented
 * project and numbers), with the spans still in the original text.
 */
import { describe, expect, it } from 'vitest'
import { readText } from './helpers.js'

const form =
  '绩效目标自评表(2023年度)项目名称村级水渠修缮项目绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施' +
  '产出指标(60分)数量指标修缮水渠长度30≥800米≥800米28质量指标工程验收合格率30100%100%30' +
  '效益指标(30分)社会效益指标受益农户数量30≥200户≥200户28' +
  '满意度指标(10分)服务对象满意度指标受益农户满意度10≥90%≥90%10……总分10096'

const pairs = (r: ReturnType<typeof readText>) => r.indicators.map((i) => [i.name, i.max?.value ?? null, i.score?.value ?? null])
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

describe('a glued form with changed spacing or digit widths', () => {
  const base = pairs(readText(form))

  it('should read four rows from the glued form', () => {
    expect(base).toHaveLength(4)
    expect(base.map(([, m, s]) => [m, s])).toEqual([[30, 28], [30, 30], [30, 28], [10, 10]])
  })

  it('should read the same rows with a space before the unit of a group maximum (60 分, 30 分)', () => {
    const spaced = form.replace(/(\d)(分\))/g, '$1 $2')
    expect(spaced).toContain('(60 分)')
    expect(pairs(readText(spaced))).toEqual(base)
  })

  it('should read the same rows with full-width digits, the 得分 raw as printed', () => {
    const text = fullWidth(form)
    const r = readText(text)
    expect(pairs(r)).toEqual(base)
    const s = r.indicators[0]!.score!
    expect(s.raw).toBe('２８')
    expect(text.slice(s.span!.start.offset, s.span!.end.offset)).toBe('２８')
  })
})
