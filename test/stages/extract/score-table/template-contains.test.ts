/**
 * Template cues are looked up in the folded document through a hashed set of
 * character pairs: the answer must be `includes`' on every key.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { containsIn } from '../../../../src/stages/extract/score-table/template.js'

const ROOT = join(import.meta.dirname, '../../../..')

describe('containsIn', () => {
  it('should answer as includes does, for keys found, keys absent and short keys', () => {
    const text = readFileSync(join(ROOT, 'fixtures/seed-000-foshan-dept-overall/input.txt'), 'utf8').replace(/\s+/g, '')
    const contains = containsIn(text)
    const keys = ['', '佛', '部门整体支出', '绩效自评', '项目支出绩效自评', '满意度', '𠀀', 'zz', '预算执行率', '部门整体支出绩效评价指标']
    for (let i = 0; i + 6 < text.length; i += 97) keys.push(text.slice(i, i + 2 + (i % 7)), text.slice(i, i + 3) + '乙')
    for (const k of keys) expect(contains(k)).toBe(text.includes(k))
    expect(keys.filter((k) => contains(k)).length).toBeGreaterThan(10)
    expect(keys.filter((k) => !contains(k)).length).toBeGreaterThan(10)
  })
  it('should forget the previous text', () => {
    expect(containsIn('甲乙丙')('乙丙')).toBe(true)
    expect(containsIn('丁戊')('乙丙')).toBe(false)
  })
})
