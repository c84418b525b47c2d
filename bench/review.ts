/**
 * Review index benchmark (`npm run bench:review`): an output folder of N
 * records (copies of the seed's record with varied department, region, year,
 * total and findings), `jixiao review` on it, then the index opened from
 * file:// in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
 * time to load the page (navigation to the load event) and to apply a filter
 * (select a rule, then a severity, then type a search) with every row re-shown
 * in between. BENCH_REPORTS=1000 (default). Needs dist/ (the npm script builds it).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { runFile } from '../src/pipeline/run.js'
import type { Report } from '../src/model/report.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const N = Number(process.env.BENCH_REPORTS ?? 1000)
const REGIONS = ['佛山市', '广州市', '深圳市', '长沙市', '成都市', '银川市', '岳阳市']
const CODES = ['check/score-sum', 'check/total-sum', 'check/completion-rate', 'check/fiscal-year', 'check/max-sum-short']

const base = await runFile(join(ROOT, 'seeds/000_d2e29ec8149df6e0.txt'))
if (!base.ok) throw new Error('seed did not read')
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-review-'))
const out = join(dir, 'out')
mkdirSync(join(out, 'reports'), { recursive: true })
for (let i = 0; i < N; i++) {
  const r: Report = structuredClone(base.report)
  r.id = i.toString(16).padStart(16, '0')
  r.source.path = `archive/${REGIONS[i % REGIONS.length]}/${2018 + (i % 5)}/report-${i}.txt`
  r.meta.department = { ...r.meta.department!, value: `${REGIONS[i % REGIONS.length]}第${i}局` }
  r.meta.region = { ...r.meta.region!, value: REGIONS[i % REGIONS.length]! }
  r.meta.year = { ...r.meta.year!, value: 2018 + (i % 5) }
  r.totals.score = { ...r.totals.score!, value: 60 + (i % 40) }
  const f = r.findings[0]!
  r.findings = Array.from({ length: i % 4 }, (_, k) => ({ ...f, code: CODES[(i + k) % CODES.length]!, severity: k % 2 ? 'error' : 'warning' }))
  writeFileSync(join(out, 'reports', `${r.id}.json`), JSON.stringify(r))
}
const site = join(dir, 'site')
let t = performance.now()
const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'review', out, '-o', site], { encoding: 'utf8' })
if (run.status !== 0) throw new Error(run.stderr)
console.log(`review of ${N} records: ${((performance.now() - t) / 1000).toFixed(1)} s`)

const userData = join(dir, 'profile')
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await context.newPage()
  t = performance.now()
  await page.goto(pathToFileURL(join(site, 'index.html')).href, { waitUntil: 'load' })
  const load = performance.now() - t
  const rows = await page.locator('#reports tbody tr').count()
  const timeIt = async (f: () => Promise<unknown>) => {
    const s = performance.now()
    await f()
    await page.evaluate(() => new Promise((r) => (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(() => r(null))))
    return performance.now() - s
  }
  const visible = () => page.$$eval('#reports tbody tr', (rs) => rs.filter((r) => !(r as unknown as { hidden: boolean }).hidden).length)
  const rule = await timeIt(() => page.selectOption('select[data-filter=rule]', 'check/score-sum'))
  const byRule = await visible()
  await page.selectOption('select[data-filter=rule]', '')
  const severity = await timeIt(() => page.selectOption('select[data-filter=severity]', 'error'))
  const bySeverity = await visible()
  await page.selectOption('select[data-filter=severity]', '')
  const text = await timeIt(() => page.fill('input[data-filter=text]', '广州市'))
  const byText = await visible()
  const sort = await timeIt(() => page.click('th[data-sort="3"]'))
  console.log(`index: ${rows} rows, load ${load.toFixed(0)} ms`)
  console.log(`filter rule ${rule.toFixed(0)} ms (${byRule} rows), severity ${severity.toFixed(0)} ms (${bySeverity}), text ${text.toFixed(0)} ms (${byText}); sort by total ${sort.toFixed(0)} ms`)
} finally {
  await context.close()
  rmSync(dir, { recursive: true, force: true })
}
