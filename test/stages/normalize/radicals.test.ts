import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { textFolderOf } from '../../../src/stages/normalize/fold.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { earlyStages, textDoc } from '../../helpers/pipeline.js'

const grammar = loadGrammar()
const fold = textFolderOf(grammar)

describe('radical folding', () => {
  it('should fold every Kangxi radical U+2F00–U+2FD5 to a CJK ideograph', () => {
    const unfolded: string[] = []
    for (let c = 0x2f00; c <= 0x2fd5; c++) {
      const out = fold(String.fromCharCode(c)).charCodeAt(0)
      if (!(out >= 0x3400 && out <= 0x9fff)) unfolded.push(c.toString(16))
    }
    expect(unfolded).toEqual([])
  })

  it('should fold radicals to simplified characters where the ideograph is traditional', () => {
    // ⾨ GATE is 門 by NFKC, then 门; ⻔ C-SIMPLIFIED GATE is 门 directly; ⼭ is 山
    expect(fold('⾨⻔⼭⾺⻢⾴⻚')).toBe('门门山马马页页')
  })

  it('should fold CJK Radicals Supplement characters that stand for an ideograph', () => {
    expect(fold('⻋⻅⻓⻰⻳⺟⺠')).toBe('车见长龙龟母民')
  })

  it('should not fold a supplement character with no ideograph of its own', () => {
    expect(fold('⺀')).toBe('⺀')
  })

  it('should keep the generated table in step with its script', () => {
    expect(() => execFileSync(process.execPath, ['grammars/radicals.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })

  it('should map a radical back to its own offset in the original text', () => {
    const { norm: doc, doc: src } = earlyStages(textDoc('佛⼭市⼈民代表⼤会'))
    expect(doc.text).toBe('佛山市人民代表大会')
    expect(src.text.slice(doc.map[1]!, doc.map[2]!)).toBe('⼭')
    expect(src.text.slice(doc.map[3]!, doc.map[4]!)).toBe('⼈')
  })
})
