/**
 * segment: the outline of the report (一、 / （一） / 1. / （1） / ①), found by
 * a state machine stepped paragraph by paragraph. (Stub: no sections yet.)
 */
import type { Stage, NormDoc, Outline } from '../../pipeline/types.js'

export const segmentStage: Stage<NormDoc, Outline> = {
  name: 'segment',
  run() {
    return { sections: [] }
  },
}
