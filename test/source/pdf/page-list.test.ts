import { describe, expect, it } from 'vitest'
import { pageList } from '../../../src/source/pdf/page-list.js'

describe('pageList', () => {
  it('should write runs of pages as ranges', () => {
    expect(pageList([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9, 10')
    expect(pageList([4])).toBe('4')
    expect(pageList([1, 2, 3, 4, 5])).toBe('1–5')
  })
})
