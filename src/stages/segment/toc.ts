/**
 * Tables of contents printed without dot leaders or page numbers, often
 * without a 目录 label (部门决算 documents): a run of short heading-like
 * paragraphs whose first entry is printed again later, where the body
 * begins. The outline must come from the body, so the run's markers are
 * TOC lines, not sections.
 *
 *   第一部分 单位概况          ← run starts (TOC)
 *   一、 职能简介
 *   第二部分 决算情况说明
 *   …
 *   第一部分 单位概况          ← printed again: the body starts here
 *   一、职能简介
 *   1.宣传贯彻执行…。
 *
 * After a 目录 title the run is a table of contents without that test.
 */
import type { NormDoc } from '../../pipeline/types.js'
import { P, type Numbering } from './numbering.js'
import { firstMarker } from './markers.js'
import { classify } from './layout.js'
import { isSpace } from './title.js'

/**
 * Indices of the paragraphs that are lines of a table of contents found by
 * repetition (or after a 目录 title).
 * @param norm the normalized document
 * @param nb the numbering grammar
 */
export function tocParagraphs(norm: NormDoc, nb: Numbering): Set<number> {
  const { minEntries, maxEntryLength } = nb.data.toc
  const paras = norm.paragraphs
  const texts = paras.map((p) => norm.text.slice(p.start, p.end).trim())
  const headingLike = texts.map((t) => isHeadingLike(t, nb, maxEntryLength))
  const where = new Map<string, number[]>()
  // each heading's key, read once: the run walk below asks for it again
  const keys: string[] = []
  texts.forEach((_, i) => {
    if (!headingLike[i]) return
    const key = (keys[i] = keyOf(i))
    const list = where.get(key)
    if (list) list.push(i)
    else where.set(key, [i])
  })
  const out = new Set<number>()

  let i = 0
  while (i < paras.length) {
    if (!headingLike[i]) {
      i++
      continue
    }
    let j = i
    // an entry wrapped onto a short line of its own (…培训费支 / 出预算表) does not end the run
    while (j < paras.length && (headingLike[j] || (j > i && headingLike[j + 1] && isWrappedEntry(texts[j]!, nb, maxEntryLength)))) j++
    const labelled = i > 0 && nb.test(P.tocTitle, texts[i - 1]!)
    const again = where.get(keys[i]!)!.find((k) => k > i) ?? -1
    // the body begins where the first entry is printed again (inside the run, or after it)
    const end = again > i ? Math.min(again, j) : labelled ? j : i
    if (end - i >= minEntries || (labelled && end > i)) for (let k = i; k < end; k++) out.add(k)
    i = again > i && again < j ? again : j
  }
  return out

  /** The heading as a key: its text without white space; a bare marker takes the next paragraph as its title. */
  function keyOf(i: number): string {
    let t = texts[i]!
    const page = nb.exec(P.tocPage, t)
    if (page) t = t.slice(0, page.index)
    const m = firstMarker(t, 0, t.length, nb)
    if (m && m.end >= t.length && i + 1 < texts.length) t += texts[i + 1]
    let key = ''
    for (const ch of t) if (!isSpace(ch)) key += ch
    return key
  }
}

/** The rest of a wrapped TOC entry: a short line with no marker that is not a sentence or a table row. */
function isWrappedEntry(text: string, nb: Numbering, maxLength: number): boolean {
  if (text === '' || text.length > maxLength / 2) return false
  if (firstMarker(text, 0, text.length, nb)?.atStart) return false
  return classify(text, nb) === 'short'
}

/** A short paragraph that starts with a numbering marker and is not a sentence or a table row. */
function isHeadingLike(text: string, nb: Numbering, maxLength: number): boolean {
  if (text === '' || text.length > maxLength) return false
  const m = firstMarker(text, 0, text.length, nb)
  if (!m?.atStart) return false
  // the title after the marker and its gap (第一部分\t部门概况: the TAB is the gap, not a cell)
  const title = text.slice(m.end)
  if (title.trim() === '') return true
  const layout = classify(title, nb)
  return layout === 'short' || layout === 'toc'
}
