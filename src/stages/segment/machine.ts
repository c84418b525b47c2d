/**
 * The segmenter's state machine (xstate v5), stepped paragraph by paragraph
 * and marker by marker with the pure `transition`. It knows the layout it is
 * in — prose, table, score block, table of contents — and the open outline
 * (a stack of numbering sequences, plus an enumerated list after a colon).
 * After each `marker` event, `context.decision` says whether the marker opened
 * a section, was a list item, or was rejected and why.
 *
 *   (四)整体支出使用情况                 prose: (四) continues (三)  → section
 *   一、基本支出 1200.50 1180.20 …       table row                  → rejected
 *   二、绩效自评结果及指标分析           二、 continues 一、         → section, back to prose
 */
import { assign, createActor, initialTransition, setup, transition, type SnapshotFrom } from 'xstate'
import { judge, type Candidate, type ListSeq, type OpenSeq, type RejectReason, type SequenceRules, type Verdict } from './sequence.js'

/** How a paragraph reads, for the layout states. */
export type Layout = 'blank' | 'toc-title' | 'toc' | 'table' | 'score' | 'prose' | 'short'

export type Decision =
  | { accepted: true; node: number; parent: number | null; verdict: 'continue' | 'child' | 'skip'; expected?: number; prev?: OpenSeq | null; parentSeq?: OpenSeq }
  | { accepted: false; listItem: boolean; reason: RejectReason | 'list'; expected?: number; prev?: OpenSeq }

export interface SegContext {
  rules: SequenceRules
  stack: OpenSeq[]
  list: ListSeq[] | null
  /** sections opened so far (the next section's index) */
  nodes: number
  decision: Decision | null
}

export type SegEvent =
  | { type: 'paragraph'; layout: Layout; tocEntry: boolean }
  | { type: 'marker'; candidate: Candidate }

type MarkerEvent = Extract<SegEvent, { type: 'marker' }>
type ParagraphEvent = Extract<SegEvent, { type: 'paragraph' }>

const verdictOf = (context: SegContext, event: SegEvent): Verdict =>
  judge(context, (event as MarkerEvent).candidate, context.rules)
const cand = (event: SegEvent): Candidate => (event as MarkerEvent).candidate
const layoutIs = (event: SegEvent, ...layouts: Layout[]) => layouts.includes((event as ParagraphEvent).layout)

export const segmentMachine = setup({
  types: {
    context: {} as SegContext,
    events: {} as SegEvent,
    input: {} as SequenceRules,
  },
  guards: {
    isTocParagraph: ({ event }) => layoutIs(event, 'toc-title', 'toc'),
    isTableParagraph: ({ event }) => layoutIs(event, 'table'),
    isScoreParagraph: ({ event }) => layoutIs(event, 'score'),
    isProseParagraph: ({ event }) => layoutIs(event, 'prose'),
    isTocEntry: ({ event }) => layoutIs(event, 'toc-title', 'toc') || (event as ParagraphEvent).tocEntry,
    isNotBlank: ({ event }) => !layoutIs(event, 'blank'),
    inTocLine: ({ event }) => cand(event).toc,
    isDataRow: ({ event }) => cand(event).dataRow || cand(event).nextNumeric,
    inCells: ({ event }) => cand(event).inCells || cand(event).inTableRegion,
    badTitle: ({ event }) => cand(event).titleProblem !== null,
    // inside a paragraph with no boundary before it, a marker is text, unless it continues an open
    // section sequence with a title ended by a heading word before a new clause (a report flowed
    // into one paragraph: …正常运转二、项目资金使用及管理情况我校…)
    unbounded: ({ context, event }) => {
      const c = cand(event)
      if (c.midSentence) return true
      if (c.atStart || c.boundary || c.afterHeading) return false
      return !(c.clauseTitle && verdictOf(context, event).kind === 'continue')
    },
    tableCell: ({ event }) => !cand(event).atStart,
    continuesSibling: ({ context, event }) => verdictOf(context, event).kind === 'continue',
    startsChild: ({ context, event }) => verdictOf(context, event).kind === 'child',
    skipsAhead: ({ context, event }) => verdictOf(context, event).kind === 'skip',
    isListItem: ({ context, event }) => verdictOf(context, event).kind === 'list',
  },
  actions: {
    reject: assign((_, params: { reason: RejectReason }) => ({
      decision: { accepted: false as const, listItem: false, reason: params.reason },
    })),
    rejectOutOfSequence: assign(({ context, event }) => {
      const v = verdictOf(context, event)
      const decision: Decision = { accepted: false, listItem: false, reason: v.kind === 'reject' ? v.reason : 'out-of-sequence' }
      if (v.kind === 'reject' && v.expected !== undefined) decision.expected = v.expected
      if (v.kind === 'reject' && v.prev) decision.prev = v.prev
      return { decision }
    }),
    openSection: assign(({ context, event }) => {
      const v = verdictOf(context, event)
      if (v.kind !== 'continue' && v.kind !== 'child' && v.kind !== 'skip') throw new Error(`openSection on a ${v.kind} verdict`)
      const c = cand(event)
      const node = context.nodes
      const parentSeq = context.stack[v.depth - 1]
      const open: OpenSeq = { family: c.family, kind: c.kind, level: c.level, ordinal: c.ordinal, node }
      const decision: Decision = { accepted: true, node, parent: parentSeq?.node ?? null, verdict: v.kind }
      if (parentSeq) decision.parentSeq = parentSeq
      if (v.kind === 'continue') decision.prev = v.prev
      if (v.kind === 'skip') {
        decision.expected = v.expected
        decision.prev = v.prev
      }
      return { stack: [...context.stack.slice(0, v.depth), open], list: null, nodes: node + 1, decision }
    }),
    listItem: assign(({ context, event }) => {
      const v = verdictOf(context, event)
      return {
        list: v.kind === 'list' ? v.list : context.list,
        decision: { accepted: false as const, listItem: true, reason: 'list' as const },
      }
    }),
  },
}).createMachine({
  id: 'segment',
  context: ({ input }) => ({ rules: input, stack: [], list: null, nodes: 0, decision: null }),
  initial: 'prose',
  on: {
    paragraph: [
      { guard: 'isTocParagraph', target: '.toc' },
      { guard: 'isTableParagraph', target: '.table' },
      { guard: 'isScoreParagraph', target: '.score' },
      { guard: 'isProseParagraph', target: '.prose' },
    ],
    marker: [
      { guard: 'inTocLine', actions: { type: 'reject', params: { reason: 'toc' } } },
      { guard: 'isDataRow', actions: { type: 'reject', params: { reason: 'data-row' } } },
      { guard: 'inCells', actions: { type: 'reject', params: { reason: 'table' } } },
      { guard: 'unbounded', actions: { type: 'reject', params: { reason: 'inline' } } },
      { guard: 'isListItem', actions: 'listItem' },
      { guard: 'badTitle', actions: { type: 'reject', params: { reason: 'title' } } },
      { guard: 'continuesSibling', target: '.prose', actions: 'openSection' },
      { guard: 'startsChild', target: '.prose', actions: 'openSection' },
      { guard: 'skipsAhead', target: '.prose', actions: 'openSection' },
      { actions: 'rejectOutOfSequence' },
    ],
  },
  states: {
    prose: { description: 'Running text: markers that continue the outline open sections.' },
    table: {
      description: 'Inside a table: a marker inside a row is a cell; only a paragraph-start marker can leave it.',
      on: { marker: [{ guard: 'tableCell', actions: { type: 'reject', params: { reason: 'table' } } }] },
    },
    score: {
      description: 'Inside a score table (一级指标 … 分值 得分): as a table.',
      on: { marker: [{ guard: 'tableCell', actions: { type: 'reject', params: { reason: 'table' } } }] },
    },
    toc: {
      description: 'Table of contents: its lines repeat the headings and are never sections.',
      on: {
        paragraph: [
          { guard: 'isTocEntry' },
          { guard: 'isTableParagraph', target: 'table' },
          { guard: 'isScoreParagraph', target: 'score' },
          { guard: 'isNotBlank', target: 'prose' },
        ],
        marker: [{ actions: { type: 'reject', params: { reason: 'toc' } } }],
      },
    },
  },
})

export type SegSnapshot = SnapshotFrom<typeof segmentMachine>

/** The machine's first snapshot. */
export function startSegmenter(rules: SequenceRules): SegSnapshot {
  return initialTransition(segmentMachine, rules)[0]
}

/** One pure step. */
export function step(snapshot: SegSnapshot, event: SegEvent): SegSnapshot {
  return transition(segmentMachine, snapshot, event)[0]
}

/**
 * Where a paragraph event leads from each layout state, learnt from the machine
 * itself: paragraph transitions carry no actions and read only the event, so the
 * next state is a function of (state, layout, tocEntry).
 */
const paragraphTargets = new Map<string, string>()

/**
 * A paragraph step that skips the machine when the paragraph leaves the layout
 * state as it is (most paragraphs: prose after prose, a short line anywhere).
 */
export function stepParagraph(snapshot: SegSnapshot, event: Extract<SegEvent, { type: 'paragraph' }>): SegSnapshot {
  const from = String(snapshot.value)
  const key = `${from}|${event.layout}|${event.tocEntry}`
  const target = paragraphTargets.get(key)
  if (target === from) return snapshot
  const next = step(snapshot, event)
  if (target === undefined) paragraphTargets.set(key, String(next.value))
  return next
}

/**
 * The decision of a marker event that the machine takes from the event and
 * the layout state alone, or null when it needs the open outline: in a TOC
 * every marker is rejected; in a table or score block a marker inside a row
 * is a cell; anywhere, a marker on a TOC line, a data row or a row of cells
 * is rejected. These transitions carry no target and only set the decision,
 * so the actor need not be stepped for them (test/stages/segment/machine.test.ts
 * checks this against the machine on every combination).
 */
export function quickReject(state: string, c: Candidate): Decision | null {
  const reject = (reason: RejectReason): Decision => ({ accepted: false, listItem: false, reason })
  if (state === 'toc') return reject('toc')
  if ((state === 'table' || state === 'score') && !c.atStart) return reject('table')
  if (c.toc) return reject('toc')
  if (c.dataRow || c.nextNumeric) return reject('data-row')
  if (c.inCells || c.inTableRegion) return reject('table')
  return null
}

/** A segmenter for one document: the machine's live actor, stepped in place. */
export interface LiveSegmenter {
  /** The current snapshot (state and context). */
  readonly snapshot: SegSnapshot
  /** Feeds a paragraph event (skipped when it leaves the layout state as it is, as `stepParagraph`). */
  paragraph(event: ParagraphEvent): void
  /** Feeds a marker event; returns the machine's decision on it. */
  marker(event: MarkerEvent): Decision
}

/**
 * One live actor per document, stepped with `send`: the same transitions as
 * `step`, but the pure `transition` builds a throw-away actor on every call,
 * which was most of the segment stage's time on long documents.
 */
export function startLiveSegmenter(rules: SequenceRules): LiveSegmenter {
  const actor = createActor(segmentMachine, { input: rules }).start()
  return {
    get snapshot() {
      return actor.getSnapshot()
    },
    paragraph(event) {
      const from = String(actor.getSnapshot().value)
      const key = `${from}|${event.layout}|${event.tocEntry}`
      const target = paragraphTargets.get(key)
      if (target === from) return
      actor.send(event)
      if (target === undefined) paragraphTargets.set(key, String(actor.getSnapshot().value))
    },
    marker(event) {
      const quick = quickReject(String(actor.getSnapshot().value), event.candidate)
      if (quick) return quick
      actor.send(event)
      return actor.getSnapshot().context.decision!
    },
  }
}
