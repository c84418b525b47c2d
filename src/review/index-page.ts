/**
 * The index page: one row per input (failed inputs with their reason), with
 * department, region, year, total, grade and counts of findings by severity.
 * Rows are written into the page; a small inline script filters them (region,
 * year, rule, severity, free text) and sorts them by a clicked column, with no
 * server and no network.
 */
import type { Catalogue } from '../messages/catalogue.js'
import type { Severity } from '../model/diagnostic.js'
import { esc, page } from './html.js'
import { CSS } from './style.js'
import { SCRIPT } from './index-script.js'
import type { ReviewContext } from './summary.js'

/** One row of the index. */
export interface IndexRow {
  /** page of the report (relative), null for a failed input */
  href: string | null
  path: string
  department: string | null
  region: string | null
  year: number | null
  total: number | null
  grade: string | null
  counts: Record<Severity, number>
  /** codes of the report's findings */
  codes: string[]
  /** failed input: the reason */
  reason: string | null
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info']

function options(cat: Catalogue, values: { value: string; label: string }[]): string {
  return [`<option value="">${esc(cat.t('filter.all'))}</option>`, ...values.map((v) => `<option value="${esc(v.value)}">${esc(v.label)}</option>`)].join('')
}

function select(cat: Catalogue, name: string, values: { value: string; label: string }[]): string {
  return `<label>${esc(cat.t(`filter.${name}`))}<select name="${name}" data-filter="${name}">${options(cat, values)}</select></label>`
}

const distinct = <T>(xs: T[]) => [...new Set(xs)]

function rowHtml(ctx: ReviewContext, r: IndexRow): string {
  const { cat } = ctx
  const name = r.department ?? r.path
  const link = r.href ? `<a href="${esc(r.href)}">${esc(name)}</a>` : esc(name)
  const data = [
    ['region', r.region ?? ''],
    ['year', r.year === null ? '' : String(r.year)],
    ['rules', r.codes.join(' ')],
    ['severity', SEVERITIES.filter((s) => r.counts[s] > 0).join(' ')],
    ['text', `${r.department ?? ''} ${r.path} ${r.region ?? ''}`.toLowerCase()],
  ].map(([k, v]) => ` data-${k}="${esc(v)}"`).join('')
  const status = r.reason === null ? cat.t('status.ok') : `${cat.t('status.failed')}：${r.reason}`
  const num = (v: number | null, key: string) => `<td class="num" data-key="${esc(v ?? '')}">${esc(v ?? '')}</td>`
  return [
    `<tr class="${r.reason === null ? 'ok' : 'failed'}"${data}>`,
    `<td data-key="${esc(name)}">${link}<div class="small muted">${esc(r.path)}</div></td>`,
    `<td data-key="${esc(r.region ?? '')}">${esc(r.region ?? '')}</td>`,
    num(r.year, 'year'),
    num(r.total, 'total'),
    `<td data-key="${esc(r.grade ?? '')}">${esc(r.grade ?? '')}</td>`,
    ...SEVERITIES.map((s) => `<td class="num${r.counts[s] ? ` n-${s}` : ''}" data-key="${r.counts[s]}">${r.counts[s]}</td>`),
    `<td class="small">${r.codes.length ? distinct(r.codes).map((c) => esc(ctx.ruleIds.get(c) ?? c)).join(' ') : ''}</td>`,
    `<td class="small" data-key="${esc(status)}">${esc(status)}</td>`,
    '</tr>',
  ].join('')
}

/** The HTML of the index page. */
export function indexPage(ctx: ReviewContext, rows: IndexRow[]): string {
  const { cat } = ctx
  const regions = distinct(rows.map((r) => r.region).filter((x): x is string => x !== null)).sort()
  const years = distinct(rows.map((r) => r.year).filter((x): x is number => x !== null)).sort((a, b) => a - b)
  const codes = distinct(rows.flatMap((r) => r.codes)).sort((a, b) => (ctx.ruleIds.get(a) ?? a).localeCompare(ctx.ruleIds.get(b) ?? b))
  const th = (key: string, label: string, type: 'text' | 'num', cls = '') =>
    `<th data-sort="${key}" data-type="${type}"${cls ? ` class="${cls}"` : ''} scope="col">${esc(label)}</th>`
  const body = [
    `<h1>${esc(cat.t('index.title'))}</h1>`,
    `<form class="filters" id="filters" onsubmit="return false">`,
    select(cat, 'region', regions.map((v) => ({ value: v, label: v }))),
    select(cat, 'year', years.map((v) => ({ value: String(v), label: String(v) }))),
    select(cat, 'rule', codes.map((c) => ({ value: c, label: `${ctx.ruleIds.get(c) ?? c} ${cat.title(c)}` }))),
    select(cat, 'severity', SEVERITIES.map((s) => ({ value: s, label: cat.t(`severity.${s}`) }))),
    `<label>${esc(cat.t('filter.text'))}<input type="search" name="text" data-filter="text"></label>`,
    '</form>',
    `<p id="summary" data-template="${esc(cat.t('index.summary'))}">${esc(cat.t('index.summary', { n: rows.length, shown: rows.length }))}</p>`,
    '<table id="reports"><thead><tr>',
    th('0', cat.t('col.department'), 'text'),
    th('1', cat.t('col.region'), 'text'),
    th('2', cat.t('col.year'), 'num', 'num'),
    th('3', cat.t('col.total'), 'num', 'num'),
    th('4', cat.t('col.grade'), 'text'),
    ...SEVERITIES.map((s, i) => th(String(5 + i), cat.t(`severity.${s}`), 'num', 'num')),
    `<th scope="col">${esc(cat.t('col.rules'))}</th>`,
    th('9', cat.t('col.status'), 'text'),
    '</tr></thead><tbody>',
    ...rows.map((r) => rowHtml(ctx, r)),
    '</tbody></table>',
    `<footer>${esc(cat.t('generated'))}</footer>`,
  ].join('\n')
  return page({ lang: cat.lang, title: cat.t('index.title'), css: CSS, body, script: SCRIPT })
}
