/**
 * Cells: the document's lines cut into table cells, whatever way the table
 * was flattened. A pipe line (`a | b | c`) gives one cell per pipe field; any
 * other line gives one cell per run of text between white space (a whole
 * table flattened into one line with single spaces, or one cell per line or
 * paragraph); a CSV export gives one cell per quoted field. Empty cells are dropped: rows are assembled by the cells' kinds
 * and the table's arithmetic, not by position. Every cell keeps its offsets
 * in the ORIGINAL text.
 */
import type { Context, Line } from '../../../pipeline/types.js'
import { isGroupLabel, type Vocab } from './vocab.js'
import { csvFields, isCsvDocument } from './csv.js'
import { withoutGrouping } from './values.js'

/** What a cell holds, as far as row assembly cares. */
export type CellKind =
  /** a bare number (8, 9.5, 10分): may be a 分值 or 得分 */
  | 'num'
  /** a number with a comparison, a unit or % (≥50个, 100%): a target, actual or rate */
  | 'qty'
  /** an unfilled template cell (……, -, /, 指标2) */
  | 'placeholder'
  /** anything else */
  | 'text'

export interface TCell {
  /** original offsets, end exclusive */
  start: number
  end: number
  /** original text of the cell */
  raw: string
  /** NFKC-folded text without white space */
  text: string
  kind: CellKind
  /** index of the physical line */
  line: number
  /** first cell of its physical line */
  lineStart: boolean
  /** pipe and tab lines only: the field's position in its line, blank fields counted */
  field: number | null
  /** a name wrapped onto the next line of its column (新建防火隔离带长 / 度): the printed parts joined; raw spans both lines */
  joined?: string
}

/** Whether the document is laid out as a pipe table (several lines with `|`). */
export function isPipeDocument(lines: Line[], minLines = 3): boolean {
  let n = 0
  for (const l of lines) if (!l.furniture && l.text.includes('|')) n++
  return n >= minLines
}

/** Whether the document holds a tab-separated table (several lines with a tab between cells). */
export function isTabDocument(ctx: Context, lines: Line[], minLines = 3): boolean {
  const tab = ctx.grammar.regex('score-table/tab-between')
  let n = 0
  for (const l of lines) if (!l.furniture && tab.test(l.text)) n++
  return n >= minLines
}

/** Longest tail (characters) of a name wrapped onto the next line of its column. */
const WRAP_TAIL = 6
/** Shortest head of a wrapped name: a cell that wraps filled its column. */
const WRAP_HEAD = 5

/**
 * A line of a pipe or tab table holding one short text cell and nothing else,
 * under a longer text cell of the same field on the line above, is the tail of
 * that cell wrapped onto a second line (| | | 度 | | |): the two are one cell.
 * @returns true when the line's cell was joined to the cell above
 */
function joinWrapped(ctx: Context, v: Vocab, out: TCell[], before: number, line: Line): boolean {
  const tail = out[out.length - 1]
  if (out.length !== before + 1 || !tail || tail.kind !== 'text' || tail.field === null || tail.field === 0) return false
  if ([...tail.text].length > WRAP_TAIL || !ctx.grammar.regex('score-table/cjk').test(tail.text.charAt(0))) return false
  if (isGroupLabel(v, tail.text) || v.data.totalLabels.map(v.fold).includes(tail.text)) return false
  let k = before - 1
  while (k >= 0 && out[k]!.line === out[before - 1]?.line && out[k]!.field !== tail.field) k--
  const head = out[k]
  if (!head || head.line !== line.index - 1 || head.field !== tail.field || head.kind !== 'text') return false
  if ([...head.text].length < WRAP_HEAD || out.filter((c) => c.line === head.line).length < 3) return false
  const joined = (head.joined ?? head.raw) + tail.raw
  out[k] = { ...head, end: tail.end, raw: ctx.source.text.slice(head.start, tail.end), text: head.text + tail.text, joined }
  out.pop()
  return true
}

interface KindPatterns {
  bareNumber: RegExp
  placeholder: RegExp
  quantity: RegExp
  percent: RegExp
  groupedNumber: RegExp
}
const kindPatterns = new WeakMap<object, KindPatterns>()

/** The patterns read on every cell, looked up once per grammar. */
function kindsOf(ctx: Context): KindPatterns {
  const g = ctx.grammar
  let k = kindPatterns.get(g)
  if (!k) {
    k = {
      bareNumber: g.regex('score-table/bare-number'),
      placeholder: g.regex('score-table/placeholder'),
      quantity: g.regex('score-table/quantity'),
      percent: g.regex('score-table/percent'),
      groupedNumber: g.regex('score-table/grouped-number'),
    }
    kindPatterns.set(g, k)
  }
  return k
}

/** Classifies a folded cell text. */
export function cellKind(ctx: Context, text: string): CellKind {
  const k = kindsOf(ctx)
  // an amount with thousands separators (1,250,000.00) is a number cell of the funds block
  if (k.bareNumber.test(text)) return 'num'
  if (k.placeholder.test(text)) return 'placeholder'
  if (k.quantity.test(text) || k.percent.test(text)) return 'qty'
  return 'text'
}

function pushCell(out: TCell[], ctx: Context, v: Vocab, line: Line, s: number, e: number, field: number | null): void {
  const rawText = line.text.slice(s, e)
  const folded = v.fold(rawText)
  // an amount with thousands separators (1,250,000.00) reads as the number it prints
  const text = kindsOf(ctx).groupedNumber.test(folded) ? withoutGrouping(folded) : folded
  if (text === '') return
  // trim the original range to the cell's visible characters
  let a = s
  let b = e
  while (a < b && rawText[a - s]!.trim() === '') a++
  while (b > a && rawText[b - s - 1]!.trim() === '') b--
  const lineStart = out.length === 0 || out[out.length - 1]!.line !== line.index
  out.push({
    start: line.start + a,
    end: line.start + b,
    raw: line.text.slice(a, b),
    text,
    kind: cellKind(ctx, text),
    line: line.index,
    lineStart,
    field,
  })
}

function splitBy(text: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let last = 0
  re.lastIndex = 0
  for (const m of text.matchAll(re)) {
    out.push([last, m.index])
    last = m.index + m[0].length
  }
  out.push([last, text.length])
  return out
}

/**
 * White-space runs of a line, with a run that leaves a bracket open joined to
 * the short run that closes it (`相关性(5 分)` is one cell, not two), and a
 * run that is only a unit joined to the number before it (`≤90 万元`, `86 %`),
 * and a numbered label joined to the name after it (`指标1 完成率`).
 */
function spaceRuns(p: RunPatterns, text: string): Array<[number, number]> {
  const runs = splitBy(text, p.space)
  const out: Array<[number, number]> = []
  const count = (s: string, r: RegExp) => s.match(r)?.length ?? 0
  const open = (s: string) => count(s, p.opener) > count(s, p.closer)
  for (const [s, e] of runs) {
    const last = out[out.length - 1]
    const piece = text.slice(s, e)
    const before = last ? text.slice(last[0], last[1]) : ''
    // the cheap tests on the short piece first: these are pure, so the order does not change the outcome
    if (last && piece.length <= 3 && count(piece, p.closer) > 0 && open(before)) last[1] = e
    else if (last && p.numberEnd.test(before) && p.unit.test(piece)) last[1] = e
    else if (last && p.label.test(before) && !p.label.test(piece) && p.cjk.test(piece.charAt(0))) last[1] = e
    else out.push([s, e])
  }
  return out
}

/** The patterns spaceRuns reads, looked up once per document. */
interface RunPatterns {
  space: RegExp
  opener: RegExp
  closer: RegExp
  unit: RegExp
  numberEnd: RegExp
  label: RegExp
  cjk: RegExp
}

function runPatterns(ctx: Context): RunPatterns {
  const g = ctx.grammar
  return {
    space: g.regex('score-table/space'),
    opener: g.regex('score-table/bracket-open'),
    closer: g.regex('score-table/bracket-close'),
    unit: g.regex('score-table/unit-token'),
    numberEnd: g.regex('score-table/number-end'),
    label: g.regex('score-table/name-label-run'),
    cjk: g.regex('score-table/cjk'),
  }
}

/** Cuts every body line into cells. */
export function buildCells(lines: Line[], ctx: Context, v: Vocab): TCell[] {
  const pipeDoc = isPipeDocument(lines)
  // a PDF's lines carry tabs at wide gaps of their geometry, not the columns of a copied table
  const tabDoc = !pipeDoc && ctx.source.format === 'text' && isTabDocument(ctx, lines)
  const tab = ctx.grammar.regex('score-table/tab')
  const csvDoc = isCsvDocument(lines.filter((l) => !l.furniture).map((l) => l.text))
  const pipe = ctx.grammar.regex('score-table/pipe')
  const runs = runPatterns(ctx)
  const out: TCell[] = []
  let open = false
  for (const line of lines) {
    if (line.blank || line.furniture) continue
    if (csvDoc && (open || line.text.includes(','))) {
      const split = csvFields(line.text, open)
      open = split.open
      for (const [s, e] of split.fields) pushCell(out, ctx, v, line, s, e, null)
    } else if (pipeDoc && line.text.includes('|')) {
      const before = out.length
      splitBy(line.text, pipe).forEach(([s, e], k) => pushCell(out, ctx, v, line, s, e, k))
      joinWrapped(ctx, v, out, before, line)
    } else if (tabDoc && line.text.includes('\t')) {
      const before = out.length
      splitBy(line.text, tab).forEach(([s, e], k) => pushCell(out, ctx, v, line, s, e, k))
      joinWrapped(ctx, v, out, before, line)
    } else {
      for (const [s, e] of spaceRuns(runs, line.text)) pushCell(out, ctx, v, line, s, e, null)
    }
  }
  return out
}
