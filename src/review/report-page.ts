/**
 * The page of one report: what it says about itself, every finding with
 * both (or all) cited sides — the rule's title and description, each side's
 * figure, page:line and quote, and for a PDF a band of the page image with
 * the cited text boxed — then the outline, the indicator table, the budget
 * tables and the reading notes. Everything from the document is escaped.
 */
import type { Report, Section, Table } from '../model/report.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { Catalogue } from '../messages/catalogue.js'
import { formatAt } from '../store/csv-rows.js'
import { esc, page } from './html.js'
import { CSS } from './style.js'
import { sidesOf, splitQuote, type FindingSide } from './sides.js'
import type { Crop, Crops } from './images.js'
import { severityCounts, type ReviewContext } from './summary.js'

/** The findings of a report in page order, each with its sides. */
export function findingSides(r: Report): { finding: Diagnostic; sides: FindingSide[] }[] {
  return r.findings.map((finding) => ({ finding, sides: sidesOf(finding) }))
}

function where(cat: Catalogue, span: FindingSide['span']): string {
  const parts = [span.start.page !== null ? cat.t('side.page', { page: span.start.page }) : '', cat.t('side.line', { line: span.start.line })]
  return parts.filter(Boolean).join(' ')
}

function quoteHtml(side: FindingSide): string {
  const parts = splitQuote(side)
  if (parts) return `<div class="quote">${esc(parts[0])}<mark>${esc(parts[1])}</mark>${esc(parts[2])}</div>`
  if (side.quote !== null) return `<div class="quote">${esc(side.quote)}</div>`
  return ''
}

function cropHtml(cat: Catalogue, crop: Crop): string {
  const boxes = crop.boxes
    .map(([l, t, w, h]) => `<span class="hl" style="left:${l}%;top:${t}%;width:${w}%;height:${h}%"></span>`)
    .join('')
  const alt = cat.t('side.page', { page: crop.page })
  return `<figure class="crop" style="aspect-ratio:${crop.width}/${crop.height}"><img src="${esc(crop.file)}" alt="${esc(alt)}" width="${crop.width}" height="${crop.height}">${boxes}</figure>`
}

function sideHtml(cat: Catalogue, side: FindingSide, crop: Crop | undefined): string {
  const what = side.label !== null
    ? `${esc(side.label)} <span class="${side.computed ? 'value' : 'raw'}">${esc(side.raw ?? '')}</span>`
    : esc(side.message ?? '')
  return [
    `<li class="side side-${side.role}" data-at="${esc(formatAt(side.span))}">`,
    `<span class="role">${esc(cat.t(side.role === 'at' ? 'side.at' : 'side.related'))}</span> ${what} `,
    `<span class="where muted">${esc(where(cat, side.span))}</span>`,
    quoteHtml(side),
    crop ? cropHtml(cat, crop) : '',
    '</li>',
  ].join('')
}

function findingHtml(ctx: ReviewContext, f: Diagnostic, sides: FindingSide[], crops: Crops): string {
  const { cat } = ctx
  const rule = ctx.ruleIds.get(f.code)
  return [
    `<article class="finding ${esc(f.severity)}" data-code="${esc(f.code)}" data-severity="${esc(f.severity)}">`,
    `<h3><span class="sev sev-${esc(f.severity)}">${esc(cat.t(`severity.${f.severity}`))}</span> `,
    `${rule ? `${esc(rule)} ` : ''}${esc(cat.title(f.code))} <span class="muted small">${esc(f.code)}</span></h3>`,
    cat.description(f.code) ? `<p class="desc">${esc(cat.description(f.code))}</p>` : '',
    `<p class="msg">${esc(cat.message(f))}</p>`,
    `<ol class="sides">${sides.map((s) => sideHtml(cat, s, crops.bySide.get(s))).join('')}</ol>`,
    '</article>',
  ].join('')
}

function metaHtml(cat: Catalogue, r: Report): string {
  const m = r.meta
  const total = r.totals.score ? `${r.totals.score.raw}${r.totals.max ? ` / ${r.totals.max.value}` : ''}` : null
  const rows: [string, string | null][] = [
    ['meta.title', m.title?.value ?? null],
    ['meta.department', m.department?.value ?? null],
    ['meta.region', m.region?.value ?? null],
    ['meta.year', m.year ? String(m.year.value) : null],
    ['meta.total', total],
    ['meta.grade', r.totals.grade ? r.totals.grade.raw : null],
    ['report.source', `${r.source.path} (${r.source.format}${r.source.pages ? `, ${r.source.pages} p.` : ''})`],
  ]
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(cat.t(k))}</dt><dd>${esc(v ?? cat.t('none'))}</dd>`).join('')}</dl>`
}

function outlineHtml(cat: Catalogue, sections: Section[]): string {
  if (sections.length === 0) return `<p class="muted">${esc(cat.t('report.noOutline'))}</p>`
  const children = new Map<string | null, Section[]>()
  for (const s of sections) {
    const list = children.get(s.parentId) ?? []
    list.push(s)
    children.set(s.parentId, list)
  }
  const ids = new Set(sections.map((s) => s.id))
  const tree = (parent: string | null, depth: number): string => {
    const list = (children.get(parent) ?? []).concat(parent === null ? sections.filter((s) => s.parentId !== null && !ids.has(s.parentId)) : [])
    if (list.length === 0 || depth > 12) return ''
    const items = list.map((s) => `<li>${esc(s.marker)}${esc(s.title)} <span class="muted small">${esc(formatAt(s.span))}</span>${tree(s.id, depth + 1)}</li>`)
    return `<ul${depth === 0 ? ' class="outline"' : ''}>${items.join('')}</ul>`
  }
  return tree(null, 0)
}

function indicatorsHtml(cat: Catalogue, r: Report): string {
  if (r.indicators.length === 0) return `<p class="muted">${esc(cat.t('report.noIndicators'))}</p>`
  const head = ['ind.name', 'ind.max', 'ind.score', 'ind.group', 'ind.at']
    .map((k, i) => `<th${i === 1 || i === 2 ? ' class="num"' : ''}>${esc(cat.t(k))}</th>`)
    .join('')
  const rows = r.indicators.map((i) => [
    `<tr><td>${esc(i.name)}</td>`,
    `<td class="num">${esc(i.max?.raw ?? '')}</td><td class="num">${esc(i.score?.raw ?? '')}</td>`,
    `<td>${esc(i.path.join(' › '))}</td><td class="small muted">${esc(formatAt(i.span))}</td></tr>`,
  ].join(''))
  return `<table class="indicators"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function tableHtml(cat: Catalogue, t: Table): string {
  const caption = [t.title ?? t.kind ?? t.id, t.unit ? `（${cat.t('table.unit')}：${t.unit}）` : ''].join('')
  const labelled = t.rows.some((row) => row.cells.length === t.columns.length - 1)
  const head = (labelled ? t.columns : [{ raw: cat.t('table.label') }, ...t.columns]).map((c) => `<th>${esc(c.raw)}</th>`).join('')
  const rows = t.rows.map((row) => {
    const cells = row.cells.map((c) => `<td class="num">${esc(c.raw)}</td>`).join('')
    return `<tr class="role-${esc(row.role)}"><td>${esc(row.label)}</td>${cells}</tr>`
  })
  return `<table class="money"><caption>${esc(caption)} <span class="muted small">${esc(formatAt(t.span))}</span></caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function diagnosticsHtml(cat: Catalogue, ds: Diagnostic[]): string {
  const shown = ds.filter((d) => d.severity !== 'info')
  if (shown.length === 0) return ''
  const items = shown.map((d) => `<li><span class="sev sev-${esc(d.severity)}">${esc(cat.t(`severity.${d.severity}`))}</span> <code>${esc(d.code)}</code> ${esc(formatAt(d.span))} ${esc(d.message)}</li>`)
  return `<h2>${esc(cat.t('report.diagnostics'))}</h2><ul class="diagnostics small">${items.join('')}</ul>`
}

/** The HTML of a report's page; `findings` as findingSides gave them (the keys of `crops`). */
export function reportPage(ctx: ReviewContext, r: Report, findings: ReturnType<typeof findingSides>, crops: Crops): string {
  const { cat } = ctx
  const name = r.meta.department?.value ?? r.meta.title?.value ?? r.source.path
  const counts = severityCounts(r.findings)
  const body = [
    `<nav class="noprint"><a href="index.html">${esc(cat.t('report.back'))}</a></nav>`,
    `<h1>${esc(name)}${r.meta.year ? ` <span class="muted">${esc(r.meta.year.value)}</span>` : ''}</h1>`,
    metaHtml(cat, r),
    `<h2>${esc(cat.t('report.findings'))} <span class="small">`,
    (['error', 'warning', 'info'] as const).map((s) => `<span class="n-${s}">${esc(cat.t(`severity.${s}`))} ${counts[s]}</span>`).join(' · '),
    '</span></h2>',
    crops.problem ? `<p class="muted">${esc(cat.t('side.noImage', { reason: crops.problem }))}</p>` : '',
    findings.length === 0
      ? `<p class="none">${esc(cat.t('report.noFindings'))}</p>`
      : `<section class="findings">${findings.map(({ finding, sides }) => findingHtml(ctx, finding, sides, crops)).join('')}</section>`,
    `<h2>${esc(cat.t('report.outline'))}</h2>`,
    outlineHtml(cat, r.sections),
    `<h2>${esc(cat.t('report.indicators'))}</h2>`,
    indicatorsHtml(cat, r),
    `<h2>${esc(cat.t('report.tables'))}</h2>`,
    r.tables.length ? r.tables.map((t) => tableHtml(cat, t)).join('') : `<p class="muted">${esc(cat.t('report.noTables'))}</p>`,
    diagnosticsHtml(cat, r.diagnostics),
    `<footer>${esc(cat.t('generated'))} · ${esc(r.id)}</footer>`,
  ].join('\n')
  return page({ lang: cat.lang, title: `${name} · ${cat.t('index.title')}`, css: CSS, body })
}
