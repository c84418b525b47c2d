/**
 * The segmenter's driver: walks the paragraphs of a NormDoc, finds the
 * markers in each, feeds them to the machine with what it needs to judge
 * them (layout, title, what stands before and after), collects the accepted
 * headings and reports outline defects.
 */
import type { Context, NormDoc, TableRegion } from '../../pipeline/types.js'
import { inRegion } from '../lines/table-regions.js'
import type { Span } from '../../model/provenance.js'
import { P, type Numbering } from './numbering.js'
import { findMarkers, firstMarker, firstNonSpace, type Marker } from './markers.js'
import { readTitle, isSpace, lastHeadingWordEnd, type Title } from './title.js'
import { classify, isTocEntry } from './layout.js'
import { startLiveSegmenter, type Decision, type SegSnapshot } from './machine.js'
import type { Candidate } from './sequence.js'
import { printed, spanOf, type Heading } from './heading-tree.js'
import { tocParagraphs } from './toc.js'
import { scannerOf } from '../../grammar/scanner.js'

/** How far around a marker the driver looks (data rows and lead-ins are short). */
const WINDOW = 200

interface ParagraphFacts {
  start: number
  end: number
  /** a TOC line, or inside a table of contents */
  toc: boolean
  /** the next paragraph is a lone numeric cell */
  nextNumeric: boolean
  /** the previous paragraph ends with a colon after its last heading */
  prevTailLeadIn: boolean
  /** the previous paragraph broke off mid-sentence */
  prevMidSentence: boolean
  /** cell separators in the paragraph */
  separators: number
}

function countMatches(re: RegExp, text: string): number {
  // the grammar's scanner: the matches of matchAll, found only at the characters a match can start with
  return scannerOf(re).matchAll(text).length
}

/** Runs the machine over the document; returns the accepted headings in document order. */
export function segmentHeadings(norm: NormDoc, ctx: Context, nb: Numbering, regions: readonly TableRegion[] = []): Heading[] {
  const machine = startLiveSegmenter(nb.data.sequence)
  const heads: Heading[] = []
  const toc: Span[] = []
  let prevTailLeadIn = false
  let prevMidSentence = false
  const paras = norm.paragraphs
  const textOf = (i: number) => norm.text.slice(paras[i]!.start, paras[i]!.end)
  const tocLines = tocParagraphs(norm, nb)

  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!
    const text = textOf(pi)
    const layout = tocLines.has(pi) ? 'toc' : classify(text, nb)
    if (layout === 'blank') continue
    // a TOC entry matters only inside a table of contents (the toc state's guard)
    machine.paragraph({ type: 'paragraph', layout, tocEntry: machine.snapshot.matches('toc') && isTocEntry(text, nb) })
    const inToc = machine.snapshot.matches('toc')
    const facts: ParagraphFacts = {
      start: p.start,
      end: p.end,
      toc: inToc || layout === 'toc',
      nextNumeric: nextText(pi),
      prevTailLeadIn,
      prevMidSentence,
      separators: countMatches(nb.regexOf(P.cellSeparatorAll), text),
    }
    let last: Heading | null = null

    for (const m of findMarkers(norm.text, p.start, p.end, nb)) {
      let title = readTitle(norm.text, m.end, p.end, nb, !m.atStart)
      if (m.atStart && title.problem === 'empty') title = titleOnNextParagraph(pi) ?? title
      if (m.atStart && title.problem === 'too-long' && m.kind.level <= nb.data.title.longTitleMaxLevel) title = { ...title, problem: null }
      const candidate = describe(m, title, last, facts)
      const d = machine.marker({ type: 'marker', candidate })
      if (d.accepted) {
        if (last && m.start < last.headEnd) cutTitle(last, m.start, !m.atStart && !m.boundary)
        const h: Heading = {
          node: d.node,
          parent: d.parent,
          kind: m.kind,
          ordinal: m.ordinal,
          start: m.start,
          markerEnd: m.markerEnd,
          titleStart: title.start,
          titleEnd: title.end,
          headEnd: title.headEnd,
          title: title.text,
        }
        if (m.atStart && m.kind.level <= nb.data.title.wrapMaxLevel && title.problem === null) wrapTitle(h, pi)
        heads.push(h)
        last = h
        reportAccepted(h, d, m)
      } else {
        if (d.reason === 'toc') toc.push(spanOf(norm, ctx, m.start, p.end))
        reportRejected(d, m, title, candidate, machine.snapshot)
      }
    }
    const tail = norm.text.slice(last ? last.headEnd : p.start, p.end)
    prevTailLeadIn = tail.trim() !== '' && nb.test(P.leadIn, tail)
    prevMidSentence = nb.test(P.midSentenceEnd, text.trimEnd())
  }
  if (toc.length) {
    ctx.report({ code: 'segment/toc-skipped', message: `Skipped ${toc.length} table-of-contents line(s)`, span: toc[0]! })
  }
  return heads

  /** A marker alone on its line takes the next paragraph as its title when that reads as one (第一部分 / 部门概况). */
  function titleOnNextParagraph(pi: number): Title | null {
    for (let j = pi + 1; j < paras.length; j++) {
      const q = paras[j]!
      if (textOf(j).trim() === '') continue
      const first = firstMarker(norm.text, q.start, q.end, nb)
      if (first?.atStart) return null
      const t = readTitle(norm.text, firstNonSpace(norm.text, q.start, q.end), q.end, nb)
      return t.by === 'paragraph' && t.problem === null && !nb.test(P.prose, t.text) ? t : null
    }
    return null
  }

  /**
   * A title that ends its paragraph goes on over the next paragraph when that is a short line
   * with no marker, no sentence mark and no table title (a title wrapped onto a centred second line).
   */
  function wrapTitle(h: Heading, pi: number) {
    const p = paras[pi]!
    if (h.headEnd > p.end || h.titleEnd <= h.titleStart || norm.text.slice(h.headEnd, p.end).trim() !== '') return
    for (let j = pi + 1; j < paras.length; j++) {
      const q = paras[j]!
      const t = textOf(j).trim()
      if (t === '') continue
      const first = firstMarker(norm.text, q.start, q.end, nb)
      const stops = nb.data.title.keepStops + nb.data.title.sentenceStops
      if (first || [...t].length > nb.data.title.wrapMaxLength || [...t].some((c) => stops.includes(c)) || classify(t, nb) !== 'short' || ctx.grammar.regex('tables/title').test(t)) return
      const s = firstNonSpace(norm.text, q.start, q.end)
      let e = q.end
      while (e > s && isSpace(norm.text[e - 1])) e--
      h.title = h.title + norm.text.slice(s, e)
      h.titleEnd = e
      h.headEnd = e
      return
    }
  }

  function nextText(pi: number): boolean {
    for (let j = pi + 1; j < paras.length; j++) {
      const t = textOf(j)
      if (t.trim() !== '') return nb.test(P.numericCell, t)
    }
    return false
  }

  /**
   * What the machine needs to know about a marker. Only short windows around
   * it are read, so a report flowed into one huge paragraph stays linear.
   */
  function describe(m: Marker, title: Title, last: Heading | null, at: ParagraphFacts): Candidate {
    const from = last ? last.headEnd : at.start
    const textBefore = firstNonSpace(norm.text, from, m.start) < m.start
    const before = norm.text.slice(Math.max(from, m.start - WINDOW), m.start)
    const afterLong = at.end - m.end > WINDOW
    const after = norm.text.slice(m.end, Math.min(at.end, m.end + WINDOW))
    // a TAB right after the marker is the gap before its title, not a cell separator
    const ownGap = norm.text[m.markerEnd] === '\t' && m.markerEnd < m.end ? 1 : 0
    const c: Candidate = {
      kind: m.kind.kind,
      family: m.kind.family,
      level: m.kind.level,
      ordinal: m.ordinal,
      atStart: m.atStart,
      boundary: m.boundary,
      afterHeading: last !== null && (m.start <= last.headEnd || !textBefore),
      midSentence: m.atStart && at.prevMidSentence,
      leadIn: m.atStart ? at.prevTailLeadIn : textBefore && nb.test(P.leadIn, before),
      toc: at.toc,
      dataRow: (!afterLong && nb.test(P.dataRow, after)) || nb.test(P.labelValue, after) || nb.test(P.definition, after),
      inCells: at.separators - ownGap > 0,
      inTableRegion: inRegion(regions, norm.map[m.start]!),
      nextNumeric: m.atStart && at.nextNumeric,
      sentence: title.sentence,
      titleProblem: title.problem,
      clauseTitle: title.clause,
    }
    if (m.prefix !== undefined) c.prefix = m.prefix
    if (!m.atStart && title.by === 'stop' && title.stop === ' ' && nb.test(P.flowedBreak, norm.text.slice(Math.max(from, m.start - 8), m.start))) {
      c.flowed = true
    }
    return c
  }

  /**
   * Ends a heading's title where the next heading starts. When that heading runs straight on
   * from text (a report flowed into one paragraph: 四、预算支出绩效情况保证了学校的正常运转五、…),
   * the title ends at its last heading word unless a connector carries it on (项目概况和主要做法).
   */
  function cutTitle(h: Heading, at: number, flowed: boolean) {
    let e = at
    while (e > h.titleStart && isSpace(norm.text[e - 1])) e--
    if (flowed) {
      const w = lastHeadingWordEnd(norm.text, h.titleStart, e, nb)
      if (w > 0 && w < e && !nb.data.title.connectors.includes(norm.text[w]!)) e = w
    }
    h.titleEnd = e
    h.headEnd = e
    h.title = norm.text.slice(h.titleStart, e)
  }

  function markerText(m: { start: number; markerEnd: number }) {
    return printed(norm, ctx, m.start, m.markerEnd)
  }

  function headSpan(node: number) {
    const h = heads[node]!
    return spanOf(norm, ctx, h.start, h.headEnd)
  }

  function reportAccepted(h: Heading, d: Extract<Decision, { accepted: true }>, m: Marker) {
    const actual = markerText(m)
    if (d.verdict === 'skip' && d.expected !== undefined) {
      const expected = nb.render(m.kind, d.expected, m.prefix)
      const related = d.prev
        ? [{ message: `Previous sibling ${markerText(heads[d.prev.node]!)}`, span: headSpan(d.prev.node) }]
        : d.parent !== null
          ? [{ message: `Parent ${markerText(heads[d.parent]!)}`, span: headSpan(d.parent) }]
          : []
      ctx.report({
        code: 'segment/numbering-skip',
        message: `Unexpected ${actual}, expected ${expected}`,
        span: spanOf(norm, ctx, h.start, h.headEnd),
        expected,
        actual,
        related,
      })
    }
    if (d.verdict === 'child' && d.parentSeq && (h.kind.level > d.parentSeq.level + 1 || h.kind.level <= d.parentSeq.level)) {
      const parent = heads[d.parentSeq.node]!
      ctx.report({
        code: 'segment/level-jump',
        message: `Unexpected ${actual} directly under ${markerText(parent)}, expected a level-${d.parentSeq.level + 1} marker`,
        span: spanOf(norm, ctx, h.start, h.headEnd),
        expected: d.parentSeq.level + 1,
        actual: h.kind.level,
        related: [{ message: `Parent ${markerText(parent)}`, span: headSpan(parent.node) }],
      })
    }
  }

  function reportRejected(d: Extract<Decision, { accepted: false }>, m: Marker, title: Title, c: Candidate, s: SegSnapshot) {
    const strong = m.atStart && !c.midSentence && !c.dataRow && !c.inCells && !c.inTableRegion && !c.toc && !c.nextNumeric && s.matches('prose')
    if (!strong) return
    const span = spanOf(norm, ctx, m.start, title.problem ? m.markerEnd : title.headEnd)
    if (d.reason === 'out-of-sequence' && title.problem === null && d.expected !== undefined) {
      const actual = markerText(m)
      const expected = nb.render(m.kind, d.expected, m.prefix)
      const related = d.prev ? [{ message: `Previous sibling ${markerText(heads[d.prev.node]!)}`, span: headSpan(d.prev.node) }] : []
      ctx.report({ code: 'segment/numbering-out-of-order', message: `Unexpected ${actual}, expected ${expected}`, span, expected, actual, related })
    } else if (d.reason === 'title' && title.problem === 'unbalanced') {
      ctx.report({
        code: 'segment/truncated-heading',
        message: `Unexpected end of heading ${printed(norm, ctx, m.start, title.end)}, expected a closing bracket`,
        span: spanOf(norm, ctx, m.start, title.end),
      })
    }
  }
}
