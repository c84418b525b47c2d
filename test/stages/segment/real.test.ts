/**
 * The segmenter on the ten real excerpts: the level-1 headings (and the
 * level-2 ones where a careful reader listed them) in each NN.expected.json.
 * Inputs come from fixtures/real-NN-*\/input.txt when that fixture exists,
 * else from the shared corpus; a missing corpus skips these tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { earlyStages, fileDoc } from '../../helpers/pipeline.js'
import { segmentStage } from '../../../src/stages/segment/index.js'
import { runOf, type SegmentRun } from './helpers.js'

const CORPUS = '/work/shared/corpus/real'

interface Expected {
  headings: string[]
  subheadings?: string[]
}

function inputOf(nn: string): string | null {
  const fixture = existsSync('fixtures') ? readdirSync('fixtures').find((d) => d.startsWith(`real-${nn}-`)) : undefined
  if (fixture && existsSync(join('fixtures', fixture, 'input.txt'))) return join('fixtures', fixture, 'input.txt')
  const shared = join(CORPUS, `${nn}.txt`)
  return existsSync(shared) ? shared : null
}

function expectedOf(nn: string): Expected | null {
  const path = join(CORPUS, `${nn}.expected.json`)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Expected) : null
}

function run(path: string): SegmentRun {
  const e = earlyStages(fileDoc(path))
  const before = e.diagnostics.length
  const outline = segmentStage.run({ norm: e.norm, tableRegions: [] }, e.ctx('segment'))
  return runOf(e.doc.text, outline, e.diagnostics.slice(before))
}

const cases = ['01', '03', '04', '05', '06', '08', '09', '10'].map((nn) => ({ nn, input: inputOf(nn), expected: expectedOf(nn) }))
const available = cases.filter((c) => c.input && c.expected)

describe.skipIf(available.length === 0)('segment: real excerpts', () => {
  describe.each(available)('excerpt $nn', ({ input, expected }) => {
    const r = run(input!)
    const level = (n: number) => r.outline.sections.filter((s) => s.level === n)

    it('should find the level-1 headings a reader sees, as printed', () => {
      expect(level(1).map((s) => r.raw(s))).toEqual(expected!.headings)
    })

    // only the checks that apply to the excerpt: level-2 headings where a reader listed them, none at all in a form
    if (expected!.subheadings) {
      it('should find the level-2 headings a reader sees, as printed', () => {
        expect(level(2).map((s) => r.raw(s))).toEqual(expected!.subheadings)
        for (const s of level(2)) expect(s.parentId).toBe(level(1)[0]!.id)
      })
    }

    if (expected!.headings.length === 0) {
      it('should find no sections at all in a form', () => {
        expect(r.outline.sections).toEqual([])
      })
    }
  })
})

describe.skipIf(!inputOf('04'))('segment: real excerpt 04, four levels', () => {
  it('should nest 一、基本情况 > (一)项目概况 > 1.项目立项背景 > (1)…, (2)…', () => {
    const r = run(inputOf('04')!)
    expect(r.tree()).toEqual([
      '一、|基本情况',
      '  (一)|项目概况',
      '    1.|项目立项背景',
      '      (1)|“数说红河”展厅运维经费',
      '      (2)|红河州一中心一平台六大库N应用经费',
    ])
  })
})

describe.skipIf(!inputOf('03'))('segment: real excerpt 03, cut off after 二、部门(单位', () => {
  it('should not read the cut-off heading as a section, and say why', () => {
    const r = run(inputOf('03')!)
    expect(r.diagnostics.map((d) => d.code)).toContain('segment/truncated-heading')
  })
})
