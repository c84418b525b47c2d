/**
 * Row assembly: the cells between a header and the end of its table are cut
 * into rows by dynamic programming. A row is a label cell followed by one cell
 * per header column, any of which may be missing (flattening drops blank
 * cells). Each reading has a cost — missing 分值/得分, a group label read as a
 * row label, 得分 above 分值, numbers left over outside any row — and the
 * cheapest cut of the whole table wins. Blank and placeholder rows are left
 * out because a row needs its numbers.
 */
import type { Context } from '../../../pipeline/types.js'
import type { TCell } from './cells.js'
import type { Header } from './header.js'
import { isGroupLabel, labelMax, TEXT_ROLES, unbracketed, type Role, type Vocab } from './vocab.js'
import { numberOf } from './values.js'
import { exceedsMax, rateAgrees } from './arithmetic.js'

export interface Row {
  /** index of the label cell */
  label: number
  /** role → cell index, for the columns that have a cell */
  cells: Partial<Record<Role, number>>
  /** index after the row's last cell */
  end: number
  /** the cell indexes skipped before this row (group labels, placeholders, strays) */
  before: number[]
}

const STRICT: readonly Role[] = ['max', 'score', 'review', 'coef', 'initial', 'adjusted', 'executed']

/** Cost of leaving a cell outside every row: nothing for a group label, even one not in the vocabulary that states its maximum (规划(15分)). */
function strayCost(c: TCell, v: Vocab, ctx: Context): number {
  if (c.kind === 'placeholder') return 0
  if (c.kind === 'text') return isGroupLabel(v, c.text) || labelMax(ctx, c.text) !== null ? 0 : 0.3
  return 1
}

/** Cost of a header column having no cell in a row. */
function missingCost(role: Role, kind: Header['kind']): number {
  if (TEXT_ROLES.includes(role) || role === 'review' || role === 'coef') return 0
  if (kind === 'funds') return role === 'max' || role === 'score' || role === 'rate' ? 0.1 : 0.4
  if (role === 'max' || role === 'score') return 0.6
  return 0.2
}

function fits(role: Role, c: TCell, v: Vocab, named: boolean): boolean {
  if (STRICT.includes(role)) return c.kind === 'num'
  if (role === 'rate') return c.kind === 'qty' || c.kind === 'num'
  if (TEXT_ROLES.includes(role)) return c.kind !== 'placeholder' && !(c.kind === 'text' && isGroupLabel(v, c.text))
  // a cell numbered as a row's name (指标1:…) starts a row, it is never a value
  if (role === 'target' || role === 'actual') return !named && !(c.kind === 'text' && isGroupLabel(v, c.text))
  return true
}

interface Reading {
  cost: number
  cells: Partial<Record<Role, number>>
  end: number
}

/** Every way of reading the header's columns from cell `from` on. */
function readings(cells: TCell[], from: number, stop: number, header: Header, v: Vocab, named: (i: number) => boolean): Reading[] {
  const roles = header.columns.map((c) => c.role)
  const out: Reading[] = []
  // judge rejects a reading without the numbers its kind of row needs: such readings are not made
  const needed: readonly Role[] = header.kind === 'indicators' ? ['max', 'score'] : ['initial', 'adjusted', 'executed']
  const walk = (k: number, pos: number, cost: number, got: Partial<Record<Role, number>>) => {
    if (k === roles.length) {
      if (needed.some((role) => got[role] !== undefined)) out.push({ cost, cells: { ...got }, end: pos })
      return
    }
    const role = roles[k]!
    const taken = got[role] !== undefined
    // a second free-text column of one role (指标解释, 评分标准) takes its cell without recording it
    if (pos < stop && fits(role, cells[pos]!, v, named(pos)) && (!taken || TEXT_ROLES.includes(role))) {
      if (!taken) got[role] = pos
      walk(k + 1, pos + 1, cost, got)
      if (!taken) delete got[role]
    }
    walk(k + 1, pos, cost + missingCost(role, header.kind), got)
  }
  walk(0, from, 0, {})
  return out
}

/** Number of decimal digits of a number cell's text. */
function decimals(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1 - (text.endsWith('分') || text.endsWith('%') ? 1 : 0)
}

/** What judging a row reads of its label cell alone: the same for every reading of the row, so read once per label. */
interface LabelFacts {
  /** a memo row (其中), or criterion text (a sentence, a scoring rule): never an indicator's name */
  excluded: boolean
  group: boolean
  /** the label states a maximum (执行(35分)); read only when it is not a group label */
  statesMax: boolean
  /** the label holds a Chinese character */
  cjk: boolean
}

function labelFacts(lab: TCell, v: Vocab, ctx: Context, memo: readonly string[]): LabelFacts {
  // a cell of sentences (评分标准: 每低1个百分点扣1分，…) or a scoring rule (每低1%扣1分, 得满分) is
  // criterion text, never a row's name; a rule in brackets after a name leaves it a name (as the builder reads it)
  let excluded = memo.some((p) => lab.text.startsWith(p))
  if (!excluded) {
    const outside = unbracketed(v, lab.text)
    excluded = ctx.grammar.regex('score-table/sentence-mark').test(outside) || ctx.grammar.regex('score-table/criterion-text').test(outside)
  }
  const group = !excluded && isGroupLabel(v, lab.text)
  return {
    excluded,
    group,
    statesMax: !excluded && !group && labelMax(ctx, lab.text) !== null,
    cjk: !excluded && ctx.grammar.regex('score-table/cjk').test(lab.text),
  }
}

/** Extra cost (or Infinity when invalid) of a complete row reading. */
function judge(cells: TCell[], label: number, r: Reading, header: Header, facts: () => LabelFacts): number {
  const lab = cells[label]!
  const has = (role: Role) => r.cells[role] !== undefined
  const val = (role: Role) => (has(role) ? numberOf(cells[r.cells[role]!]!.text) : null)
  let cost = r.cost
  // pipe rows: a cell on the label's line should sit in its header column
  if (lab.field !== null) {
    header.columns.forEach((col, k) => {
      const i = r.cells[col.role]
      const c = i === undefined ? null : cells[i]!
      // the header's own field for the column when it is a pipe line too (a label may stand in the 一级 column)
      const headField = col.cells.length === 1 ? cells[col.cells[0]!]?.field ?? null : null
      const off = (f: number) => (headField !== null ? f !== headField : f - lab.field! !== k + 1)
      if (c && c.line === lab.line && c.field !== null && off(c.field) && c.field - lab.field! !== k + 1) cost += 1
    })
  }
  if (header.kind === 'indicators') {
    if (!has('max') && !has('score')) return Infinity
    const f = facts()
    if (f.excluded) return Infinity
    if (f.group) cost += 1.5
    // a label stating its maximum (执行(35分)) in a table with a 分值 column is a group, unless the row has its 分值
    else if (!has('max') && header.columns.some((c) => c.role === 'max') && f.statesMax) cost += 1
    const max = val('max')
    const score = val('score')
    // a 分值 is printed with at most two decimals, a 得分 with at most four (0.0900000762939453 is a
    // ratio exported from a spreadsheet); a row's name has a Chinese character
    if (has('max') && decimals(cells[r.cells.max!]!.text) > 2) return Infinity
    if (has('score') && decimals(cells[r.cells.score!]!.text) > 4) return Infinity
    if (!f.cjk) cost += 2
    if (max !== null && max > 100) cost += 2
    if (max !== null && score !== null && exceedsMax(score, max)) cost += 3
  } else {
    if (!has('initial') && !has('adjusted') && !has('executed')) return Infinity
    cost += rateMisfit(cells, r, val)
  }
  return cost
}

/**
 * Funds rows: a number read as the 执行率 (bare or with %) must agree with
 * 执行数/预算数 (as a percentage or a fraction); otherwise the cells are read
 * in the wrong columns (a bare one is more likely the 得分 with the 执行率
 * blank; a 分值 read as the 执行数 puts the 100% against 10/387664).
 */
function rateMisfit(cells: TCell[], r: Reading, val: (role: Role) => number | null): number {
  const i = r.cells.rate
  if (i === undefined || numberOf(cells[i]!.text) === null) return 0
  const budget = val('adjusted') ?? val('initial')
  const spent = val('executed')
  const rate = val('rate')
  if (budget === null || spent === null || rate === null || budget <= 0) return 0
  return rateAgrees(rate, spent, budget) ? 0 : 0.5
}

/**
 * Cuts cells [from, stop) into rows under a header.
 * @param memo label prefixes of memo rows (其中), never scored indicators
 */
export function assembleRows(cells: TCell[], from: number, stop: number, header: Header, ctx: Context, v: Vocab, memo: readonly string[]): Row[] {
  const prefix = ctx.grammar.regex('score-table/name-placeholder-prefix')
  const named = (i: number) => {
    const c = cells[i]!
    if (c.kind !== 'text') return false
    const m = prefix.exec(c.text)
    return m !== null && m[0].length < c.text.length
  }
  const n = stop - from
  const best = new Array<number>(n + 1).fill(Infinity)
  const step = new Array<{ prev: number; row: Row | null }>(n + 1)
  best[0] = 0
  for (let p = 0; p < n; p++) {
    if (best[p] === Infinity) continue
    const at = from + p
    const c = cells[at]!
    // leave the cell out
    const skip = best[p]! + strayCost(c, v, ctx)
    if (skip < best[p + 1]!) {
      best[p + 1] = skip
      step[p + 1] = { prev: p, row: null }
    }
    // or start a row with it as the label
    if (c.kind !== 'text') continue
    let facts: LabelFacts | null = null
    const factsOf = () => (facts ??= labelFacts(c, v, ctx, memo))
    // judge rejects every reading of an indicator row whose label is no name (a memo row, criterion text)
    if (header.kind === 'indicators' && factsOf().excluded) continue
    for (const r of readings(cells, at + 1, stop, header, v, named)) {
      const cost = judge(cells, at, r, header, factsOf)
      if (cost === Infinity) continue
      const q = r.end - from
      const total = best[p]! + cost
      if (total < best[q]!) {
        best[q] = total
        step[q] = { prev: p, row: { label: at, cells: r.cells, end: r.end, before: [] } }
      }
    }
  }
  // walk back
  const rows: Row[] = []
  const strays: number[] = []
  let q = n
  while (q > 0) {
    const s = step[q]!
    if (s.row) {
      rows.push(s.row)
    } else {
      strays.push(from + s.prev)
    }
    q = s.prev
  }
  rows.reverse()
  // attach the skipped cells to the row that follows them
  strays.sort((a, b) => a - b)
  let prevEnd = from
  for (const row of rows) {
    row.before = strays.filter((i) => i >= prevEnd && i < row.label)
    prevEnd = row.end
  }
  return rows
}
