/** Department names → one canonical (full official) name. */
import { describe, expect, it } from 'vitest'
import { canonicalDepartment } from '../../../src/stages/canonicalize/index.js'
import { loadGrammar } from '../../../src/grammar/load.js'
import { CanonicalData } from '../../../src/stages/canonicalize/data.js'

describe('canonicalDepartment', () => {
  it('should map 佛山市人大常委会办公室 and its full name onto one key (seed lines 5 and 40)', () => {
    expect(canonicalDepartment('佛山市人大常委会办公室')).toBe('佛山市人民代表大会常务委员会办公室')
    expect(canonicalDepartment('佛山市人民代表大会常务委员会办公室')).toBe('佛山市人民代表大会常务委员会办公室')
  })

  it('should ignore white space and full-width forms', () => {
    expect(canonicalDepartment(' 佛山市人大常委会\n办公室 ')).toBe('佛山市人民代表大会常务委员会办公室')
    expect(canonicalDepartment('某县财政局（本级）')).toBe('某县财政局(本级)')
  })

  it('should expand the short forms of Party committee and CPPCC organs', () => {
    expect(canonicalDepartment('中共佛山市委办公室')).toBe(canonicalDepartment('中国共产党佛山市委员会办公室'))
    expect(canonicalDepartment('中共佛山市委员会办公室')).toBe('中国共产党佛山市委员会办公室')
    expect(canonicalDepartment('南县政协')).toBe('中国人民政治协商会议南县委员会')
  })

  it('should leave names without a short form unchanged', () => {
    for (const name of ['茂名市发展和改革局', '岳阳市城市管理监督指挥中心', '佛山市卫健委', '大英县司法局']) {
      expect(canonicalDepartment(name)).toBe(name)
    }
  })

  it('should keep distinct departments distinct', () => {
    expect(canonicalDepartment('佛山市人大常委会办公室')).not.toBe(canonicalDepartment('佛山市政协办公室'))
    expect(canonicalDepartment('佛山市委办公室')).not.toBe(canonicalDepartment('佛山市人民政府办公室'))
  })

  describe('rule examples in grammars/canonical.json', () => {
    const rules = loadGrammar().data('canonical', CanonicalData).departments.rules
    for (const rule of rules) {
      for (const [input, output] of rule.examples) {
        it(`${rule.pattern}: should turn ${input} into ${output}`, () => expect(canonicalDepartment(input)).toBe(output))
      }
    }
  })
})
