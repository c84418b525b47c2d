import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { loadGrammar } from '../../../src/grammar/load.js'
import { checkData, type RuleSpec } from '../../../src/stages/check/config.js'
import { defineRule } from '../../../src/stages/check/rule.js'
import type { Context } from '../../../src/pipeline/types.js'
import type { Report } from '../../../src/model/report.js'

describe('defineRule', () => {
  const data = checkData(loadGrammar())
  const spec = (params: unknown): RuleSpec => ({ id: 'C99', code: 'check/test', severity: 'warning', tolerance: 'count', description: 'test', params })
  const record = {} as Report
  const ctx = {} as Context

  it('should validate a spec’s params once and give every run the parsed params', () => {
    const schema = z.strictObject({ n: z.number() })
    const parse = vi.spyOn(schema, 'safeParse')
    const seen: unknown[] = []
    const rule = defineRule('C99', schema, (_r, _c, env) => seen.push(env.params))
    const s = spec({ n: 3 })
    rule.run(record, ctx, s, data)
    rule.run(record, ctx, s, data)
    expect(seen).toEqual([{ n: 3 }, { n: 3 }])
    expect(parse).toHaveBeenCalledTimes(1)
    // another spec object is validated on its own
    rule.run(record, ctx, spec({ n: 4 }), data)
    expect(seen[2]).toEqual({ n: 4 })
    expect(parse).toHaveBeenCalledTimes(2)
  })

  it('should throw on bad params every time, naming the rule', () => {
    const rule = defineRule('C99', z.strictObject({ n: z.number() }), () => undefined)
    const bad = spec({ n: 'three' })
    expect(() => rule.run(record, ctx, bad, data)).toThrow(/Invalid params of check rule C99/)
    expect(() => rule.run(record, ctx, bad, data)).toThrow(/Invalid params of check rule C99/)
  })
})
