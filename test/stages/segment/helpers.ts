/** Test helpers for the segmenter: a NormDoc built from paragraph strings (identity map) and a run. */
import { loadGrammar } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import type { NormDoc, Outline, OutlineNode } from '../../../src/pipeline/types.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import { segmentStage } from '../../../src/stages/segment/index.js'
import { textDoc } from '../../helpers/pipeline.js'

export interface SegmentRun {
  text: string
  outline: Outline
  diagnostics: Diagnostic[]
  /** the printed heading of a section (original text under its span) */
  raw(s: OutlineNode): string
  /** "marker|title" per section, indented by depth */
  tree(): string[]
}

/** A NormDoc whose text is the paragraphs joined by '\n', mapped one to one onto the original. */
export function identityNorm(paragraphs: string[]): NormDoc {
  const text = paragraphs.join('\n')
  const map = new Int32Array(text.length + 1)
  for (let i = 0; i <= text.length; i++) map[i] = i
  let at = 0
  const paras = paragraphs.map((p, i) => {
    const para = { start: at, end: at + p.length, lines: [i], page: null }
    at += p.length + 1
    return para
  })
  return { text, map, paragraphs: paras }
}

/** Segments paragraphs given as strings. */
export function segment(paragraphs: string[]): SegmentRun {
  const norm = identityNorm(paragraphs)
  const doc = textDoc(norm.text)
  const diagnostics: Diagnostic[] = []
  const ctx = contextFactory(doc, loadGrammar()).forStage('segment', diagnostics)
  const outline = segmentStage.run({ norm: norm, tableRegions: [] }, ctx)
  return runOf(doc.text, outline, diagnostics)
}

/** Wraps an outline for assertions. */
export function runOf(text: string, outline: Outline, diagnostics: Diagnostic[]): SegmentRun {
  const raw = (s: OutlineNode) => text.slice(s.span.start.offset, s.span.end.offset)
  return {
    text,
    outline,
    diagnostics,
    raw,
    tree: () => outline.sections.map((s) => '  '.repeat(s.id.split('.').length - 1) + `${s.marker}|${s.title}`),
  }
}
