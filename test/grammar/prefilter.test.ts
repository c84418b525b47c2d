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
import { isWhiteSpace, readPattern, requiredChars, startChars } from '../../src/grammar/prefilter.js'
import { mayMatch, scannerOf } from '../../src/grammar/scanner.js'

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

describe('anchor', () => {
  it('should find the top-level literals with a bounded count of non-white-space code points before them', () => {
    expect(readPattern('(?=[\\p{Script=Han}])(?<![a-z])(?:年\\s*)?(?<d>[\\p{Script=Han}][ \\t\\u3000]{0,9}?(?:局|委))\\s*根\\s*据', 'gu').anchors).toEqual([
      { char: '根', before: 1 + 1 + 0 + 1 },
      { char: '据', before: 4 },
    ])
    expect(readPattern('(?<d>\\p{Script=Han}{1,3}?)[(（]?主要', 'gu').anchors).toEqual([
      { char: '主', before: 3 + 1 },
      { char: '要', before: 5 },
    ])
    expect(readPattern('a\\s*b', 'gu').anchors).toEqual([
      { char: 'a', before: 0 },
      { char: 'b', before: 1 },
    ])
  })
  it('should give none past an unbounded part, at a top-level alternation or without a plain literal', () => {
    expect(readPattern('\\p{Script=Han}+根', 'gu').anchors).toEqual([])
    expect(readPattern('(\\w)\\1根', 'gu').anchors).toEqual([])
    expect(readPattern('x根|y', 'gu').anchors).toEqual([])
    expect(readPattern('[ab]\\d(?:根)', 'gu').anchors).toEqual([])
    expect(readPattern('\\s根?', 'gu').anchors).toEqual([])
  })
  it('should see white space as \\s does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)))
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
  it('should say a regex cannot match only where it does not (every pattern, its examples and the lines of the corpus)', () => {
    const lines = corpus.flatMap((t) => t.split('\n')).slice(0, 4000)
    let skipped = 0
    for (const p of grammar.patterns.values()) {
      const re = new RegExp(p.regex.source, p.regex.flags.replace(/[gy]/g, ''))
      for (const text of [...p.examples, ...p.counterExamples, ...lines]) {
        if (mayMatch(re, text)) continue
        skipped++
        expect(re.test(text)).toBe(false)
      }
    }
    expect(skipped).toBeGreaterThan(1000)
    expect(mayMatch(/元/g, '')).toBe(true)
  })
  it('should find with an anchor the matches of a plain scan, white space and all', () => {
    const re = /(?=[\p{Script=Han}])(?<![\p{Script=Han}])(?<d>[\p{Script=Han}](?:[\p{Script=Han}]|[ \n]){0,5}?(?:局|委))\s*根\s*据/gdu
    expect(readPattern(re.source, re.flags).anchors[0]).toEqual({ char: '根', before: 1 + 5 + 1 })
    const texts = ['某局根据', '，甲乙局  \n\n   根据，丙委根据', '根根据局根据某某某某某某某某局根据', '𠀀局根据𠀀𠀁局根据', '𠀀𠀁𠀂𠀃𠀄局根据', '𠀀𠀁𠀂𠀃𠀄𠀅局根据', '某局 根 据某局\u3000\u3000根据', '局根据'.repeat(5), '某某某某某局据据据据根据']
    for (const text of texts) expect(fast(re, text)).toEqual(plain(re, text))
    expect(fast(re, texts[1]!).length).toBe(2)
  })
  it('should find overlapping candidates and matches next to each other', () => {
    const re = /(?<=[^b]|^)a+b/gu
    for (const text of ['aab', 'abab', 'baab', 'xaabab aab', '']) expect(fast(re, text)).toEqual(plain(re, text))
  })
})
