/**
 * Tables a PDF's geometry gave (ruled grids, source/pdf/tables): their
 * LayoutTables for the record, the ScoreTables read from their cells, and
 * from those (through the one builder, score-table/builder) the indicators,
 * groups and score-table entries, the total and the project-funds money tables.
 * The original-text ranges of the tables that were read are returned, so the
 * line-based readers skip them (no table is read twice).
 */
import type { Context, ExtractInput } from '../../../pipeline/types.js'
import type { Indicator, IndicatorGroup, ScoreTableInfo, Table, Totals } from '../../../model/report.js'
import type { LayoutTable } from '../../../model/layout-table.js'
import type { ScoreTable } from '../../../model/score-table.js'
import { layoutTablesOf } from './layout.js'
import { readScoreTables } from './score.js'
import { fundsTable } from './build.js'
import { buildScoreTables } from '../score-table/builder.js'

export interface LayoutTablesResult {
  layoutTables: LayoutTable[]
  scoreTables: ScoreTable[]
  indicators: Indicator[]
  /** the groups of the score tables and their entries for the record (the one builder's) */
  groups: IndicatorGroup[]
  scoreTableInfos: ScoreTableInfo[]
  tables: Table[]
  totals: Totals
  /** original-text ranges [start, end) of the tables read here */
  covered: Array<[number, number]>
}

/** Reads the document's geometry tables; nothing for text inputs. */
export function readLayoutTables(_input: ExtractInput, ctx: Context): LayoutTablesResult {
  const empty: LayoutTablesResult = { layoutTables: [], scoreTables: [], indicators: [], groups: [], scoreTableInfos: [], tables: [], totals: { score: null, max: null, grade: null }, covered: [] }
  const geo = ctx.source.tables
  if (!geo || geo.length === 0) return empty
  const layoutTables = layoutTablesOf(geo, ctx)
  let n = 0
  const nextId = () => `ind-lt-${++n}`
  const scoreTables: ScoreTable[] = []
  const unitOfScore = new Map<ScoreTable, string | null>()
  const covered: Array<[number, number]> = []
  for (const t of layoutTables) {
    // outside a score form, a funds-like block without 分值/得分 columns is a money table like any other (the text-table reader's)
    const all = readScoreTables(t, ctx)
    const form = all.some((s) => s.kind === 'indicators')
    const read = all.filter((s) => form || s.kind !== 'funds' || s.columns.some((c) => c.role === 'max' || c.role === 'score'))
    if (!read.some((s) => s.rows.some((r) => r.role === 'indicator' || r.role === 'funds' || r.role === 'total'))) continue
    scoreTables.push(...read)
    for (const s of read) unitOfScore.set(s, t.unit?.value ?? null)
    covered.push([t.span.start.offset, t.span.end.offset])
  }
  const built = buildScoreTables(ctx, scoreTables, nextId)
  const tables = scoreTables.filter((s) => s.kind === 'funds').map((s, k) => fundsTable(ctx, s, `tbl-lt-funds-${k + 1}`, unitOfScore.get(s) ?? null))
  const total = scoreTables.find((s) => s.total?.score)?.total ?? scoreTables.find((s) => s.total)?.total ?? null
  return {
    layoutTables, scoreTables, tables, covered,
    indicators: built.indicators,
    groups: built.groups,
    scoreTableInfos: built.tables,
    totals: { score: total?.score ?? null, max: total?.max ?? null, grade: null },
  }
}
