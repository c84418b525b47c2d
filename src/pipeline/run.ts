/**
 * The pipeline, as a readable ordered list of stages:
 *
 *   read ─▶ lines ─▶ normalize ─▶ segment ─▶ extract ─▶ canonicalize ─▶ check ─▶ (write)
 *
 * `processDocument` turns a decoded SourceDoc into a validated Report record;
 * `runFile` reads a path first. Parse problems go to `diagnostics`, rule
 * violations to `findings`. Writing files is the commands' business.
 */
import { loadGrammar, type Grammar } from '../grammar/load.js'
import type { SourceDoc } from '../source/document.js'
import { readSource } from '../source/read.js'
import type { ReadOptions } from '../source/types.js'
import { headerTest } from '../stages/extract/layout-tables/header-test.js'
import { Report, SCHEMA_VERSION } from '../model/report.js'
import { safeParse } from '../model/validate.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { schemaIssues } from '../store/record.js'
import { contextFactory, toDiagnostic } from './context.js'
import { producer } from '../version.js'
import { linesStage } from '../stages/lines/index.js'
import { tableRegions } from '../stages/lines/table-regions.js'
import { normalizeStage } from '../stages/normalize/index.js'
import { segmentStage } from '../stages/segment/index.js'
import { extractStage } from '../stages/extract/index.js'
import { canonicalizeStage } from '../stages/canonicalize/index.js'
import { checkStage } from '../stages/check/index.js'
import { reportId } from './id.js'

export { reportId } from './id.js'

export interface ProcessOptions {
  /**
   * Validate the record against its schema before returning it (default true).
   * A caller that validates it anyway before writing it (bulk: writeRecord)
   * passes false, so a long record is not checked twice.
   */
  validate?: boolean
}

/** Runs every stage after `read` on a decoded document. */
export function processDocument(
  source: SourceDoc,
  grammar: Grammar = loadGrammar(),
  readDiagnostics: Diagnostic[] = [],
  options: ProcessOptions = {},
): Report {
  const ctx = contextFactory(source, grammar)
  const diagnostics: Diagnostic[] = [...readDiagnostics]
  const findings: Diagnostic[] = []

  const lines = linesStage.run(source, ctx.forStage('lines', diagnostics))
  const norm = normalizeStage.run(lines, ctx.forStage('normalize', diagnostics))
  const regions = tableRegions(lines, ctx.forStage('lines', diagnostics))
  const outline = segmentStage.run({ norm, tableRegions: regions }, ctx.forStage('segment', diagnostics))
  const extraction = extractStage.run({ lines, norm, outline, tableRegions: regions }, ctx.forStage('extract', diagnostics))
  const canonical = canonicalizeStage.run(extraction, ctx.forStage('canonicalize', diagnostics))

  const record: Report = {
    schemaVersion: SCHEMA_VERSION,
    producer: producer(),
    id: reportId(source.sha256),
    source: { path: source.path, sha256: source.sha256, format: source.format, encoding: source.encoding, pages: source.pages },
    meta: canonical.meta,
    sections: outline.sections.map(({ norm: _n, ...section }) => section),
    indicators: canonical.indicators,
    groups: canonical.groups ?? [],
    scoreTables: canonical.scoreTables ?? [],
    totals: canonical.totals,
    tables: canonical.tables,
    facts: canonical.facts,
    ...(canonical.layoutTables ? { layoutTables: canonical.layoutTables } : {}),
    diagnostics,
    findings,
  }
  checkStage.run(record, ctx.forStage('check', findings))
  // The record must satisfy its contract; a failure here is a bug in jixiao, not in the document.
  if (options.validate === false) return record
  const parsed = safeParse(Report, record)
  if (!parsed.success) throw new Error(`record ${record.id} does not satisfy the report schema: ${schemaIssues(parsed.error.issues)}`)
  return parsed.data
}

export type FileResult =
  | { ok: true; report: Report }
  | { ok: false; path: string; diagnostics: Diagnostic[] }

/** Reads a file and processes it. A file that cannot be read gives { ok: false } with the reason. */
export async function runFile(path: string, options: ReadOptions & ProcessOptions = {}, grammar: Grammar = loadGrammar()): Promise<FileResult> {
  // the readers report into a sink stamped from the whole registry, as the stages do; borderless tables by the grammars' header words
  const read = await readSource(path, { tableHeader: headerTest(grammar), ...options, sink: (d) => toDiagnostic(d, 'read') })
  if (!read.doc) return { ok: false, path, diagnostics: read.diagnostics }
  return { ok: true, report: processDocument(read.doc, grammar, read.diagnostics, options) }
}
