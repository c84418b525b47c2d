/**
 * normalize: body lines re-flowed into paragraphs, characters folded, with an
 * offset map back to the original text. (Stub until implemented.)
 */
import type { Stage, Line, NormDoc } from '../../pipeline/types.js'

export const normalizeStage: Stage<Line[], NormDoc> = {
  name: 'normalize',
  run() {
    return { text: '', map: new Int32Array(1), paragraphs: [] }
  },
}
