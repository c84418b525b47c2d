/**
 * The start-character prefilter must give exactly the matches of a plain
 * global scan: checked for every grammar pattern on its examples, its
 * counter-examples and every text fixture and seed, and on small regexes
 * whose start sets are read by hand.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../src/grammar/load.js'
import { requiredChars, scannerOf, startChars } from '../../src/grammar/prefilter.js'

const ROOT = join(import.meta.dirname, '../..')

function plain(re: RegExp, text: string): [number, string, unknown][] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
  return [...text.matchAll(g)].map((m) => [m.index, m[0], m.groups ?? null])
}

function fast(re: RegExp, text: string): [number, string, unknown][] {
  return scannerOf(re).matchAll(text).map((m) => [m.index, m[0], m.groups ?? null])
}

function texts(): string[] {
  const out: string[] = []
  for (const n of readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'))) out.push(readFileSync(join(ROOT, 'seeds', n), 'utf8'))
  for (const n of readdirSync(join(ROOT, 'fixtures'))) {
    const p = join(ROOT, 'fixtures', n, 'input.txt')
    if (existsSync(p)) out.push(readFileSync(p, 'utf8'))
  }
  return out
}

describe('startChars', () => {
  it('should read the start set through optional parts, lookarounds and alternations', () => {
    expect(startChars('(?<label>(?! )(?:(?:(?<=\\p{Script=Han}) )?财(?:x)?|预)?支出)', 'gu')).toEqual([' ', '支', '财', '预'])
    expect(startChars('(?<=^|[^a])[a-c]x|\\(y', 'gmu')).toEqual(['(', 'a', 'b', 'c'])
    expect(startChars('a{0,2}b+', 'gu')).toEqual(['a', 'b'])
  })
  it('should give none when a match may start anywhere or be empty', () => {
    expect(startChars('\\s*x', 'gu')).toBeNull()
    expect(startChars('[\\p{Script=Han}]x', 'gu')).toBeNull()
    expect(startChars('a?', 'gu')).toBeNull()
    expect(startChars('.x', 'gu')).toBeNull()
    expect(startChars('abc', 'giu')).toBeNull()
    expect(startChars('[^a]', 'gu')).toBeNull()
  })
})

describe('requiredChars', () => {
  it('should read the characters outside optional parts, of every branch of an alternation', () => {
    expect(requiredChars('(?<=x)a(?:b|cb)\\s*d?e{1,2}f{0,3}(?!g)', 'gu')).toEqual(['a', 'b', 'e'])
    expect(requiredChars('(?:(?<=\\p{Script=Han}) )?部(?:(?<=\\p{Script=Han}) )?门', 'gu')).toEqual(['部', '门'])
    expect(requiredChars('[x]\\(\\u5143(?:y+)+', 'gu')).toEqual(['(', 'x', 'y', '元'])
  })
  it('should give none for classes, optional parts, alternatives without a common character, the i flag', () => {
    expect(requiredChars('[ab]\\d.(?:a|b)c?(?:d)*', 'gu')).toEqual([])
    expect(requiredChars('abc', 'giu')).toEqual([])
    expect(requiredChars('a|', 'gu')).toEqual([])
  })
})

describe('scanner', () => {
  const grammar = loadGrammar()
  const corpus = texts()
  const global = [...grammar.patterns.values()].filter((p) => p.regex.global)
  it('should bound the start of some grammar patterns', () => {
    expect(global.filter((p) => startChars(p.regex.source, p.regex.flags) !== null).length).toBeGreaterThan(5)
  })
  for (const p of global) {
    it(`${p.id}: same matches as a plain scan`, () => {
      for (const text of [...p.examples, ...p.counterExamples, ...corpus]) expect(fast(p.regex, text)).toEqual(plain(p.regex, text))
    })
  }
  it('should find nothing, as a plain scan does, in a text without a required character', () => {
    const re = /[\p{Script=Han}]{1,3}根据/gu
    for (const text of ['某局根据', '某局根', '据某局', '']) expect(fast(re, text)).toEqual(plain(re, text))
  })
  it('should find overlapping candidates and matches next to each other', () => {
    const re = /(?<=[^b]|^)a+b/gu
    for (const text of ['aab', 'abab', 'baab', 'xaabab aab', '']) expect(fast(re, text)).toEqual(plain(re, text))
  })
})
