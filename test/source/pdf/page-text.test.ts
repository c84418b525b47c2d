import { describe, expect, it } from 'vitest'
import { ItemBuffer, collectItems } from '../../../src/source/pdf/items.js'
import { Rows, groupRows } from '../../../src/source/pdf/rows.js'
import { pageText } from '../../../src/source/pdf/page-text.js'
import type { LayoutLine } from '../../../src/source/document.js'

/** A pdf.js text item: string, left x, baseline y, width, font size. */
function item(str: string, x: number, y: number, width: number, size: number) {
  return { str, transform: [size, 0, 0, size, x, y], width, height: str.trim() === '' ? 0 : size, hasEOL: false }
}

function build(items: unknown[], base = 0, page = 1) {
  const buf = new ItemBuffer()
  const rows = new Rows()
  collectItems(items, buf)
  groupRows(buf, rows)
  const layout: LayoutLine[] = []
  const text = pageText(buf, rows, page, base, layout)
  return { text, layout }
}

describe('pageText', () => {
  it('should remove the spaces a justified layout puts between CJK characters', () => {
    const { text } = build([item('年 度 部 门 决 算 信 息 ，', 189.5, 602.59, 164.29, 16), item(' ', 353.79, 602.59, 2.81, 16), item('2020', 356.6, 602.59, 32, 16)])
    // the 2.8 pt gap before `2020` is under the space threshold (0.2 × 16 pt)
    expect(text).toBe('年度部门决算信息，2020')
  })

  it('should keep a space between a number and a CJK character', () => {
    // `根 据` then a 5.8 pt gap, `2020`, a 5.7 pt gap, `年 度`
    const { text } = build([item('根 据', 111.5, 602.59, 34.48, 16), item(' ', 145.98, 602.59, 5.82, 16), item('2020', 151.8, 602.59, 32, 16), item(' ', 183.8, 602.59, 5.7, 16), item('年 度', 189.5, 602.59, 34, 16)])
    expect(text).toBe('根据 2020 年度')
  })

  it('should join single-character items of a run of CJK text without spaces', () => {
    const { text } = build([item('基', 232.8, 574.59, 16, 16), item('本', 249.1, 574.59, 16, 16), item('支', 265.4, 574.59, 16, 16), item('出', 281.7, 574.59, 16, 16)])
    expect(text).toBe('基本支出')
  })

  it('should keep the spaces inside Latin text and fold runs of them', () => {
    const { text } = build([item('Budget   performance report', 72, 700, 200, 12)])
    expect(text).toBe('Budget performance report')
  })

  it('should separate cells with a TAB where the gap is wider than 1.5 font sizes', () => {
    const { text, layout } = build(
      [item('一、基本支出', 84.9, 446.89, 72, 12), item('4336.48', 304.4, 449.49, 39, 12), item('4431.90', 398, 449.49, 39, 12)],
      100,
      9,
    )
    expect(text).toBe('一、基本支出\t4336.48\t4431.90')
    expect(layout).toHaveLength(1)
    const line = layout[0]!
    expect(line).toMatchObject({ start: 100, end: 100 + text.length, page: 9, fontSize: 12 })
    expect(line.cells).toEqual([
      { start: 100, end: 106, x0: 84.9, x1: 156.9 },
      { start: 107, end: 114, x0: 304.4, x1: 343.4 },
      { start: 115, end: 122, x0: 398, x1: 437 },
    ])
    expect(line.bbox[0]).toBe(84.9)
    expect(line.bbox[2]).toBe(437)
    expect(line.bbox[1]).toBeLessThan(446.89)
    expect(line.bbox[3]).toBeGreaterThan(449.49 + 8)
  })

  it('should not start a cell at a gap of one font size', () => {
    const { text } = build([item('支出', 80, 700, 32, 16), item('合计', 128, 700, 32, 16)])
    expect(text).toBe('支出合计')
  })

  it('should write one line per row, joined with newlines, each with its own span', () => {
    const { text, layout } = build([item('第一行', 80, 700, 48, 16), item('— 9 —', 276, 43, 49, 14), item('第二行', 80, 672, 48, 16)])
    expect(text).toBe('第一行\n第二行\n— 9 —')
    expect(layout.map((l) => text.slice(l.start, l.end))).toEqual(['第一行', '第二行', '— 9 —'])
  })

  it('should drop white-space items and a string drawn twice on top of itself', () => {
    const { text } = build([item('   ', 80, 700, 20, 16), item('标题', 100, 700, 32, 16), item('标题', 100.5, 700, 32, 16)])
    expect(text).toBe('标题')
  })
})
