/**
 * Stated figures read from prose (部门整体支出1234.56万元, 支出完成率 98.5%,
 * “三公”经费 12.30 万元, 项目共 7个): one `facts` grammar pattern per phrasing,
 * each naming the fact key the check rules use. Money keeps the document's
 * unit; percentages stay on the 0–100 scale. Figures inside a table's span are
 * table cells, not prose, and are skipped.
 */
import { z } from 'zod'
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Fact, Table } from '../../model/report.js'
import { groupRange, locate, matchRange, overlaps, parseNumber, scan, squeeze } from './norm-text.js'

const FactsData = z.object({
  facts: z.array(z.object({ pattern: z.string(), key: z.string(), label: z.string() })),
})

/** Whether an original offset range lies inside one of the tables. */
function inTable(tables: Table[], start: number, end: number): boolean {
  return tables.some((t) => t.span.start.offset <= start && end <= t.span.end.offset)
}

/** Reads the stated facts; the same key may be stated more than once (the check stage compares them). */
export function readFacts(input: ExtractInput, ctx: Context, tables: Table[]): Fact[] {
  const text = input.norm.text
  const found: { start: number; end: number; fact: Fact }[] = []
  for (const spec of ctx.grammar.data('facts', FactsData).facts) {
    const by = `facts/${spec.pattern}`
    for (const m of scan(ctx.grammar.regex(by), text)) {
      const valueAt = groupRange(m, 'value')
      if (!valueAt) continue
      const value = parseNumber(text.slice(...valueAt))
      if (value === null) continue
      const labelAt = groupRange(m, 'label')
      const unitAt = groupRange(m, 'unit')
      // with a label, the fact's span runs from the label to the unit; without one, it is the whole phrase
      let [start, end] = matchRange(m)
      if (labelAt) {
        start = Math.min(labelAt[0], valueAt[0])
        end = Math.max(labelAt[1], valueAt[1], unitAt?.[1] ?? 0)
      }
      if (found.some((f) => f.fact.key === spec.key && overlaps(f, { start, end }))) continue
      const where = locate(input, ctx, start, end)
      if (inTable(tables, where.oStart, where.oEnd)) continue
      found.push({
        start,
        end,
        fact: {
          key: spec.key,
          // a label broken by a space where a line broke inside a word (支出完成 率) is named without it; raw keeps it
          label: labelAt ? squeeze(text.slice(...labelAt)) : spec.label,
          value,
          unit: unitAt ? text.slice(...unitAt) : null,
          raw: where.raw,
          span: where.span,
          by,
        },
      })
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.fact)
}
