import { describe, expect, it } from 'vitest'
import { buildRegex, compilePatterns, groupNames, looseLiteral, mergeFragments } from '../../src/grammar/compile.js'
import { GrammarFile } from '../../src/grammar/schema.js'

const re = (source: string) => buildRegex(source, '', {})

describe('loose literals', () => {
  it('should allow one space between its Han characters', () => {
    const r = re('^{{~支出完成率}}$')
    expect(r.test('支出完成率')).toBe(true)
    expect(r.test('支出完成 率')).toBe(true)
    expect(r.test('支 出 完 成 率')).toBe(true)
  })

  it('should not allow two spaces, a line break or punctuation inside', () => {
    const r = re('^{{~支出完成率}}$')
    expect(r.test('支出完成  率')).toBe(false)
    expect(r.test('支出完成\n率')).toBe(false)
    expect(r.test('支出完成,率')).toBe(false)
  })

  it('should allow one space before it only after a Han character', () => {
    expect(re('^为{{~支出}}$').test('为 支出')).toBe(true)
    expect(re('^1{{~支出}}$').test('1 支出')).toBe(false)
  })

  it('should refuse a loose literal that is not Han characters', () => {
    expect(() => looseLiteral('ab')).toThrow(/Han characters only/)
  })

  it('should still compile {{_}} written by hand, the same as a loose literal', () => {
    expect(re('支{{_}}出').source).toBe(re('支{{~出}}').source)
  })

  it('should accept a file that repeats the built-in {{_}} with its own body, and refuse another body', () => {
    const file = (body: string) => GrammarFile.parse({ id: 'x', description: '', fragments: { _: body } })
    expect(() => mergeFragments([file('(?:(?<=\\p{Script=Han}) )?')])).not.toThrow()
    expect(() => mergeFragments([file(' ?')])).toThrow(/built in/)
  })
})

describe('named captures', () => {
  const file = (regex: string, examples: unknown[] = []) =>
    GrammarFile.parse({ id: 'x', description: '', patterns: [{ id: 'p', description: '', regex, examples }] })

  it('should list the groups of a pattern by name, in order', () => {
    expect(compilePatterns([file('(?<op>[≥≤])?(?<value>\\d+)(?:分)?')], {}).get('x/p')!.groups).toEqual(['op', 'value'])
    expect(groupNames(re('\\(not a group\\)[(]'))).toEqual([])
  })

  it('should refuse a pattern with a capturing group that has no name', () => {
    expect(() => compilePatterns([file('(?<value>\\d+)(分)')], {})).toThrow(/x\/p does not compile: 1 capturing group\(s\) without a name/)
  })

  it('should refuse an example that asserts a group the pattern does not have', () => {
    expect(() => compilePatterns([file('(?<value>\\d+)', [{ text: '5', captures: { score: '5' } }])], {})).toThrow(/unknown groups score/)
  })
})
