/**
 * Column roles of a LayoutTable's header row, from the header vocabulary
 * (grammars/score-table.json): each grid column gets the role of the header
 * cell covering it in that row (a cell merged down from a row above counts,
 * so a two-row header reads as one). A header word is matched whole, after
 * dropping parenthesised notes (`全年执行数(B)`), else by its longest known
 * ending (`参考分值` → 分值). Of several name columns, the rightmost holds
 * the indicator names; 一级/二级 columns hold the group labels.
 */
import { z } from 'zod'
import type { Context } from '../../../pipeline/types.js'
import type { LayoutCell } from '../../../model/layout-table.js'
import type { ColumnRole } from '../../../model/score-table.js'
import { headerRole, vocab, type Role, type Vocab } from '../score-table/vocab.js'

const LayoutVocab = z.object({ level1Columns: z.array(z.string()), level2Columns: z.array(z.string()) })

/** Vocabulary roles → the ScoreTable's column roles. */
const ROLE_OF: Record<Role, ColumnRole> = {
  max: 'max', score: 'score', review: 'other', coef: 'other', target: 'target', actual: 'actual', reason: 'deviation',
  op: 'nature', unit: 'unit', initial: 'initial', adjusted: 'adjusted', executed: 'executed', rate: 'rate', criteria: 'criteria',
}

/** Roles whose columns hold values: a header row names at least two of them. */
const VALUE_ROLES: readonly ColumnRole[] = ['max', 'score', 'target', 'actual', 'initial', 'adjusted', 'executed', 'rate']
export const FUNDS_COLUMN_ROLES: readonly ColumnRole[] = ['initial', 'adjusted', 'executed', 'rate']

export interface HeaderCell {
  role: ColumnRole
  cell: LayoutCell
}

/** The role a header cell's text names, or null. */
export function roleOfText(ctx: Context, v: Vocab, text: string): ColumnRole | 'names' | null {
  const role = headerRole(v, text)
  if (role) return ROLE_OF[role]
  const b = v.bare(text)
  if (b === '') return null
  if (v.nameColumns.has(b)) return 'names'
  // a funds block's title cell (项目资金(万元), 年度预算数（万元）) names the block, not a column
  if (v.fundsHeads.has(b)) return 'other'
  let best: Role | null = null
  let len = 1
  for (const [word, r] of v.roleOf) if (word.length > len && b.endsWith(word)) [best, len] = [r, word.length]
  return best ? ROLE_OF[best] : null
}

/**
 * The header of row r, or null when the row is not a header row.
 * @param covering covering[c] = the cell covering (r, c)
 * @returns role per grid column (null: none) and the header cells
 */
export function headerOf(ctx: Context, covering: (LayoutCell | null)[]): { roles: (ColumnRole | null)[]; cells: HeaderCell[]; funds: boolean } | null {
  const v = vocab(ctx)
  const lv = ctx.grammar.data('score-table', LayoutVocab)
  const seen = new Set<LayoutCell>()
  const found: { cell: LayoutCell; role: ColumnRole | 'names' }[] = []
  for (const c of covering) {
    if (!c || seen.has(c)) continue
    seen.add(c)
    const role = roleOfText(ctx, v, c.text)
    if (role) found.push({ cell: c, role })
  }
  const values = new Set(found.filter((f) => f.role !== 'names' && VALUE_ROLES.includes(f.role)).map((f) => f.role))
  const names = found.filter((f) => f.role === 'names')
  if (values.size < 2 && !(values.size >= 1 && names.length >= 1)) return null
  const level1 = new Set(lv.level1Columns.map(v.fold))
  const level2 = new Set(lv.level2Columns.map(v.fold))
  const nameCell = names.reduce<LayoutCell | null>((m, f) => (!m || f.cell.col > m.col ? f.cell : m), null)
  const cells: HeaderCell[] = found.map((f) => {
    if (f.role !== 'names') return { role: f.role, cell: f.cell }
    const b = v.bare(f.cell.text)
    const role: ColumnRole = f.cell === nameCell ? 'name' : level1.has(b) ? 'level1' : level2.has(b) ? 'level2' : 'other'
    return { role, cell: f.cell }
  })
  const roles: (ColumnRole | null)[] = covering.map(() => null)
  for (const h of cells) for (let c = h.cell.col; c < h.cell.col + h.cell.colSpan && c < roles.length; c++) roles[c] = h.role
  return { roles, cells, funds: [...values].some((r) => r !== 'names' && FUNDS_COLUMN_ROLES.includes(r)) }
}
