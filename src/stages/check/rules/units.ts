/**
 * C23: units (warnings).
 *   a money table declares one unit: its unit line, money column headers and
 *     money cells never mix 元 and 万元, and a table of money figures declares one
 *   the same fact stated in prose in two units agrees after conversion (÷10000)
 */
import { z } from 'zod'
import type { Fact, Table } from '../../../model/report.js'
import type { Context } from '../../../pipeline/types.js'
import { defineRule } from '../rule.js'
import { reportMismatch, type Side } from '../finding.js'
import { GRAMMAR_ID, type CheckData } from '../config.js'
import { factSide, unitFactor } from '../facts.js'
import { decimals, fmt } from '../numbers.js'
import { cellAt, cellSide, tablesOfKind } from '../tables.js'

const C23Params = z.strictObject({
  tableKinds: z.array(z.string()),
  /** column keys holding money */
  moneyColumns: z.array(z.string()),
  /** pattern (group `unit`) finding a unit word in a header or cell */
  unitPattern: z.string(),
  /** code of a prose fact stated in two units that disagree */
  proseCode: z.string(),
  /** pattern (group `unit`) of a unit declaration (单位：万元, (万元)) in the title block or a header cell */
  declaredPattern: z.string(),
  /** how far before a table its title block may reach, in characters (never past the table before it) */
  titleBlockChars: z.number().int().positive(),
})

/**
 * A unit the table's title block (the lines between the table before it and the table) or one of its
 * header cells declares (单位：万元 beside the title, 项目资金（万元）), or null.
 */
function titleBlockUnit(ctx: Context, data: CheckData, tables: readonly Table[], table: Table, params: z.infer<typeof C23Params>): string | null {
  const start = table.span.start.offset
  const before = tables.map((t) => t.span.end.offset).filter((end) => end <= start)
  const blockStart = Math.max(0, start - params.titleBlockChars, ...before)
  const re = ctx.grammar.regex(`${GRAMMAR_ID}/${params.declaredPattern}`)
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  for (const m of ctx.source.text.slice(blockStart, table.span.end.offset).matchAll(all)) {
    const unit = m.groups?.['unit']
    if (unit && data.units[unit] !== undefined) return unit
  }
  return null
}


interface Declared {
  unit: string
  side: Side
}

/** The money units a table declares: its unit line, then its money column headers and cells, in that order. */
function declaredUnits(ctx: Context, data: CheckData, table: Table, moneyColumns: readonly string[], pattern: string): { units: Declared[]; figures: Side[] } {
  const re = ctx.grammar.regex(`${GRAMMAR_ID}/${pattern}`)
  const unitOf = (s: string) => {
    const unit = re.exec(s)?.groups?.['unit'] ?? null
    return unit !== null && data.units[unit] !== undefined ? unit : null
  }
  const units: Declared[] = []
  const line = table.unit ? unitOf(table.unit) : null
  if (line) units.push({ unit: line, side: { label: 'unit of the table', raw: table.unit!, span: table.span } })
  const cols = table.columns.map((c, i) => (c.key !== null && moneyColumns.includes(c.key) ? i : -1)).filter((i) => i >= 0)
  for (const i of cols) {
    const unit = unitOf(table.columns[i]!.raw)
    if (unit) units.push({ unit, side: { label: 'column header', raw: table.columns[i]!.raw, span: table.span } })
  }
  const figures: Side[] = []
  for (const row of table.rows) {
    for (const i of cols) {
      const cell = cellAt(table, row, i)
      if (!cell || cell.value === null) continue
      const side = cellSide(table, row, i, cell)
      figures.push(side)
      const unit = unitOf(cell.raw)
      if (unit) units.push({ unit, side })
    }
  }
  return { units, figures }
}

/** C23: A money table declares one unit; a fact stated in prose in 元 and in 万元 agrees after conversion. */
export const c23 = defineRule('C23', C23Params, (record, ctx, env) => {
  const { params, data } = env
  for (const table of tablesOfKind(record, params.tableKinds)) {
    const { units, figures } = declaredUnits(ctx, data, table, params.moneyColumns, params.unitPattern)
    const first = units[0]
    const other = first && units.find((u) => u.unit !== first.unit)
    if (first && other) {
      reportMismatch(ctx, env.spec, {
        at: other.side,
        actual: other.unit,
        expected: first.unit,
        because: `one unit per table: ${first.side.label} ${first.side.raw.trim()} in ${table.title ?? 'the table'}`,
        related: [first.side],
      })
    } else if (!first && figures.length > 0 && !titleBlockUnit(ctx, data, record.tables, table, params)) {
      reportMismatch(ctx, env.spec, {
        at: { label: table.title ?? 'table', raw: table.title ?? '', span: table.span },
        actual: 'no unit',
        expected: `one of ${Object.keys(data.units).join('/')}`,
        because: `${table.title ?? 'the table'} holds money figures but declares no unit`,
        related: [figures[0]!],
      })
    }
  }
  proseUnits(record.facts, ctx, env.spec, params.proseCode, data)
})

/** Half a unit of a fact's last printed digit, in 元. */
function halfUnit(f: Fact, factor: number): number {
  return 0.5 * 10 ** -decimals(f.raw) * factor
}

/** The first fact of each money unit per key, compared with the first in another unit. */
function proseUnits(facts: readonly Fact[], ctx: Context, spec: Parameters<typeof reportMismatch>[1], code: string, data: CheckData): void {
  const byKey = new Map<string, Fact[]>()
  for (const f of facts) {
    if (f.unit === null || data.units[f.unit.trim()] === undefined) continue
    const list = byKey.get(f.key) ?? []
    if (!list.some((g) => g.unit!.trim() === f.unit!.trim())) list.push(f)
    byKey.set(f.key, list)
  }
  for (const [key, list] of byKey) {
    const [a, ...rest] = list
    for (const b of rest) {
      const toB = unitFactor(data, a!.unit, b.unit)!
      const inYuan = (f: Fact) => f.value * data.units[f.unit!.trim()]!
      const tolerance = Math.max(halfUnit(a!, data.units[a!.unit!.trim()]!), halfUnit(b, data.units[b.unit!.trim()]!)) + 1e-9
      if (Math.abs(inYuan(a!) - inYuan(b)) <= tolerance) continue
      reportMismatch(ctx, { ...spec, code }, {
        at: factSide(b),
        actual: `${fmt(b.value, decimals(b.raw))} ${b.unit}`,
        expected: `${fmt(a!.value * toB, Math.max(decimals(b.raw), decimals(a!.raw) + Math.round(Math.log10(1 / toB))))} ${b.unit}`,
        because: `${a!.label || key} stated as ${a!.raw.trim()}; ${a!.unit} → ${b.unit} is ×${toB}`,
        related: [factSide(a!)],
      })
    }
  }
}
