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
import type { Indicator, Meta, Table, Totals } from '../../../model/report.js'
import { buildCells, type TCell } from './cells.js'
import { findHeaders, type Header } from './header.js'
import { assembleRows } from './rows.js'
import { maskRowNumbers } from './row-numbers.js'
import { fundsTableOf, indicatorsOf, type GroupInfo } from './build.js'
import { readTableTotals } from './table-totals.js'
import { readGlued } from './glued.js'
import { readLabelled } from './labelled.js'
import { readHeadless } from './headless.js'
import { detectTemplate } from './template.js'
import { vocab, type Vocab } from './vocab.js'

export interface ScoreTableResult {
  indicators: Indicator[]
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

/** Reads every score table of the document. */
export function readScoreTables(input: ExtractInput, ctx: Context): ScoreTableResult {
  const v = vocab(ctx)
  const cells = buildCells(input.lines, ctx, v)
  const headers = findHeaders(cells, ctx, v)
  const memo = v.data.memoPrefixes.map(v.fold)
  let n = 0
  const nextId = () => `ind-t-${++n}`
  const indicators: Indicator[] = []
  const tables: Table[] = []
  const groups: GroupInfo[] = []
  const regions: Array<[number, number]> = []
  const covered: Array<[number, number]> = []
  headers.forEach((h, k) => {
    const end = regionEnd(cells, h, headers[k + 1], v)
    covered.push([h.start, end])
    const body = h.rowNumbers ? maskRowNumbers(cells, h.end, end) : cells
    const rows = assembleRows(body, h.end, end, h, ctx, v, memo)
    // a total label inside the header (自评得分) names a column, it states no total
    if (h.kind === 'indicators') regions.push([h.end, end])
    if (h.kind === 'funds') {
      if (rows.length === 0) return
      const { table, indicator } = fundsTableOf(ctx, v, body, h, rows, 'score-table/funds', `tbl-funds-${tables.length + 1}`, nextId)
      tables.push(table)
      if (indicator) indicators.push(indicator)
    } else if (!h.columns.some((c) => c.role === 'max')) {
      indicators.push(...readLabelled(cells, h.end, end, ctx, v, nextId))
    } else {
      indicators.push(...indicatorsOf(ctx, v, body, h, rows, 'score-table/row', nextId, groups))
    }
  })
  const glued = readGlued(cells, ctx, v, nextId, groups)
  indicators.push(...glued.indicators)
  if (glued.indicators.length === 0) {
    // rows outside every header's table: an excerpt that starts below its header
    let at = 0
    for (const [s, e] of [...covered, [cells.length, cells.length] as const]) {
      if (s > at) indicators.push(...readHeadless(cells, at, s, ctx, v, nextId))
      at = Math.max(at, e)
    }
  }
  tables.push(...glued.tables)
  const totals = readTableTotals(cells, headers, regions, glued.totalsFrom, ctx, v, indicators)
  const template = detectTemplate(input, cells, indicators, ctx)
  return { indicators, totals, tables, template }
}
