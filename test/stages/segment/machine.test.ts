/**
 * The segmenter's machine stepped with the pure `transition`: layout states
 * (prose, table, score block, TOC) and the decision after each marker.
 */
import { describe, expect, it } from 'vitest'
import { quickReject, startSegmenter, step, stepParagraph, type Layout, type SegSnapshot } from '../../../src/stages/segment/machine.js'
import type { Candidate } from '../../../src/stages/segment/sequence.js'
import { readCnNumeral, writeCnNumeral, numbering } from '../../../src/stages/segment/numbering.js'
import { loadGrammar } from '../../../src/grammar/load.js'

const rules = { maxSkip: 2, inlineRootLevel: 1 }

function marker(family: string, level: number, ordinal: number, more: Partial<Candidate> = {}): Candidate {
  return {
    kind: family,
    family,
    level,
    ordinal,
    atStart: true,
    boundary: true,
    afterHeading: false,
    midSentence: false,
    leadIn: false,
    toc: false,
    dataRow: false,
    inCells: false,
    inTableRegion: false,
    nextNumeric: false,
    sentence: false,
    titleProblem: null,
    ...more,
  }
}

const feed = (s: SegSnapshot, c: Candidate) => step(s, { type: 'marker', candidate: c })
const para = (s: SegSnapshot, layout: Parameters<typeof step>[1] extends infer E ? (E extends { layout: infer L } ? L : never) : never, tocEntry = false) =>
  step(s, { type: 'paragraph', layout, tocEntry })

describe('segment machine', () => {
  it('should start in prose with an empty outline', () => {
    const s = startSegmenter(rules)
    expect(s.value).toBe('prose')
    expect(s.context.stack).toEqual([])
  })

  it('should open sections with node numbers and parents', () => {
    let s = feed(startSegmenter(rules), marker('cn', 1, 1))
    expect(s.context.decision).toMatchObject({ accepted: true, node: 0, parent: null, verdict: 'child' })
    s = feed(s, marker('paren-cn', 2, 1))
    expect(s.context.decision).toMatchObject({ accepted: true, node: 1, parent: 0, verdict: 'child' })
    s = feed(s, marker('cn', 1, 2))
    expect(s.context.decision).toMatchObject({ accepted: true, node: 2, parent: null, verdict: 'continue' })
    expect(s.context.stack.map((o) => [o.family, o.ordinal])).toEqual([['cn', 2]])
  })

  it('should enter and leave a table, rejecting markers inside its rows', () => {
    let s = feed(startSegmenter(rules), marker('cn', 1, 1))
    s = para(s, 'table')
    expect(s.value).toBe('table')
    s = feed(s, marker('cn', 1, 2, { atStart: false }))
    expect(s.context.decision).toMatchObject({ accepted: false, reason: 'table' })
    s = para(s, 'short')
    expect(s.value).toBe('table')
    s = feed(s, marker('cn', 1, 2))
    expect(s.context.decision).toMatchObject({ accepted: true, verdict: 'continue' })
    expect(s.value).toBe('prose')
  })

  it('should treat a score block like a table', () => {
    const s = para(startSegmenter(rules), 'score')
    expect(s.value).toBe('score')
    expect(feed(s, marker('num', 3, 1, { atStart: false })).context.decision).toMatchObject({ accepted: false, reason: 'table' })
  })

  it('should reject every marker in a table of contents until the body starts', () => {
    let s = para(startSegmenter(rules), 'toc-title')
    expect(s.value).toBe('toc')
    s = para(s, 'short', true)
    expect(s.value).toBe('toc')
    s = feed(s, marker('cn', 1, 1))
    expect(s.context.decision).toMatchObject({ accepted: false, reason: 'toc' })
    s = para(s, 'short', false)
    expect(s.value).toBe('prose')
    expect(feed(s, marker('cn', 1, 1)).context.decision).toMatchObject({ accepted: true })
  })

  it('should keep a list after a colon until the outline continues', () => {
    let s = feed(startSegmenter(rules), marker('paren-cn', 2, 1))
    s = feed(s, marker('num', 3, 1, { leadIn: true, sentence: true }))
    expect(s.context.decision).toMatchObject({ accepted: false, listItem: true })
    s = feed(s, marker('num', 3, 2))
    expect(s.context.decision).toMatchObject({ accepted: false, listItem: true })
    s = feed(s, marker('paren-num', 4, 1))
    expect(s.context.decision).toMatchObject({ accepted: false, listItem: true })
    s = feed(s, marker('paren-cn', 2, 2))
    expect(s.context.decision).toMatchObject({ accepted: true, verdict: 'continue' })
    expect(s.context.list).toBeNull()
  })

  it('should accept a small skip and reject a repeat', () => {
    let s = feed(startSegmenter(rules), marker('cn', 1, 1))
    s = feed(s, marker('cn', 1, 3))
    expect(s.context.decision).toMatchObject({ accepted: true, verdict: 'skip', expected: 2 })
    s = feed(s, marker('cn', 1, 3))
    expect(s.context.decision).toMatchObject({ accepted: false, reason: 'out-of-sequence', expected: 4 })
  })

  it('should only let a decimal 3.1 open under an open 3.', () => {
    let s = feed(startSegmenter(rules), marker('num', 3, 2))
    expect(feed(s, marker('decimal', 4, 1, { prefix: 3 })).context.decision).toMatchObject({ accepted: false, reason: 'orphan-decimal' })
    s = feed(s, marker('num', 3, 3))
    s = feed(s, marker('decimal', 4, 1, { prefix: 3 }))
    expect(s.context.decision).toMatchObject({ accepted: true, verdict: 'child' })
  })
})

describe('Chinese numerals', () => {
  const { digits, units, zero } = numbering(loadGrammar()).data.numerals
  it('should read and write 一 … 九十九 and a hundred and up', () => {
    const cases: [string, number][] = [['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十一', 21], ['九十九', 99], ['一百零五', 105]]
    for (const [cn, n] of cases) {
      expect(readCnNumeral(cn, digits, units)).toBe(n)
      expect(writeCnNumeral(n, digits, units, zero)).toBe(cn)
    }
  })
  it('should not read malformed numerals', () => {
    expect(readCnNumeral('一二', digits, units)).toBeNull()
    expect(readCnNumeral('零', digits, units)).toBeNull()
  })
})

describe('segment machine: paragraph steps', () => {
  const layouts: Layout[] = ['toc-title', 'toc', 'table', 'score', 'prose', 'short']

  it('should reach the same state with stepParagraph as with step, from every layout state, twice over', () => {
    for (const enter of layouts) {
      for (const layout of layouts) {
        for (const tocEntry of [false, true]) {
          for (let round = 0; round < 2; round++) {
            const from = step(startSegmenter(rules), { type: 'paragraph', layout: enter, tocEntry: false })
            const event = { type: 'paragraph' as const, layout, tocEntry }
            const a = step(from, event)
            const b = stepParagraph(from, event)
            expect(b.value).toEqual(a.value)
            expect(b.context).toEqual(a.context)
          }
        }
      }
    }
  })
})

describe('segment machine: decisions taken without stepping', () => {
  const flags = ['atStart', 'boundary', 'midSentence', 'toc', 'dataRow', 'inCells', 'inTableRegion', 'nextNumeric'] as const
  it('should give the machine decision, with the state unchanged, whenever quickReject answers', () => {
    let answered = 0
    let stepped = 0
    for (const enter of ['prose', 'table', 'score', 'toc'] as const) {
      // an open outline (一、), then the layout state
      const opened = feed(startSegmenter(rules), marker('cn', 1, 1))
      const from = step(opened, { type: 'paragraph', layout: enter, tocEntry: false })
      expect(from.value).toBe(enter)
      for (let bits = 0; bits < 1 << flags.length; bits++) {
        const more: Partial<Candidate> = {}
        flags.forEach((f, i) => (more[f] = (bits & (1 << i)) !== 0))
        for (const c of [marker('cn', 1, 2, more), marker('paren-cn', 2, 1, more), marker('cn', 1, 5, more)]) {
          const quick = quickReject(String(from.value), c)
          if (!quick) {
            stepped++
            continue
          }
          answered++
          const next = feed(from, c)
          expect(quick).toEqual(next.context.decision)
          expect(next.value).toEqual(from.value)
          expect(next.context.stack).toEqual(from.context.stack)
          expect(next.context.list).toEqual(from.context.list)
        }
      }
    }
    expect(answered).toBeGreaterThan(100)
    expect(stepped).toBeGreaterThan(10)
  })
})
