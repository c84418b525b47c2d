/**
 * Character folding, one character to one character so offsets stay simple:
 * full-width ASCII forms to ASCII, ideographic space to space, Kangxi
 * radicals to ideographs, traditional to simplified characters (the tables
 * are grammar data: grammars/normalize.json, grammars/traditional.json).
 */
import { z } from 'zod'
import type { Grammar } from '../../grammar/load.js'

const FoldData = z.object({
  fold: z.object({
    foldFullWidthAscii: z.boolean(),
    pairs: z.record(z.string(), z.string()),
    /** Kangxi radicals and CJK Radicals Supplement → ideographs (generated: grammars/radicals.mjs) */
    radicals: z.record(z.string(), z.string()).default({}),
  }),
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
    openWidthRatio: z.number(),
    sentenceEnds: z.string(),
  }),
  /** when a run of spaces is a cell gap (TAB) and when a plain space (long lines of running prose) */
  gaps: z.object({
    proseLineMinLength: z.number().int(),
    proseMinMarks: z.number().int(),
    proseMarks: z.string(),
    proseMaxGap: z.number().int(),
  }),
})
export type NormalizeData = z.infer<typeof FoldData>

const Traditional = z.object({ pairs: z.array(z.string()) })

const dataCache = new WeakMap<Grammar, NormalizeData>()

/** The normalize grammar data (read once per Grammar). */
export function normalizeData(grammar: Grammar): NormalizeData {
  let data = dataCache.get(grammar)
  if (!data) {
    data = grammar.data('normalize', FoldData)
    dataCache.set(grammar, data)
  }
  return data
}

/**
 * The traditional → simplified pairs of grammars/traditional.json (rows of
 * space-separated two-character tokens: traditional, then simplified).
 */
export function traditionalPairs(grammar: Grammar): [string, string][] {
  const out: [string, string][] = []
  for (const row of grammar.data('traditional', Traditional).pairs) {
    for (const token of row.split(' ')) {
      if (token.length !== 2) throw new Error(`grammars/traditional.json: bad pair ${JSON.stringify(token)}`)
      out.push([token[0]!, token[1]!])
    }
  }
  return out
}

const folderCache = new WeakMap<Grammar, (ch: string) => string>()

/** The folding function of a grammar (built once per Grammar). */
export function folderOf(grammar: Grammar): (ch: string) => string {
  let f = folderCache.get(grammar)
  if (!f) {
    f = createFolder(normalizeData(grammar), traditionalPairs(grammar))
    folderCache.set(grammar, f)
  }
  return f
}

/**
 * Builds a folding function from the grammar's tables (pairs listed in
 * normalize.json win over the traditional ones). A radical folds to its
 * ideograph, and that ideograph folds on as any other (⾨ → 門 → 门).
 */
export function createFolder(data: NormalizeData, extra: [string, string][] = []): (ch: string) => string {
  const pairs = new Map([...extra, ...Object.entries(data.fold.pairs)])
  for (const [radical, ideograph] of Object.entries(data.fold.radicals)) pairs.set(radical, pairs.get(ideograph) ?? ideograph)
  const fullWidth = data.fold.foldFullWidthAscii
  return (ch) => {
    const c = ch.charCodeAt(0)
    if (fullWidth && c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
    return pairs.get(ch) ?? ch
  }
}

const textFolderCache = new WeakMap<Grammar, (text: string) => string>()

/**
 * The folding function of a grammar applied to a whole text, code unit by
 * code unit (built once per Grammar). Same result as folding each character
 * with `folderOf`, but read from a table indexed by char code, and the text
 * itself is returned when nothing in it folds (most lines): normalize folds
 * every line of a document, and a one-character string plus a Map lookup per
 * character was a large part of its time.
 */
export function textFolderOf(grammar: Grammar): (text: string) => string {
  let f = textFolderCache.get(grammar)
  if (!f) {
    f = createTextFolder(normalizeData(grammar), traditionalPairs(grammar))
    textFolderCache.set(grammar, f)
  }
  return f
}

/** Builds a whole-text folder from the grammar's tables: the same mapping as `createFolder`, one code unit to one. */
export function createTextFolder(data: NormalizeData, extra: [string, string][] = []): (text: string) => string {
  const foldChar = createFolder(data, extra)
  // only these code units can fold: the pairs' one-character keys and the full-width ASCII forms
  const candidates = [...extra.map(([k]) => k), ...Object.keys(data.fold.pairs), ...Object.keys(data.fold.radicals)].filter((k) => k.length === 1).map((k) => k.charCodeAt(0))
  if (data.fold.foldFullWidthAscii) for (let c = 0xff01; c <= 0xff5e; c++) candidates.push(c)
  // to[c] is the folded code unit of c, or 0 when c stays as it is
  const to = new Uint16Array(0x10000)
  for (const c of candidates) {
    const ch = String.fromCharCode(c)
    const out = foldChar(ch)
    if (out === ch) continue
    if (out.length !== 1 || out === '\0') throw new Error(`fold: ${JSON.stringify(ch)} folds to ${JSON.stringify(out)}, not one character`)
    to[c] = out.charCodeAt(0)
  }
  return (text) => {
    // unchanged runs are sliced, folded code units appended one by one
    let out = ''
    let from = 0
    for (let k = 0; k < text.length; k++) {
      const t = to[text.charCodeAt(k)]!
      if (t === 0) continue
      out += text.slice(from, k) + String.fromCharCode(t)
      from = k + 1
    }
    return from === 0 ? text : out + text.slice(from)
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
