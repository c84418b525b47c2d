/**
 * Score rows with no header in sight (an excerpt that starts below the
 * header row, or a form's tail flattened into one line): `name 分值 得分`
 * or `name target 分值`. Read only where the text shows it is a score form (a
 * group label near the rows), only as a run of at least three rows, and
 * never from a row with a third number (a money row). Column roles come from the arithmetic: a pair (a, b) with b ≤ a
 * on every row is 分值 then 得分; a single number is the 分值 (a form
 * prints its weights; a blank 得分 is simply not printed). When the pairs
 * disagree (b > a on some row and not on others) the roles are not
 * decidable: the numbers are left null and a diagnostic says why.
 */
import type { Context } from '../../../pipeline/types.js'
import type { ScoreRow, ScoreTable } from '../../../model/score-table.js'
import type { TCell } from './cells.js'
import { sourcedCell } from './build.js'
import { isGroupLabel, unbracketed, type Vocab } from './vocab.js'
import { numberOf } from './values.js'
import { ScoreTableDraft } from './draft.js'
import { numberValue, textValue } from './builder.js'

/** Longest label (folded characters) a header-less row may have. */
const MAX_LABEL = 40
/** Fewest rows that make a run. */
const MIN_ROWS = 3
/** Most cells skipped between two rows of one run. */
const MAX_GAP = 6

interface HRow {
  /** the label cell; `note` is a cell holding only a bracketed note after it ((政策依据)), or null */
  label: number
  note: number | null
  /** folded-text index where the name starts and where a glued target starts (or the end) */
  nameFrom: number
  nameTo: number
  nums: number[]
  end: number
}

/** Position in `raw` of folded index `k` (folding drops white space and may change width, not length). */
function rawIndex(raw: string, k: number, v: Vocab): number {
  let n = 0
  for (let i = 0; i < raw.length; i++) {
    if (n >= k) return i
    n += v.fold(raw[i]!).length
  }
  return raw.length
}

/**
 * Where a name starts in folded text t[from, to) after the group labels glued
 * before it (产出指标数量指标足额保障率 → 足额保障率); a group label is kept
 * when nothing but a note would be left (经济效益(可选项)).
 */
export function afterGroups(t: string, from: number, to: number, v: Vocab): number {
  let at = from
  let stripped = true
  while (stripped) {
    stripped = false
    for (const g of v.groupLabels) {
      const rest = t.slice(at + g.length, to)
      if (g !== '' && t.startsWith(g, at) && rest.length >= 2 && !rest.startsWith('(')) {
        at += g.length
        stripped = true
        break
      }
    }
  }
  return at
}

/** Whether cell i is a number standing inside brackets split off by the flattening (`(` `10` `)`). */
function bracketed(cells: TCell[], i: number, ctx: Context): boolean {
  const prev = cells[i - 1]
  if (!prev || prev.kind !== 'text') return false
  const open = prev.text.match(ctx.grammar.regex('score-table/bracket-open'))?.length ?? 0
  const close = prev.text.match(ctx.grammar.regex('score-table/bracket-close'))?.length ?? 0
  return open > close
}

/** The indicator's name inside a label cell: after the groups' maxima and the group labels glued before it. */
function nameRange(c: TCell, ctx: Context, v: Vocab): { from: number; to: number } | null {
  const t = c.text
  // sentences or a scoring rule (每发现一处扣2分) are criterion text: never a name, their numbers never scores;
  // a rule in brackets after a name leaves it a name (as the builder reads it)
  const outside = unbracketed(v, t)
  if (t.length > MAX_LABEL || ctx.grammar.regex('score-table/sentence-mark').test(outside)) return null
  if (ctx.grammar.regex('score-table/criterion-text').test(outside)) return null
  let from = 0
  for (const m of t.matchAll(ctx.grammar.regex('score-table/group-close'))) {
    // a bracket holding a scoring rule after a name ((每降低1个百分点扣0.5分)) closes no group maximum
    const open = Math.max(t.lastIndexOf('(', m.index), t.lastIndexOf('（', m.index))
    if (open >= from && ctx.grammar.regex('score-table/criterion-text').test(t.slice(open, m.index + m[0].length))) continue
    from = m.index + m[0].length
  }
  const target = ctx.grammar.regex('score-table/label-target').exec(t.slice(from))
  const to = target ? from + target.groups!.name!.length : t.length
  from = afterGroups(t, from, to, v)
  const prefix = ctx.grammar.regex('score-table/name-placeholder-prefix').exec(t.slice(from, to))
  if (prefix) from += prefix[0].length
  if (to - from < 2 || !ctx.grammar.regex('score-table/cjk').test(t.slice(from, to))) return null
  return { from, to }
}

/** Candidate rows: a label cell and the one or two bare numbers after it. */
function candidates(cells: TCell[], from: number, stop: number, ctx: Context, v: Vocab): HRow[] {
  const out: HRow[] = []
  const totals = v.data.totalLabels.map(v.fold)
  for (let i = from; i < stop; i++) {
    const c = cells[i]!
    if (c.kind !== 'text') continue
    // the total row closes the rows
    if (totals.some((t) => c.text.startsWith(t))) break
    const nums: number[] = []
    let j = i + 1
    while (j < stop && nums.length < 2 && cells[j]!.kind === 'num' && !bracketed(cells, j, ctx)) {
      const n = numberOf(cells[j]!.text)
      if (n === null || n > 100) break
      nums.push(j)
      j++
    }
    // a third number on the row makes it a money row (年初 | 调整 | 决算), not a score row
    const third = cells[j]
    if (nums.length === 0 || (nums.length === 2 && third?.kind === 'num' && third.line === cells[j - 1]!.line)) continue
    // a cell that is only a bracketed note belongs to the name before it (必要性 | (政策依据))
    const noted = v.bare(c.text) === '' && cells[i - 1]?.kind === 'text' && i - 1 >= from
    const label = noted ? i - 1 : i
    const r = nameRange(cells[label]!, ctx, v)
    if (r) out.push({ label, note: noted ? i : null, nameFrom: r.from, nameTo: r.to, nums, end: j })
  }
  return out
}

/** Runs of candidate rows close to each other, at least MIN_ROWS long. */
function runs(rows: HRow[]): HRow[][] {
  const out: HRow[][] = []
  let cur: HRow[] = []
  for (const r of rows) {
    const last = cur[cur.length - 1]
    if (last && r.label - last.end > MAX_GAP) {
      if (cur.length >= MIN_ROWS) out.push(cur)
      cur = []
    }
    cur.push(r)
  }
  if (cur.length >= MIN_ROWS) out.push(cur)
  return out
}

/**
 * Whether the cells around a run show a score form: a group label (产出指标,
 * 项目决策), alone or glued before text. A total label is no evidence: money
 * tables have their 合计 rows too.
 */
function looksScored(cells: TCell[], from: number, stop: number, v: Vocab): boolean {
  for (let i = Math.max(0, from); i < Math.min(cells.length, stop); i++) {
    const t = cells[i]!.text
    if (isGroupLabel(v, t) || [...v.groupLabels].some((w) => t.startsWith(w) || t.includes(')' + w))) return true
  }
  return false
}

/**
 * Indicators of header-less score rows in cells [from, stop).
 * @param nextId issues indicator ids
 */
export function readHeadless(cells: TCell[], from: number, stop: number, ctx: Context, v: Vocab, idOf: () => string): ScoreTable[] {
  const out: ScoreTable[] = []
  for (const run of runs(candidates(cells, from, stop, ctx, v))) {
    const first = run[0]!.label
    const last = run[run.length - 1]!.end
    if (!looksScored(cells, first - MAX_GAP, last + MAX_GAP, v)) continue
    const pairs = run.filter((r) => r.nums.length === 2).map((r) => r.nums.map((i) => numberOf(cells[i]!.text)!))
    const decidable = pairs.every(([a, b]) => b! <= a!)
    if (!decidable) {
      const a = cells[first]!
      const b = cells[last - 1]!
      ctx.report({
        code: 'extract/score-table-headless-roles',
        message: 'Unexpected rows of two numbers where the second is above the first on some rows only, expected 分值 then 得分 (得分 ≤ 分值); left null',
        span: ctx.locate.span(a.start, b.end),
      })
    }
    const draft = new ScoreTableDraft(idOf(), 'indicators')
    for (const r of run) {
      const lab = cells[r.label]!
      const s = lab.start + rawIndex(lab.raw, r.nameFrom, v)
      const e = r.note !== null ? cells[r.note]!.end : lab.start + rawIndex(lab.raw, r.nameTo, v)
      const name = ctx.source.text.slice(s, e).trim()
      const glued = r.nameTo < lab.text.length ? lab.raw.slice(rawIndex(lab.raw, r.nameTo, v)).trim() : null
      const [maxCell, scoreCell] = r.nums.map((i) => cells[i]!)
      const by = 'score-table/headless'
      const rc: ScoreRow['cells'] = {}
      // undecidable roles: the cells are there, their values null and not evidence
      if (maxCell) rc.max = numberValue(decidable ? sourcedCell(ctx, maxCell, by) : null, !decidable)
      if (scoreCell) rc.score = numberValue(decidable ? sourcedCell(ctx, scoreCell, by) : null, !decidable)
      if (glued) rc.target = textValue({ value: v.fold(glued), raw: glued, span: ctx.locate.span(e, lab.end), by })
      draft.row('indicator', { value: name, raw: name, span: ctx.locate.span(s, e), by }, rc, ctx.locate.span(s, cells[r.end - 1]!.end), null, 0)
    }
    const t = draft.finish()
    if (t) out.push(t)
  }
  return out
}
