/**
 * The title-end rule: where a heading's title stops after its marker.
 *
 *   (一)部门整体支出概况。2021年…      stop character (kept in the heading span)
 *   一、部门基本情况 (一)部门职能 我局…  a space between two Han phrases
 *   一、基本情况(一)项目基本概况我校…    a heading word (情况, 概况…) before a new clause
 *                                       (inline), or the last one when no stop comes
 *   (八)重点任务完成与部门履职效益 2020年,…  no stop: the first space after a heading word
 *   六、几点建议拨款应及时…              a known complete title (inline) before text that
 *                                       does not go on with it
 *
 * Stops inside brackets do not count. A title longer than the grammar's
 * maxLength with no stop and no heading word is not a title: the marker
 * opens a sentence (an enumerated duty), not a heading.
 */
import { P, type Numbering } from './numbering.js'

export type TitleProblem = 'empty' | 'too-long' | 'numbers' | 'unbalanced'

export interface Title {
  /** normalized offsets of the title (trimmed) */
  start: number
  end: number
  /** end of the heading: after a kept stop character (。:;), else the title end */
  headEnd: number
  text: string
  by: 'stop' | 'paragraph' | 'suffix' | 'none'
  /** the stop character that ended it (by 'stop') */
  stop: string | null
  /** the marker opens a sentence rather than a heading: ended by a sentence stop, or too long */
  sentence: boolean
  /** ended at a heading word right before a new clause (一、基本情况我校…), not at a stop */
  clause: boolean
  problem: TitleProblem | null
}

/**
 * Reads the title that starts at `from` in `text`, within the paragraph ending
 * at `limit`; `inline` for a marker inside the paragraph (its title may end at
 * a heading word before any stop).
 */
export function readTitle(text: string, from: number, limit: number, nb: Numbering, inline = false): Title {
  const { maxLength, keepStops, suffixes, maxNumbers, inlineEndsAtHeadingWord } = nb.data.title
  const { opens, closes, suffixStarts, isStop } = tablesOf(nb)
  const n = Math.min(limit - from, maxLength + 1)
  let depth = 0
  let stopAt = -1
  let suffixEnd = -1
  let clauseEnd = -1
  let spaceAt = -1
  let firstSuffixEnd = -1
  for (let i = 0; i < n; i++) {
    const ch = text[from + i]!
    if (ch === ' ' && depth === 0 && spaceAt < 0 && i > 0 && !isSpace(text[from + i - 1])) spaceAt = i
    if (opens.has(ch)) depth++
    else if (closes.has(ch) && depth > 0) depth--
    else if (depth === 0) {
      if (isStop(ch) || (ch === ' ' && i > 0 && nb.test(P.titleSpaceStop, text.slice(from + i - 1, from + i + 2)))) {
        stopAt = i
        break
      }
    }
    if (depth === 0 && suffixStarts.has(ch)) {
      const e = suffixAt(text, from + i, from + maxLength, suffixes)
      if (e > 0) {
        if (suffixEnd < 0) firstSuffixEnd = e - from
        suffixEnd = e - from
        if (clauseEnd < 0 && nb.test(P.headingWordBreak, text.slice(e, Math.min(limit, e + 4)))) clauseEnd = e - from
      }
    }
  }
  let end: number
  let by: Title['by']
  let problem: TitleProblem | null = null
  const known = inline ? knownTitleEnd(text, from, limit, nb) : -1
  if (known > 0 && (stopAt < 0 || known < stopAt)) {
    end = known
    by = 'suffix'
    stopAt = -1
    clauseEnd = known
  } else if (inline && inlineEndsAtHeadingWord && clauseEnd > 0 && (stopAt < 0 || clauseEnd < stopAt)) {
    end = clauseEnd
    by = 'suffix'
    stopAt = -1
  } else if (stopAt >= 0) {
    end = stopAt
    by = 'stop'
  } else if (limit - from <= maxLength) {
    end = limit - from
    by = 'paragraph'
    if (depth > 0) problem = 'unbalanced'
  } else if (suffixEnd > 0) {
    // no stop: the title ends at its last heading word, or at the first space after a heading
    // word (a line break flowed into a space: (八)重点任务完成与部门履职效益 2020年,…)
    end = spaceAt >= firstSuffixEnd ? spaceAt : suffixEnd
    by = 'suffix'
  } else {
    end = Math.min(maxLength, limit - from)
    by = 'none'
    problem = 'too-long'
  }
  let e = from + end
  while (e > from && isSpace(text[e - 1]!)) e--
  const titleText = text.slice(from, e)
  const stopChar = stopAt >= 0 ? text[from + stopAt]! : ''
  const headEnd = stopAt >= 0 && keepStops.includes(stopChar) ? from + stopAt + 1 : e
  if (!problem && titleText.length === 0) problem = 'empty'
  if (!problem && countNumbers(titleText, nb) > maxNumbers) problem = 'numbers'
  const sentence = problem === 'too-long' || (stopChar !== '' && nb.data.title.sentenceStops.includes(stopChar))
  const clause = by === 'suffix' && end === clauseEnd
  return { start: from, end: e, headEnd, text: titleText, by, stop: stopChar || null, sentence, clause, problem }
}

interface TitleTables {
  opens: Set<string>
  closes: Set<string>
  /** first characters of the heading words */
  suffixStarts: Set<string>
  /** whether a character ends a title (the title-stop pattern, remembered per character) */
  isStop(ch: string): boolean
}

const tables = new WeakMap<Numbering, TitleTables>()

/** Lookup tables of the title grammar, built once per Numbering. */
function tablesOf(nb: Numbering): TitleTables {
  let t = tables.get(nb)
  if (!t) {
    const { brackets, suffixes } = nb.data.title
    const stops = new Map<string, boolean>()
    t = {
      opens: new Set(brackets.map(([o]) => o)),
      closes: new Set(brackets.map(([, c]) => c)),
      suffixStarts: new Set(suffixes.map((w) => w[0]!)),
      isStop(ch) {
        let hit = stops.get(ch)
        if (hit === undefined) stops.set(ch, (hit = nb.test(P.titleStop, ch)))
        return hit
      },
    }
    tables.set(nb, t)
  }
  return t
}

/**
 * A title that is a known complete heading (基本情况, 几点建议, 其他需要说明的问题 …) running
 * straight into text that does not go on with it (a connector such as 及 or another heading
 * word): the offset (from `from`) where it ends, or -1.
 */
function knownTitleEnd(text: string, from: number, limit: number, nb: Numbering): number {
  const { knownTitles, connectors, suffixes } = nb.data.title
  let best = -1
  for (const t of knownTitles) if (t.length > best && from + t.length <= limit && text.startsWith(t, from)) best = t.length
  if (best < 0) return -1
  const next = text[from + best]
  if (next === undefined || from + best >= limit) return best
  if (connectors.includes(next) || isSpace(next)) return -1
  return suffixes.some((w) => text.startsWith(w, from + best)) ? -1 : best
}

/** End offset of the last heading word (or run of them: 情况分析) inside text[from, to), or -1. */
export function lastHeadingWordEnd(text: string, from: number, to: number, nb: Numbering): number {
  let last = -1
  for (let i = from; i < to; i++) {
    const e = suffixAt(text, i, to, nb.data.title.suffixes)
    if (e > 0) {
      last = e
      i = e - 1
    }
  }
  return last
}

/** End offset of the heading words starting at `at` (consecutive ones joined: 情况分析), or -1. */
function suffixAt(text: string, at: number, max: number, suffixes: string[]): number {
  let end = -1
  let pos = at
  for (;;) {
    const s = suffixes.find((w) => text.startsWith(w, pos) && pos + w.length <= max)
    if (!s) return end
    pos += s.length
    end = pos
  }
}

/** White space of normalized text (a space, a TAB or the paragraph break). */
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n'

function countNumbers(title: string, nb: Numbering): number {
  let count = 0
  const re = nb.regexOf(P.titleNumber)
  re.lastIndex = 0
  for (const _ of title.matchAll(re)) count++
  re.lastIndex = 0
  return count
}
