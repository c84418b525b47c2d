/**
 * Report metadata read from the body: the title line, the department (cover
 * fields, form fields, X根据《…》进行自评, X的主要职责是, the title's head), the
 * region (the department's leading place name, by place suffix), the fiscal
 * year (the title's, else the most frequent YYYY年度, else YYYY年) and the
 * report type (vocabulary). Every phrasing is in the `meta` grammar.
 */
import { z } from 'zod'
import type { Context, ExtractInput } from '../../pipeline/types.js'
import type { Sourced } from '../../model/provenance.js'
import type { Meta } from '../../model/report.js'
import { groupRange, groupRanges, scan, sourcedAt, trimRange } from './norm-text.js'

const MetaData = z.object({
  departments: z.array(z.string()),
  reportTypes: z.array(z.object({ pattern: z.string(), type: z.string() })),
  yearRange: z.tuple([z.number(), z.number()]),
})
type MetaData = z.infer<typeof MetaData>

/** A normalized range with its text. */
interface Found {
  start: number
  end: number
  text: string
  by: string
}

/** First match of a pattern's named group in text[from, to); offsets are absolute. */
function firstGroup(ctx: Context, text: string, by: string, group: string, from = 0, to = text.length): Found | null {
  const re = ctx.grammar.regex(by)
  const part = text.slice(from, to)
  const matches = re.global ? scan(re, part) : [re.exec(part)].filter((m): m is RegExpExecArray => m !== null)
  for (const m of matches) {
    const g = groupRange(m, group)
    if (g) return { start: from + g[0], end: from + g[1], text: part.slice(g[0], g[1]), by }
  }
  return null
}

/** The title line: the last title-like paragraph before the first section, else the first anywhere. */
function findTitle(input: ExtractInput, ctx: Context): Found | null {
  const text = input.norm.text
  const re = ctx.grammar.regex('meta/title-line')
  const all = groupRanges(scan(re, text), 'title')
  const heads = input.outline.sections.filter((s) => s.level <= 1).map((s) => s.norm.headStart)
  const before = heads.length ? all.filter(([s]) => s < Math.min(...heads)) : []
  const pick = before.length ? before[before.length - 1] : all[0]
  if (!pick) return null
  const [s, e] = trimRange(text, ...pick)
  // a title printed on two lines: the paragraph above holds its head
  const headStart = text.lastIndexOf('\n', s - 2) + 1
  const head = s > 0 && text[s - 1] === '\n' ? text.slice(headStart, s - 1) : ''
  if (head && ctx.grammar.regex('meta/title-head').test(head.trim())) {
    return { start: headStart, end: e, text: head.trim() + text.slice(s, e), by: 'meta/title-line' }
  }
  return { start: s, end: e, text: text.slice(s, e), by: 'meta/title-line' }
}

/** The department by the first phrasing (in grammar order) that names one. */
function findDepartment(input: ExtractInput, ctx: Context, data: MetaData, title: Found | null): Found | null {
  const text = input.norm.text
  for (const id of data.departments) {
    const by = `meta/${id}`
    const hit = id === 'dept-title'
      ? title && firstGroup(ctx, text, by, 'dept', title.start, title.end)
      : firstGroup(ctx, text, by, 'dept')
    if (hit) return hit
  }
  return null
}

/** The fiscal year: in the title, else the most frequent YYYY年度, else the most frequent YYYY年. */
function findYear(input: ExtractInput, ctx: Context, data: MetaData, title: Found | null): Sourced<number> | null {
  const text = input.norm.text
  const [lo, hi] = data.yearRange
  const years = (id: string, from = 0, to = text.length) =>
    groupRanges(scan(ctx.grammar.regex(`meta/${id}`), text.slice(from, to)), 'year')
      .map(([s, e]) => ({ start: from + s, end: from + e, value: Number(text.slice(from + s, from + e)), by: `meta/${id}` }))
      .filter((y) => y.value >= lo && y.value <= hi)
  type Year = ReturnType<typeof years>[number]
  const mostFrequent = (ys: Year[]): Year | null => {
    const count = new Map<number, number>()
    for (const y of ys) count.set(y.value, (count.get(y.value) ?? 0) + 1)
    let best: Year | null = null
    for (const y of ys) if (!best || count.get(y.value)! > count.get(best.value)!) best = y
    return best
  }
  const pick =
    (title && (years('year-fiscal', title.start, title.end)[0] ?? years('year-plain', title.start, title.end)[0])) ||
    mostFrequent(years('year-fiscal')) ||
    mostFrequent(years('year-plain'))
  return pick ? sourcedAt(input, ctx, pick.start, pick.end, pick.value, pick.by) : null
}

/** The report type: the first vocabulary entry found in the title, else the first found anywhere. */
function findReportType(input: ExtractInput, ctx: Context, data: MetaData, title: Found | null): Sourced<string> | null {
  const text = input.norm.text
  const ranges: [number, number][] = title ? [[title.start, title.end], [0, text.length]] : [[0, text.length]]
  for (const [from, to] of ranges) {
    for (const { pattern, type } of data.reportTypes) {
      const by = `meta/${pattern}`
      const m = scan(ctx.grammar.regex(by), text.slice(from, to))[0]
      if (m) return sourcedAt(input, ctx, from + m.index!, from + m.index! + m[0].length, type, by)
    }
  }
  return null
}

/** Reads title, department, region, year and report type; each null when the body does not state it. */
export function readMeta(input: ExtractInput, ctx: Context): Meta {
  const data = ctx.grammar.data('meta', MetaData)
  const title = findTitle(input, ctx)
  const dept = findDepartment(input, ctx, data, title)
  const region = dept && firstGroup(ctx, input.norm.text, 'meta/region-leading', 'region', dept.start, dept.end)
  const sourced = (f: Found | null) => (f ? sourcedAt(input, ctx, f.start, f.end, f.text, f.by) : null)
  return {
    title: sourced(title),
    department: sourced(dept),
    region: sourced(region),
    year: findYear(input, ctx, data, title),
    reportType: findReportType(input, ctx, data, title),
    template: null,
  }
}
