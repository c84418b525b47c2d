/**
 * The evaluation floor: the pipeline over every fixture with expected values
 * must not fall below what it reached when this floor was set. A regression
 * anywhere (reading, segmenting, scores, tables) fails here.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/eval/run.js'
import { prf } from '../../src/eval/metrics.js'

describe('npm run eval floor', () => {
  it('should keep triple F1, total and grade accuracy and heading F1 above the floor', async () => {
    const r = await evaluate(['fixtures'])
    expect(r.cases.length).toBeGreaterThanOrEqual(14)
    expect(r.cases.filter((c) => c.error)).toEqual([])
    // reached 0.996 (120/120/121) when set
    expect(prf(r.triples).f1).toBeGreaterThanOrEqual(0.98)
    expect(r.totalAccuracy).toBeGreaterThanOrEqual(0.92)
    expect(r.gradeAccuracy).toBeGreaterThanOrEqual(0.92)
    expect(prf(r.headings).f1).toBeGreaterThanOrEqual(0.95)
  })
})
