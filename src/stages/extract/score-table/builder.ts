/**
 * The one builder: ScoreTables → record values. Every score-table reader
 * returns ScoreTables; only this module turns their rows into indicators
 * (with tableId, row, groupId, group, level1, level2), their groups into
 * `groups[]`, and their identity (kind, memo rows, total) into
 * `scoreTables[]`. A row is an indicator when it has a 分值 or 得分 cell:
 * 'indicator' rows, and 'funds' rows that print 分值/得分 (预算执行). Memo,
 * group, total, placeholder and other rows never are.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Indicator, IndicatorGroup, ScoreTableInfo } from '../../../model/report.js'
import type { CellValue, ScoreGroup, ScoreRow, ScoreTable } from '../../../model/score-table.js'
import { targetOf } from './values.js'
import { vocab } from './vocab.js'
import { newIndicator } from '../indicator.js'

export interface BuiltScoreTables {
  indicators: Indicator[]
  groups: IndicatorGroup[]
  tables: ScoreTableInfo[]
}

/** A cell's text value as a target/actual. */
function targetCell(ctx: Context, c: CellValue | undefined): Indicator['target'] {
  if (!c?.text) return null
  return targetOf(ctx, vocab(ctx).fold(c.text.value), c.text.raw)
}

/** The chain of groups from the outermost to `id`. */
function chain(byId: Map<string, ScoreGroup>, id: string | null): ScoreGroup[] {
  const out: ScoreGroup[] = []
  const seen = new Set<string>()
  for (let g = id ? byId.get(id) : undefined; g && !seen.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined) {
    seen.add(g.id)
    out.unshift(g)
  }
  return out
}

/** Whether a row becomes an indicator. */
export function isIndicatorRow(row: ScoreRow): boolean {
  if (row.role !== 'indicator' && row.role !== 'funds') return false
  if (row.label === null) return false
  // a funds row (年度资金总额) is an indicator only when it prints a 分值 or 得分
  return row.role === 'indicator' || !!(row.cells.max?.number || row.cells.score?.number)
}

/** A row label without its trailing colon (年度资金总额：). */
export function noColon(s: string): string {
  const t = s.trimEnd()
  return t.endsWith(':') || t.endsWith('：') ? t.slice(0, -1).trimEnd() : t
}

/** The indicator of one row of a table. */
function indicatorOf(ctx: Context, t: ScoreTable, row: ScoreRow, byId: Map<string, ScoreGroup>, id: string): Indicator {
  const groups = chain(byId, row.groupId)
  const l1 = groups.find((g) => g.level === 1) ?? null
  const l2 = groups.find((g) => g.level === 2) ?? null
  const inner = groups[groups.length - 1] ?? null
  const ambiguous = row.cells.max?.ambiguous === true || row.cells.score?.ambiguous === true
  const ind: Indicator = {
    ...newIndicator({
      id,
      name: noColon(row.label!.value),
      level: row.level ?? (row.role === 'funds' ? 1 : groups.length + 1),
      path: groups.map((g) => g.printed ?? g.label),
      max: row.cells.max?.number ?? null,
      score: row.cells.score?.number ?? null,
      target: targetCell(ctx, row.cells.target),
      actual: targetCell(ctx, row.cells.actual),
      source: 'table',
      span: row.span,
    }),
    tableId: t.id,
    row: row.index,
    groupId: inner?.id ?? null,
    group: inner?.label ?? null,
    level1: l1?.label ?? null,
    level2: l2?.label ?? null,
  }
  if (ambiguous) ind.ambiguous = true
  return ind
}

/**
 * Why a row's label cannot be an indicator's name — a unit (人次, 元/人), one
 * character (标, the tail of a wrapped label), a scoring rule (每低1%扣1分; one
 * in brackets after a name is part of the name),
 * no Chinese character — or null when it can.
 */
export function notAName(ctx: Context, name: string): string | null {
  const t = name.normalize('NFKC').replace(ctx.grammar.regex('score-table/space'), '')
  if (!ctx.grammar.regex('score-table/cjk').test(t)) return 'no Chinese character'
  if (ctx.grammar.regex('score-table/unit-name').test(t)) return 'a unit of measure'
  if ([...t].length < 2) return 'a single character'
  // a rule in brackets after a name (管护设施完好率（每降低1个百分点扣0.5分）) leaves the name a name
  const outside = vocab(ctx).bare(t)
  if (ctx.grammar.regex('score-table/criterion-text').test(outside === '' ? t : outside)) return 'a scoring rule'
  return null
}

/** Builds the record's indicators, groups and score-table entries of the tables, in order. */
export function buildScoreTables(ctx: Context, tables: readonly ScoreTable[], nextId: () => string): BuiltScoreTables {
  const out: BuiltScoreTables = { indicators: [], groups: [], tables: [] }
  for (const t of tables) {
    const byId = new Map(t.groups.map((g) => [g.id, g]))
    const groups = t.groups.map((g): IndicatorGroup => ({ id: g.id, tableId: t.id, level: g.level, label: g.label, max: g.max, parentId: g.parentId, span: g.span, ...(g.uncertain ? { uncertain: g.uncertain } : {}) }))
    const groupOut = new Map(groups.map((g) => [g.id, g]))
    // a scored row of a group that is no indicator leaves the group short of a member: its sum is not evidence
    const dropped = (row: ScoreRow, why: string) => {
      if (!row.cells.max?.number && !row.cells.score?.number) return
      for (const g of chain(byId, row.groupId)) groupOut.get(g.id)!.uncertain ??= `row ${row.index} (${row.label?.raw.trim() ?? 'no label'}) of it was not read as an indicator (${why})`
    }
    out.groups.push(...groups)
    const memoRows: ScoreTableInfo['memoRows'] = []
    for (const row of t.rows) {
      if ((row.role === 'memo' || row.role === 'funds-memo') && row.label) memoRows.push({ label: row.label.value, span: row.span })
      if (!isIndicatorRow(row)) {
        if (row.role === 'indicator' || row.role === 'other') dropped(row, row.label ? 'no 分值 or 得分 read' : 'no name read')
        continue
      }
      const why = notAName(ctx, row.label!.value)
      if (why) {
        dropped(row, why)
        ctx.report({
          code: 'extract/score-table-not-a-name',
          message: `Unexpected row label ${row.label!.raw.trim()} (${why}), expected an indicator name; the row is not an indicator`,
          span: row.label!.span,
        })
        // a number past the double range in the dropped row is still said, as extract/finite says it for kept ones
        for (const c of [row.cells.max?.number, row.cells.score?.number]) {
          if (c && !Number.isFinite(c.value)) ctx.report({ code: 'extract/number-out-of-range', message: `'${c.raw.slice(0, 40)}' is too large to be a number; its row is not an indicator`, span: c.span })
        }
        continue
      }
      out.indicators.push(indicatorOf(ctx, t, row, byId, nextId()))
    }
    // a table that ends without a 总分/合计 row may be cut off inside its last group: that group may lack members
    const last = [...t.rows].reverse().find((r) => isIndicatorRow(r))
    if (last && !t.rows.some((r) => r.role === 'total')) {
      for (const g of chain(byId, last.groupId)) groupOut.get(g.id)!.uncertain ??= 'the table ends inside it without a 总分 row (it may be cut off)'
    }
    out.tables.push({ id: t.id, kind: t.kind, memoRows, total: t.total, span: t.span })
  }
  return out
}

/** A number cell value. */
export function numberValue(number: CellValue['number'], ambiguous = false): CellValue {
  return { number, text: null, ambiguous }
}

/** A text cell value (target, actual, criteria …). */
export function textValue(text: CellValue['text']): CellValue {
  return { number: null, text, ambiguous: false }
}
