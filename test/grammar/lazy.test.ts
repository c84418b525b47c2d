/**
 * A grammar compiles a pattern when it is first asked for, and every pattern
 * with its checks when `patterns` is first read (checkGrammar, before a run).
 * The lazily compiled regex must be the one the full compile gives, with the
 * same matches; a broken pattern must still be found by the check, with the
 * pattern named, before anything uses it. Group names are read from the
 * regex source: they must agree with what V8 reports for every grammar
 * pattern and for tricky sources.
 */
import { describe, expect, it } from 'vitest'
import { compilePatterns, groupNames, mergeFragments } from '../../src/grammar/compile.js'
import { createGrammar, readGrammarFiles, EVAL_GRAMMAR_DIR } from '../../src/grammar/load.js'
import { GrammarFile } from '../../src/grammar/schema.js'

const files = [...readGrammarFiles(), ...readGrammarFiles(EVAL_GRAMMAR_DIR)]
const eager = compilePatterns(files, mergeFragments(files))

/** What V8 reports: the groups of a match of the regex (or the empty string) against ''. */
function namesByRunning(regex: RegExp): { names: string[]; unnamed: number } {
  const m = new RegExp(`(?:${regex.source})|`, regex.flags.replace(/[gy]/g, '')).exec('')!
  const names = Object.keys(m.groups ?? {})
  return { names, unnamed: m.length - 1 - names.length }
}

function matchesOf(regex: RegExp, text: string): string[] {
  if (regex.global) return [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`)
  const m = regex.exec(text)
  return m ? [`${m.index}:${m[0]}`] : []
}

describe('patterns compiled on first use', () => {
  it('should give the regex of the full compile, with the same matches on every example and counter-example', () => {
    const lazy = createGrammar(files)
    let compared = 0
    for (const [id, p] of eager) {
      const r = lazy.regex(id)
      expect(r.source, id).toBe(p.regex.source)
      expect(r.flags, id).toBe(p.regex.flags)
      for (const text of [...p.examples, ...p.counterExamples]) {
        expect(matchesOf(r, text), `${id} on ${text}`).toEqual(matchesOf(p.regex, text))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
  })

  it('should compile a pattern once, and `patterns` should hold the same RegExp objects', () => {
    const lazy = createGrammar(files)
    const id = [...eager.keys()][0]!
    const first = lazy.regex(id)
    expect(lazy.regex(id)).toBe(first)
    expect(lazy.patterns.get(id)!.regex).toBe(first)
    expect(lazy.patterns.size).toBe(eager.size)
    const other = [...eager.keys()][1]!
    expect(lazy.regex(other)).toBe(lazy.patterns.get(other)!.regex)
  })

  it('should still refuse an unknown pattern id', () => {
    expect(() => createGrammar(files).regex('nope/none')).toThrow(/Unknown grammar pattern nope\/none/)
  })
})

describe('a broken grammar', () => {
  const broken = (regex: string, examples: unknown[] = []) =>
    GrammarFile.parse({ id: 'zz-broken', description: '', patterns: [{ id: 'p', description: '', regex, examples }] })

  it('should fail the full check with the pattern named, though creating the grammar does not compile it', () => {
    for (const [file, message] of [
      [broken('(?<value>\\d+'), /Grammar pattern zz-broken\/p does not compile: .*/],
      [broken('(?<value>\\d+)(分)'), /zz-broken\/p does not compile: 1 capturing group\(s\) without a name/],
      [broken('(?<value>\\d+)', [{ text: '5', captures: { score: '5' } }]), /zz-broken\/p: example captures unknown groups score/],
    ] as const) {
      const g = createGrammar([...files, file])
      expect(() => g.patterns, String(message)).toThrow(message)
    }
  })

  it('should fail on first use of the broken pattern, and not on the others', () => {
    const g = createGrammar([...files, broken('[a-')])
    expect(() => g.regex('zz-broken/p')).toThrow(/Grammar pattern zz-broken\/p does not compile/)
    expect(g.regex([...eager.keys()][0]!)).toBeInstanceOf(RegExp)
  })

  it('should still refuse a fragment or a pattern id defined twice when the grammar is created', () => {
    const twice = GrammarFile.parse({ id: 'zz', description: '', fragments: { a: 'x' }, patterns: [{ id: 'p', description: '', regex: 'x' }, { id: 'p', description: '', regex: 'y' }] })
    expect(() => createGrammar([twice])).toThrow(/Grammar pattern zz\/p defined twice/)
    const fragTwice = GrammarFile.parse({ id: 'zy', description: '', fragments: { a: 'y' } })
    expect(() => createGrammar([twice, fragTwice])).toThrow(/fragment \{\{a\}\} defined twice/)
  })
})

describe('group names read from the source', () => {
  it('should agree with V8 on every grammar pattern', () => {
    let withGroups = 0
    for (const [id, p] of eager) {
      const v8 = namesByRunning(p.regex)
      expect(v8.unnamed, id).toBe(0)
      expect(groupNames(p.regex), id).toEqual(v8.names)
      if (v8.names.length) withGroups++
    }
    expect(withGroups).toBeGreaterThan(50)
  })

  it('should agree with V8 on escapes, classes, lookarounds and back-references', () => {
    const sources = [
      '\\(not a group\\)[(]',
      '[\\]()](?<a>x)',
      '\\\\(?<b>y)',
      '(?<=(?<c>a))b(?<!c)(?=d)(?!e)',
      '(?:(?<d>1)|(?<e>2))\\k<d>',
      '[^\\\\(](?<f>\\p{Script=Han}+)[\\u0028]',
      '(?<g>[[])(?<h>\\[)',
      '/(?<i>a)\\/',
    ]
    for (const source of sources) {
      const r = new RegExp(source, 'u')
      const v8 = namesByRunning(r)
      expect(v8.unnamed, source).toBe(0)
      expect(groupNames(r), source).toEqual(v8.names)
    }
    for (const source of ['(a)', '[)](b)(?<n>c)(d)', '\\\\(e)']) {
      const r = new RegExp(source, 'u')
      expect(() => groupNames(r), source).toThrow(new RegExp(`^${namesByRunning(r).unnamed} capturing group`))
    }
    const v = new RegExp('[[a-z]--[\\(]](?<w>x)', 'v')
    expect(groupNames(v)).toEqual(namesByRunning(v).names)
  })
})
