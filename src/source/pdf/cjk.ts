/**
 * Character classes for joining PDF text items: which characters count as
 * CJK (so the space a justified layout puts between two of them can go), and
 * which are white space. Code-point ranges, checked with integer compares
 * because they run once per character of every page.
 */

/** True for white space as it appears in PDF text items (ASCII, no-break and ideographic space). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)
}

/**
 * True for a CJK character or CJK punctuation: ideographs (and, for a surrogate,
 * the supplementary ideograph planes), kana, CJK symbols and punctuation, and
 * full-width punctuation. Full-width digits and Latin letters are NOT CJK here,
 * so a space next to them is kept (`２０２０ 年`), like one next to ASCII digits.
 * The dashes, ellipsis and curly quotes of Chinese typesetting count as CJK.
 */
export function isCjk(code: number): boolean {
  if (code < 0x2014) return code === 0xb7
  if (code <= 0x2026) return code === 0x2014 || code === 0x2015 || (code >= 0x2018 && code <= 0x201f) || code === 0x2026
  if (code < 0x2e80) return false
  if (code <= 0x9fff) return code !== 0x3000
  if (code >= 0xd840 && code <= 0xd8bf) return true // high surrogates of planes 2–3 (CJK extensions B–H)
  if (code >= 0xf900 && code <= 0xfaff) return true
  if (code >= 0xfe30 && code <= 0xfe4f) return true
  if (code >= 0xff00 && code <= 0xffef) {
    // full-width digits and Latin letters behave like their ASCII forms
    return !((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
  }
  return false
}

/** Code of the last UTF-16 unit of a string that is not a low surrogate (the start of its last character). */
export function lastCharCode(s: string): number {
  let i = s.length - 1
  let c = s.charCodeAt(i)
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) c = s.charCodeAt(i - 1)
  return c
}
