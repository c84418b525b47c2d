/**
 * Building the record's values from assembled rows: indicators (one per row
 * with a 分值 or 得分), and the project-funds table (年度资金总额 / 其中 rows)
 * whose total row, when it carries 分值/得分, is also the 预算执行 indicator.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Table, TableRow, Cell } from '../../../model/report.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import type { Header } from './header.js'
import type { Row } from './rows.js'
import { isGroupLabel, isLevel1Group, labelMax, type Role, type Vocab } from './vocab.js'
import { numberOf, targetOf } from './values.js'
import type { CellValue, ScoreRow, ScoreTable } from '../../../model/score-table.js'
import { ScoreTableDraft, bareLabel } from './draft.js'
import { numberValue, textValue } from './builder.js'

/** An indicator's name from its label cell: trimmed, without the gap after a leading 指标1 label. */
function nameOf(ctx: Context, raw: string): string {
  return raw.trim().replace(ctx.grammar.regex('score-table/name-label-gap'), '$<label>')
}

/** A number read from a whole cell, with its provenance. */
export function sourcedCell(ctx: Context, c: TCell, by: string, value?: number | null): Sourced<number> | null {
  const n = value === undefined ? numberOf(c.text) : value
  if (n === null) return null
  return { value: n, raw: c.raw, span: ctx.locate.span(c.start, c.end), by }
}

/** A sourced text cell (target, actual): folded text as value, the cell as printed as raw. */
export function textCell(ctx: Context, c: TCell, by: string): CellValue {
  return textValue({ value: c.text, raw: c.raw, span: ctx.locate.span(c.start, c.end), by })
}

/**
 * The rows of an indicator table as a ScoreTable: group labels before a row
 * open a group (一级 when it states a maximum, is a known 一级 label or comes
 * first; else 二级 under the open 一级).
 */
export function indicatorTableOf(
  ctx: Context, v: Vocab, cells: TCell[], header: Header, rows: Row[], by: string, id: string,
): ScoreTable | null {
  const draft = new ScoreTableDraft(id, 'indicators')
  let path: [string | null, string | null] = [null, null]
  for (const row of rows) {
    for (const i of row.before) {
      const c = cells[i]!
      if (c.kind !== 'text' || !isGroupLabel(v, c.text)) continue
      const m = labelMax(ctx, c.raw)
      const level1 = m !== null || path[0] === null || isLevel1Group(v, c.text)
      const printed = c.raw.trim()
      const span = ctx.locate.span(c.start, c.end)
      const max = m ? { value: m.value, raw: c.raw, span, by: 'score-table/group-max' } : null
      const gid = draft.group(level1 ? 1 : 2, bareLabel(printed, m?.index ?? null), printed, max, span, level1 ? null : path[0])
      path = level1 ? [gid, null] : [path[0], gid]
    }
    const lab = cells[row.label]!
    // a label in the first field of a pipe row whose name columns after it are printed blank stands in
    // the 一级 column: it belongs to no group (预算执行率 | | | 10 | … | 9)
    const next = cells[row.label + 1]
    const blankNames = next !== undefined && next.line === lab.line && next.field !== null && next.field >= header.nameColumns
    if (lab.field === 0 && header.nameColumns >= 2 && !header.rowNumbers && blankNames) path = [null, null]
    const cellOf = (role: Role) => (row.cells[role] !== undefined ? cells[row.cells[role]!]! : null)
    const maxCell = cellOf('max')
    const scoreCell = cellOf('score')
    const t = cellOf('target')
    const a = cellOf('actual')
    const last = cells[row.end - 1]!
    const rc: ScoreRow['cells'] = {}
    if (maxCell) rc.max = numberValue(sourcedCell(ctx, maxCell, by))
    if (scoreCell) rc.score = numberValue(sourcedCell(ctx, scoreCell, by))
    if (t) rc.target = textCell(ctx, t, by)
    if (a) rc.actual = textCell(ctx, a, by)
    const label = { value: nameOf(ctx, lab.joined ?? lab.raw), raw: lab.raw, span: ctx.locate.span(lab.start, lab.end), by }
    const groupId = path[1] ?? path[0]
    const level = header.nameColumns >= 3 ? 3 : undefined
    draft.row('indicator', label, rc, ctx.locate.span(lab.start, last.end), groupId, level)
  }
  return draft.finish()
}

/** Column keys of the project-funds table, in header order. */
const FUNDS_KEYS: readonly Role[] = ['initial', 'adjusted', 'executed', 'max', 'rate', 'score']

export interface FundsResult {
  table: Table
  /** the funds block as a score table: its total row (预算执行) is a 'funds' row, scored when it has 分值 or 得分 */
  scoreTable: ScoreTable | null
}

/** The project-funds table of a funds header's rows. */
export function fundsTableOf(
  ctx: Context, v: Vocab, cells: TCell[], header: Header, rows: Row[], by: string, id: string, scoreId: string,
): FundsResult {
  const columns = header.columns.filter((c) => FUNDS_KEYS.includes(c.role))
  const totals = v.data.fundsTotalRows.map(v.fold)
  const memo = v.data.memoPrefixes.map(v.fold)
  const draft = new ScoreTableDraft(scoreId, 'funds')
  let scored = false
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
    const span = ctx.locate.span(lab.start, cells[row.end - 1]!.end)
    const label = { value: nameOf(ctx, lab.raw), raw: lab.raw, span: ctx.locate.span(lab.start, lab.end), by }
    // the funds block's line with a 分值 or 得分 (年度资金总额, 项目资金执行率) is its scored row; 其中 lines never are
    const isMemo = memo.some((p) => bare.startsWith(p))
    if (!isMemo && !scored && (row.cells.max !== undefined || row.cells.score !== undefined)) {
      scored = true
      const rc: ScoreRow['cells'] = {}
      if (row.cells.max !== undefined) rc.max = numberValue(sourcedCell(ctx, cells[row.cells.max]!, by))
      if (row.cells.score !== undefined) rc.score = numberValue(sourcedCell(ctx, cells[row.cells.score]!, by))
      draft.row('funds', label, rc, span, null, 1)
    } else {
      draft.row(isMemo ? 'funds-memo' : 'other', label, {}, span, null)
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
  return { table, scoreTable: draft.finish() }
}
