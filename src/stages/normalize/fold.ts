/**
 * Character folding, one character to one character so offsets stay simple:
 * full-width ASCII forms to ASCII, ideographic space to space, Kangxi
 * radicals to ideographs (the tables are grammar data).
 */
import { z } from 'zod'
import type { Grammar } from '../../grammar/load.js'

const FoldData = z.object({
  fold: z.object({ foldFullWidthAscii: z.boolean(), pairs: z.record(z.string(), z.string()) }),
  reflow: z.object({
    fullWidthRatio: z.number(),
    widthTolerance: z.number(),
    hardWrapShare: z.number(),
    doubleSpacedShare: z.number(),
    minWrappedLines: z.number().int(),
    minTypicalWidth: z.number(),
    overlongRatio: z.number(),
    overlongShare: z.number(),
    continuationEnds: z.string(),
    sentenceEnds: z.string(),
  }),
})
export type NormalizeData = z.infer<typeof FoldData>

export function normalizeData(grammar: Grammar): NormalizeData {
  return grammar.data('normalize', FoldData)
}

/** Builds a folding function from the grammar's tables. */
export function createFolder(data: NormalizeData): (ch: string) => string {
  const pairs = new Map(Object.entries(data.fold.pairs))
  const fullWidth = data.fold.foldFullWidthAscii
  return (ch) => {
    const c = ch.charCodeAt(0)
    if (fullWidth && c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
    return pairs.get(ch) ?? ch
  }
}

/** Display width: CJK and other wide characters count 2, the rest 1. */
export function displayWidth(text: string): number {
  let w = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x3000 && c <= 0x303f)) ? 2 : 1
  }
  return w
}
