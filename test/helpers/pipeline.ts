/** Test helpers: run the early stages on a text, the way processDocument does. */
import { readFileSync } from 'node:fs'
import { decodeText } from '../../src/source/read-text.js'
import { loadGrammar } from '../../src/grammar/load.js'
import { contextFactory } from '../../src/pipeline/context.js'
import { linesStage } from '../../src/stages/lines/index.js'
import { normalizeStage } from '../../src/stages/normalize/index.js'
import type { Diagnostic } from '../../src/model/diagnostic.js'
import type { SourceDoc } from '../../src/source/document.js'

export const SEED = 'seeds/000_d2e29ec8149df6e0.txt'

/** Decodes a text (string or file path) into a SourceDoc; throws if it cannot be read. */
export function textDoc(text: string, path = 'test.txt'): SourceDoc {
  const r = decodeText(path, Buffer.from(text, 'utf8'), 'test')
  if (!r.doc) throw new Error(r.diagnostics.map((d) => d.message).join('; '))
  return r.doc
}

export function fileDoc(path: string): SourceDoc {
  const r = decodeText(path, readFileSync(path), 'test')
  if (!r.doc) throw new Error(r.diagnostics.map((d) => d.message).join('; '))
  return r.doc
}

/** lines + normalize on a document, with a context factory for later stages. */
export function earlyStages(doc: SourceDoc) {
  const factory = contextFactory(doc, loadGrammar())
  const diagnostics: Diagnostic[] = []
  const lines = linesStage.run(doc, factory.forStage('lines', diagnostics))
  const norm = normalizeStage.run(lines, factory.forStage('normalize', diagnostics))
  return { doc, factory, diagnostics, lines, norm, ctx: (stage: Parameters<typeof factory.forStage>[0]) => factory.forStage(stage, diagnostics) }
}
