/** Diagnostic codes raised by the extract stage. */
import { defineCodes } from '../../diagnostics/define.js'

/** Codes of the prose readers and text tables (`extract/`); score-table codes live in score-table/codes.ts. */
export const extractCodes = defineCodes({
  // prose readers and text tables
  'extract/prose-score-unnamed': {
    severity: 'warning',
    doc: 'A score pair in prose stands in no section, or shares its section with other pairs and has no name of its own (no heading run into its line): the indicator has no name, and a shared one is not read.',
  },
  'extract/total-ambiguous': {
    severity: 'warning',
    doc: 'The prose states different total scores or grades; the first is kept.',
  },
  'extract/table-row-width': {
    severity: 'warning',
    doc: 'A text table row has a different number of cells than its header has columns; missing cells are left blank.',
  },
  'extract/number-out-of-range': {
    severity: 'warning',
    doc: 'A printed number is too large to be held as a number (past 1e308, e.g. hundreds of glued digits); its value is left empty.',
  },
  'extract/ocr-low-confidence': {
    severity: 'warning',
    doc: 'A 分值 or 得分 read by OCR has a character the engine was unsure of; the value is left empty rather than guessed.',
  },
  'extract/score-out-of-range': {
    severity: 'warning',
    doc: 'A 分值 or 得分 is past the scores grammar\'s ceiling (1,000 points, more than any score scale): a misreading such as digits glued across cells; its value is left empty.',
  },
  'extract/table-without-rows': {
    severity: 'info',
    doc: 'A money table header is followed by no rows.',
  },
})
