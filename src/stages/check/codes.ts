/**
 * Diagnostic codes raised by the check stage, one per rule of
 * grammars/checks.json (the rule ids of domain.md §5 in the docs). The
 * severities here are the defaults; the grammar states the same ones
 * (a test keeps the two in step).
 */
import { defineCodes } from '../../diagnostics/define.js'

export const checkCodes = defineCodes({
  'check/children-sum': { severity: 'error', doc: 'C01: a table row with parts (基本支出) differs from the sum of its parts (人员经费 + 日常公用经费).' },
  'check/total-sum': { severity: 'error', doc: 'C02: the 合计 row differs from the sum of the top-level rows.' },
  'check/memo-exceeds-parent': { severity: 'error', doc: 'C03: a 其中 row exceeds the row it details.' },
  'check/prose-table-mismatch': { severity: 'error', doc: 'C04: an amount stated in prose differs from the table cell of the same item.' },
  'check/prose-parts-sum': { severity: 'error', doc: 'C05: amounts stated in prose as parts do not add up to the stated total.' },
  'check/max-sum': { severity: 'error', doc: 'C06: the indicators’ 分值 do not add up to the 满分 (100).' },
  'check/max-sum-short': { severity: 'info', doc: 'C06: the indicators’ 分值 add up to less than the 满分: indicators are missing from the form (cut off) or from the record.' },
  'check/score-sum': { severity: 'error', doc: 'C07: the indicators’ 得分 do not add up to the stated total score.' },
  'check/score-range': { severity: 'error', doc: 'C08: an indicator’s 得分 is below 0 or above its 分值.' },
  'check/grade-band': { severity: 'error', doc: 'C09: the stated grade is not the band of the stated total score.' },
  'check/indicator-sections': { severity: 'warning', doc: 'C10: two prose score pairs in one section.' },
  'check/public-expenditure': { severity: 'error', doc: 'C11: 公用经费实际支出 in prose differs from the table’s 日常公用经费.' },
  'check/project-coverage': { severity: 'error', doc: 'C12: 自评项目数 exceeds 项目总数, or the stated coverage is not their ratio.' },
  'check/completion-rate': { severity: 'warning', doc: 'C13: the stated 支出完成率 cannot be reproduced from the budget table.' },
  'check/carryover-rate': { severity: 'warning', doc: 'C14: the stated 结余结转率 cannot be reproduced from the stated carry-over.' },
  'check/three-public': { severity: 'warning', doc: 'C15: 三公经费 differs from its parts or exceeds the total expenditure.' },
  'check/final-over-budget': { severity: 'warning', doc: 'C16: 决算 (执行) exceeds the adjusted budget.' },
  'check/fiscal-year': { severity: 'warning', doc: 'C17: a phrase claims a fiscal year (title, 20XX年度部门决算, 《20XX年度…自评表》, 20XX年度 survey) other than the report’s year.' },
  'check/department-name': { severity: 'warning', doc: 'C18: a name the report gives itself (X根据…进行自评, X的主要职责) resolves to another department than meta.department.' },
  'check/section-ordinals': { severity: 'info', doc: 'C19: sibling section ordinals skip or repeat.' },
  'check/execution-rate': { severity: 'warning', doc: 'C20: a project table’s 执行率 or its 得分 does not follow from 执行数 / 预算数.' },
  'check/project-funds-sum': { severity: 'error', doc: 'C21: 年度资金总额 differs from 财政拨款 + 上年结转 + 其他资金.' },
  'check/group-max': { severity: 'error', doc: 'C22: a group’s stated maximum differs from the sum of its indicators’ 分值, or the group maxima do not add up to 100.' },
  'check/table-unit': { severity: 'warning', doc: 'C23: a money table mixes units (元 and 万元) or declares none.' },
  'check/prose-unit': { severity: 'warning', doc: 'C23: one fact stated in prose in two units (元, 万元) disagrees after conversion.' },
  'check/full-score-target-missed': { severity: 'warning', doc: 'C25: an indicator is scored in full although its 实际完成值 misses its 年度指标值.' },
  'check/uncertain-reading': { severity: 'info', doc: 'A rule was not applied to values whose reading is not certain (chosen among splits, a table read in part or with a reader warning, a row whose columns were not placed); the message says which rule and why.' },
  'check/survey-score': { severity: 'info', doc: 'C24: the 满意度 indicator’s 得分 equals the satisfaction survey score and exceeds its 分值: the survey score was read as the indicator score.' },
})
