/** Writing a set of page numbers for a message: `1–3, 7, 9–10`. */

/**
 * Formats ascending 1-based page numbers as ranges.
 * @param pages ascending page numbers
 */
export function pageList(pages: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < pages.length; ) {
    let j = i
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++
    parts.push(j === i ? String(pages[i]) : j === i + 1 ? `${pages[i]}, ${pages[j]}` : `${pages[i]}–${pages[j]}`)
    i = j + 1
  }
  return parts.join(', ')
}
