/**
 * Glued OCR text: a score table whose cells lost their separators
 * (`保障人数102370人2370人IO` = 保障人数 | 10 | 2370人 | 2370人 | 10). The
 * glued lines are joined, OCR letters standing for digits are mapped (`IO` →
 * 10), group maxima and placeholders are masked as separators, and rows are
 * read as label → 分值 → … → 得分, where the 得分 is the first bare number
 * (not followed by a unit) no larger than the 分值. A 分值 glued to its target
 * is split by the table's own repetition (target = actual); when that stays
 * ambiguous the 分值 is null and a diagnostic says why.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Table } from '../../../model/report.js'
import type { ScoreRow, ScoreTable } from '../../../model/score-table.js'
import type { Sourced } from '../../../model/provenance.js'
import type { TCell } from './cells.js'
import { headerRole, type Role, type Vocab } from './vocab.js'
import { splitGluedMax, splitMaxScore } from './split.js'
import { foldWidth } from '../../normalize/keys.js'
import type { Grammar } from '../../../grammar/load.js'
import { readFlaggedRows, readGluedFunds, type GluedText } from './glued-rows.js'
import { ScoreTableDraft } from './draft.js'
import { numberValue } from './builder.js'

export interface GluedResult {
  /** the glued score table (rows read by the header's order, then rows read label → 分值 → … → 得分) */
  scoreTables: ScoreTable[]
  tables: Table[]
  totalsFrom: Sourced<number> | null
}

interface Tok {
  kind: 'num' | 'text'
  s: number
  e: number
  text: string
}

/**
 * A glued text: long, no separators, many number runs against Chinese text,
 * with a stated group maximum or 分值 and 得分 header words — or right after
 * a glued line (the glued table goes on).
 */
function isGluedText(text: string, ctx: Context, v: Vocab, afterGlued: boolean): boolean {
  if (text.length < 40) return false
  // six number runs are enough to know: the tokens are read lazily, no further than the sixth
  let nums = 0
  for (const m of text.matchAll(ctx.grammar.regex('score-table/glued-token'))) if (m.groups!['number'] !== undefined && ++nums >= 6) break
  return nums >= 6 && (afterGlued || ctx.grammar.regex('score-table/group-max').test(text) || namesScoreColumns(text, v))
}

/** Whether a text names both a 分值 column and a 得分 column (a score-table header glued into it). */
function namesScoreColumns(text: string, v: Vocab): boolean {
  const words = [...v.roleOf.entries()]
  return words.some(([w, r]) => r === 'max' && text.includes(w)) && words.some(([w, r]) => r === 'score' && text.includes(w))
}

/** Normalize's character folding (full-width ASCII, radicals), one code unit for one; not traditional characters. */
function widthFolder(grammar: Grammar): (text: string) => string {
  return (text) => foldWidth(grammar, text)
}

/** The document's cells grouped by physical line, in order. */
function byLine(cells: TCell[]): TCell[][] {
  const out: TCell[][] = []
  for (const c of cells) {
    const last = out[out.length - 1]
    if (last && last[0]!.line === c.line) last.push(c)
    else out.push([c])
  }
  return out
}

/**
 * Joined text of consecutive glued lines with a map to original offsets. A
 * line is glued when one of its cells is; its other cells join it (a space
 * before a unit or after punctuation does not end a glued row), with the
 * white space dropped except between two digits. The text is folded by
 * normalize's width folding (full-width digits → ASCII), one code unit for one, so
 * the map keeps pointing into the original.
 */
function joinGlued(cells: TCell[], ctx: Context, v: Vocab): { text: string; map: number[] } | null {
  const glued: TCell[][] = []
  let prevGlued = false
  for (const line of byLine(cells)) {
    // a glued line has a long glued cell, or goes on from a glued line; the group maximum or
    // header words may be in another of its cells (a space before a unit splits `(10 分)`)
    const plain = line.every((c) => c.field === null)
    const long = line.some((c) => isGluedText(c.text, ctx, v, true))
    const isIt: boolean = plain && (long || prevGlued) && isGluedText(line.map((c) => c.text).join(''), ctx, v, prevGlued)
    if (isIt) glued.push(line)
    prevGlued = isIt
  }
  if (glued.length === 0) return null
  const fold = widthFolder(ctx.grammar)
  const space = ctx.grammar.regex('score-table/space')
  const digit = ctx.grammar.regex('score-table/number-end')
  let text = ''
  const map: number[] = []
  const push = (ch: string, at: number) => {
    text += ch
    map.push(at)
  }
  for (const line of glued) {
    if (text !== '') push('\n', line[0]!.start)
    line.forEach((c, k) => {
      const folded = fold(c.raw)
      if (k > 0 && digit.test(text.slice(-1)) && digit.test(folded.charAt(0))) push(' ', c.start)
      for (let i = 0; i < folded.length; i++) {
        const ch = folded.charAt(i)
        space.lastIndex = 0
        if (!space.test(ch)) push(ch, c.start + i)
      }
    })
  }
  const last = glued[glued.length - 1]!
  map.push(last[last.length - 1]!.end)
  return { text, map }
}

/** The header's column order after the name columns, with a 分值 placed where unreadable header text stands. */
function gluedOrder(text: string, v: Vocab): { order: Role[]; end: number } | null {
  const third = v.data.nameColumns.map(v.fold).filter((w) => text.includes(w)).map((w) => text.indexOf(w) + w.length)
  if (third.length === 0) return null
  let i = Math.max(...third)
  const words = [...v.roleOf.keys()].sort((a, b) => b.length - a.length)
  const order: Role[] = []
  let gapBeforeFirst = 0
  let end = i
  while (i < text.length && order.length < 8) {
    const w = words.find((x) => text.startsWith(x, i))
    if (w) {
      const role = headerRole(v, w)!
      order.push(role)
      i += w.length
      end = i
      if (role === 'reason') break
      continue
    }
    if (order.length === 0) gapBeforeFirst++
    if (i - end > 6 && order.length > 0) break
    i++
  }
  if (!order.includes('score')) return null
  if (!order.includes('max')) {
    const known = v.data.columnOrders.find((o) => o[0] === 'max')
    if (gapBeforeFirst >= 2 && known) order.unshift('max')
    else return null
  }
  return { order, end }
}

function tokenize(text: string, ctx: Context, v: Vocab): Tok[] {
  // OCR letters for digits, same length so offsets hold
  let t = text.replace(ctx.grammar.regex('score-table/ocr-digits'), (m) => [...m].map((ch) => v.data.ocrDigits[ch] ?? ch).join(''))
  // separators (group maxima, placeholders, page marks) become neutral text
  t = t.replace(ctx.grammar.regex('score-table/glued-separator'), (m) => '\u0001'.repeat(m.length))
  const out: Tok[] = []
  for (const m of t.matchAll(ctx.grammar.regex('score-table/glued-token'))) {
    out.push({ kind: m.groups!['number'] !== undefined ? 'num' : 'text', s: m.index, e: m.index + m[0].length, text: m[0] })
  }
  return out
}

/** The label: the text after the last separator in a text token. */
function labelOf(tok: Tok, original: string): { s: number; e: number } | null {
  const last = tok.text.lastIndexOf('\u0001')
  const s = last >= 0 ? tok.s + last + 1 : tok.s
  if (tok.e - s < 2) return null
  const raw = original.slice(s, tok.e)
  return raw.trim() === '' ? null : { s, e: tok.e }
}

const TOTAL_LIMIT = 100
/** Fewest characters of a name left after a group label glued before it. */
const MIN_NAME = 4

/**
 * The total glued to its label. Digits above the 满分 that split one way into
 * a 分值 total and a 得分 total (`总分100100`) give the 得分 part; digits that
 * split several ways give null and a diagnostic.
 */
function gluedTotal(
  m: RegExpExecArray, ctx: Context,
  sourced: (s: number, e: number, value: number, by: string) => Sourced<number>,
  src: (s: number, e: number) => readonly [number, number],
): Sourced<number> | null {
  const digits = m.groups!['score']!
  const s = m.index + m[0].length - digits.length
  const value = Number(digits)
  if (value <= TOTAL_LIMIT || digits.includes('.')) return sourced(s, s + digits.length, value, 'score-table/glued-total')
  const split = splitMaxScore(digits, TOTAL_LIMIT)
  if (split) return sourced(s + split.head.length, s + digits.length, split.score, 'score-table/glued-total-split')
  const [os, oe] = src(s, s + digits.length)
  ctx.report({
    code: 'extract/score-table-ambiguous-split',
    message: `Unexpected glued total ${JSON.stringify(digits)}, expected one way to split it into 分值 and 得分; left null`,
    span: ctx.locate.span(os, oe),
  })
  return null
}

/** Reads indicators, and a total glued to its label, from glued OCR text. */
export function readGlued(cells: TCell[], ctx: Context, v: Vocab, id: string): GluedResult {
  const empty: GluedResult = { scoreTables: [], tables: [], totalsFrom: null }
  const joined = joinGlued(cells, ctx, v)
  if (!joined) return empty
  const { text, map } = joined
  const src = (s: number, e: number) => [map[s]!, map[e - 1]! + 1] as const
  const sourced = (s: number, e: number, value: number, by: string): Sourced<number> => {
    const [os, oe] = src(s, e)
    return { value, raw: ctx.source.text.slice(os, oe), span: ctx.locate.span(os, oe), by }
  }
  let totalsFrom: Sourced<number> | null = null
  const tm = ctx.grammar.regex('score-table/glued-total')
  tm.lastIndex = 0
  const total = tm.exec(text)
  if (total) totalsFrom = gluedTotal(total, ctx, sourced, src)
  // rows read by the header's column order and the arithmetic: the funds row, rows closed by a yes/no column
  const g: GluedText = {
    text,
    sourced,
    span: (s, e) => ctx.locate.span(src(s, e)[0], src(s, e)[1]),
  }
  const masked = text.replace(ctx.grammar.regex('score-table/glued-separator'), (m) => '\u0001'.repeat(m.length))
  const draft = new ScoreTableDraft(id, 'mixed')
  readGluedFunds(g, ctx, v, draft)
  readFlaggedRows(g, masked, ctx, v, draft)
  const done = (): GluedResult => {
    const t = draft.finish()
    return { scoreTables: t ? [t] : [], tables: [], totalsFrom }
  }
  const header = gluedOrder(text, v)
  if (!header || header.order[0] !== 'max') return done()
  const toks = tokenize(text.slice(0), ctx, v).filter((t) => t.s >= header.end || t.e > header.end)
  // a unit is a short text right after a number (人, 万元, 月完成), not the start of the next label
  const unit = (t: Tok | undefined) => t !== undefined && t.kind === 'text' && t.text.length <= 3 && v.data.unitChars.some((u) => t.text.startsWith(u))
  const bare = (k: number) => toks[k]!.kind === 'num' && !toks[k]!.text.endsWith('%') && !unit(toks[k + 1])
  const num = (t: Tok) => Number(t.text.replace('%', ''))
  const totalLabels = v.data.totalLabels.map(v.fold)
  let i = 0
  while (i < toks.length - 1) {
    const lab = toks[i]!.kind === 'text' ? labelOf(toks[i]!, text) : null
    // the total row closes the table: what follows is notes, not rows
    if (lab && totalLabels.some((t) => v.fold(text.slice(lab.s, lab.e)).endsWith(t))) break
    if (!lab || toks[i + 1]!.kind !== 'num') {
      i++
      continue
    }
    const maxTok = toks[i + 1]!
    const glued = !bare(i + 1)
    let k = i + 2
    const limit = glued ? 100 : num(maxTok)
    while (k < toks.length && !(bare(k) && num(toks[k]!) <= limit && toks[k + 1]?.kind !== 'num')) k++
    if (k >= toks.length) break
    const scoreTok = toks[k]!
    let max: Sourced<number> | null = null
    if (!glued) max = sourced(maxTok.s, maxTok.e, num(maxTok), 'score-table/glued')
    else {
      const rest = text.slice(maxTok.e, scoreTok.s)
      const split = splitGluedMax(maxTok.text, rest, 100)
      if (split) max = sourced(maxTok.s, maxTok.s + split.head.length, split.value, 'score-table/glued-split')
      else {
        const [os, oe] = src(maxTok.s, maxTok.e)
        ctx.report({
          code: 'extract/score-table-ambiguous-split',
          message: `Unexpected glued digits ${JSON.stringify(text.slice(maxTok.s, maxTok.e))}, expected one way to split off the 分值; left null`,
          span: ctx.locate.span(os, oe),
        })
      }
    }
    const score = max && num(scoreTok) > max.value ? null : sourced(scoreTok.s, scoreTok.e, num(scoreTok), 'score-table/glued')
    const [ls, le] = src(lab.s, lab.e)
    const [, re] = src(scoreTok.s, scoreTok.e)
    let name = ctx.source.text.slice(ls, le).replace(ctx.grammar.regex('score-table/space'), '')
    // a group label glued before the name (财务管理财务管理制度有效性) is the row's group, not its name;
    // kept when what is left is prose (criterion text after a group with no 三级 name)
    const folded = v.fold(name)
    const label = [...v.groupLabels].filter((g) => folded.startsWith(g)).sort((a, b) => b.length - a.length)[0]
    // one label, and a name of at least MIN_NAME characters left (项目立项相关性 stays whole)
    const cut = label && folded.length - label.length >= MIN_NAME ? label.length : 0
    if (cut > 0 && folded.length === name.length && !ctx.grammar.regex('score-table/sentence-mark').test(folded.slice(cut))) name = name.slice(cut)
    const by = 'score-table/glued'
    // with its 分值 undecided, the 得分 was chosen without the bound 得分 ≤ 分值: not evidence
    const rc: ScoreRow['cells'] = { max: numberValue(max, max === null) }
    if (score) rc.score = numberValue(score, max === null)
    draft.row('indicator', { value: name, raw: ctx.source.text.slice(ls, le), span: ctx.locate.span(ls, le), by }, rc, ctx.locate.span(ls, re), null, 0)
    i = k + 1
  }
  return done()
}
