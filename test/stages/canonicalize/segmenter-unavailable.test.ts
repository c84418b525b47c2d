/**
 * When nodejieba cannot be loaded (an optional dependency: not installed, or
 * its addon not built), names are cut by Intl.Segmenter, the same lookup
 * rules run on those words, and the stage warns once.
 */
import { describe, expect, it, vi } from 'vitest'
import { canonicalizeStage, canonicalIndicatorKey } from '../../../src/stages/canonicalize/index.js'
import { cut, segmenterStatus } from '../../../src/stages/canonicalize/segmenter.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { contextFactory } from '../../../src/pipeline/context.js'
import type { Diagnostic } from '../../../src/model/diagnostic.js'
import { textDoc } from '../../helpers/pipeline.js'

// As on a machine where the optional dependency was not installed.
vi.mock('node:module', async (original) => {
  const real = await original<typeof import('node:module')>()
  const createRequire = (url: string | URL) => {
    const req = real.createRequire(url)
    return Object.assign((id: string) => {
      if (id === 'nodejieba') throw new Error("Cannot find module 'nodejieba'")
      return req(id) as unknown
    }, req)
  }
  return { ...real, default: { ...real, createRequire }, createRequire }
})

describe('segmenter unavailable', () => {
  it('should cut with Intl.Segmenter and still resolve names by the same rules', () => {
    expect(canonicalIndicatorKey('预算编制情况')).toBe('预算编制')
    expect(canonicalIndicatorKey('部门预算编制情况')).toBe('预算编制')
    // ICU has no domain dictionary: 本部门 comes out as 本 + 部门, so this name stays unmapped (jieba maps it to 项目管理)
    expect(canonicalIndicatorKey('本部门项目管理情况')).toBeNull()
    expect(cut('2020年预算执行率', 'unused').words).toEqual(['2020', '年', '预算', '执行', '率'])
    expect(segmenterStatus()).toMatchObject({ loaded: false, engine: 'intl', loads: 0, error: "Cannot find module 'nodejieba'" })
  })

  it('should report one warning from the stage', () => {
    const text = '单位资产管理情况\n'
    const factory = contextFactory(textDoc(text), loadGrammar())
    const diagnostics: Diagnostic[] = []
    const span = factory.locate.span(0, 8)
    const indicator = { id: 'i1', name: '单位资产管理情况', key: null, parentId: null, level: 0, path: [], max: null, score: null, target: null, actual: null, source: 'prose' as const, span }
    const meta = { title: null, department: null, region: null, year: null, reportType: null, template: null }
    const extraction = { meta, indicators: [indicator], totals: { score: null, max: null, grade: null }, tables: [], facts: [] }
    const out = canonicalizeStage.run(extraction, factory.forStage('canonicalize', diagnostics))
    expect(out.indicators[0]?.key).toBe('资产管理')
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['canonicalize/segmenter-unavailable', 'warning']])
  })
})
