/**
 * Builds the Context a stage runs with: the document, the grammar, the
 * locator, and a `report` that stamps the stage and the code's default
 * severity on each diagnostic.
 */
import type { Grammar } from '../grammar/load.js'
import type { SourceDoc } from '../source/document.js'
import { createLocator, type Locator } from '../source/location.js'
import type { Diagnostic, DiagnosticInput } from '../diagnostics/types.js'
import { codeInfo } from '../diagnostics/codes.js'
import type { Context, StageName } from './types.js'

/** Turns a DiagnosticInput into a Diagnostic; errors are never downgraded. */
export function toDiagnostic(d: DiagnosticInput, stage: StageName): Diagnostic {
  const info = codeInfo(d.code)
  const severity = info.severity === 'error' ? 'error' : (d.severity ?? info.severity)
  const out: Diagnostic = { code: d.code, severity, stage, message: d.message }
  if (d.span) out.span = d.span
  if (d.expected !== undefined) out.expected = d.expected
  if (d.actual !== undefined) out.actual = d.actual
  if (d.label !== undefined) out.label = d.label
  if (d.raw !== undefined) out.raw = d.raw
  if (d.value !== undefined) out.value = d.value
  if (d.quote !== undefined) out.quote = d.quote
  if (d.quoteOffset !== undefined) out.quoteOffset = d.quoteOffset
  if (d.related?.length) out.related = d.related
  return out
}

export interface ContextFactory {
  forStage(stage: StageName, sink: Diagnostic[]): Context
  locate: Locator
}

/** One factory per document: the locator is built once and shared by all stages. */
export function contextFactory(source: SourceDoc, grammar: Grammar): ContextFactory {
  const locate = createLocator(source)
  return {
    locate,
    forStage(stage, sink) {
      return { source, grammar, locate, report: (d) => sink.push(toDiagnostic(d, stage)) }
    },
  }
}
