/**
 * normalize: body lines re-flowed into paragraphs and characters folded,
 * with an offset map so every match in the normalized text maps back to the
 * original (see offset-map.ts).
 *
 * Within a paragraph: lines are trimmed and joined (with a space only between
 * two ASCII letters); letter-spaced Han runs lose their spaces (年 度 部 门 →
 * 年度部门); a run of white space becomes one space, or a TAB when it holds a
 * tab or several spaces (a cell gap) — in a long line of running prose a run
 * of a few spaces is a plain space (grammar data `gaps`); a pinyin gloss after a Han character
 * (目標(biāo), as mirror sites print them) is dropped. Paragraphs are joined
 * with '\n'.
 */
import type { Stage, Line, NormDoc, Paragraph, Context } from '../../pipeline/types.js'
import { normalizeData, textFolderOf, type NormalizeData } from './fold.js'
import { reflow } from './reflow.js'
import { scannerOf } from '../../grammar/scanner.js'

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b
const isAsciiLetter = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch)

/** The normalized text as it is built: runs of text, and the original offset of each code unit in a growing array. */
class Builder {
  parts: string[] = []
  length = 0
  map = new Int32Array(1024)
  lastChar: string | undefined = undefined
  private room(n: number) {
    if (this.length + n <= this.map.length) return
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n))
    grown.set(this.map)
    this.map = grown
  }
  /** one code unit (or a one-character separator) at an original offset */
  push(ch: string, offset: number) {
    this.room(1)
    this.parts.push(ch)
    this.map[this.length++] = offset
    this.lastChar = ch
  }
  /** s[from, to), its code units at original offsets offset + k */
  run(s: string, from: number, to: number, offset: number) {
    if (to <= from) return
    this.room(to - from)
    this.parts.push(s.slice(from, to))
    for (let k = from; k < to; k++) this.map[this.length++] = offset + k
    this.lastChar = s[to - 1]
  }
}

/** Indices (within the line) of spaces inside letter-spaced Han runs. */
function letterSpacedGaps(folded: string, ctx: Context): Set<number> | null {
  let gaps: Set<number> | null = null
  // the grammar's scanner: the same matches as matchAll, none looked for in a line without a space
  for (const m of scannerOf(ctx.grammar.regex('normalize/letter-spaced-run')).matchAll(folded)) {
    gaps ??= new Set()
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') gaps.add(m.index + i)
  }
  return gaps
}

/** Indices (within the line) of pinyin glosses after a Han character (目標(biāo)), which are dropped. */
function glossChars(folded: string, ctx: Context): Set<number> | null {
  let out: Set<number> | null = null
  for (const m of scannerOf(ctx.grammar.regex('normalize/pinyin-gloss')).matchAll(folded)) {
    out ??= new Set()
    for (let i = 0; i < m[0].length; i++) out.add(m.index + i)
  }
  return out
}

/**
 * Whether folded[start, end) is a long line of running prose, where a short run of
 * spaces is a wide space between words, not a gap between table cells.
 */
function isProseLine(folded: string, start: number, end: number, gaps: NormalizeData['gaps']): boolean {
  if (end - start < gaps.proseLineMinLength) return false
  let marks = 0
  for (let k = start; k < end && marks < gaps.proseMinMarks; k++) if (gaps.proseMarks.includes(folded[k]!)) marks++
  return marks >= gaps.proseMinMarks
}

/** Appends one line's trimmed, folded text. */
function appendLine(b: Builder, line: Line, folded: string, ctx: Context, data: NormalizeData) {
  const gaps = letterSpacedGaps(folded, ctx)
  const glosses = glossChars(folded, ctx)
  let i = 0
  let end = folded.length
  while (i < end && isSpaceCode(folded.charCodeAt(i))) i++
  while (end > i && isSpaceCode(folded.charCodeAt(end - 1))) end--
  const maxPlainRun = isProseLine(folded, i, end, data.gaps) ? data.gaps.proseMaxGap : 1
  while (i < end) {
    if (!isSpaceCode(folded.charCodeAt(i))) {
      // a run of text up to the next white space, less the glossed characters
      let j = i + 1
      while (j < end && !isSpaceCode(folded.charCodeAt(j))) j++
      if (glosses === null) b.run(folded, i, j, line.start)
      else
        for (let k = i; k < j; ) {
          if (glosses.has(k)) {
            k++
            continue
          }
          let e = k + 1
          while (e < j && !glosses.has(e)) e++
          b.run(folded, k, e, line.start)
          k = e
        }
      i = j
      continue
    }
    let j = i
    let wide = false
    while (j < end && isSpaceCode(folded.charCodeAt(j))) {
      if (folded[j] === '\t' || line.text[j] === '\u3000') wide = true
      j++
    }
    if (j - i === 1 && gaps?.has(i)) {
      i = j
      continue
    }
    b.push(wide || j - i > maxPlainRun ? '\t' : ' ', line.start + i)
    i = j
  }
}

/**
 * Builds the normalized document from re-flowed paragraphs.
 * @param foldedOf a line's folded text (folded once per document, shared with reflow)
 */
export function buildNormDoc(paragraphs: Line[][], foldedOf: (line: Line) => string, ctx: Context, data: NormalizeData): NormDoc {
  const b = new Builder()
  const out: Paragraph[] = []
  let previous: Line[] | undefined
  for (const lines of paragraphs) {
    // the paragraph break maps to the end of the previous paragraph's last line (its line break)
    if (previous) b.push('\n', previous[previous.length - 1]!.end)
    previous = lines
    const start = b.length
    lines.forEach((line, k) => {
      if (k > 0) {
        const prev = lines[k - 1]!
        const next = foldedOf(line).trimStart()[0]
        if (isAsciiLetter(b.lastChar) && isAsciiLetter(next)) b.push(' ', prev.end)
      }
      appendLine(b, line, foldedOf(line), ctx, data)
    })
    out.push({ start, end: b.length, lines: lines.map((l) => l.index), page: lines[0]!.page })
  }
  const text = b.parts.join('')
  const map = new Int32Array(text.length + 1)
  map.set(b.map.subarray(0, b.length))
  map[text.length] = previous ? previous[previous.length - 1]!.end : 0
  return { text, map, paragraphs: out }
}

export const normalizeStage: Stage<Line[], NormDoc> = {
  name: 'normalize',
  run(lines, ctx) {
    const data = normalizeData(ctx.grammar)
    const fold = textFolderOf(ctx.grammar)
    // each line is folded once; reflow and the builder both read it
    const folded = lines.map((l) => fold(l.text))
    const foldedOf = (line: Line) => folded[line.index]!
    return buildNormDoc(reflow(lines, ctx, data, foldedOf), foldedOf, ctx, data)
  },
}
