/**
 * Test helpers for the check rules: small hand-built records whose values
 * carry fake but distinct spans, and a runner that returns the findings.
 */
import type { Span } from '../../../src/model/provenance.js'
import type { Report, Table, TableRow, Indicator, Fact, Section } from '../../../src/model/report.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import type { SourceDoc } from '../../../src/source/document.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import { checkStage } from '../../../src/stages/check/index.js'

let next = 0

/** A fresh fake span of `length` characters on its own line; every call gives a distinct one. */
export function fakeSpan(length = 1): Span {
  const offset = (next += 100)
  const line = offset / 100
  return {
    start: { offset, line, column: 1, page: null },
    end: { offset: offset + length, line, column: 1 + length, page: null },
  }
}

/** A Sourced value with a fake span. */
export function sourced<T>(value: T, raw = String(value)) {
  return { value, raw, span: fakeSpan(raw.length), by: 'test' }
}

export function emptyRecord(over: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    id: 'test',
    source: { path: 'test.txt', sha256: 'test', format: 'text', encoding: 'utf-8', pages: null },
    meta: { title: null, department: null, region: null, year: null, reportType: null, template: null },
    sections: [],
    indicators: [],
    totals: { score: null, max: null, grade: null },
    tables: [],
    facts: [],
    diagnostics: [],
    findings: [],
    ...over,
  }
}

/** A row: label, role, level, then the cells' raw texts (parsed as numbers when they are numbers). */
export function row(label: string, role: TableRow['role'], level: number, ...raws: string[]): TableRow {
  return {
    label,
    labelSpan: fakeSpan(label.length),
    role,
    level,
    cells: raws.map((raw) => {
      const n = Number(raw.replace('%', ''))
      return { value: raw.trim() !== '' && Number.isFinite(n) ? n : null, raw, span: fakeSpan(Math.max(raw.length, 1)) }
    }),
  }
}

/** A table whose columns are [label column, ...keys]. */
export function table(kind: string | null, keys: [key: string, raw: string][], rows: TableRow[], unit: string | null = '万元'): Table {
  return {
    id: `t${(next += 1)}`,
    kind,
    title: null,
    unit,
    columns: [{ key: null, raw: '项目' }, ...keys.map(([key, raw]) => ({ key, raw }))],
    rows,
    span: fakeSpan(10),
  }
}

export function fact(key: string, value: number, unit: string | null = '万元', raw = String(value)): Fact {
  return { key, label: key, value, unit, raw, span: fakeSpan(raw.length), by: 'test' }
}

export function indicator(name: string, max: number | null, score: number | null, over: Partial<Indicator> = {}): Indicator {
  return {
    id: over.id ?? `i${(next += 1)}`,
    name,
    key: null,
    parentId: null,
    level: 0,
    path: [],
    max: max === null ? null : sourced(max),
    score: score === null ? null : sourced(score),
    target: null,
    actual: null,
    source: 'prose',
    span: fakeSpan(name.length),
    ...over,
  }
}

export function section(id: string, parentId: string | null, level: number, markerKind: string, ordinal: number, marker: string, body: [number, number]): Section {
  const span = fakeSpan(marker.length)
  return {
    id,
    parentId,
    level,
    marker,
    markerKind,
    ordinal,
    title: '',
    span,
    bodySpan: {
      start: { offset: body[0], line: 1, column: 1, page: null },
      end: { offset: body[1], line: 1, column: 1, page: null },
    },
  }
}

const doc = (text: string): SourceDoc => ({ path: 'test.txt', sha256: 'test', format: 'text', encoding: 'utf-8', text, pageStarts: null, pages: null })

/** Runs the check stage on a record (of a document whose text is `text`) and returns its findings. */
export function check(record: Report, text = ''): Diagnostic[] {
  const findings: Diagnostic[] = []
  checkStage.run(record, contextFactory(doc(text), loadGrammar()).forStage('check', findings))
  return findings
}

/** The span of the `nth` occurrence of `needle` in `text` (throws when absent: a broken test). */
export function spanIn(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1)
  if (at < 0) throw new Error(`"${needle}" is not in the text`)
  return {
    start: { offset: at, line: 1, column: at + 1, page: null },
    end: { offset: at + needle.length, line: 1, column: at + needle.length + 1, page: null },
  }
}

/** A Sourced value printed as `needle` in `text`. */
export function sourcedIn<T>(text: string, needle: string, value: T, nth = 0) {
  return { value, raw: needle, span: spanIn(text, needle, nth), by: 'test' }
}

/** The codes of the findings. */
export const codesOf = (ds: Diagnostic[]) => ds.map((d) => d.code)
