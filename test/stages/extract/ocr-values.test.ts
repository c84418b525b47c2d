/**
 * Values read by OCR: their `by` names the engine and they carry the
 * engine's confidence; an unsure 分值/得分 is left empty with a diagnostic;
 * digit look-alikes are read as digits only where a number is expected.
 */
import { describe, expect, it } from 'vitest'
import { processDocument } from '../../../src/pipeline/run.js'
import { emptyOcrInfo } from '../../../src/source/ocr/read-ocr.js'
import { expectedNumberOf, numberOf } from '../../../src/stages/extract/score-table/values.js'
import { textDoc } from '../../helpers/pipeline.js'

const FORM = [
  '项目支出绩效自评表',
  '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
  '| 产出指标 | 数量指标 | 完成数量 | 20 | 18 |',
  '| 产出指标 | 质量指标 | 合格率 | 30 | 27 |',
  '',
].join('\n')

/** The form as if OCR had read it, every character at `p`, and the characters of `unsure` at `low`. */
function ocrDoc(p: number, unsure?: { text: string; low: number }) {
  const doc = textDoc(FORM)
  const ocr = emptyOcrInfo()
  ocr.pages = [1]
  ocr.confidence = [...doc.text].map((ch) => (ch.trim() === '' ? -1 : p))
  if (unsure) {
    const at = doc.text.indexOf(unsure.text)
    for (let i = at; i < at + unsure.text.length; i++) ocr.confidence[i] = unsure.low
  }
  doc.ocr = ocr
  return doc
}

describe('OCR provenance', () => {
  it('should name the engine and the confidence on every value read by OCR', () => {
    const r = processDocument(ocrDoc(0.97))
    expect(r.indicators.map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([['完成数量', 20, 18], ['合格率', 30, 27]])
    for (const i of r.indicators) {
      expect(i.score!.by).toMatch(/\+ocr:pp-ocrv4$/)
      expect(i.score!.confidence).toBe(0.97)
    }
  })

  it('should leave an unsure 得分 empty with a diagnostic quoting it, keeping the rest', () => {
    const r = processDocument(ocrDoc(0.97, { text: '27', low: 0.41 }))
    expect(r.indicators.map((i) => i.score?.value ?? null)).toEqual([18, null])
    expect(r.indicators[1]!.max!.value).toBe(30)
    const d = r.diagnostics.filter((x) => x.code === 'extract/ocr-low-confidence')
    expect(d).toHaveLength(1)
    expect(d[0]!.message).toContain("'27'")
    expect(d[0]!.span!.start.line).toBe(4)
  })

  it('should leave values of a text-layer document as they are', () => {
    const r = processDocument(textDoc(FORM))
    expect(r.indicators[0]!.score!.by).not.toContain('ocr')
    expect(r.indicators[0]!.score!.confidence).toBeUndefined()
  })
})

describe('OCR digit look-alikes where a number is expected', () => {
  it('should read IO as 10, O as 0 and 8l as 81', () => {
    expect(expectedNumberOf('IO')).toBe(10)
    expect(expectedNumberOf('O')).toBe(0)
    expect(expectedNumberOf('8l')).toBe(81)
    expect(expectedNumberOf('9.5')).toBe(9.5)
  })

  it('should leave words, and cells without a look-alike, as they are', () => {
    expect(expectedNumberOf('IOT')).toBeNull()
    expect(expectedNumberOf('优')).toBeNull()
    expect(expectedNumberOf('')).toBeNull()
    expect(expectedNumberOf('1.2.3')).toBeNull()
    // plain number parsing does not fold
    expect(numberOf('IO')).toBeNull()
  })
})
