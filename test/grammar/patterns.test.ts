/**
 * Every grammar pattern's examples must match and its counter-examples must
 * not, and a pattern with (named) groups says in every example what each
 * group captures: the grammars document themselves, and this keeps them honest.
 */
import { describe, expect, it } from 'vitest'
import { evalGrammar, loadGrammar, readGrammarFiles, EVAL_GRAMMAR_DIR } from '../../src/grammar/load.js'

const grammar = loadGrammar()
// every production pattern and the evaluation's own (grammars/eval/)
const all = evalGrammar(grammar)

describe('grammar files', () => {
  it('should load and validate every file in grammars/', () => {
    expect(readGrammarFiles().length).toBeGreaterThan(0)
  })

  it('should keep the evaluation\'s name rules out of the production grammar', () => {
    expect(readGrammarFiles(EVAL_GRAMMAR_DIR).length).toBeGreaterThan(0)
    expect([...grammar.patterns.keys()].filter((id) => id.startsWith('eval/'))).toEqual([])
  })

  for (const pattern of all.patterns.values()) {
    describe(pattern.id, () => {
      const test = (text: string) => {
        pattern.regex.lastIndex = 0
        const hit = pattern.regex.test(text)
        pattern.regex.lastIndex = 0
        return hit
      }
      for (const example of pattern.examples) {
        it(`should match ${JSON.stringify(example)}`, () => expect(test(example)).toBe(true))
      }
      if (pattern.groups.length > 0) {
        it(`should say what its groups ${pattern.groups.join(', ')} capture in every example`, () => {
          const asserted = new Set(pattern.captures.map((c) => c.text))
          expect(pattern.examples.filter((e) => !asserted.has(e))).toEqual([])
          for (const c of pattern.captures) expect(Object.keys(c.captures).sort()).toEqual([...pattern.groups].sort())
        })
      }
      for (const example of pattern.captures) {
        it(`should capture ${JSON.stringify(example.captures)} in ${JSON.stringify(example.text)}`, () => {
          pattern.regex.lastIndex = 0
          const m = pattern.regex.exec(example.text)
          pattern.regex.lastIndex = 0
          expect(m).not.toBeNull()
          const got = Object.fromEntries(Object.keys(example.captures).map((name) => [name, m!.groups?.[name] ?? null]))
          expect(got).toEqual(example.captures)
        })
      }
      for (const counter of pattern.counterExamples) {
        it(`should not match ${JSON.stringify(counter)}`, () => expect(test(counter)).toBe(false))
      }
    })
  }
})
