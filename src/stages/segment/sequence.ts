/**
 * The numbering rule, as a pure function of the open outline: does a marker
 * continue a sibling sequence (二、 after 一、), start a child sequence at 1
 * ((一) under 一、), skip ahead (三、 after 一、, accepted with a diagnostic),
 * belong to a list introduced by a colon (主要职责是: 1.负责…), or none of
 * these? The machine's guards and actions ask it.
 */

/** One open sequence of the outline: the last section of a family at its depth. */
export interface OpenSeq {
  family: string
  kind: string
  level: number
  ordinal: number
  /** index of the section (in document order) */
  node: number
}

/** One open sequence of an enumerated list (not sections). */
export interface ListSeq {
  family: string
  level: number
  ordinal: number
}

export interface Candidate {
  kind: string
  family: string
  level: number
  ordinal: number
  prefix?: number
  atStart: boolean
  /** inline marker after white space or a sentence end */
  boundary: boolean
  /** inline marker that ends (or directly follows) a heading accepted earlier in the same paragraph */
  afterHeading: boolean
  /** at a paragraph start, but the previous paragraph broke off mid-sentence (机关第五、 / 六、七支部…) */
  midSentence: boolean
  /**
   * inline, after a sentence end and a space, with a title ended by a space before more text:
   * a paragraph break flowed into a space (…如下: (一)预算编制情况 佛山市…), so it may start a child sequence
   */
  flowed?: boolean
  /** the text before it ends with a colon (主要职责是:) */
  leadIn: boolean
  /** the paragraph is a TOC line */
  toc: boolean
  /** the text after the marker is a table row, a label:value item or a glossary entry (term: 指…) */
  dataRow: boolean
  /** the paragraph has table cell separators */
  inCells: boolean
  /** the marker lies in a table region of the input (a row of a table the lines or geometry found) */
  inTableRegion: boolean
  /** the next paragraph is a lone numeric cell */
  nextNumeric: boolean
  /** the marker opens a sentence (its text ends in 。 or runs too long for a title) */
  sentence: boolean
  /** its title ends at a heading word right before a new clause (二、项目资金管理情况我校…) */
  clauseTitle?: boolean
  /** why the title is not a heading title, or null */
  titleProblem: string | null
}

export interface SequenceRules {
  maxSkip: number
  /** an inline marker may open the outline (stack empty) only at this level or above */
  inlineRootLevel: number
  /** a new sequence of this level or above closes the open sections of a lower level instead of nesting under them */
  headLevel?: number
}

export type Verdict =
  | { kind: 'continue'; depth: number; prev: OpenSeq }
  | { kind: 'skip'; depth: number; prev: OpenSeq | null; expected: number }
  | { kind: 'child'; depth: number }
  | { kind: 'list'; list: ListSeq[] }
  | { kind: 'reject'; reason: RejectReason; expected?: number; prev?: OpenSeq }

export type RejectReason =
  | 'toc'
  | 'table'
  | 'data-row'
  | 'title'
  | 'inline'
  | 'out-of-sequence'
  | 'orphan-decimal'

export interface OutlineState {
  stack: OpenSeq[]
  list: ListSeq[] | null
}

/** Judges a candidate against the open outline (no filters: see the machine's guards). */
export function judge(state: OutlineState, c: Candidate, rules: SequenceRules): Verdict {
  const { stack } = state
  // a marker at a paragraph start of a level above every item of an open list ends that list
  // (主要职能包括: 1、… 4、… then, pages later, 一、其他情况说明 is a heading, not a nested item)
  const list = state.list && c.atStart && c.level < Math.min(...state.list.map((l) => l.level)) ? null : state.list
  if (c.prefix !== undefined) return judgeDecimal(stack, c)
  const at = stack.findIndex((s) => s.family === c.family)
  if (at >= 0) {
    const prev = stack[at]!
    if (c.ordinal === prev.ordinal + 1) return { kind: 'continue', depth: at, prev }
    const gap = c.ordinal - prev.ordinal - 1
    if (gap > 0 && gap <= rules.maxSkip && c.atStart && !list) return { kind: 'skip', depth: at, prev, expected: prev.ordinal + 1 }
  }
  if (list) {
    const li = list.findIndex((s) => s.family === c.family)
    if (li >= 0 && c.ordinal === list[li]!.ordinal + 1) return { kind: 'list', list: [...list.slice(0, li), { family: c.family, level: c.level, ordinal: c.ordinal }] }
    if (li < 0 && at < 0 && c.ordinal === 1) return { kind: 'list', list: [...list, { family: c.family, level: c.level, ordinal: 1 }] }
  }
  if (at >= 0) return { kind: 'reject', reason: 'out-of-sequence', expected: stack[at]!.ordinal + 1, prev: stack[at]! }
  if (list) return { kind: 'reject', reason: 'out-of-sequence', expected: 1 }
  // a family not open yet: an enumerated list (after a colon, or of sentences too long for titles) or a child sequence
  if (stack.length > 0 && c.ordinal === 1 && ((c.leadIn && c.sentence) || c.titleProblem === 'too-long')) {
    return { kind: 'list', list: [{ family: c.family, level: c.level, ordinal: 1 }] }
  }
  if (!c.atStart && !c.afterHeading && !c.flowed && !(stack.length === 0 && c.level <= rules.inlineRootLevel)) return { kind: 'reject', reason: 'inline' }
  // a head-level sequence (一、) nests under open sections of a higher level only: after a root-level (三) it closes it
  const under = c.level <= (rules.headLevel ?? -1) ? stack.findIndex((s) => s.level >= c.level) : -1
  const depth = under < 0 ? stack.length : under
  if (c.ordinal === 1) return { kind: 'child', depth }
  if (c.atStart && c.ordinal - 1 <= rules.maxSkip) return { kind: 'skip', depth, prev: null, expected: 1 }
  return { kind: 'reject', reason: 'out-of-sequence', expected: 1 }
}

/** 3.1 is a child of the open 3.; 3.2 continues 3.1. */
function judgeDecimal(stack: OpenSeq[], c: Candidate): Verdict {
  let k = -1
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.level < c.level && stack[i]!.family !== c.family) {
      k = i
      break
    }
  }
  const parent = stack[k]
  if (!parent || parent.ordinal !== c.prefix) return { kind: 'reject', reason: 'orphan-decimal' }
  const next = stack[k + 1]
  if (next?.family === c.family) {
    if (c.ordinal === next.ordinal + 1) return { kind: 'continue', depth: k + 1, prev: next }
    return { kind: 'reject', reason: 'out-of-sequence', expected: next.ordinal + 1, prev: next }
  }
  if (c.ordinal === 1) return { kind: 'child', depth: k + 1 }
  return { kind: 'reject', reason: 'out-of-sequence', expected: 1 }
}
