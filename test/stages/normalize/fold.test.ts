import { describe, expect, it } from 'vitest'
import { folderOf, textFolderOf } from '../../../src/stages/normalize/fold.js'
import { loadGrammar } from '../../../src/grammar/load.js'

describe('textFolderOf', () => {
  const grammar = loadGrammar()
  const fold = textFolderOf(grammar)
  const foldChar = folderOf(grammar)
  const byChar = (s: string) => [...s].map((ch) => (ch.length === 1 ? foldChar(ch) : ch)).join('')

  it('should fold full-width ASCII, the ideographic space and traditional characters as the character folder does', () => {
    const text = '２０２３年度\u3000部門整體支出績效（自評）ＡＢ'
    expect(fold(text)).toBe('2023年度 部门整体支出绩效(自评)AB')
    expect(fold(text)).toBe(byChar(text))
  })

  it('should return the text itself when nothing in it folds', () => {
    const text = '一、部门基本情况 2023 年'
    expect(fold(text)).toBe(text)
  })

  it('should keep characters outside the basic plane and lone surrogates as they are', () => {
    expect(fold('𠀀績\ud800')).toBe('𠀀绩\ud800')
  })
})
