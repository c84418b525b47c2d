import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evalCases } from '../../src/eval/run.js'

describe('evalCases', () => {
  it('finds text, PDF and image inputs and skips folders without expected values', () => {
    const root = mkdtempSync(join(tmpdir(), 'jixiao-cases-'))
    const make = (name: string, input: string, expected = true) => {
      mkdirSync(join(root, name))
      writeFileSync(join(root, name, input), 'x')
      if (expected) writeFileSync(join(root, name, 'expected.json'), '{}')
    }
    make('a', 'input.txt')
    make('b', 'input.pdf')
    make('c', 'input.png')
    make('d', 'input.tif')
    make('e', 'input.txt', false)
    make('f', 'notes.txt')
    expect(evalCases([root]).map((c) => [c.name, c.input.slice(root.length + 1)])).toEqual([
      ['a', 'a/input.txt'],
      ['b', 'b/input.pdf'],
      ['c', 'c/input.png'],
      ['d', 'd/input.tif'],
    ])
  })
})
