/**
 * Seeded mutations for the fuzz suite: byte flips, truncations and chunk
 * moves on PDFs; Unicode insertions (zero-width, combining marks, bidi
 * controls, private use, U+FFFD where a lone surrogate was, Kangxi
 * radicals), huge numbers and deleted line breaks on texts. The same seed
 * gives the same mutants on every machine.
 */

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rand = () => number
const int = (r: Rand, n: number) => Math.floor(r() * n)
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!

/** A mutation of bytes: its name and the new bytes. */
export interface Mutant<T> {
  ops: string[]
  data: T
}

/** Byte mutations (a PDF's structure lives in its bytes). */
export const BYTE_OPS: Record<string, (b: Uint8Array, r: Rand) => Uint8Array> = {
  /** 1–8 random bytes replaced by random values */
  flip: (b, r) => {
    const out = b.slice()
    for (let k = 1 + int(r, 8); k > 0 && out.length > 0; k--) out[int(r, out.length)] = int(r, 256)
    return out
  },
  /** cut at a random place */
  truncate: (b, r) => b.slice(0, int(r, b.length)),
  /** a chunk (up to 4 KB) cut out and put back elsewhere */
  move: (b, r) => {
    if (b.length < 2) return b.slice()
    const len = 1 + int(r, Math.min(4096, b.length - 1))
    const from = int(r, b.length - len)
    const chunk = b.slice(from, from + len)
    const rest = Buffer.concat([b.subarray(0, from), b.subarray(from + len)])
    const to = int(r, rest.length + 1)
    return new Uint8Array(Buffer.concat([rest.subarray(0, to), chunk, rest.subarray(to)]))
  },
  /** one of the PDF's own keywords' digits changed (object numbers, lengths, counts) */
  digit: (b, r) => {
    const out = b.slice()
    for (let tries = 0; tries < 64; tries++) {
      const i = int(r, out.length)
      if (out[i]! >= 0x30 && out[i]! <= 0x39) {
        out[i] = 0x30 + int(r, 10)
        return out
      }
    }
    return out
  },
}

/** Characters inserted into texts, by kind. */
export const INSERTS: Record<string, readonly string[]> = {
  'zero-width': ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060'],
  combining: ['\u0301', '\u0308', '\u0332', '\u20DD', '\u3099'],
  bidi: ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'],
  'private-use': ['\uE000', '\uE123', '\uF8FF', '\uDB80\uDC00'],
  // a lone surrogate cannot be written in UTF-8: decoders put U+FFFD in its place
  surrogate: ['\uFFFD'],
  kangxi: Array.from({ length: 214 }, (_, i) => String.fromCodePoint(0x2f00 + i)),
}

/** Text mutations. */
export const TEXT_OPS: Record<string, (t: string, r: Rand) => string> = {
  ...Object.fromEntries(
    Object.entries(INSERTS).map(([kind, chars]) => [
      kind,
      (t: string, r: Rand) => {
        const at = [...Array(1 + int(r, 40))].map(() => int(r, t.length + 1)).sort((a, b) => b - a)
        let out = t
        // never inside a surrogate pair of the original
        for (const i of at) if (!/[\uDC00-\uDFFF]/.test(out[i] ?? '')) out = out.slice(0, i) + pick(r, chars) + out.slice(i)
        return out
      },
    ]),
  ),
  /** numbers replaced by 40–400 digit runs, 1e309, or many-digit decimals */
  'huge-numbers': (t, r) =>
    t.replace(/\d+(?:\.\d+)?/g, (m) => {
      if (r() > 0.15) return m
      const k = int(r, 4)
      if (k === 0) return '9'.repeat(40 + int(r, 360))
      if (k === 1) return `${m}e309`
      if (k === 2) return `${m}.${'7'.repeat(200)}`
      return `${m}${'0'.repeat(310)}`
    }),
  /** 10–100 % of the line breaks deleted */
  'delete-breaks': (t, r) => {
    const p = 0.1 + 0.9 * r()
    return t.replace(/\r?\n/g, (m) => (r() < p ? '' : m))
  },
  /** a run of spaces or full-width spaces (up to 20 K) */
  spaces: (t, r) => {
    const i = int(r, t.length + 1)
    return t.slice(0, i) + pick(r, [' ', '\u3000', '\t']).repeat(1 + int(r, 20_000)) + t.slice(i)
  },
}

/** Applies 1–3 random operations of `ops` to `data`. */
export function mutate<T>(data: T, ops: Record<string, (d: T, r: Rand) => T>, r: Rand): Mutant<T> {
  const names = Object.keys(ops)
  const chosen: string[] = []
  let out = data
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const name = pick(r, names)
    chosen.push(name)
    out = ops[name]!(out, r)
  }
  return { ops: chosen, data: out }
}
