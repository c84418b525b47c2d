/**
 * Glued OCR rows read by their header's column order and the arithmetic
 * (glued-row.ts): the funds row (年度资金总额:202010100.00%10 under 全年预算数
 * 全年执行数 分值 执行率 得分), and indicator rows closed by a yes/no column
 * (…100%92%100%22否 under … 得分系数 指标权重 指标得分 是否核心指标), where the
 * 是/否 right after a number ends each row.
 */
import type { Context } from '../../../pipeline/types.js'
import type { Span } from '../../../model/provenance.js'
import type { ScoreRow } from '../../../model/score-table.js'
import type { Sourced } from '../../../model/provenance.js'
import { FUNDS_ROLES, headerRole, isGroupLabel, type Role, type Vocab } from './vocab.js'
import { splitGluedRow, type Run } from './glued-row.js'
import { isDoubled } from './split.js'
import { ScoreTableDraft } from './draft.js'
import { numberValue } from './builder.js'

/** Most characters of unreadable text between two header words (OCR noise, notes like (A), (If整)). */
const GAP = 8

export interface GluedText {
  /** joined glued text and a map to original offsets */
  text: string
  sourced: (s: number, e: number, value: number, by: string) => Sourced<number>
  span: (s: number, e: number) => Span
}

/** Header words from `from` on: the roles in order (a role may repeat) and where the header ends. */
function headerAt(text: string, from: number, v: Vocab): { roles: Role[]; end: number; words: string[] } {
  const words = [...v.roleOf.keys()].sort((a, b) => b.length - a.length)
  const roles: Role[] = []
  const printed: string[] = []
  let i = from
  let end = from
  while (i < text.length && i - end <= GAP) {
    const w = words.find((x) => text.startsWith(x, i))
    if (!w) {
      i++
      continue
    }
    roles.push(headerRole(v, w)!)
    printed.push(w)
    i += w.length
    end = i
  }
  return { roles, end, words: printed }
}

/** Number runs in text[from, to): digits with one optional dot and a trailing %. */
function runsIn(text: string, from: number, to: number, ctx: Context): Run[] {
  const out: Run[] = []
  const re = ctx.grammar.regex('score-table/glued-token')
  re.lastIndex = 0
  for (const m of text.slice(from, to).matchAll(re)) if (m.groups!['number'] !== undefined) out.push({ text: m[0], start: from + m.index })
  return out
}

/** Reports glued digits whose 分值/得分 the arithmetic could not decide. */
function undecided(ctx: Context, g: GluedText, s: number, e: number): void {
  ctx.report({
    code: 'extract/score-table-ambiguous-split',
    message: `Unexpected glued digits ${JSON.stringify(g.text.slice(s, e))}, expected one split into the header's columns that fits the arithmetic; 分值/得分 left null`,
    span: g.span(s, e),
  })
}

/** Adds a glued row to the table: 分值/得分 as split, a column the split left undecided null and ambiguous. */
function addRow(
  g: GluedText, draft: ScoreTableDraft, role: 'indicator' | 'funds', name: string, s: number, e: number,
  got: Map<Role, { start: number; end: number; value: number }>, by: string, undecidedSplit: boolean,
): void {
  const cells: ScoreRow['cells'] = {}
  for (const r of ['max', 'score'] as const) {
    const p = got.get(r)
    if (p) cells[r] = numberValue(g.sourced(p.start, p.end, p.value, by), undecidedSplit)
    else if (undecidedSplit) cells[r] = numberValue(null, true)
  }
  const label = { value: name, raw: name, span: g.span(s, Math.min(e, s + Math.max(1, name.length))), by }
  draft.row(role, label, cells, g.span(s, e), null, 0)
}

/**
 * The funds row of a glued funds header: its label (年度资金总额) or, with no
 * label, the 执行率 column's name; 分值 and 得分 as the arithmetic decides.
 */
export function readGluedFunds(g: GluedText, ctx: Context, v: Vocab, draft: ScoreTableDraft): void {
  const { text } = g
  const fundsWords = [...v.roleOf.entries()].filter(([, r]) => FUNDS_ROLES.includes(r)).map(([w]) => w)
  const starts = fundsWords.map((w) => text.indexOf(w)).filter((i) => i >= 0)
  if (starts.length === 0) return
  const h = headerAt(text, Math.min(...starts), v)
  if (!h.roles.includes('score') || !h.roles.includes('rate')) return
  const labels = v.data.fundsTotalRows.map(v.fold).sort((a, b) => b.length - a.length)
  let at = h.end
  let name = h.words[h.roles.indexOf('rate')]!
  const label = labels.find((l) => text.startsWith(l, at))
  if (label) {
    name = label
    at += label.length
  }
  // the row's numbers follow at once (a colon, a unit note (分) or a stray OCR letter before them)
  const tok = runsIn(text, at, Math.min(text.length, at + 40), ctx)
  const runs: Run[] = []
  let prevEnd = at
  for (const r of tok) {
    if (r.start - prevEnd > (runs.length === 0 ? 4 : 1)) break
    runs.push(r)
    prevEnd = r.start + r.text.length
  }
  if (runs.length === 0) return
  const got = splitGluedRow(runs, h.roles.filter((r) => r !== 'reason' && r !== 'criteria'))
  const unsure = !got.has('score') || !got.has('max')
  if (unsure) undecided(ctx, g, runs[0]!.start, prevEnd)
  if (!got.has('score')) return
  const s = label ? at - label.length : h.end
  addRow(g, draft, 'funds', label ? text.slice(s, at) : name, s, prevEnd, got, 'score-table/glued-row', unsure)
}

/**
 * Indicator rows closed by a yes/no column: the header after a name column
 * ends with a 是否… word; each row ends at a 是 or 否 right after a number.
 */
export function readFlaggedRows(g: GluedText, masked: string, ctx: Context, v: Vocab, draft: ScoreTableDraft): void {
  const { text } = g
  const names = v.data.nameColumns.map(v.fold).map((w) => [w, text.indexOf(w)] as const).filter(([, i]) => i >= 0)
  if (names.length === 0) return
  const [w, i] = names.reduce((a, b) => (b[1] < a[1] ? b : a))
  const h = headerAt(text, i + w.length, v)
  const flag = ctx.grammar.regex('score-table/glued-flag-column').exec(text.slice(h.end, h.end + 12))
  if (!flag || !h.roles.includes('score') || !h.roles.includes('max')) return
  const columns = h.roles.filter((r) => r !== 'reason' && r !== 'criteria' && r !== 'op' && r !== 'unit')
  const end = ctx.grammar.regex('score-table/glued-flag-end')
  end.lastIndex = 0
  const base = h.end + flag.index + flag[0].length
  let from = base
  for (const m of text.slice(base).matchAll(end)) {
    const stop = base + m.index
    const row = [from, stop] as const
    from = stop + m[0].length
    // the name: up to the first digit, % or Latin letter outside a separator, after the last separator before it
    const nameEnd = ctx.grammar.regex('score-table/glued-name-end').exec(masked.slice(row[0], row[1]))
    if (!nameEnd) continue
    const cut = row[0] + nameEnd.index
    const s = Math.max(row[0], masked.lastIndexOf('\u0001', cut) + 1)
    let name = text.slice(s, cut).trim()
    // a repeated text target = actual (高高, 好好) closes the name
    for (let k = 1; k <= 4 && name.length > 2 * k + 2; k++) if (isDoubled(name.slice(-2 * k))) name = name.slice(0, -2 * k)
    if (name.length < 2 || isGroupLabel(v, name)) continue
    const runs = runsIn(text, cut, row[1], ctx)
    const got = splitGluedRow(runs, columns)
    const unsure = runs.length > 0 && (!got.has('score') || !got.has('max'))
    if (unsure) undecided(ctx, g, cut, row[1])
    if (!got.has('score') && !got.has('max')) continue
    addRow(g, draft, 'indicator', name, s, row[1], got, 'score-table/glued-row', unsure)
  }
}
