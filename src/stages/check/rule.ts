/**
 * A check rule: its domain.md id, the schema of its params in
 * grammars/checks.json, and a function that reports its findings. A rule whose
 * inputs are absent from the record does nothing (n/a), never a finding.
 */
import type { z } from 'zod'
import type { Report } from '../../model/report.js'
import { safeParse } from '../../model/validate.js'
import type { Context } from '../../pipeline/types.js'
import type { CheckData, RuleSpec } from './config.js'

export interface RuleEnv<P> {
  spec: RuleSpec
  params: P
  data: CheckData
}

export interface Rule {
  id: string
  /** validates the rule's params and runs it */
  run(record: Report, ctx: Context, spec: RuleSpec, data: CheckData): void
}

/** Defines a rule whose params are validated by `params` (a bad params block is a grammar bug: throws). */
export function defineRule<S extends z.ZodType>(
  id: string,
  params: S,
  run: (record: Report, ctx: Context, env: RuleEnv<z.infer<S>>) => void,
): Rule {
  // a spec belongs to the loaded grammar (checkData is cached by it): its params are validated once, not once per report
  const valid = new WeakMap<RuleSpec, z.infer<S>>()
  return {
    id,
    run(record, ctx, spec, data) {
      let checked = valid.get(spec)
      if (checked === undefined) {
        const parsed = safeParse(params, spec.params)
        if (!parsed.success) throw new Error(`Invalid params of check rule ${id}: ${parsed.error.message}`)
        valid.set(spec, (checked = parsed.data))
      }
      run(record, ctx, { spec, params: checked, data })
    },
  }
}
