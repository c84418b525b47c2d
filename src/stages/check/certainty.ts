/**
 * Which parts of the record a rule may use as evidence. A finding that cites
 * a value whose reading is not certain is no finding: it becomes an info
 * diagnostic (check/uncertain-reading) saying why the rule was not applied.
 *
 * Uncertain, from the record's structure (never from the document's text):
 * - an indicator marked `ambiguous` (a 分值/得分 chosen among several splits);
 * - an indicator whose 分值 exceeds the 满分 (a money figure in a score column);
 * - an indicator whose name is a total row label (合计 read as an indicator) or
 *   a fragment that no 三级 name is (a unit, a criterion clause: checks/fragment-name);
 * - a table or score table marked `partial` (read only in part by its reader);
 * - a table or score table over which a reader reported a warning or an error
 *   (a row of the wrong width, a column it could not place): the whole table.
 */
import type { Indicator, Report } from '../../model/report.js'
import type { Span } from '../../model/provenance.js'
import type { Context } from '../../pipeline/types.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import { GRAMMAR_ID, type CheckData } from './config.js'
import { bareLabel } from './tables.js'

/** Code of the info diagnostic that replaces a finding citing a value read without certainty. */
export const UNCERTAIN_CODE = 'check/uncertain-reading'

/** The info that stands for a finding whose evidence is not certain: which rule was not applied, why, and what it would report. */
export function asUncertain(d: Pick<Diagnostic, 'code' | 'message' | 'span'>, reason: string): { code: string; message: string; span?: Span } {
  const rule = /\((C\d{2}):/.exec(d.message)?.[1] ?? d.code
  return { code: UNCERTAIN_CODE, message: `${rule} (${d.code}) not applied: ${reason}; it would report: ${d.message}`, ...(d.span ? { span: d.span } : {}) }
}

/** An offset range of the original text whose values are not evidence, and why. */
export interface Uncertain {
  start: number
  end: number
  reason: string
}

interface Range {
  start: number
  end: number
}

const range = (s: Span): Range => ({ start: s.start.offset, end: s.end.offset })
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end

/** The 满分 a single 分值 cannot exceed: the stated one, else the rules' default (100). */
function fullMax(record: Report, defaultMax: number): number {
  const max = record.totals.max
  return max && 'span' in max ? Math.max(max.value, defaultMax) : defaultMax
}

/** Why an indicator's reading is not certain, or null when it is. */
export function indicatorDoubt(ctx: Context, data: CheckData, record: Report, ind: Indicator, defaultMax = 100): string | null {
  if (ind.ambiguous) return `${ind.name}: its 分值 or 得分 was chosen among several readings`
  if (ind.max && ind.max.value > fullMax(record, defaultMax)) return `${ind.name}: 分值 ${ind.max.raw.trim()} exceeds the 满分, a figure of another column`
  const bare = bareLabel(ctx, ind.name)
  if (data.indicatorTotalLabels.some((l) => bare === l || bare.endsWith(l))) return `${ind.name}: a total row read as an indicator`
  if (ctx.grammar.regex(`${GRAMMAR_ID}/fragment-name`).test(bare)) return `"${ind.name}" is no indicator name (a unit or a criterion fragment): the row's columns were not placed`
  return null
}

/** Spans a reader's warning or error points at (parse diagnostics only, never findings). */
function readerWarnings(diagnostics: readonly Diagnostic[]): Array<Range & { code: string }> {
  return diagnostics.filter((d) => d.severity !== 'info' && d.span).map((d) => ({ ...range(d.span!), code: d.code }))
}

/** Every region of the record whose values are not evidence. */
export function uncertainRegions(ctx: Context, data: CheckData, record: Report): Uncertain[] {
  const out: Uncertain[] = []
  const warnings = readerWarnings(record.diagnostics)
  const tables: Array<{ span: Span; partial?: boolean | undefined; name: string }> = [
    ...record.tables.map((t) => ({ span: t.span, partial: t.partial, name: t.title ?? t.id })),
    ...(record.scoreTables ?? []).map((t) => ({ span: t.span, partial: t.partial, name: t.id })),
  ]
  for (const t of tables) {
    const r = range(t.span)
    if (t.partial) out.push({ ...r, reason: `table ${t.name} was read only in part` })
    const w = warnings.find((x) => overlaps(x, r))
    if (w) out.push({ ...r, reason: `table ${t.name} was read with a warning (${w.code})` })
  }
  for (const w of warnings) if (w.code.startsWith('extract/')) out.push({ ...w, reason: `read with a warning (${w.code})` })
  for (const ind of record.indicators) {
    const doubt = indicatorDoubt(ctx, data, record, ind)
    if (!doubt) continue
    for (const s of [ind.span, ind.max?.span, ind.score?.span]) if (s) out.push({ ...range(s), reason: doubt })
    // a doubtful row puts its whole score table in doubt: sums over it are not evidence either
    const table = ind.tableId ? (record.scoreTables ?? []).find((t) => t.id === ind.tableId) : undefined
    if (table) out.push({ ...range(table.span), reason: doubt })
  }
  return out
}

/** The first uncertain region a finding's spans touch, or null. */
export function doubtOf(regions: readonly Uncertain[], spans: ReadonlyArray<Span | undefined>): Uncertain | null {
  for (const s of spans) {
    if (!s) continue
    const r = range(s)
    // a zero-width span (a point) touches a region it lies in
    const probe = r.end > r.start ? r : { start: r.start, end: r.start + 1 }
    const hit = regions.find((u) => overlaps(u, probe))
    if (hit) return hit
  }
  return null
}
