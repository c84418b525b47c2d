import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGrammar } from '../../../src/grammar/load.js'
import { numbering } from '../../../src/stages/segment/numbering.js'
import { findMarkers, firstMarker } from '../../../src/stages/segment/markers.js'
import { decodeText } from '../../../src/source/read-text.js'
import { earlyStages } from '../../helpers/pipeline.js'

/** Every text input of the repository's fixtures and seeds. */
function texts(): string[] {
  const out = readdirSync('seeds').filter((n) => n.endsWith('.txt')).map((n) => join('seeds', n))
  for (const c of readdirSync('fixtures').sort()) if (existsSync(join('fixtures', c, 'input.txt'))) out.push(join('fixtures', c, 'input.txt'))
  return out
}

describe('firstMarker', () => {
  const nb = numbering(loadGrammar())

  it('should give the first of findMarkers on every paragraph and every trimmed paragraph of the text inputs', () => {
    let paragraphs = 0
    let withMarker = 0
    for (const path of texts()) {
      // the deliberately broken inputs (binary named .txt) have no text to look at
      const doc = decodeText(path, readFileSync(path), 'test').doc
      if (!doc) continue
      const { norm } = earlyStages(doc)
      for (const p of norm.paragraphs) {
        const all = findMarkers(norm.text, p.start, p.end, nb)
        expect(firstMarker(norm.text, p.start, p.end, nb), path).toEqual(all[0])
        const t = norm.text.slice(p.start, p.end).trim()
        expect(firstMarker(t, 0, t.length, nb), path).toEqual(findMarkers(t, 0, t.length, nb)[0])
        paragraphs++
        if (all.length) withMarker++
      }
    }
    // the comparison has markers to compare: not a run over empty input
    expect(paragraphs).toBeGreaterThan(1000)
    expect(withMarker).toBeGreaterThan(200)
  })

  it('should find a marker after a candidate that is none (一 inside prose, then 二、)', () => {
    const text = '统一部署。二、主要工作'
    expect(firstMarker(text, 0, text.length, nb)).toMatchObject({ ordinal: 2, start: 5, atStart: false })
    expect(firstMarker('没有编号的段落', 0, 7, nb)).toBeUndefined()
  })
})
