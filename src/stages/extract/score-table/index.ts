/**
 * Score tables (项目支出绩效自评表, 部门整体支出绩效自评表) in their many
 * flattened layouts: pipe tables, one cell per line, a whole table on one
 * line, OCR text with glued cells. The pipeline:
 *
 *   lines ─▶ cells ─▶ headers (column roles) ─▶ rows (cheapest cut) ─▶ indicators, funds table
 *                ├──▶ glued OCR runs ─▶ arithmetic-guided splits ─▶ indicators
 *                └──▶ rows outside any header ─▶ roles by the arithmetic ─▶ indicators
 *   + labelled maxima (blank templates), totals, template detection
 */
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator, IndicatorGroup, Meta, ScoreTableInfo, Table, Totals } from '../../../model/report.js'
import type { ScoreTable } from '../../../model/score-table.js'
import { buildScoreTables } from './builder.js'
import { buildCells, type TCell } from './cells.js'
import { findHeaders, type Header } from './header.js'
import { assembleRows } from './rows.js'
import { maskRowNumbers } from './row-numbers.js'
import { fundsTableOf, indicatorTableOf } from './build.js'
import { readTableTotals } from './table-totals.js'
import { readGlued } from './glued.js'
import { readLabelled } from './labelled.js'
import { readHeadless } from './headless.js'
import { detectTemplate } from './template.js'
import { vocab, type Vocab } from './vocab.js'

export interface ScoreTableResult {
  indicators: Indicator[]
  groups: IndicatorGroup[]
  scoreTables: ScoreTableInfo[]
  totals: Totals
  tables: Table[]
  template: Meta['template']
}

/** Where a header's table ends: the next header, or a cell that closes it. */
function regionEnd(cells: TCell[], header: Header, next: Header | undefined, v: Vocab): number {
  const stop = next ? next.start : cells.length
  const closers = new Set([...v.terminators, ...v.data.totalLabels.map(v.fold)])
  for (let i = header.end; i < stop; i++) {
    const bare = v.bare(cells[i]!.text).replace(':', '')
    if (!closers.has(bare)) continue
    if (header.kind === 'indicators' && (v.groupLabels.has(bare) || v.nameColumns.has(bare))) continue
    return i
  }
  return stop
}

/** How many number columns (分值, 得分) follow the name columns of a header before any other column. */
function leadingNumbers(h: Header): number {
  const k = h.columns.findIndex((c) => c.role !== 'max' && c.role !== 'score' && c.role !== 'review')
  return k < 0 ? h.columns.length : k
}

/** Reads every score table of the document: each reader returns ScoreTables, the builder turns them into record values. */
export function readScoreTables(input: ExtractInput, ctx: Context): ScoreTableResult {
  const v = vocab(ctx)
  const cells = buildCells(input.lines, ctx, v)
  const headers = findHeaders(cells, ctx, v)
  const memo = v.data.memoPrefixes.map(v.fold)
  let n = 0
  const nextId = () => `ind-t-${++n}`
  let t = 0
  const tableId = () => `st-${++t}`
  const scoreTables: ScoreTable[] = []
  const tables: Table[] = []
  const regions: Array<[number, number]> = []
  const covered: Array<[number, number]> = []
  const add = (st: ScoreTable | null) => {
    if (st && st.rows.length > 0) scoreTables.push(st)
  }
  headers.forEach((h, k) => {
    const end = regionEnd(cells, h, headers[k + 1], v)
    covered.push([h.start, end])
    const body = h.rowNumbers ? maskRowNumbers(cells, h.end, end, leadingNumbers(h)) : cells
    const rows = assembleRows(body, h.end, end, h, ctx, v, memo)
    // a total label inside the header (自评得分) names a column, it states no total
    if (h.kind === 'indicators') regions.push([h.end, end])
    if (h.kind === 'funds') {
      if (rows.length === 0) return
      const { table, scoreTable } = fundsTableOf(ctx, v, body, h, rows, 'score-table/funds', `tbl-funds-${tables.length + 1}`, tableId())
      tables.push(table)
      add(scoreTable)
    } else if (!h.columns.some((c) => c.role === 'max')) {
      add(readLabelled(cells, h.end, end, ctx, v, tableId()))
    } else {
      add(indicatorTableOf(ctx, v, body, h, rows, 'score-table/row', tableId()))
    }
  })
  const glued = readGlued(cells, ctx, v, tableId())
  glued.scoreTables.forEach(add)
  if (glued.scoreTables.every((st) => st.rows.length === 0)) {
    // rows outside every header's table: an excerpt that starts below its header
    let at = 0
    for (const [s, e] of [...covered, [cells.length, cells.length] as const]) {
      if (s > at) readHeadless(cells, at, s, ctx, v, tableId).forEach(add)
      at = Math.max(at, e)
    }
  }
  tables.push(...glued.tables)
  const built = buildScoreTables(ctx, scoreTables, nextId)
  const indicators = built.indicators
  const totals = readTableTotals(cells, headers, regions, glued.totalsFrom, ctx, v, indicators)
  const template = detectTemplate(input, cells, indicators, ctx)
  return { indicators, totals, tables, template, groups: built.groups, scoreTables: built.tables }
}
