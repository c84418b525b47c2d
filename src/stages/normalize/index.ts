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

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\v'
const isAsciiLetter = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch)

class Builder {
  chars: string[] = []
  map: number[] = []
  push(ch: string, offset: number) {
    this.chars.push(ch)
    this.map.push(offset)
  }
  last(): string | undefined {
    return this.chars[this.chars.length - 1]
  }
}

/** Indices (within the line) of spaces inside letter-spaced Han runs. */
function letterSpacedGaps(folded: string, ctx: Context): Set<number> {
  const gaps = new Set<number>()
  const re = ctx.grammar.regex('normalize/letter-spaced-run')
  re.lastIndex = 0
  for (const m of folded.matchAll(re)) {
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') gaps.add(m.index + i)
  }
  return gaps
}

/** Indices (within the line) of pinyin glosses after a Han character (目標(biāo)), which are dropped. */
function glossChars(folded: string, ctx: Context): Set<number> | null {
  const re = ctx.grammar.regex('normalize/pinyin-gloss')
  re.lastIndex = 0
  let out: Set<number> | null = null
  for (const m of folded.matchAll(re)) {
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
  while (i < end && isSpace(folded[i]!)) i++
  while (end > i && isSpace(folded[end - 1]!)) end--
  const maxPlainRun = isProseLine(folded, i, end, data.gaps) ? data.gaps.proseMaxGap : 1
  while (i < end) {
    const ch = folded[i]!
    if (!isSpace(ch)) {
      if (!glosses?.has(i)) b.push(ch, line.start + i)
      i++
      continue
    }
    let j = i
    let wide = false
    while (j < end && isSpace(folded[j]!)) {
      if (folded[j] === '\t' || line.text[j] === '\u3000') wide = true
      j++
    }
    if (j - i === 1 && gaps.has(i)) {
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
    const start = b.chars.length
    lines.forEach((line, k) => {
      if (k > 0) {
        const prev = lines[k - 1]!
        const next = foldedOf(line).trimStart()[0]
        if (isAsciiLetter(b.last()) && isAsciiLetter(next)) b.push(' ', prev.end)
      }
      appendLine(b, line, foldedOf(line), ctx, data)
    })
    out.push({ start, end: b.chars.length, lines: lines.map((l) => l.index), page: lines[0]!.page })
  }
  const text = b.chars.join('')
  const map = new Int32Array(text.length + 1)
  b.map.forEach((o, i) => (map[i] = o))
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
