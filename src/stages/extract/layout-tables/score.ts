/**
 * LayoutTable → ScoreTables. A ruled form holds several blocks, each under
 * its own header row (the 项目资金 block, the indicator block); a block runs
 * to the next header row. In a body row every grid column's cell is read by
 * the role its header gives it: the name column's cell is the indicator's
 * name, the 一级/二级 columns' cells its groups (groups.ts: merged cells, wrapped
 * labels joined, labels printed once carried down and marked uncertain),
 * and only cells in 分值/权重 and 得分 columns give maxima and scores (a
 * criteria number or a unit cell never does). A cell that also covers the
 * name column is text spanning the row, never a value. A 总分/合计 row gives
 * the total: its 得分 cell the score, its 分值/权重 cell only a maximum.
 */
import type { Context } from '../../../pipeline/types.js'
import type { LayoutCell, LayoutTable } from '../../../model/layout-table.js'
import type { CellValue, ColumnRole, RowRole, ScoreRow, ScoreTable } from '../../../model/score-table.js'
import type { Sourced } from '../../../model/provenance.js'
import { isGroupLabel, labelMax, vocab, type Vocab } from '../score-table/vocab.js'
import { expectedNumberOf, numberOf } from '../score-table/values.js'
import { headerOf } from './columns.js'
import { cellRange } from './layout.js'
import { LevelGroups } from './groups.js'

const BY = 'layout-table/cell'

/** covering[r][c]: the cell that covers grid slot (r, c), or null. */
export function coveringGrid(t: LayoutTable): (LayoutCell | null)[][] {
  const g: (LayoutCell | null)[][] = t.rows.map(() => Array.from({ length: t.columns }, () => null))
  for (const row of t.rows) {
    for (const c of row.cells) {
      for (let r = c.row; r < c.row + c.rowSpan && r < g.length; r++) for (let k = c.col; k < c.col + c.colSpan && k < t.columns; k++) g[r]![k] = c
    }
  }
  return g
}

/** A cell's text as a Sourced string, its span the range its pieces cover. */
export function sourcedText(ctx: Context, c: LayoutCell, value: string = c.text): Sourced<string> | null {
  const range = cellRange(c)
  if (!range) return null
  return { value, raw: ctx.source.text.slice(range[0], range[1]), span: ctx.locate.span(range[0], range[1]), by: BY }
}

/** The folded text of a cell (NFKC, no white space). */
const foldCell = (v: Vocab, c: LayoutCell) => v.fold(c.text)

function valueOf(ctx: Context, v: Vocab, c: LayoutCell): CellValue {
  const n = expectedNumberOf(foldCell(v, c))
  const range = cellRange(c)
  const text = sourcedText(ctx, c)
  const number = n !== null && range && text ? { value: n, raw: text.raw, span: text.span, by: BY } : null
  return { number, text, ambiguous: false }
}

interface Block {
  roles: (ColumnRole | null)[]
  funds: boolean
  headerRow: number
}

/** The ScoreTables of one LayoutTable (one per header block), rows marked header on the way. */
export function readScoreTables(t: LayoutTable, ctx: Context): ScoreTable[] {
  const v = vocab(ctx)
  const grid = coveringGrid(t)
  const totals = new Set(v.data.totalLabels.map(v.fold))
  const fundsTotals = new Set(v.data.fundsTotalRows.map(v.fold))
  const memo = v.data.memoPrefixes.map(v.fold)
  const terminators = new Set([...v.terminators].filter((w) => !v.nameColumns.has(w)))
  const out: ScoreTable[] = []
  let block: Block | null = null
  let current: ScoreTable | null = null
  let looseTotal: Sourced<number> | null = null
  // the block's 一级/二级 groups, read row by row (merged cells, wrapped labels, labels carried down)
  let groups: LevelGroups | null = null
  for (let r = 0; r < t.rows.length; r++) {
    const cov = grid[r]!
    const head = headerOf(ctx, cov)
    if (head) {
      t.rows[r]!.header = true
      block = { roles: head.roles, funds: head.funds, headerRow: r }
      const columns = head.cells.map((h) => ({ index: h.cell.col, role: h.role, header: h.cell.text, span: sourcedText(ctx, h.cell)?.span ?? null }))
      current = { id: `${t.id}-st${out.length + 1}`, layoutTableId: t.id, kind: head.funds ? 'funds' : 'indicators', columns, groups: [], rows: [], total: null, span: t.span }
      groups = new LevelGroups(ctx, v, current, (c) => sourcedText(ctx, c))
      out.push(current)
      continue
    }
    if (!block) {
      // a 自评得分 | 98 pair above the first header: the form's total score
      const row = t.rows[r]!.cells
      for (let k = 0; k + 1 < row.length; k++) {
        if (!totals.has(v.bare(row[k]!.text))) continue
        const val = valueOf(ctx, v, row[k + 1]!)
        if (val.number) looseTotal ??= val.number
      }
      continue
    }
    if (!current || !groups) continue
    const col = (role: ColumnRole) => block!.roles.indexOf(role)
    const at = (role: ColumnRole) => (col(role) >= 0 ? cov[col(role)] ?? null : null)
    const nameCol = col('name')
    // row cells that started below the header, by role (a cell also covering the name column is no value)
    const cells: ScoreRow['cells'] = {}
    const seen = new Set<LayoutCell>()
    for (let k = 0; k < cov.length; k++) {
      const c = cov[k]
      const role = block.roles[k]
      if (!c || !role || seen.has(c) || c.row <= block.headerRow) continue
      seen.add(c)
      if (role !== 'name' && role !== 'level1' && role !== 'level2' && nameCol >= 0 && c.col <= nameCol && c.col + c.colSpan > nameCol) continue
      if (c.text !== '') cells[role] ??= valueOf(ctx, v, c)
    }
    // a row that opens the next part of the form (年度总体目标, 评价结论) ends the block
    if (t.rows[r]!.cells.some((c) => terminators.has(v.bare(c.text)))) {
      groups.reset()
      block = null
      continue
    }
    // the row's label: its name cell, else the leftmost unlabelled text cell (or total label) that started below the header
    let labelCell: LayoutCell | null = nameCol >= 0 ? cov[nameCol] ?? null : null
    if (!labelCell || labelCell.text === '' || labelCell.row <= block.headerRow) {
      labelCell = null
      const known = (c: LayoutCell) => {
        const b = v.bare(c.text).replace(':', '')
        return totals.has(b) || (block!.funds && fundsTotals.has(b))
      }
      const candidates: LayoutCell[] = []
      for (let k = 0; k < cov.length; k++) {
        const c = cov[k]
        // a 总分 row of a borderless table prints its label under the 一级 column
        const free = block.roles[k] === null || block.roles[k] === 'other' || block.roles[k] === 'name' || (!!c && known(c))
        if (c && c.text !== '' && c.row > block.headerRow && free && numberOf(foldCell(v, c)) === null) candidates.push(c)
      }
      // a known row label (年度资金总额, 合计) beside a block title that a borderless table repeats on the row (项目资金)
      // …and a bracketed note (（万元）, the wrapped tail of 项目资金（万元）) is no label when the row holds another text
      const note = ctx.grammar.regex('score-table/bracketed-note')
      labelCell = candidates.find(known) ?? candidates.find((c) => !note.test(foldCell(v, c))) ?? candidates[0] ?? null
    }
    const rowCells = t.rows[r]!.cells.filter((c) => c.spans.length > 0)
    const starts = rowCells.map((c) => cellRange(c)!)
    const lo = Math.min(...starts.map((s) => s[0]))
    const hi = Math.max(...starts.map((s) => s[1]))
    const bareLabel = labelCell ? v.bare(labelCell.text).replace(':', '') : ''
    let role: RowRole
    let label = labelCell ? sourcedText(ctx, labelCell) : null
    if (labelCell && totals.has(bareLabel) && !(block.funds && fundsTotals.has(bareLabel))) role = 'total'
    else if (block.funds) role = labelCell && fundsTotals.has(bareLabel) ? 'funds' : labelCell && memo.some((p) => bareLabel.startsWith(p)) ? 'funds-memo' : 'funds-memo'
    else if (!labelCell || labelCell.row <= block.headerRow) role = 'other'
    else if (ctx.grammar.regex('score-table/placeholder').test(v.fold(labelCell.text))) role = 'placeholder'
    else if (isGroupLabel(v, labelCell.text) && col('level1') < 0 && col('level2') < 0) role = 'group'
    else if (cells.max?.number || cells.score?.number) role = 'indicator'
    else if (!cells.max && !cells.score && col('max') < 0 && labelMax(ctx, labelCell.text) && labelCell === cov[nameCol]) role = 'indicator'
    else role = 'other'
    if (role === 'indicator' && label && col('max') < 0) {
      // a maximum printed in the name (相关性(5分)) when the table has no 分值 column
      const m = labelMax(ctx, labelCell!.text)
      if (m) {
        const name = (labelCell!.text.slice(0, m.index) + labelCell!.text.slice(m.index + m.length)).trim()
        label = { ...label, value: name }
        cells.max = { number: { value: m.value, raw: label.raw, span: label.span, by: BY }, text: null, ambiguous: false }
      }
    }
    if (role === 'total') {
      const score = cells.score?.number ?? null
      const max = cells.max?.number ?? null
      if (score || max) current.total ??= { score, max }
    }
    const level = (l: 1 | 2) => {
      const c = at(l === 1 ? 'level1' : 'level2')
      return c && c.row > block!.headerRow ? c : null
    }
    const isLevel = (k: number) => block!.roles[k] === 'level1' || block!.roles[k] === 'level2'
    const alone = t.rows[r]!.cells.every((c) => c.text === '' || isLevel(c.col))
    if (role === 'total') groups.reset()
    // groups are read on indicator rows and rows that only print labels (a 自评等级 row under the 一级 column is none)
    const grouped = role === 'indicator' || role === 'group' || alone
    const { l1, l2 } = grouped ? groups.row(r, level, role === 'indicator', alone) : { l1: null, l2: null }
    const span = lo === Infinity ? t.span : ctx.locate.span(lo, hi)
    const row: ScoreRow = { index: r, role, groupId: (l2 ?? l1)?.id ?? null, label, cells, span }
    // under 一级/二级/三级 columns a name is a 三级 indicator, whether or not its 二级 cell is filled
    if (role === 'indicator' && col('level1') >= 0 && col('level2') >= 0) row.level = 3
    current.rows.push(row)
  }
  const kept = out.filter((s) => s.rows.length > 0)
  const first = kept.find((s) => s.kind === 'indicators')
  if (looseTotal && first && !first.total?.score) first.total = { score: looseTotal, max: first.total?.max ?? null }
  return kept
}
