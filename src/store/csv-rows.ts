/**
 * write/csv-rows: the rows each CSV file gets from one report record, as
 * plain arrays beside their header. Pure functions: no files here.
 * Every number is written as a number, with its page, line and quote (the
 * raw text it was read from) in the columns next to it.
 */
import type { Report, Indicator, Target } from '../model/report.js'
import type { Span, Sourced } from '../model/provenance.js'
import type { Diagnostic } from '../model/diagnostic.js'

/** A CSV cell: numbers stay numbers, null and undefined become empty. */
export type CsvValue = string | number | null | undefined
/** One CSV record. */
export type CsvRow = CsvValue[]

/** The long-format CSV files, by file name, and their headers. */
export const HEADERS = {
  'reports.csv': [
    'report_id', 'path', 'sha256', 'format', 'encoding', 'pages', 'title', 'department', 'region', 'province', 'city',
    'year', 'year_page', 'year_line', 'year_quote', 'report_type', 'template',
    'total_score', 'total_score_page', 'total_score_line', 'total_score_quote',
    'total_max', 'total_max_page', 'total_max_line', 'total_max_quote', 'total_max_rule',
    'grade', 'grade_page', 'grade_line', 'grade_quote',
    'sections', 'indicators', 'tables', 'facts', 'diagnostic_errors', 'diagnostic_warnings', 'finding_errors', 'finding_warnings',
  ],
  'indicators.csv': [
    'report_id', 'department', 'year', 'indicator_id', 'name', 'key', 'level', 'path', 'source',
    'max', 'max_page', 'max_line', 'max_quote', 'score', 'score_page', 'score_line', 'score_quote',
    'target_op', 'target_value', 'target_unit', 'target_quote', 'actual_op', 'actual_value', 'actual_unit', 'actual_quote',
    'page', 'line', 'quote',
  ],
  'tables.csv': [
    'report_id', 'department', 'year', 'table_id', 'kind', 'title', 'unit',
    'row', 'row_label', 'row_role', 'row_level', 'column', 'column_key', 'column_header',
    'value', 'page', 'line', 'quote',
  ],
  'facts.csv': ['report_id', 'department', 'year', 'key', 'label', 'value', 'unit', 'page', 'line', 'quote', 'by'],
  'findings.csv': [
    'report_id', 'department', 'year', 'path', 'kind', 'severity', 'code', 'stage', 'message',
    'page', 'line', 'quote', 'expected', 'actual', 'related',
  ],
} as const satisfies Record<string, readonly string[]>

/** Name of a long-format CSV file. */
export type LongCsvName = keyof typeof HEADERS
/** The long-format CSV files, in the order they are written. */
export const LONG_CSV_NAMES = Object.keys(HEADERS) as LongCsvName[]
/** The one wide CSV: a row per report, two columns per indicator key. */
export const WIDE_CSV_NAME = 'indicators-wide.csv'

/** [page, line] of a span's start; both empty when there is no span. */
export function at(span: Span | null | undefined): [CsvValue, CsvValue] {
  return span ? [span.start.page, span.start.line] : [null, null]
}

/** value, page, line, quote of a Sourced value (all empty when null). */
function sourced<T extends CsvValue>(s: Sourced<T> | null | undefined): CsvRow {
  return s ? [s.value, ...at(s.span), s.raw] : [null, null, null, null]
}

function target(t: Target | null): CsvRow {
  return t ? [t.op, t.value, t.unit, t.raw] : [null, null, null, null]
}

/** A diagnostic's expected/actual as a cell: numbers and strings as they are, anything else as JSON. */
function loose(v: unknown): CsvValue {
  if (v === undefined || v === null) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  return JSON.stringify(v)
}

/** `p10:3` (or `3` when the page is unknown). */
export function formatAt(span: Span | null | undefined): string {
  if (!span) return ''
  return span.start.page === null ? `${span.start.line}` : `p${span.start.page}:${span.start.line}`
}

/** The report id, department and year that lead every long-format row. */
function lead(r: Report): CsvRow {
  return [r.id, r.meta.department?.value, r.meta.year?.value]
}

function count(ds: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  return ds.filter((d) => d.severity === severity).length
}

/** reports.csv: one row per report. */
export function reportRow(r: Report): CsvRow {
  const m = r.meta
  const max = r.totals.max
  const maxCells: CsvRow = max === null ? [null, null, null, null, null]
    : 'raw' in max ? [...sourced(max), null]
      : [max.value, null, null, null, max.rule]
  return [
    r.id, r.source.path, r.source.sha256, r.source.format, r.source.encoding, r.source.pages,
    m.title?.value, m.department?.value, m.region?.value, m.province?.value, m.city?.value, ...sourced(m.year), m.reportType?.value, m.template?.id,
    ...sourced(r.totals.score), ...maxCells, ...sourced(r.totals.grade),
    r.sections.length, r.indicators.length, r.tables.length, r.facts.length,
    count(r.diagnostics, 'error'), count(r.diagnostics, 'warning'), count(r.findings, 'error'), count(r.findings, 'warning'),
  ]
}

/** indicators.csv: one row per indicator (score pair). */
export function indicatorRows(r: Report): CsvRow[] {
  return r.indicators.map((i: Indicator) => [
    ...lead(r), i.id, i.name, i.key, i.level, i.path.join(' > '), i.source,
    ...sourced(i.max), ...sourced(i.score), ...target(i.target), ...target(i.actual), ...at(i.span), i.raw ?? null,
  ])
}

/** tables.csv: one row per cell. */
export function tableRows(r: Report): CsvRow[] {
  const rows: CsvRow[] = []
  for (const t of r.tables) {
    t.rows.forEach((row, ri) => {
      row.cells.forEach((cell, ci) => {
        const col = t.columns[ci]
        rows.push([
          ...lead(r), t.id, t.kind, t.title, t.unit, ri + 1, row.label, row.role, row.level,
          ci + 1, col?.key, col?.raw, cell.value, ...at(cell.span), cell.raw,
        ])
      })
    })
  }
  return rows
}

/** facts.csv: one row per stated figure. */
export function factRows(r: Report): CsvRow[] {
  return r.facts.map((f) => [...lead(r), f.key, f.label, f.value, f.unit, ...at(f.span), f.raw, f.by])
}

/**
 * The raw text of every sourced value in a record, by span (`start-end`
 * offsets). Findings point at printed figures, so their quote is found here
 * without going back to the source document.
 */
export function quotesBySpan(r: Report): Map<string, string> {
  const out = new Map<string, string>()
  const add = (v: { raw: string; span: Span | null } | null | undefined) => {
    if (v?.span) out.set(`${v.span.start.offset}-${v.span.end.offset}`, v.raw)
  }
  const m = r.meta
  for (const v of [m.title, m.department, m.region, m.year, m.reportType, r.totals.score, r.totals.grade]) add(v)
  if (r.totals.max && 'raw' in r.totals.max) add(r.totals.max)
  for (const i of r.indicators) {
    add(i.max)
    add(i.score)
  }
  for (const t of r.tables) for (const row of t.rows) for (const c of row.cells) add(c)
  for (const f of r.facts) add(f)
  return out
}

/** findings.csv: every finding and every error or warning diagnostic of the report. */
export function findingRows(r: Report): CsvRow[] {
  const quotes = quotesBySpan(r)
  const quote = (span: Span | undefined) => (span ? quotes.get(`${span.start.offset}-${span.end.offset}`) : null)
  const row = (kind: string, d: Diagnostic): CsvRow => [
    ...lead(r), r.source.path, kind, d.severity, d.code, d.stage, d.message, ...at(d.span), d.quote ?? quote(d.span),
    loose(d.expected), loose(d.actual),
    (d.related ?? []).map((x) => `${formatAt(x.span)} ${x.message}${x.quote ? ` “${x.quote}”` : ''}`.trim()).join(' | ') || null,
  ]
  return [
    ...r.findings.map((d) => row('finding', d)),
    ...r.diagnostics.filter((d) => d.severity !== 'info').map((d) => row('diagnostic', d)),
  ]
}

/** A text cell on one line: a quote that spans lines in the document keeps its words, joined by a space (the record keeps the exact text). */
function oneLine(v: CsvValue): CsvValue {
  if (typeof v !== 'string' || (!v.includes('\n') && !v.includes('\r'))) return v
  return v.split(/\s*[\r\n]+\s*/).join(' ')
}

function rawRowsFor(name: LongCsvName, r: Report): CsvRow[] {
  switch (name) {
    case 'reports.csv': return [reportRow(r)]
    case 'indicators.csv': return indicatorRows(r)
    case 'tables.csv': return tableRows(r)
    case 'facts.csv': return factRows(r)
    case 'findings.csv': return findingRows(r)
  }
}

/** Rows of a long-format CSV for one report; text cells are on one line. */
export function rowsFor(name: LongCsvName, r: Report): CsvRow[] {
  return rawRowsFor(name, r).map((row) => row.map(oneLine))
}

/** Canonical key of an indicator for the wide table: its key, else its printed name. */
export function wideKey(i: Indicator): string {
  return i.key ?? i.name
}

/** Header of indicators-wide.csv for the given keys, in the caller's order. */
export function wideHeader(keys: readonly string[]): string[] {
  return ['report_id', 'path', 'department', 'region', 'province', 'city', 'year', 'total_score', 'total_max', 'grade', ...keys.flatMap((k) => [k, `${k} (max)`])]
}

/** indicators-wide.csv: one row per report, the score and maximum of each key (first indicator with that key). */
export function wideRow(r: Report, keys: readonly string[]): CsvRow {
  const byKey = new Map<string, Indicator>()
  for (const i of r.indicators) if (!byKey.has(wideKey(i))) byKey.set(wideKey(i), i)
  return [
    r.id, r.source.path, r.meta.department?.value, r.meta.region?.value, r.meta.province?.value, r.meta.city?.value, r.meta.year?.value,
    r.totals.score?.value, r.totals.max?.value, r.totals.grade?.value,
    ...keys.flatMap((k) => {
      const i = byKey.get(k)
      return [i?.score?.value, i?.max?.value]
    }),
  ]
}
