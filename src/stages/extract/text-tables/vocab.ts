/**
 * The `tables` grammar seen from the text-table reader: tokens of a line,
 * what a header cell means (column key or the label header), a cell's value,
 * a row's role, and a table's kind. Built once per document.
 */
import { z } from 'zod'
import type { Context } from '../../../pipeline/types.js'
import type { TableRow } from '../../../model/report.js'
import { parseNumber } from '../norm-text.js'
import { isWhiteSpace } from '../../../grammar/prefilter.js'
import { mayMatch } from '../../../grammar/scanner.js'

const TablesData = z.object({
  columns: z.array(z.object({ pattern: z.string(), key: z.string() })),
  roles: z.array(z.object({ pattern: z.string(), role: z.enum(['item', 'subtotal', 'total', 'memo']) })),
  kinds: z.array(z.object({ kind: z.string(), title: z.string(), labelHeader: z.string() })),
  minColumns: z.number().int().positive(),
  lookBack: z.number().int().nonnegative(),
  sentencePunctuation: z.string(),
})
export type TablesData = z.infer<typeof TablesData>

/** A white-space separated token of a line; offsets into the normalized text. */
export interface Token {
  start: number
  end: number
  text: string
}

/** Splits a normalized line (starting at `offset`) into tokens at spaces and tabs. */
export function tokens(text: string, offset: number): Token[] {
  // the runs of `[^\s]+`, read by code unit (this runs on every line of a document)
  const out: Token[] = []
  let from = -1
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWhiteSpace(text.charCodeAt(i))
    if (space && from >= 0) {
      out.push({ start: offset + from, end: offset + i, text: text.slice(from, i) })
      from = -1
    } else if (!space && from < 0) from = i
  }
  return out
}

/** The `tables` grammar as questions about a cell, a label or a line. */
export interface TableVocab {
  data: TablesData
  /** the column key a header cell names, or null */
  columnKey(cell: string): string | null
  /** a cell token's value: a number, null for a printed blank (-, /), undefined when the token is no cell */
  cellValue(cell: string): number | null | undefined
  /** whether a number token reads as a classification code (201, 20106, 06) */
  isCode(cell: string): boolean
  /** the role a row label gives its row */
  rowRole(label: string): TableRow['role']
  /** whether a row label carries a first-level marker (一、) */
  isTopLevel(label: string): boolean
  /** whether a header cell is the label column's header (支出类别) */
  isLabelHeader(cell: string): boolean
  /** the unit stated in a line (单位:万元), or null */
  unitIn(line: string): string | null
  /** the unit a header cell states after its name (项目资金（万元）), or null */
  unitInHeader(cell: string): string | null
  /** the line without its unit statement */
  withoutUnit(line: string): string
  /** the title of a title line (部门预算支出明细表), or null */
  titleOf(line: string): string | null
  /** the table kind, by title first, then by the label header */
  tableKind(title: string | null, labelHeader: string | null): string | null
}

/** Resolves the `tables` grammar's patterns and data once. */
export function tableVocab(ctx: Context): TableVocab {
  const data = ctx.grammar.data('tables', TablesData)
  const re = (id: string) => ctx.grammar.regex(`tables/${id}`)
  const columns = data.columns.map((c) => ({ re: re(c.pattern), key: c.key }))
  const roles = data.roles.map((r) => ({ re: re(r.pattern), role: r.role }))
  const kinds = data.kinds.map((k) => ({ kind: k.kind, title: ctx.grammar.compile(k.title), labelHeader: ctx.grammar.compile(k.labelHeader) }))
  const [number, blank, top, labelHeader, unit, title, headerUnit] = ['cell-number', 'cell-blank', 'row-top-level', 'label-header', 'unit', 'title', 'unit-in-header'].map(re) as [
    RegExp,
    RegExp,
    RegExp,
    RegExp,
    RegExp,
    RegExp,
    RegExp,
  ]
  const code = re('cell-code')
  // a header cell's name without its bracketed unit: 决算数（万元） → 决算数
  const bare = (cell: string) => {
    const m = mayMatch(headerUnit, cell) ? headerUnit.exec(cell) : null
    return m ? cell.slice(0, m.index + 1) + cell.slice(m.index + m[0].length) : cell
  }
  return {
    data,
    columnKey: (cell) => {
      const name = bare(cell)
      return columns.find((c) => mayMatch(c.re, name) && c.re.test(name))?.key ?? null
    },
    isCode: (cell) => code.test(cell),
    cellValue: (cell) => (number.test(cell) ? parseNumber(cell) : blank.test(cell) ? null : undefined),
    rowRole: (label) => roles.find((r) => r.re.test(label))?.role ?? 'item',
    isTopLevel: (label) => top.test(label),
    isLabelHeader: (cell) => labelHeader.test(cell),
    unitIn: (line) => unit.exec(line)?.groups?.['unit'] ?? null,
    unitInHeader: (cell) => headerUnit.exec(cell)?.groups?.['unit'] ?? null,
    withoutUnit: (line) => line.replace(unit, '').trim(),
    titleOf: (line) => title.exec(line)?.groups?.['title'] ?? null,
    tableKind(t, header) {
      const byTitle = t ? kinds.find((k) => k.title.test(t)) : undefined
      const byHeader = header ? kinds.find((k) => k.labelHeader.test(header)) : undefined
      return (byTitle ?? byHeader)?.kind ?? null
    },
  }
}
