/** Page furniture: bare page numbers are marked only when they run with the pages. */
import { describe, expect, it } from 'vitest'
import { earlyStages, textDoc } from '../../helpers/pipeline.js'

const furniture = (text: string) =>
  earlyStages(textDoc(text))
    .lines.filter((l) => l.furniture)
    .map((l) => l.text.trim())

describe('bare page numbers', () => {
  it('numbers last on their pages that count up with the pages are page numbers', () => {
    const text = ['一、基本情况', '正文第一页。', '1', '\f正文第二页。', '2', '\f正文第三页。', '3'].join('\n')
    expect(furniture(text)).toEqual(['1', '2', '3'])
  })
  it('page numbers that start after an unnumbered cover still run with the pages', () => {
    const text = ['封面', '\f正文第一页。', '1', '\f正文第二页。', '2'].join('\n')
    expect(furniture(text)).toEqual(['1', '2'])
  })
  it('table cells that a page break leaves first or last on a page are not page numbers', () => {
    // one cell per line: 分值 10, 得分 9 and 10 fall on page edges
    const text = ['指标1工程完工率', '10', '\f10', '指标1安全率', '10', '\f9', '指标1学生满意度'].join('\n')
    expect(furniture(text)).toEqual([])
  })
})
