/**
 * lines: the physical lines of the original text, each with its page, and
 * running page furniture (page numbers, repeated headers) marked so later
 * stages skip it. (Stub until implemented.)
 */
import type { Stage, Line } from '../../pipeline/types.js'
import type { SourceDoc } from '../../source/document.js'

export const linesStage: Stage<SourceDoc, Line[]> = {
  name: 'lines',
  run() {
    return []
  },
}
