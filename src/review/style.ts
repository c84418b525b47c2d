/**
 * The style sheet of the review pages, inline in every page: system fonts
 * only (Noto CJK first), no network; print rules for A4.
 */
export const CSS = `
:root { --err: #b3261e; --warn: #8a5300; --info: #3b5a8c; --line: #d7d7d7; --mark: #ffe36e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 16px 20px 40px; color: #1b1b1b; background: #fff;
  font: 15px/1.6 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 1.5em; margin: .3em 0; } h2 { font-size: 1.2em; margin: 1.4em 0 .5em; border-bottom: 2px solid #333; }
h3 { font-size: 1.05em; margin: .2em 0; }
a { color: #0b57d0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
.muted { color: #666; } .small { font-size: .88em; }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: .85em; white-space: nowrap; }
.sev-error { background: var(--err); } .sev-warning { background: var(--warn); } .sev-info { background: var(--info); }
.n-error { color: var(--err); font-weight: bold; } .n-warning { color: var(--warn); font-weight: bold; } .n-info { color: var(--info); }
.failed td { background: #fff4f2; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
.filters label { display: flex; flex-direction: column; font-size: .88em; }
.filters select, .filters input { font: inherit; padding: 2px 4px; min-width: 8em; }
th[data-sort] { cursor: pointer; user-select: none; } th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: .5em 0; }
dl.meta dt { color: #555; } dl.meta dd { margin: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 4px; padding: 8px 12px; margin: 12px 0; }
.finding.error { border-left-color: var(--err); } .finding.warning { border-left-color: var(--warn); }
.finding .desc { margin: .2em 0; color: #444; } .finding .msg { margin: .3em 0; font-weight: bold; }
ol.sides { list-style: none; padding: 0; margin: .4em 0 0; }
.side { border-top: 1px dashed var(--line); padding: 6px 0; break-inside: avoid; }
.side .role { display: inline-block; min-width: 3em; font-weight: bold; }
.side .raw { font-weight: bold; background: var(--mark); padding: 0 2px; } .side .value { font-weight: bold; }
.quote { white-space: pre-wrap; margin: 4px 0; padding: 4px 8px; border-left: 3px solid #999; background: #fafafa; font-size: .95em; }
.quote mark { background: var(--mark); outline: 2px solid #d08c00; }
figure.crop { position: relative; margin: 6px 0; border: 1px solid #bbb; max-width: 780px; line-height: 0; }
figure.crop img { width: 100%; height: auto; display: block; }
figure.crop .hl { position: absolute; border: 2px solid #e0002a; background: rgba(255, 214, 0, .28); border-radius: 2px; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.3em; margin: 0; } ul.outline { padding-left: 0; }
tr.role-total td { font-weight: bold; } tr.role-memo td:first-child { padding-left: 1.5em; color: #444; }
.none { padding: 10px 14px; background: #eef7ee; border: 1px solid #9c9; border-radius: 4px; }
footer { margin-top: 30px; font-size: .85em; color: #666; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, .noprint { display: none !important; }
  a { color: inherit; text-decoration: none; }
  .side, figure.crop, tr, .finding h3, .finding .desc, .finding .msg { break-inside: avoid; }
  .finding h3 { break-after: avoid; }
  h2 { break-after: avoid; }
  .sev, .quote mark, .side .raw, figure.crop .hl, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
