/**
 * Header detection: a run of cells naming columns (一级指标 … 分值 得分 …, or
 * 年初预算数 全年预算数 … 执行率 得分) gives the roles of the cells that follow
 * it. Cells split by the flattening (`年度` `指标值`) are joined back when the
 * joined word is in the vocabulary.
 */
import type { Context } from '../../../pipeline/types.js'
import type { TCell } from './cells.js'
import { FUNDS_ROLES, headerRole, labelMax, type Role, type Vocab } from './vocab.js'

export interface HeaderColumn {
  role: Role
  /** the column's header text as printed (joined when it was split) */
  raw: string
  /** cell indexes it was read from */
  cells: number[]
}

export interface Header {
  kind: 'indicators' | 'funds'
  /** cell index range of the header, end exclusive */
  start: number
  end: number
  /** the data columns after the name columns, in order */
  columns: HeaderColumn[]
  /** number of name columns (一级/二级/三级指标) */
  nameColumns: number
  /** 万元 / 元 when the header says so */
  unit: string | null
  /** a maximum stated in the header (绩效指标(90分), 预算执行情况(10分)) */
  max: number | null
  /** the table has a row-number column (序号) */
  rowNumbers: boolean
}

type Piece = { kind: 'role'; role: Role; raw: string; cells: number[] } | { kind: 'name' | 'head' | 'note' | 'index'; raw: string; cells: number[] }

/** What a header word is: a column role, a name, index or funds-head column, a bare note; null when none. */
type WordKind = { kind: 'role'; role: Role } | { kind: 'name' | 'head' | 'note' | 'index' } | null

/** Texts classified, per vocabulary: each cell (and each pair joined) of every line is asked, mostly the same words. */
const wordKinds = new WeakMap<Vocab, Map<string, WordKind>>()
/** Entries of the memo before it starts afresh, and the longest text memoised. */
const WORD_MEMO = 20000
const WORD_MEMO_CHARS = 64

function wordKind(v: Vocab, text: string): WordKind {
  let memo = wordKinds.get(v)
  if (!memo) wordKinds.set(v, (memo = new Map()))
  let k = memo.get(text)
  if (k !== undefined) return k
  const role = headerRole(v, text)
  if (role) k = { kind: 'role', role }
  else {
    const bare = v.bare(text)
    if (v.nameColumns.has(bare)) k = { kind: 'name' }
    else if (v.indexColumns.has(bare)) k = { kind: 'index' }
    else if (v.fundsHeads.has(bare)) k = { kind: 'head' }
    else if (bare === '' && text !== '') k = { kind: 'note' }
    else k = null
  }
  if (text.length <= WORD_MEMO_CHARS) {
    if (memo.size >= WORD_MEMO) memo.clear()
    memo.set(text, k)
  }
  return k
}

/** Two cells' texts joined, classified: memoised by the pair, so the joined text is built only when the pair is new. */
const joinedKinds = new WeakMap<Vocab, { size: number; byFirst: Map<string, Map<string, WordKind>> }>()

function joinedKind(v: Vocab, a: string, b: string): WordKind {
  let memo = joinedKinds.get(v)
  if (!memo) joinedKinds.set(v, (memo = { size: 0, byFirst: new Map() }))
  let inner = memo.byFirst.get(a)
  let k = inner?.get(b)
  if (k !== undefined) return k
  k = wordKind(v, a + b)
  if (a.length + b.length <= WORD_MEMO_CHARS) {
    if (memo.size >= WORD_MEMO) {
      memo.byFirst.clear()
      memo.size = 0
      inner = undefined
    }
    if (!inner) memo.byFirst.set(a, (inner = new Map()))
    inner.set(b, k)
    memo.size++
  }
  return k
}

/** Reads one header piece at cell i (joining i and i+1 when that makes a known word). */
function readPiece(cells: TCell[], i: number, v: Vocab): Piece | null {
  const c = cells[i]!
  const next = cells[i + 1]
  const classify = (text: string, raw: string, idx: number[]): Piece | null => {
    const k = wordKind(v, text)
    if (k === null) return null
    return k.kind === 'role' ? { kind: 'role', role: k.role, raw, cells: idx } : { kind: k.kind, raw, cells: idx }
  }
  if (next && c.kind === 'text' && next.kind === 'text') {
    const k = joinedKind(v, c.text, next.text)
    const joined: Piece | null =
      k === null ? null : k.kind === 'role' ? { kind: 'role', role: k.role, raw: c.raw + next.raw, cells: [i, i + 1] } : { kind: k.kind, raw: c.raw + next.raw, cells: [i, i + 1] }
    const alone = classify(c.text, c.raw, [i])
    if (joined && (!alone || alone.kind !== 'role' || joined.kind === 'role')) {
      if (!alone || joined.kind === 'role') return joined
    }
    if (alone) return alone
    return null
  }
  if (c.kind !== 'text') return null
  return classify(c.text, c.raw, [i])
}

/**
 * The money unit stated just before a header (金额单位：元, (单位:万元) beside
 * the title): the cells of the header's line before it and of the two lines
 * above, back to the previous header.
 */
export function unitBefore(ctx: Context, cells: TCell[], start: number, stop: number): string | null {
  const re = ctx.grammar.regex('tables/unit')
  const first = cells[start]
  if (!first) return null
  for (let i = start - 1; i >= stop && i >= 0; i--) {
    const c = cells[i]!
    if (first.line - c.line > 2) break
    const m = re.exec(c.text + (cells[i + 1] && cells[i + 1]!.line === c.line && i + 1 < start ? cells[i + 1]!.text : ''))
    if (m?.groups?.unit) return m.groups.unit
  }
  return null
}

function unitOf(raws: string[]): string | null {
  const all = raws.join('')
  if (all.includes('万元')) return '万元'
  if (all.includes('元')) return '元'
  return null
}

type RolePiece = Extract<Piece, { kind: 'role' }>

/**
 * A header printed in two tiers and flattened tier after tier (绩效指标 年度指标值
 * 实际完成值 分值 得分 | 一级指标 二级指标 三级指标 指标性质 指标值 度量单位): the
 * columns after the name columns are only the second tier's sub-columns. When
 * the roles of both tiers together are exactly one of the known column orders
 * (grammars/score-table.json columnOrders), that order is the row layout.
 * @returns the columns in the known order, or null when the header is one tier or no order fits
 */
function twoTierColumns(roles: RolePiece[], after: RolePiece[], v: Vocab): RolePiece[] | null {
  const all = new Set(roles.map((r) => r.role))
  if (after.length === roles.length || after.length === 0) return null
  const order = v.data.columnOrders.find((o) => o.length === all.size && o.every((r) => all.has(r)))
  if (!order) return null
  // the later piece names the column where a role is printed in both tiers (指标值 under 年度指标值)
  const pieceOf = (role: Role) => [...roles].reverse().find((r) => r.role === role)!
  return order.map(pieceOf)
}

/** Cell index range [start, end) of the physical line of cell i. */
function lineRange(cells: TCell[], i: number): [number, number] {
  let s = i
  while (s > 0 && cells[s - 1]!.line === cells[i]!.line) s--
  let e = i + 1
  while (e < cells.length && cells[e]!.line === cells[i]!.line) e++
  return [s, e]
}

/**
 * Whether a header that fills a line of several cells (a pipe, tab or
 * space-aligned table) goes on at cell i: only when i starts a line whose
 * every cell is a header word too (a header printed in two tiers). A line
 * of cells is one row; the first cell of the next line (预算执行率) is a row's label.
 */
function headerGoesOn(cells: TCell[], i: number, start: number, pieceAt: (cells: TCell[], k: number, v: Vocab) => Piece | null, v: Vocab): boolean {
  const c = cells[i]!
  if (!c.lineStart || c.line === cells[start]!.line) return true
  const [s, e] = lineRange(cells, i - 1)
  if (e - s < 3) return true
  const [ns, ne] = lineRange(cells, i)
  for (let k = ns; k < ne; ) {
    const p = pieceAt(cells, k, v)
    if (!p) return false
    k = p.cells[p.cells.length - 1]! + 1
  }
  return true
}

/** Finds every header in the cell stream, in order. */
export function findHeaders(cells: TCell[], ctx: Context, v: Vocab): Header[] {
  const out: Header[] = []
  // a run that makes no header is walked again from its next cell: each cell's piece is read once
  const pieces = new Array<Piece | null | undefined>(cells.length)
  const pieceAt = (cells: TCell[], k: number, v: Vocab): Piece | null => {
    let p = pieces[k]
    if (p === undefined) pieces[k] = p = readPiece(cells, k, v)
    return p
  }
  let i = 0
  while (i < cells.length) {
    const first = pieceAt(cells, i, v)
    if (!first) {
      i++
      continue
    }
    const run: Piece[] = []
    let j = i
    while (j < cells.length) {
      if (run.length > 0 && !headerGoesOn(cells, j, i, pieceAt, v)) break
      const p = pieceAt(cells, j, v)
      if (!p) break
      // a header word followed by a number is a row's label (预算执行率 | 10 | 9),
      // unless the header has a 序号 column: then the number is the first row's
      if (run.length > 0 && !run.some((q) => q.kind === 'index') && cells[p.cells[p.cells.length - 1]! + 1]?.kind === 'num') break
      run.push(p)
      j = p.cells[p.cells.length - 1]! + 1
    }
    const roles = run.filter((p): p is Extract<Piece, { kind: 'role' }> => p.kind === 'role')
    // a funds header names the execution (执行数 or 执行率) or sits under a funds heading (项目资金)
    const fundsRoles = roles.filter((r) => FUNDS_ROLES.includes(r.role))
    const hasFunds =
      fundsRoles.length > 0 &&
      (run.some((p) => p.kind === 'head') || fundsRoles.some((r) => r.role === 'executed' || r.role === 'rate'))
    const hasScore = roles.some((r) => r.role === 'score' || r.role === 'max')
    const names = run.filter((p) => p.kind === 'name').length
    if ((roles.length >= 2 || (names >= 2 && roles.length === 1)) && (hasFunds || hasScore)) {
      const lastName = run.reduce((k, p, idx) => (p.kind === 'name' ? idx : k), -1)
      const after = run.slice(lastName + 1).filter((p): p is Extract<Piece, { kind: 'role' }> => p.kind === 'role')
      const data = twoTierColumns(roles, after, v) ?? after
      const raws = run.map((p) => p.raw)
      let max: number | null = null
      for (const p of run) {
        if (p.kind === 'role') continue
        const m = labelMax(ctx, p.raw)
        if (m) max = m.value
      }
      out.push({
        kind: hasFunds ? 'funds' : 'indicators',
        start: i,
        end: j,
        columns: data.map((p) => ({ role: p.role, raw: p.raw, cells: p.cells })),
        nameColumns: names,
        unit: unitOf(raws) ?? unitBefore(ctx, cells, i, out[out.length - 1]?.end ?? 0),
        max,
        rowNumbers: run.some((p) => p.kind === 'index'),
      })
      i = j
    } else {
      i = Math.max(j, i + 1)
    }
  }
  return out
}
