/**
 * `jixiao inspect FILE`: the outline tree (sections indented by level) and
 * every value read — metadata, indicators, totals, tables, facts — each with
 * its p<page>:<line> and its quote (the raw text), then the diagnostics and
 * findings. FILE is a report (PDF or text) or a record (reports/<id>.json).
 * Control characters from the document (ESC, BEL, CR, C1 controls, bidi
 * overrides) are printed escaped (\x1b, \u202e), so a report cannot drive
 * the terminal or reorder what is shown.
 */
import { parse, UsageError, UserError } from './args.js'
import { formatDiagnostic } from './format.js'
import { formatAt } from '../store/csv-rows.js'
import type { Report } from '../model/report.js'
import type { Sourced, Span } from '../model/provenance.js'
import { runFile } from '../pipeline/run.js'
import { reasonOf } from '../bulk/task.js'
import { readRecord } from '../store/record.js'

/** `jixiao inspect --help`. */
export const INSPECT_HELP = `Usage: jixiao inspect FILE

Shows what jixiao reads in one report: the outline tree and every value with
its page:line and quote, then the diagnostics and findings. FILE is a report
(PDF or text) or a record written by 'jixiao extract' (reports/<id>.json).
`

/** Characters a terminal acts on or that reorder text: C0 but tab and line feed, DEL, C1, bidi controls, line separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/** Text with its control characters escaped (\x1b, \r, \u202e): safe to print on a terminal. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const n = c.charCodeAt(0)
    if (c === '\r') return '\\r'
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`
  })
}

/** `p9:12 “raw”` for a sourced value. */
function where(s: { raw: string; span: Span }): string {
  return `${formatAt(s.span) || '-'} “${s.raw.replace(/\s+/g, ' ')}”`
}

function sourced(label: string, s: Sourced<unknown> | null): string {
  return s ? `  ${label}: ${String(s.value)}  ${where(s)}` : `  ${label}: —`
}

/** The outline: one line per section, indented by level. */
function outlineLines(r: Report): string[] {
  const out = ['Outline']
  if (r.sections.length === 0) out.push('  (no sections)')
  for (const sec of r.sections) out.push(`${'  '.repeat(sec.level)}${sec.marker}${sec.title}  ${formatAt(sec.span)}`)
  return out
}

function metaLines(r: Report): string[] {
  const m = r.meta
  return [
    'Meta',
    sourced('title', m.title), sourced('department', m.department), sourced('region', m.region), sourced('year', m.year), sourced('report type', m.reportType),
    `  template: ${m.template ? `${m.template.id} (confidence ${m.template.confidence})` : '—'}`,
  ]
}

function indicatorLines(r: Report): string[] {
  const out = ['Indicators']
  if (r.indicators.length === 0) out.push('  (none)')
  for (const i of r.indicators) {
    const name = `${i.path.length ? `${i.path.join(' > ')} > ` : ''}${i.name}${i.key ? ` [${i.key}]` : ''}`
    out.push(`  ${name}  ${formatAt(i.span)} (${i.source})`)
    out.push(`    max ${i.max ? `${i.max.value}  ${where(i.max)}` : '—'}`)
    out.push(`    score ${i.score ? `${i.score.value}  ${where(i.score)}` : '—'}`)
    if (i.target) out.push(`    target “${i.target.raw}”`)
    if (i.actual) out.push(`    actual “${i.actual.raw}”`)
  }
  return out
}

function totalLines(r: Report): string[] {
  const max = r.totals.max
  return [
    'Totals',
    sourced('score', r.totals.score),
    max === null ? '  max: —' : 'raw' in max ? sourced('max', max) : `  max: ${max.value}  (derived: ${max.rule})`,
    sourced('grade', r.totals.grade),
  ]
}

function tableLines(r: Report): string[] {
  const out = ['Tables']
  if (r.tables.length === 0) out.push('  (none)')
  for (const t of r.tables) {
    out.push(`  ${t.id} ${t.title ?? '(untitled)'}${t.kind ? ` [${t.kind}]` : ''}${t.unit ? `  unit ${t.unit}` : ''}  ${formatAt(t.span)}`)
    out.push(`    columns: ${t.columns.map((c) => c.raw).join(' | ')}`)
    for (const row of t.rows) {
      const cells = row.cells.map((c) => (c.span ? `${c.value ?? '—'} ${where({ raw: c.raw, span: c.span })}` : `${c.value ?? '—'}`))
      out.push(`    ${'  '.repeat(row.level)}${row.label} (${row.role}): ${cells.join(' | ')}`)
    }
  }
  return out
}

function factLines(r: Report): string[] {
  const out = ['Facts']
  if (r.facts.length === 0) out.push('  (none)')
  for (const f of r.facts) out.push(`  ${f.key} ${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}  ${where(f)}`)
  return out
}

/** Diagnostics, then findings with the other side of each mismatch under it. */
function diagnosticLines(r: Report): string[] {
  const path = r.source.path
  const out = [`Diagnostics (${r.diagnostics.length})`]
  for (const d of r.diagnostics) out.push(`  ${formatDiagnostic(path, d)}`)
  out.push('', `Findings (${r.findings.length})`)
  for (const d of r.findings) {
    out.push(`  ${formatDiagnostic(path, d)}`)
    for (const rel of d.related ?? []) out.push(`    ${formatAt(rel.span)} ${rel.message}`)
  }
  return out
}

/** The text inspect prints for a record: a header line, then one block per part of the record. */
export function renderReport(r: Report): string {
  const s = r.source
  const head = `${s.path}  (${s.format}${s.encoding ? `, ${s.encoding}` : ''}, ${s.pages ?? '?'} pages, id ${r.id})`
  const blocks = [outlineLines, metaLines, indicatorLines, totalLines, tableLines, factLines, diagnosticLines].map((block) => block(r))
  return [head, ...blocks.flatMap((b) => ['', ...b])].join('\n') + '\n'
}

/**
 * Runs the inspect command.
 * @param argv arguments after `inspect`
 * @returns the exit code
 */
export async function runInspect(argv: string[]): Promise<number> {
  const { values, positionals } = parse('inspect', argv, {})
  if (values.help) {
    process.stdout.write(INSPECT_HELP)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('inspect: give exactly one file (jixiao inspect --help)')
  const path = positionals[0]!
  let report: Report
  if (path.toLowerCase().endsWith('.json')) {
    try {
      report = readRecord(path)
    } catch (e) {
      throw new UserError(printable((e as Error).message))
    }
  } else {
    const result = await runFile(path)
    if (!result.ok) throw new UserError(printable(reasonOf(path, result.diagnostics)))
    report = result.report
  }
  process.stdout.write(printable(renderReport(report)))
  return 0
}
