import { describe, expect, it } from 'vitest'
import { ItemBuffer, DESCENT } from '../../../src/source/pdf/items.js'
import { Rows, groupRows } from '../../../src/source/pdf/rows.js'

/** Adds an item as pdf.js places it: left x, baseline y, width, font size. */
function add(buf: ItemBuffer, str: string, x: number, y: number, w: number, size: number) {
  buf.push(str, x, x + w, y - DESCENT * size, y + (1 - DESCENT) * size, size)
}

function rowsOf(buf: ItemBuffer): string[][] {
  const rows = new Rows()
  groupRows(buf, rows)
  const out: string[][] = []
  for (let r = 0; r < rows.count; r++) {
    const row: string[] = []
    for (let k = rows.rowStart[r]!; k < rows.rowStart[r + 1]!; k++) row.push(buf.str[rows.order[k]!]!)
    out.push(row)
  }
  return out
}

describe('groupRows', () => {
  it('should keep number cells set 2.6 pt above their label in the label row', () => {
    const buf = new ItemBuffer()
    // LibreOffice table: label baseline 446.89, numbers 449.49, next row 21.8 pt lower
    add(buf, '4336.48', 304.4, 449.49, 39, 12)
    add(buf, '4431.90', 398, 449.49, 39, 12)
    add(buf, '一、', 84.9, 446.89, 24, 12)
    add(buf, '基本支出', 108.9, 446.89, 48, 12)
    add(buf, '4062.88', 304.4, 427.79, 39, 12)
    add(buf, '人员经费', 84.9, 425.19, 48, 12)
    expect(rowsOf(buf)).toEqual([
      ['一、', '基本支出', '4336.48', '4431.90'],
      ['人员经费', '4062.88'],
    ])
  })

  it('should order rows top to bottom and items left to right whatever the drawing order', () => {
    const buf = new ItemBuffer()
    add(buf, 'footer', 280, 40, 40, 14)
    add(buf, 'b', 200, 700, 10, 16)
    add(buf, 'second', 80, 672, 60, 16)
    add(buf, 'a', 80, 700, 10, 16)
    expect(rowsOf(buf)).toEqual([['a', 'b'], ['second'], ['footer']])
  })

  it('should not merge consecutive lines of body text (28 pt apart, 16 pt type)', () => {
    const buf = new ItemBuffer()
    for (let i = 0; i < 5; i++) add(buf, `line ${i}`, 80, 700 - 28 * i, 300, 16)
    expect(rowsOf(buf)).toHaveLength(5)
  })

  it('should not join items that overlap by less than half the smaller height', () => {
    const buf = new ItemBuffer()
    add(buf, 'upper', 80, 700, 40, 12)
    add(buf, 'lower', 200, 692, 40, 12) // overlaps 4 of 12 pt
    expect(rowsOf(buf)).toEqual([['upper'], ['lower']])
  })

  it('should put a rotated item in a row of its own after the other rows', () => {
    const buf = new ItemBuffer()
    add(buf, 'left', 80, 700, 40, 12)
    buf.push('WATERMARK', 100, 400, 300, 720, 40, true)
    add(buf, 'right', 300, 700, 40, 12)
    add(buf, 'below', 80, 680, 40, 12)
    expect(rowsOf(buf)).toEqual([['left', 'right'], ['below'], ['WATERMARK']])
  })

  it('should give no rows for a page with no items', () => {
    expect(rowsOf(new ItemBuffer())).toEqual([])
  })
})
