/**
 * Building the record's values from assembled rows: indicators (one per row
 * with a 分值 or 得分), and the project-funds table (年度资金总额 / 其中 rows)
 * whose total row, when it carries 分值/得分, is also the 预算执行 indicator.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Indicator, Table, TableRow, Cell } from '../../../model/report.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { Header } from './header.js'
import type { Row } from './rows.js'
import { isGroupLabel, isLevel1Group, labelMax, type Role, type Vocab } from './vocab.js'
import { numberOf, targetOf } from './values.js'
import { newIndicator } from '../indicator.js'

/** An indicator's name from its label cell: trimmed, without the gap after a leading 指标1 label. */
function nameOf(ctx: Context, raw: string): string {
  return raw.trim().replace(ctx.grammar.regex('score-table/name-label-gap'), '$1')
}

/** A number read from a whole cell, with its provenance. */
export function sourcedCell(ctx: Context, c: TCell, by: string, value?: number | null): Sourced<number> | null {
  const n = value === undefined ? numberOf(c.text) : value
  if (n === null) return null
  return { value: n, raw: c.raw, span: ctx.locate.span(c.start, c.end), by }
}

/** Group maxima met on the way (产出指标(50分) → 50), keyed by label, for the arithmetic checks. */
export interface GroupInfo {
  label: string
  max: number | null
  level: 1 | 2
  members: Indicator[]
}

/** Indicators of an indicator table's rows; group labels before a row set its path. */
export function indicatorsOf(
  ctx: Context, v: Vocab, cells: TCell[], header: Header, rows: Row[], by: string, nextId: () => string, groups: GroupInfo[],
): Indicator[] {
  const out: Indicator[] = []
  let path: [GroupInfo | null, GroupInfo | null] = [null, null]
  for (const row of rows) {
    for (const i of row.before) {
      const c = cells[i]!
      if (c.kind !== 'text' || !isGroupLabel(v, c.text)) continue
      const m = labelMax(ctx, c.raw)
      const level1 = m !== null || path[0] === null || isLevel1Group(v, c.text)
      const g: GroupInfo = { label: c.raw.trim(), max: m?.value ?? null, level: level1 ? 1 : 2, members: [] }
      groups.push(g)
      path = level1 ? [g, null] : [path[0], g]
    }
    const lab = cells[row.label]!
    const cellOf = (role: Role) => (row.cells[role] !== undefined ? cells[row.cells[role]!]! : null)
    const maxCell = cellOf('max')
    const scoreCell = cellOf('score')
    const t = cellOf('target')
    const a = cellOf('actual')
    const last = cells[row.end - 1]!
    const ind = newIndicator({
      id: nextId(),
      name: nameOf(ctx, lab.raw),
      level: header.nameColumns >= 3 ? 3 : path.filter(Boolean).length + 1,
      path: path.filter((g): g is GroupInfo => g !== null).map((g) => g.label),
      max: maxCell ? sourcedCell(ctx, maxCell, by) : null,
      score: scoreCell ? sourcedCell(ctx, scoreCell, by) : null,
      target: t ? targetOf(ctx, t.text, t.raw) : null,
      actual: a ? targetOf(ctx, a.text, a.raw) : null,
      source: 'table',
      span: ctx.locate.span(lab.start, last.end),
    })
    for (const g of path) g?.members.push(ind)
    out.push(ind)
  }
  return out
}

/** Column keys of the project-funds table, in header order. */
const FUNDS_KEYS: readonly Role[] = ['initial', 'adjusted', 'executed', 'max', 'rate', 'score']

export interface FundsResult {
  table: Table
  /** the total row's 预算执行 indicator, when it has 分值 or 得分 */
  indicator: Indicator | null
}

/** The project-funds table of a funds header's rows. */
export function fundsTableOf(
  ctx: Context, v: Vocab, cells: TCell[], header: Header, rows: Row[], by: string, id: string, nextId: () => string,
): FundsResult {
  const columns = header.columns.filter((c) => FUNDS_KEYS.includes(c.role))
  const totals = v.data.fundsTotalRows.map(v.fold)
  const memo = v.data.memoPrefixes.map(v.fold)
  let indicator: Indicator | null = null
  const tableRows: TableRow[] = rows.map((row) => {
    const lab = cells[row.label]!
    const bare = v.bare(lab.text).replace(':', '')
    const isTotal = totals.includes(bare)
    const out: Cell[] = columns.map((col) => {
      const i = row.cells[col.role]
      if (i === undefined) return { value: null, raw: '', span: null }
      const c = cells[i]!
      return { value: numberOf(c.text), raw: c.raw, span: ctx.locate.span(c.start, c.end) }
    })
    const role: TableRow['role'] = isTotal ? 'total' : memo.some((p) => bare.startsWith(p)) ? 'item' : 'item'
    if (isTotal && !indicator && (row.cells.max !== undefined || row.cells.score !== undefined)) {
      const m = row.cells.max !== undefined ? cells[row.cells.max]! : null
      const s = row.cells.score !== undefined ? cells[row.cells.score]! : null
      indicator = newIndicator({
        id: nextId(),
        name: nameOf(ctx, lab.raw),
        level: 1,
        max: m ? sourcedCell(ctx, m, by) : null,
        score: s ? sourcedCell(ctx, s, by) : null,
        source: 'table',
        span: ctx.locate.span(lab.start, cells[row.end - 1]!.end),
      })
    }
    return { label: lab.raw.trim(), labelSpan: ctx.locate.span(lab.start, lab.end), role, level: isTotal ? 0 : 1, cells: out }
  })
  const first = cells[header.start]!
  const lastCell = cells[(rows[rows.length - 1]?.end ?? header.end) - 1]!
  const table: Table = {
    id,
    kind: 'project-funds',
    title: null,
    unit: header.unit,
    columns: columns.map((c) => ({ key: c.role, raw: c.raw })),
    rows: tableRows,
    span: ctx.locate.span(first.start, lastCell.end),
  }
  return { table, indicator }
}
