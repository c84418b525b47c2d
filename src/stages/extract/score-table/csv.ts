/**
 * Cells of a table exported as CSV and pasted as text (`"项目","权数","得分"`):
 * quoted fields, doubled quotes inside them, commas between fields, and
 * records that the copy glued with a space or broke inside a quoted field.
 * A small splitter rather than a CSV library: the text is rarely valid CSV
 * (records run together, fields break across lines), and each field must
 * keep its offsets in the original line.
 */

export interface CsvSplit {
  /** [start, end) of each field's content, quotes excluded */
  fields: Array<[number, number]>
  /** whether the line ends inside a quoted field (it continues on the next line) */
  open: boolean
}

/**
 * Splits one line into CSV fields. Outside quotes, commas and white space
 * separate fields; inside quotes everything is content and `""` is a quote.
 * @param open the previous line ended inside a quoted field
 */
export function csvFields(text: string, open: boolean): CsvSplit {
  const fields: Array<[number, number]> = []
  let inQuote = open
  let start = 0
  let i = 0
  const isSep = (ch: string) => ch === ',' || ch.trim() === ''
  while (i < text.length) {
    const ch = text[i]!
    if (inQuote) {
      if (ch === '"' && text[i + 1] === '"') i += 2
      else if (ch === '"') {
        fields.push([start, i])
        inQuote = false
        start = ++i
      } else i++
      continue
    }
    if (ch === '"') {
      if (i > start) fields.push([start, i])
      inQuote = true
      start = ++i
    } else if (isSep(ch)) {
      if (i > start) fields.push([start, i])
      start = ++i
    } else i++
  }
  if (inQuote || i > start) fields.push([start, text.length])
  return { fields: fields.filter(([s, e]) => e > s), open: inQuote }
}

/** Whether a document holds a CSV export: at least `minLines` lines with a `","` between quoted fields. */
export function isCsvDocument(texts: readonly string[], minLines = 2): boolean {
  let n = 0
  for (const t of texts) if (t.includes('","') && ++n >= minLines) return true
  return false
}
