/**
 * The jieba dictionary is loaded lazily, once per process, with the domain
 * user dictionary, and keeps nodejieba's default dictionaries. (This file runs
 * in its own worker, so it sees the first load of its process.) nodejieba is
 * an optional dependency: without it (no compiler at install) the jieba cases
 * are skipped and segmenter-unavailable.test.ts covers the fallback.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { canonicalIndicatorKey } from '../../../src/stages/canonicalize/index.js'
import { cut, segmenterStatus, type Jieba } from '../../../src/stages/canonicalize/segmenter.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { CanonicalData } from '../../../src/stages/canonicalize/data.js'

const jieba = ((): Jieba | null => {
  try {
    return createRequire(import.meta.url)('nodejieba') as Jieba
  } catch {
    return null
  }
})()
const load = jieba ? vi.spyOn(jieba, 'load') : null
const userDict = loadGrammar().resource('jieba-user.dict')

describe.skipIf(jieba === null)('segmenter (nodejieba installed)', () => {
  it('should not load the dictionary for names the cheap rules resolve or rule out', () => {
    expect(canonicalIndicatorKey('预算编制情况')).toBe('预算编制')
    expect(canonicalIndicatorKey('公众或服务对象满意度')).toBe('服务对象满意度')
    expect(canonicalIndicatorKey('基建工程委托业务项目数量')).toBeNull()
    expect(canonicalIndicatorKey('项目总成本')).toBeNull()
    expect(load).not.toHaveBeenCalled()
    expect(segmenterStatus()).toMatchObject({ loaded: false, loads: 0 })
  })

  it('should load the user dictionary exactly once, on the first name that needs segmenting', () => {
    expect(canonicalIndicatorKey('部门预算编制情况')).toBe('预算编制')
    expect(canonicalIndicatorKey('单位资产管理情况')).toBe('资产管理')
    expect(canonicalIndicatorKey('本部门项目管理情况')).toBe('项目管理')
    expect(load).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledWith({ userDict })
    expect(segmenterStatus()).toMatchObject({ loaded: true, loads: 1, userDict, error: null })
  })

  it('should keep the default dictionaries beside the user dictionary', () => {
    // 我们 and 办公室 are in jieba's default dictionary, 预算编制 only in ours
    expect(cut('我们的预算编制', userDict)).toEqual({ words: ['我们', '的', '预算编制'], engine: 'jieba' })
    expect(cut('佛山市人大常委会办公室', userDict).words).toEqual(['佛山市', '人大常委会', '办公室'])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('should keep digit runs whole (HMM on)', () => {
    expect(cut('2020年预算执行率', userDict).words).toEqual(['2020', '年', '预算执行率'])
  })
})

describe('grammars/jieba-user.dict', () => {
  const lines = readFileSync(userDict, 'utf8').split('\n').filter((l) => l.trim() !== '')

  it('should hold "word frequency tag" lines (a word without a frequency loses to its parts)', () => {
    for (const line of lines) expect(line.split(' '), line).toHaveLength(3)
  })

  it('should hold every canonical indicator key of more than two characters', () => {
    const words = new Set(lines.map((l) => l.split(' ')[0]))
    const keys = loadGrammar().data('canonical', CanonicalData).indicators.entries.map((e) => e.key)
    const long = keys.filter((k) => [...k].length > 2 && k !== '重点任务完成与部门履职效益')
    for (const k of long) expect(words.has(k), k).toBe(true)
  })

  it('should hold every leading qualifier of more than one character, so it is cut as one token', () => {
    const words = new Set(lines.map((l) => l.split(' ')[0]))
    const leading = loadGrammar().data('canonical', CanonicalData).indicators.leadingTokens
    for (const t of leading.filter((t) => [...t].length > 1)) {
      expect(words.has(t), t).toBe(true)
    }
  })
})
