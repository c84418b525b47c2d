/**
 * check: the consistency rules of grammars/checks.json (domain.md §5) run over
 * the finished record; each violation is a finding that cites both sides
 * (the figure that disagrees as `span`, the figures it was compared with as
 * `related`). A rule whose inputs are absent is silently not applicable.
 *
 * The vocabulary the rules expect from the extractors (all of it data in
 * grammars/checks.json, so a mismatch is fixed there, not here):
 *
 * - table kinds: 'budget-expenditure' (部门预算支出明细表: rows 一、基本支出 /
 *   人员经费 / 日常公用经费 / 二、项目支出 / 其中… / 合计) and 'project-funds'
 *   (项目资金 block of a 项目支出绩效自评表: 年度资金总额 / 其中:财政拨款 /
 *   上年结转 / 其他资金).
 * - column keys: 'initial' (年初预算数), 'adjusted' (调整预算数, 全年预算数),
 *   'final' (决算数), 'executed' (全年执行数); in project-funds also 'max' (分值),
 *   'rate' (执行率, 0–100) and 'score' (得分); optional 'carryover'. A row's
 *   cells align with `columns`, or with `columns` after a first label column.
 * - row roles: 'total' (合计, 年度资金总额), 'memo' (其中 rows, never summed);
 *   `level` makes the row tree (deeper rows are parts of the row above); with
 *   flat levels, rows marked 一、 are top level and unmarked rows their parts.
 * - fact keys: total-expenditure, basic-expenditure, project-expenditure,
 *   personnel-expenditure, public-expenditure, execution-rate, carryover-rate,
 *   three-public-expenditure, project-count, self-evaluated-project-count,
 *   self-evaluation-coverage (percentages on the 0–100 scale; money `unit` as
 *   printed, 万元/元).
 * - indicators: prose pairs form one set; table indicators belong to the
 *   project form whose 'project-funds' block opened last before them (ids
 *   `<table id>/<n>` would name the set directly); `path` = the group names as
 *   printed (产出指标(50分), 数量指标); `totals.max` is compared only when
 *   Sourced (stated), never when Derived.
 * - self-description (C17, C18): meta.year, meta.title, meta.department
 *   (meta.departmentKey when the canonicalizer set it) are compared with the
 *   phrases of checks.json read on the original text (mentions.ts).
 * - survey (C24): fact key satisfaction-survey-score; the satisfaction
 *   indicator is the one whose name holds a word of the rule's vocabulary.
 *
 * Severities: C01–C09, C11, C12, C21, C22 are errors; C10, C13–C18, C20, C23,
 * C25 warnings; a Σ 分值 short of the 满分 is only an info (check/max-sum-short),
 * since a form cut off and an indicator the reader missed look the same, and
 * so are C19 (a numbering gap: mostly a heading not seen) and C24 (a survey score
 * taken for the 满意度 得分). A finding citing a value read without certainty
 * (certainty.ts) becomes the info check/uncertain-reading.
 */
import type { Context, Stage } from '../../pipeline/types.js'
import type { Report } from '../../model/report.js'
import { checkCodes } from './codes.js'
import { checkData } from './config.js'
import type { Rule } from './rule.js'
import { c01, c02, c03 } from './rules/money-tables.js'
import { c04, c05, c11 } from './rules/prose-money.js'
import { c06, c07, c08 } from './rules/scores.js'
import { c09 } from './rules/grade.js'
import { c10, c19 } from './rules/sections.js'
import { c12, c13, c14 } from './rules/rates.js'
import { c15, c16 } from './rules/budget.js'
import { c20, c21 } from './rules/project-funds.js'
import { c22 } from './rules/groups.js'
import { c17, c18 } from './rules/identity.js'
import { c23 } from './rules/units.js'
import { c24 } from './rules/survey.js'
import { c25 } from './rules/targets.js'
import { asUncertain, doubtOf, uncertainRegions } from './certainty.js'

export { UNCERTAIN_CODE } from './certainty.js'

/** Every implemented rule by its id; grammars/checks.json says which run, with what vocabulary. */
export const rules: ReadonlyMap<string, Rule> = new Map(
  [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25].map((r) => [r.id, r]),
)

export const checkStage: Stage<Report, void> = {
  name: 'check',
  run(record, ctx) {
    const data = checkData(ctx.grammar)
    const regions = uncertainRegions(ctx, data, record)
    // A finding citing a value whose reading is not certain is no evidence: an info saying why the rule was not applied.
    const gated: Context = {
      ...ctx,
      report(d) {
        const doubt = d.severity === 'info' ? null : doubtOf(regions, [d.span, ...(d.related ?? []).map((r) => r.span)])
        if (!doubt) return ctx.report(d)
        ctx.report(asUncertain(d, doubt.reason))
      },
    }
    for (const spec of data.rules) {
      const rule = rules.get(spec.id)
      if (!rule) throw new Error(`grammars/checks.json lists rule ${spec.id}, which jixiao does not implement`)
      if (!(spec.code in checkCodes)) throw new Error(`grammars/checks.json: rule ${spec.id} raises ${spec.code}, which src/stages/check/codes.ts does not register`)
      rule.run(record, gated, spec, data)
    }
  },
}
