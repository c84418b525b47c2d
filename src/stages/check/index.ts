/**
 * check: the consistency rules of grammars/ run over the record; each
 * violation is reported as a finding citing both sides. (Stub: no rules yet.)
 */
import type { Stage } from '../../pipeline/types.js'
import type { Report } from '../../model/report.js'

export const checkStage: Stage<Report, void> = {
  name: 'check',
  run() {},
}
