/**
 * Every grammar pattern's examples must match and its counter-examples must
 * not: the grammars document themselves, and this keeps them honest.
 */
import { describe, expect, it } from 'vitest'
import { loadGrammar, readGrammarFiles } from '../../src/grammar/load.js'

const grammar = loadGrammar()

describe('grammar files', () => {
  it('should load and validate every file in grammars/', () => {
    expect(readGrammarFiles().length).toBeGreaterThan(0)
  })

  for (const pattern of grammar.patterns.values()) {
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
      for (const counter of pattern.counterExamples) {
        it(`should not match ${JSON.stringify(counter)}`, () => expect(test(counter)).toBe(false))
      }
    })
  }
})
