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

  it('should keep part headings, money-table totals, units and blank templates above the floor', async () => {
    const r = await evaluate(['fixtures'])
    // reached part F1 1.0 (17/17/17), totals 30/32, unit accuracy 1, blank templates 1/1 when set
    expect(prf(r.parts).f1).toBeGreaterThanOrEqual(0.95)
    expect(r.amounts.expected).toBeGreaterThanOrEqual(30)
    expect(r.amounts.tp / r.amounts.expected).toBeGreaterThanOrEqual(0.9)
    expect(r.unitAccuracy).toBeGreaterThanOrEqual(0.95)
    expect(r.blank.cases).toBeGreaterThanOrEqual(1)
    expect(r.blank.ok).toBe(r.blank.cases)
  })
})
