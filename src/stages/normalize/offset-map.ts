/**
 * Mapping ranges of normalized text back to the original text (like pdf.js
 * getOriginalIndex). Every normalized character remembers the original offset
 * it came from; a normalized range [s, e) maps to the original range from the
 * first character's offset to just after the last one's.
 */
import type { NormDoc } from '../../pipeline/types.js'

/** Original [start, end) of the normalized range [start, end). */
export function toOriginal(norm: Pick<NormDoc, 'map' | 'text'>, start: number, end: number): [number, number] {
  if (end <= start) {
    const o = norm.map[start] ?? norm.map[norm.text.length]!
    return [o, o]
  }
  const s = norm.map[start]!
  const last = norm.map[end - 1]!
  // a surrogate pair occupies two original code units
  const code = norm.text.charCodeAt(end - 1)
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1
  return [s, last + width]
}
