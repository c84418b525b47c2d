/**
 * Builds the Context a stage runs with: the document, the grammar, the
 * locator, and a `report` that stamps the stage and the code's default
 * severity on each diagnostic.
 */
import type { Grammar } from '../grammar/load.js'
import type { SourceDoc } from '../source/document.js'
import { createLocator, type Locator } from '../source/location.js'
import type { Diagnostic, DiagnosticInput } from '../model/diagnostic.js'
import { codeInfo } from './codes.js'
import { stampDiagnostic } from '../diagnostics/stamp.js'
import type { Context, StageName } from './types.js'

/** Turns a DiagnosticInput into a Diagnostic (the registry's severity; errors are never downgraded). */
export function toDiagnostic(d: DiagnosticInput, stage: StageName): Diagnostic {
  return stampDiagnostic(d, codeInfo(d.code), stage)
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
