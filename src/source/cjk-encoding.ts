/**
 * Telling encodings apart when the bytes carry no mark: UTF-16 without a
 * byte order mark, and the two-byte Chinese encodings GB18030/GBK and Big5.
 * Strict decoding alone cannot decide the latter: Big5 and random high bytes
 * decode as GB18030 without error, into mojibake. What decides is where the
 * two-byte codes fall: text in GBK keeps nearly all its codes in the GB2312
 * block (lead 0xA1–0xF7, trail 0xA1–0xFE: the common characters and the
 * punctuation); text in Big5 keeps them in Big5's common block (lead
 * 0xA1–0xC6); random bytes fall in either only as often as chance allows.
 */

/** Share of two-byte codes a real text keeps in its encoding's common block. */
const COMMON_SHARE = 0.8

/** Two-byte codes (lead ≥ 0x80) of a legacy CJK text, with GB18030's four-byte codes counted apart. */
function pairs(bytes: Uint8Array): { total: number; gb2312: number; big5: number } {
  let total = 0
  let gb2312 = 0
  let big5 = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    total++
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4 // a GB18030 four-byte code: in neither common block
      continue
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++
    if (lead >= 0xa1 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) big5++
    i += 2
  }
  return { total, gb2312, big5 }
}

/** Which legacy encoding the bytes' two-byte codes point to: gb18030, big5, or null (garbled, random bytes). */
export function legacyCjkEncoding(bytes: Uint8Array): 'gb18030' | 'big5' | null {
  const p = pairs(bytes)
  if (p.total === 0) return 'gb18030'
  if (p.gb2312 / p.total >= COMMON_SHARE) return 'gb18030'
  if (p.big5 / p.total >= COMMON_SHARE) return 'big5'
  return null
}

/** True for characters a report's text is made of (CJK, ASCII, punctuation, white space). */
function plausible(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c ||
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2000 && c <= 0x206f) // general punctuation
  )
}

/** utf-16le or utf-16be when the bytes read as UTF-16 text without a BOM (nearly every character plausible), else null. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1
  if (n < 4) return null
  for (const [enc, hi] of [['utf-16le', 1], ['utf-16be', 0]] as const) {
    let ok = 0
    for (let i = 0; i < n; i += 2) if (plausible(bytes[i + hi]! * 256 + bytes[i + 1 - hi]!)) ok++
    if (ok / (n / 2) >= 0.95) return enc
  }
  return null
}
