/**
 * Every grammar pattern must run in about linear time: real archives hold
 * pages of blank lines, glued OCR digits and endless pipes, and one pattern
 * with nested ambiguous repetition can take minutes on them (a bulk run's
 * per-file time limit would then fail the file). These inputs are built to
 * provoke catastrophic backtracking; a pattern that has it makes this test
 * hang past vitest's limit rather than finish.
 */
import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../src/grammar/load.js'

const grammar = loadGrammar()
const han = '预算执行情况部门整体支出绩效自评报告办公室人民政府'
const adversarial = {
  'blank lines between Han characters': Array.from({ length: 400 }, (_, i) => han[i % han.length]).join('\n \n\u00a0\n'),
  'glued digits': '1'.repeat(3000),
  'digits and dots': '1.1.1.1.'.repeat(400),
  'pipes and spaces': '| | |  ||'.repeat(400),
  'Han run without a stop': han.repeat(120),
  'spaced Han': han.split('').join(' ').repeat(40),
}

describe('grammar patterns on adversarial input', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`should all finish on ${name}`, () => {
      let runs = 0
      for (const pattern of grammar.patterns.values()) {
        const re = new RegExp(pattern.regex.source, pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g')
        for (const _ of text.matchAll(re)) runs++
      }
      expect(runs).toBeGreaterThanOrEqual(0)
    })
  }
})
