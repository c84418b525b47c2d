/**
 * Every grammar pattern runs in linear time on adversarial input (runs of
 * spaces, newlines, digits, pipes, Han text): for each pattern and input
 * kind, matching an input four times as long must take less than eight
 * times as long (linear ≈ 4×, quadratic ≈ 16×). A ratio between two sizes,
 * not a wall-clock limit, so a slow machine does not fail it; times too
 * short to measure (under 20 ms at the larger size) are not compared. A
 * pattern that looks slow is measured again, both sizes interleaved, and
 * counts as slow only when every measurement says so (a busy machine can
 * stall one timing, not five in a row).
 */
import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../src/grammar/load.js'

const grammar = loadGrammar()
const han = '预算执行情况部门整体支出绩效自评报告办公室人民政府'
const inputs: Record<string, (n: number) => string> = {
  'a duty sentence then a run of spaces': (n) => '主要职责是' + ' '.repeat(n) + '局的主要职责',
  'a run of newlines': (n) => '主要职责' + '\n'.repeat(n) + '局',
  'mixed white space': (n) => '办公室' + ' \n\t\u3000'.repeat(n / 4) + '局',
  'Han characters between space runs': (n) => ('局' + ' '.repeat(50)).repeat(n / 51),
  'glued digits': (n) => '1'.repeat(n),
  'digits and dots': (n) => '1.'.repeat(n / 2),
  'pipes and spaces': (n) => '| '.repeat(n / 2),
  'Han run without a stop': (n) => han.repeat(n / han.length),
  'spaced Han': (n) => han.split('').join(' ').repeat(n / (2 * han.length)),
  'blank lines between Han characters': (n) => Array.from({ length: n / 4 }, (_, i) => han[i % han.length]).join('\n \n'),
}

function ms(re: RegExp, text: string, runs = 3): number {
  let best = Infinity
  for (let k = 0; k < runs; k++) {
    const t = performance.now()
    for (const _ of text.matchAll(re));
    best = Math.min(best, performance.now() - t)
  }
  return best
}

const SMALL = 4000
const RATIO = 8
const MEASURABLE_MS = 20
const REMEASURE = 5

/** Whether matching the large input takes more than RATIO times the small one. */
function tooSlow(a: number, b: number): boolean {
  return b > MEASURABLE_MS && b / Math.max(a, MEASURABLE_MS / RATIO) > RATIO
}

describe('grammar patterns run in linear time', () => {
  for (const [name, make] of Object.entries(inputs)) {
    it(`on ${name}`, () => {
      const small = make(SMALL)
      const large = make(4 * SMALL)
      const slow: string[] = []
      for (const p of grammar.patterns.values()) {
        const re = new RegExp(p.regex.source, p.regex.flags.includes('g') ? p.regex.flags : p.regex.flags + 'g')
        let a = ms(re, small)
        let b = ms(re, large)
        for (let k = 0; k < REMEASURE && tooSlow(a, b); k++) {
          a = ms(re, small, 5)
          b = ms(re, large, 5)
        }
        if (tooSlow(a, b)) slow.push(`${p.id}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms`)
      }
      expect(slow).toEqual([])
    })
  }
})
