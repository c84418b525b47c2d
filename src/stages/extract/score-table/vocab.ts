/**
 * The score-table vocabulary (grammars/score-table.json) loaded and indexed:
 * header words → column roles, group labels, budget rows, placeholders. Words
 * are compared after `foldKey` (NFKC, no white space), so `一级 指标` and
 * `年初\n预算数` compare as their joined forms.
 */
import { z } from 'zod'
import type { Context } from '../../../pipeline/types.js'
import { foldKey as normalizeKey } from '../../normalize/keys.js'

export const ROLES = [
  'max', 'score', 'review', 'coef', 'target', 'actual', 'reason', 'op', 'unit',
  'initial', 'adjusted', 'executed', 'rate', 'criteria',
] as const
export type Role = (typeof ROLES)[number]

/** Roles of free-text columns (指标解释, 评分标准, 偏差原因): never a value, may be printed more than once. */
export const TEXT_ROLES: readonly Role[] = ['reason', 'criteria']

/** Roles of a funds (项目资金) header; a header with any of them reads the budget rows. */
export const FUNDS_ROLES: readonly Role[] = ['initial', 'adjusted', 'executed', 'rate']

const ScoreTableData = z.object({
  roles: z.record(z.enum(ROLES), z.array(z.string())),
  nameColumns: z.array(z.string()),
  indexColumns: z.array(z.string()),
  fundsHeads: z.array(z.string()),
  groupLabels: z.array(z.string()),
  level1Groups: z.array(z.string()),
  terminators: z.array(z.string()),
  fundsTotalRows: z.array(z.string()),
  memoPrefixes: z.array(z.string()),
  totalLabels: z.array(z.string()),
  gradeLabels: z.array(z.string()),
  ocrDigits: z.record(z.string(), z.string()),
  unitChars: z.array(z.string()),
  columnOrders: z.array(z.array(z.enum(ROLES))),
  /** comparison word of a target → operator (不低于 → ≥) */
  targetOps: z.record(z.string(), z.enum(['=', '≥', '≤', '>', '<'])),
})
export type ScoreTableData = z.infer<typeof ScoreTableData>

export interface Vocab {
  data: ScoreTableData
  /** folded header word → role */
  roleOf: Map<string, Role>
  nameColumns: Set<string>
  /** row-number columns (序号) */
  indexColumns: Set<string>
  groupLabels: Set<string>
  terminators: Set<string>
  fundsHeads: Set<string>
  fold(s: string): string
  /** folded text with parenthesised notes removed */
  bare(s: string): string
}

const cache = new WeakMap<object, Vocab>()
/** Entries of the bare-key memo before it starts afresh (memory stays bounded over a bulk run). */
const FOLD_MEMO = 20000
/** Longer texts are not memoised. */
const FOLD_MEMO_CHARS = 64

/** A text's comparison key, as normalize folds it (NFKC, folding, no white space). */
export function foldKey(ctx: Context, s: string): string {
  return normalizeKey(ctx.grammar, s)
}

/** The vocabulary, built once per grammar. */
export function vocab(ctx: Context): Vocab {
  const hit = cache.get(ctx.grammar)
  if (hit) return hit
  const data = ctx.grammar.data('score-table', ScoreTableData)
  const fold = (s: string) => foldKey(ctx, s)
  const paren = ctx.grammar.regex('score-table/paren')
  const bared = new Map<string, string>()
  const bare = (s: string) => {
    let out = bared.get(s)
    if (out === undefined) {
      out = fold(s).replace(paren, '')
      if (s.length <= FOLD_MEMO_CHARS) {
        if (bared.size >= FOLD_MEMO) bared.clear()
        bared.set(s, out)
      }
    }
    return out
  }
  const roleOf = new Map<string, Role>()
  for (const role of ROLES) for (const w of data.roles[role] ?? []) roleOf.set(fold(w), role)
  const v: Vocab = {
    data,
    roleOf,
    nameColumns: new Set(data.nameColumns.map(fold)),
    indexColumns: new Set(data.indexColumns.map(fold)),
    groupLabels: new Set(data.groupLabels.map(fold)),
    terminators: new Set(data.terminators.map(fold)),
    fundsHeads: new Set(data.fundsHeads.map(fold)),
    fold,
    bare,
  }
  cache.set(ctx.grammar, v)
  return v
}

/** The role a header cell names, or null. `(A)`, `(万元)` and `(分)` notes are ignored. */
export function headerRole(v: Vocab, text: string): Role | null {
  return v.roleOf.get(v.bare(text)) ?? v.roleOf.get(v.fold(text)) ?? null
}

/**
 * What a scoring-rule or sentence test reads of a label: the text outside its
 * brackets, folded — a rule in brackets after a name (设施完好率（每降低1个百分点扣0.5分）)
 * leaves it a name — or the whole label when all of it is in brackets.
 */
export function unbracketed(v: Vocab, text: string): string {
  const outside = v.bare(text)
  return outside === '' ? v.fold(text) : outside
}

/** Whether a group label is a first-level one (产出指标, 效益指标, 项目决策). */
export function isLevel1Group(v: Vocab, text: string): boolean {
  const b = v.bare(text)
  return v.data.level1Groups.some((g) => v.fold(g) === b)
}

/** Whether a cell is a group label (产出指标(50分), 数量指标, 经济效益 指标). */
export function isGroupLabel(v: Vocab, text: string): boolean {
  const b = v.bare(text)
  return v.groupLabels.has(b) || (b !== '' && v.groupLabels.has(b + '指标'))
}

/** The maximum stated in a label (`产出指标(50分)` → 50), or null. */
export function labelMax(ctx: Context, text: string): { value: number; index: number; length: number } | null {
  const m = ctx.grammar.regex('score-table/group-max').exec(text.normalize('NFKC'))
  if (!m) return null
  return { value: Number(m.groups!['max']), index: m.index, length: m[0].length }
}
