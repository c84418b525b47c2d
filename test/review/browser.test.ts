/**
 * The review site in a real browser: Debian's chromium, headless, driven by
 * playwright-core (no browser download). The index lists every input and
 * its filters narrow it; each seed mutation's page shows its rule's finding
 * with both quoted sides and page:line; the PDF's page shows the highlight
 * inside the page image, on the cited page; hostile text stays text.
 * Screenshots go to test-results/review/ for the test log. Skipped (and
 * counted as skipped) where /usr/bin/chromium is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { HOSTILE, MUTATIONS, buildSite, type Site } from './site.js'
import { pageName } from '../../src/review/html.js'
import { checkCodes } from '../../src/stages/check/codes.js'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = resolve('test-results/review')
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

describe.skipIf(!existsSync(CHROMIUM))('review pages in headless Chromium', () => {
  let root: string
  let site: Site
  let browser: BrowserContext
  let userData: string
  const errors: string[] = []

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jixiao-review-'))
    userData = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'))
    site = await buildSite(root)
    mkdirSync(SHOTS, { recursive: true })
    const { chromium } = await import('playwright-core')
    // a persistent context on a fresh profile folder: playwright passes it as --user-data-dir
    browser = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1100, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    if (root) rmSync(root, { recursive: true, force: true })
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage()
    page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${file}: ${m.text()}`)
    })
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) errors.push(`${file}: request to ${r.url()}`)
    })
    await page.goto(pathToFileURL(join(site.dir, file)).href)
    return page
  }

  const visibleRows = (page: Page) => page.$$eval('#reports tbody tr', (rows) => rows.filter((r) => !(r as unknown as { hidden: boolean }).hidden).length)

  it('the index lists every input, a failed one with its reason', async () => {
    const page = await open('index.html')
    const paths = await page.$$eval('#reports tbody tr td:first-child .small', (els) => els.map((e) => e.textContent))
    expect([...paths].sort()).toEqual(site.inputs)
    const failed = await page.$eval('#reports tbody tr.failed', (tr) => tr.textContent ?? '')
    expect(failed).toContain(site.empty)
    expect(failed).toContain('read/empty')
    await page.screenshot({ path: join(SHOTS, 'index.png'), fullPage: true })
    console.log(`screenshot: ${join(SHOTS, 'index.png')}`)
    await page.close()
  })

  it('the filters narrow the list: by rule, by severity, by text; sorting orders by total', async () => {
    const page = await open('index.html')
    const all = site.inputs.length
    expect(await visibleRows(page)).toBe(all)
    // reports whose mutation gives check/score-sum: C07 itself, C08 and C24 (alsoFiring), and the hostile copy of the seed has none
    const withScoreSum = MUTATIONS.filter((m) => m.code === 'check/score-sum' || m.alsoFiring?.includes('check/score-sum')).length
    await page.selectOption('select[data-filter=rule]', 'check/score-sum')
    expect(await visibleRows(page)).toBe(withScoreSum)
    expect(await page.textContent('#summary')).toContain(String(withScoreSum))
    await page.selectOption('select[data-filter=rule]', '')
    // a mutation gives an error when its code or one that also fires is an error (the registry's severities);
    // the seed PDF and the hostile seed only warn
    const isError = (code: string) => checkCodes[code as keyof typeof checkCodes].severity === 'error'
    const errorsExpected = MUTATIONS.filter((m) => [m.code, ...(m.alsoFiring ?? [])].some(isError)).length
    await page.selectOption('select[data-filter=severity]', 'error')
    expect(await visibleRows(page)).toBe(errorsExpected)
    await page.selectOption('select[data-filter=severity]', '')
    await page.fill('input[data-filter=text]', 'seed-c0')
    expect(await visibleRows(page)).toBe(MUTATIONS.filter((m) => /^C0/.test(m.rule)).length)
    await page.fill('input[data-filter=text]', '')
    await page.selectOption('select[data-filter=year]', '2020')
    expect(await visibleRows(page)).toBeLessThan(all)
    await page.selectOption('select[data-filter=year]', '')
    await page.click('th[data-sort="3"]')
    const totals = await page.$$eval('#reports tbody tr', (rows) => rows.map((r) => r.children[3]!.getAttribute('data-key')).filter((k) => k !== ''))
    const numbers = totals.map(Number)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(numbers).toContain(96)
    await page.close()
  })

  it.each(MUTATIONS)('$rule: the page shows $code with both quoted sides and page:line', async (m) => {
    const path = site.mutated.get(m.rule)!
    const page = await open('index.html')
    const href = await page.$eval(`#reports tbody tr[data-text*="seed-${m.rule.toLowerCase()}.txt"] a`, (a) => a.getAttribute('href'))
    await page.goto(new URL(href!, page.url()).href)
    const finding = page.locator(`article.finding[data-code="${m.code}"]`).first()
    await expect(finding.count()).resolves.toBe(1)
    const sides = await finding.locator('li.side').evaluateAll((els) =>
      els.map((e) => ({ role: e.className, at: e.getAttribute('data-at'), where: e.querySelector('.where')?.textContent ?? '', mark: e.querySelector('.quote mark')?.textContent ?? null })),
    )
    expect(sides.length).toBeGreaterThanOrEqual(2)
    expect(sides.some((s) => s.role.includes('side-at'))).toBe(true)
    expect(sides.some((s) => s.role.includes('side-related'))).toBe(true)
    for (const s of sides) {
      expect(s.mark, `${path}: every side quotes its line with the figure marked`).not.toBeNull()
      expect(s.where).toMatch(/第 \d+ 页 第 \d+ 行/)
    }
    expect(sides.some((s) => s.mark!.includes(m.number)), `the changed ${m.number} is marked in a quote`).toBe(true)
    // the rule's Chinese title and description
    const heading = await finding.locator('h3').textContent()
    expect(heading).toContain(m.rule)
    expect(heading).toMatch(/[\u4e00-\u9fff]/)
    expect(await finding.locator('.desc').textContent()).toMatch(/[\u4e00-\u9fff]/)
    if (m.rule === 'C07') {
      await finding.screenshot({ path: join(SHOTS, 'finding-text.png') })
      console.log(`screenshot: ${join(SHOTS, 'finding-text.png')}`)
    }
    await page.close()
  })

  it('the PDF page shows each side in its page image, the highlight inside the image, on the cited page', async () => {
    const page = await open('index.html')
    const href = await page.$eval('#reports tbody tr[data-text*="seed.pdf"] a', (a) => a.getAttribute('href'))
    await page.goto(new URL(href!, page.url()).href)
    const finding = page.locator('article.finding[data-code="check/completion-rate"]')
    await expect(finding.count()).resolves.toBe(1)
    const sides = await finding.locator('li.side').evaluateAll((els) =>
      els.map((e) => {
        const img = e.querySelector('figure.crop img') as unknown as { complete: boolean; naturalWidth: number; alt: string; getBoundingClientRect(): { left: number; top: number; right: number; bottom: number } } | null
        const r = img?.getBoundingClientRect()
        const boxes = [...e.querySelectorAll('figure.crop .hl')].map((h) => h.getBoundingClientRect())
        return {
          at: e.getAttribute('data-at'),
          loaded: img ? img.complete && img.naturalWidth > 0 : false,
          alt: img?.alt ?? null,
          img: r ? { l: r.left, t: r.top, r: r.right, b: r.bottom } : null,
          boxes: boxes.map((b) => ({ l: b.left, t: b.top, r: b.right, b: b.bottom, w: b.width, h: b.height })),
          mark: e.querySelector('.quote mark')?.textContent ?? null,
        }
      }),
    )
    expect(sides.length).toBe(4)
    for (const s of sides) {
      expect(s.loaded).toBe(true)
      expect(s.mark).not.toBeNull()
      // the image is the cited page: data-at p<page>:<line>, alt 第 <page> 页
      expect(s.alt).toBe(`第 ${/^p(\d+):/.exec(s.at!)![1]} 页`)
      expect(s.boxes.length).toBeGreaterThan(0)
      for (const b of s.boxes) {
        expect(b.w).toBeGreaterThan(5)
        expect(b.h).toBeGreaterThan(5)
        expect(b.l).toBeGreaterThanOrEqual(s.img!.l - 1)
        expect(b.r).toBeLessThanOrEqual(s.img!.r + 1)
        expect(b.t).toBeGreaterThanOrEqual(s.img!.t - 1)
        expect(b.b).toBeLessThanOrEqual(s.img!.b + 1)
      }
    }
    // the stated rate is on page 10, the table's total row on page 9 (as printed in the PDF)
    expect(sides.map((s) => s.at!.split(':')[0])).toEqual(['p10', 'p9', 'p9', 'p9'])
    await finding.screenshot({ path: join(SHOTS, 'finding-pdf.png') })
    console.log(`screenshot: ${join(SHOTS, 'finding-pdf.png')}`)
    await page.close()
  })

  it('a report with no findings says so', async () => {
    const page = await open('index.html')
    const href = await page.$eval('#reports tbody tr[data-text*="plain.txt"] a', (a) => a.getAttribute('href'))
    await page.goto(new URL(href!, page.url()).href)
    expect(await page.locator('article.finding').count()).toBe(0)
    expect(await page.textContent('p.none')).toContain('未发现问题')
    await page.close()
  })

  it('hostile document text renders as text', async () => {
    const page = await open(pageName(site.hostileId))
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src=x]').count()).toBe(0)
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.textContent('h1')).toContain(HOSTILE)
    expect(await page.textContent('ul.outline')).toContain(HOSTILE)
    expect(await page.textContent('table.indicators')).toContain(HOSTILE)
    expect(await page.textContent('article.finding')).toContain(HOSTILE)
    await page.close()
    const index = await open('index.html')
    expect(await index.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await index.locator('img[src=x]').count()).toBe(0)
    expect(await index.locator('script').count()).toBe(1)
    await index.close()
  })

  it('prints on A4 without the filters', async () => {
    const page = await open('index.html')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('#filters').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  it('no page logged an error or asked for anything but its own files', () => {
    expect(errors).toEqual([])
  })
})
