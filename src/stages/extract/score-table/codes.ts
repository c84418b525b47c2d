/** Diagnostic codes raised by the score-table reader. */
import { defineCodes } from '../../../diagnostics/define.js'

export const scoreTableCodes = defineCodes({
  'extract/score-table-ambiguous-split': {
    severity: 'warning',
    doc: 'Glued OCR digits could be split into 分值/得分 in more than one way, or in none, that fits the table arithmetic; the value is left null.',
  },
  'extract/score-table-headless-roles': {
    severity: 'warning',
    doc: 'Score rows with no header whose two numbers fit neither 分值 then 得分 (得分 ≤ 分值 on every row) nor one reading; the numbers are left null.',
  },
  'extract/score-table-not-a-name': {
    severity: 'info',
    doc: 'A score-table row whose label cannot be an indicator name (a unit such as 人次 or %, one character, a scoring rule such as 每低1%扣1分, no Chinese character) is not an indicator.',
  },
  'extract/score-table-total-is-max': {
    severity: 'info',
    doc: 'A total row on a form whose 得分 cells are all blank equals Σ 分值: it is read as the 满分, not as a score.',
  },
})
