/**
 * Meaning-preserving rewrites of a report text for the metamorphic tests:
 * re-wrapping running text, encodings, character widths, white space, page
 * breaks, table cell separators, a prepended table of contents or web-page
 * furniture. Each takes and returns the text (encodings return bytes).
 */
import { execFileSync } from 'node:child_process'
import { textDoc, earlyStages } from '../helpers/pipeline.js'
import type { Report } from '../../src/model/report.js'
import { displayWidth } from '../../src/stages/normalize/fold.js'

const SENTENCE_PUNCT = /[。，；：,;:]/
const CELL_NUMBERS = /(?:^|\s)(?:-?\d[\d,]*(?:\.\d+)?%?|-)(?:\s+(?:-?\d[\d,]*(?:\.\d+)?%?|-))+\s*$/
const WORD_CHAR = /[A-Za-z0-9.%]/

/** A line of a table: cells split by a tab or pipe, or ending in two or more numbers. */
export const isTableLine = (line: string): boolean => /[\t|]/.test(line) || CELL_NUMBERS.test(line.trim())

/** Punctuation a typeset line never starts with (it stays at the end of the line before). */
const NO_LINE_START = /[。，、；：？！）》」”’%,.;:?!)]/
const colWidth = (ch: string) => displayWidth(ch)

/**
 * Splits running text into lines of `width` Han characters (2 columns each, an
 * ASCII character 1, as a page is filled), never inside an ASCII word or number
 * and never starting a line with closing punctuation.
 */
export function wrapParagraph(text: string, width: number): string[] {
  const columns = width * 2
  const out: string[] = []
  let rest = text
  while (displayWidth(rest) > columns) {
    let cut = 0
    for (let w = 0; cut < rest.length && w + colWidth(rest[cut]!) <= columns; cut++) w += colWidth(rest[cut]!)
    const fit = cut
    while (cut > fit - 10 && cut > 1 && WORD_CHAR.test(rest[cut - 1]!) && WORD_CHAR.test(rest[cut]!)) cut--
    while (cut < rest.length && NO_LINE_START.test(rest[cut]!)) cut++
    out.push(rest.slice(0, cut).trim())
    rest = rest.slice(cut).trimStart()
  }
  if (rest.trim()) out.push(rest.trim())
  return out.filter((l) => l !== '')
}

/**
 * Re-wraps the paragraphs of running text at `width` characters; table rows,
 * headings and other short lines keep their own lines. The paragraphs are the
 * ones jixiao's normalize stage finds (the original lines they join, trimmed).
 * With `blank`, every line is followed by a blank line (as PDF extractions print).
 */
export function rewrap(text: string, width: number, blank: boolean): string {
  const { lines, norm } = earlyStages(textDoc(text))
  const out: string[] = []
  const consumed = new Set<number>()
  const byFirstLine = new Map<number, number[]>()
  for (const p of norm.paragraphs) byFirstLine.set(p.lines[0]!, p.lines)
  for (const line of lines) {
    if (consumed.has(line.index)) continue
    if (line.blank) continue
    const group = byFirstLine.get(line.index)
    if (!group) {
      out.push(line.text.trim())
      continue
    }
    const parts = group.map((i) => lines[i]!.text.trim())
    for (const i of group) consumed.add(i)
    const joined = parts.join('')
    const prose = !parts.some(isTableLine) && SENTENCE_PUNCT.test(joined) && displayWidth(joined) > width * 2
    if (prose) out.push(...wrapParagraph(joined, width))
    else out.push(...parts)
  }
  return out.join(blank ? '\n\n' : '\n') + '\n'
}

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n')

export const utf8Bom = (text: string): Uint8Array => Buffer.from('\uFEFF' + text, 'utf8')

export const utf16le = (text: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

/** GB18030 bytes through the system iconv, or null when iconv is missing. */
export function gb18030(text: string): Uint8Array | null {
  try {
    return execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: Buffer.from(text, 'utf8') })
  } catch {
    return null
  }
}

const FULL = { '(': '（', ')': '）', ':': '：' } as Record<string, string>
const HALF = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h])) as Record<string, string>

/** ASCII digits, brackets and colons → full-width (８, （一）, ：). */
export const toFullWidth = (text: string): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[():]/g, (c) => FULL[c]!)

/** Full-width digits, brackets and colons → ASCII. */
export const toHalfWidth = (text: string): string =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[（）：]/g, (c) => HALF[c]!)

/** A space between a number and the unit after it (8 分, 5156.46 万元, 97 %). */
export const spaceBeforeUnits = (text: string): string => text.replace(/(\d)(万元|元|分|%|个|人|次|项)/g, '$1 $2')

/** A space after Chinese commas, colons and enumeration commas in prose lines. */
export const spaceAfterPunctuation = (text: string): string =>
  text
    .split('\n')
    .map((l) => (isTableLine(l) ? l : l.replace(/([，：、；])(?=\S)/g, '$1 ')))
    .join('\n')

/** Every single space inside a prose line doubled. */
export const doubledSpaces = (text: string): string =>
  text
    .split('\n')
    .map((l) => (isTableLine(l) || !SENTENCE_PUNCT.test(l) ? l : l.replace(/(\S) (?=\S)/g, '$1  ')))
    .join('\n')

/** A form feed (page break) before every `every`-th line, starting at line `from`. */
export function formFeeds(text: string, every: number, from = 1): string {
  const lines = text.split('\n')
  return lines.map((l, i) => (i >= from && (i - from) % every === 0 ? '\f' + l : l)).join('\n')
}

/** All non-blank lines joined by one space: a report flowed into one paragraph. */
export const oneLine = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ') + '\n'

/** Cells of table lines (numbers at the end) separated by `sep` instead of one space. */
export const tableSeparators = (text: string, sep: string): string =>
  text
    .split('\n')
    .map((l) => (CELL_NUMBERS.test(l.trim()) && !/[|\t]/.test(l) ? l.replace(/(\S) (?=\S)/g, `$1${sep}`) : l))
    .join('\n')

/** Pipe tables without their outer pipes (`| a | b |` → `a | b`). */
export const stripOuterPipes = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l.includes('|') ? l.replace(/^\s*\|\s?/, '').replace(/\s?\|\s*$/, '') : l))
    .join('\n')

/** A cover page and a table of contents (目录, level-1 headings with dot leaders and page numbers) before the text. */
export function withTableOfContents(text: string, report: Report): string {
  const level1 = report.sections.filter((s) => s.level === 1)
  const toc = level1.map((s, i) => `${s.marker}${s.title}${'.'.repeat(Math.max(4, 30 - s.title.length))}${i + 2}`)
  const title = report.meta.title?.value ?? ''
  return [title, '', '二〇二二年四月', '\f目  录', '', ...toc, '\f'].join('\n') + text
}

/** The report below the header, breadcrumbs and date line of the web page that published it, with a site footer after it. */
export const inWebPage = (text: string): string =>
  [
    '政府信息公开平台',
    '首页 > 政务公开 > 财政预决算 > 绩效评价',
    '发布时间: 2022-04-15  来源: 本站  浏览次数: 1024',
    '【字体：大 中 小】 【打印本页】 【关闭窗口】',
    '',
    text.trimEnd(),
    '',
    '相关链接',
    '网站地图 | 联系我们 | 隐私声明',
    '版权所有 备案序号：00000000号',
  ].join('\n') + '\n'
