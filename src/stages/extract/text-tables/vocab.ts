/**
 * The `tables` grammar seen from the text-table reader: tokens of a line,
 * what a header cell means (column key or the label header), a cell's value,
 * a row's role, and a table's kind.
 */
import { z } from 'zod'
import type { Context } from '../../../pipeline/types.js'
import type { TableRow } from '../../../model/report.js'
import { parseNumber } from '../norm-text.js'

const TablesData = z.object({
  columns: z.array(z.object({ pattern: z.string(), key: z.string() })),
  roles: z.array(z.object({ pattern: z.string(), role: z.enum(['item', 'subtotal', 'total', 'memo']) })),
  kinds: z.array(z.object({ kind: z.string(), title: z.string(), labelHeader: z.string() })),
  minColumns: z.number().int().positive(),
  lookBack: z.number().int().nonnegative(),
  sentencePunctuation: z.string(),
})
export type TablesData = z.infer<typeof TablesData>

/** The `tables` grammar's data. */
export function tablesData(ctx: Context): TablesData {
  return ctx.grammar.data('tables', TablesData)
}

/** A white-space separated token of a line; offsets into the normalized text. */
export interface Token {
  start: number
  end: number
  text: string
}

/** Splits a normalized line (starting at `offset`) into tokens at spaces and tabs. */
export function tokens(text: string, offset: number): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(/[^\s]+/g)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] })
  return out
}

const test = (ctx: Context, id: string, text: string) => {
  const re = ctx.grammar.regex(`tables/${id}`)
  re.lastIndex = 0
  return re.test(text)
}

/** The column key a header cell names, or null. */
export function columnKey(ctx: Context, cell: string): string | null {
  return tablesData(ctx).columns.find((c) => test(ctx, c.pattern, cell))?.key ?? null
}

/** A cell token's value: a number, null for a printed blank (-, /), undefined when the token is no cell. */
export function cellValue(ctx: Context, cell: string): number | null | undefined {
  if (test(ctx, 'cell-number', cell)) return parseNumber(cell)
  if (test(ctx, 'cell-blank', cell)) return null
  return undefined
}

/** The role a row label gives its row. */
export function rowRole(ctx: Context, label: string): TableRow['role'] {
  return tablesData(ctx).roles.find((r) => test(ctx, r.pattern, label))?.role ?? 'item'
}

/** Whether a row label carries a first-level marker (一、). */
export function isTopLevel(ctx: Context, label: string): boolean {
  return test(ctx, 'row-top-level', label)
}

/** The unit stated in a line (单位:万元), or null. */
export function unitIn(ctx: Context, line: string): string | null {
  return ctx.grammar.regex('tables/unit').exec(line)?.groups?.['unit'] ?? null
}

/** The title of a title line (部门预算支出明细表), or null. */
export function titleOf(ctx: Context, line: string): string | null {
  return ctx.grammar.regex('tables/title').exec(line)?.groups?.['title'] ?? null
}

/** Whether a header cell is the label column's header (支出类别). */
export function isLabelHeader(ctx: Context, cell: string): boolean {
  return test(ctx, 'label-header', cell)
}

/** The table kind, by title first, then by the label header. */
export function tableKind(ctx: Context, title: string | null, labelHeader: string | null): string | null {
  for (const k of tablesData(ctx).kinds) {
    if (title && ctx.grammar.compile(k.title).test(title)) return k.kind
  }
  for (const k of tablesData(ctx).kinds) {
    if (labelHeader && ctx.grammar.compile(k.labelHeader).test(labelHeader)) return k.kind
  }
  return null
}
