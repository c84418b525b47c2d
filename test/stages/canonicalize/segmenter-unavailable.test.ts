/**
 * When nodejieba cannot be loaded (native addon not built), names the cheap
 * rules resolve still get keys, the rest stay null, and the stage warns once.
 */
import { createRequire } from 'node:module'
import { describe, expect, it, vi } from 'vitest'
import { canonicalizeStage, canonicalIndicatorKey } from '../../../src/stages/canonicalize/index.js'
import { segmenterStatus } from '../../../src/stages/canonicalize/segmenter.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import type { Diagnostic } from '../../../src/diagnostics/types.js'
import { textDoc } from '../../helpers/pipeline.js'

const jieba = createRequire(import.meta.url)('nodejieba') as typeof import('nodejieba')
vi.spyOn(jieba, 'load').mockImplementation(() => {
  throw new Error('nodejieba native binding was not found')
})

describe('segmenter unavailable', () => {
  it('should fall back to the rules and leave segment-only names null', () => {
    expect(canonicalIndicatorKey('预算编制情况')).toBe('预算编制')
    expect(canonicalIndicatorKey('部门预算编制情况')).toBeNull()
    expect(segmenterStatus()).toMatchObject({ loaded: false, loads: 0, error: 'nodejieba native binding was not found' })
  })

  it('should report one warning from the stage', () => {
    const text = '部门预算编制情况\n'
    const factory = contextFactory(textDoc(text), loadGrammar())
    const diagnostics: Diagnostic[] = []
    const span = factory.locate.span(0, 8)
    const indicator = { id: 'i1', name: '部门预算编制情况', key: null, parentId: null, level: 0, path: [], max: null, score: null, target: null, actual: null, source: 'prose' as const, span }
    const meta = { title: null, department: null, region: null, year: null, reportType: null, template: null }
    const extraction = { meta, indicators: [indicator], totals: { score: null, max: null, grade: null }, tables: [], facts: [] }
    const out = canonicalizeStage.run(extraction, factory.forStage('canonicalize', diagnostics))
    expect(out.indicators[0]?.key).toBeNull()
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['canonicalize/segmenter-unavailable', 'warning'],
      ['canonicalize/indicator-unmapped', 'info'],
    ])
  })
})
