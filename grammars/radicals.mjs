#!/usr/bin/env node
/**
 * Writes the radical table of grammars/normalize.json (`data.fold.radicals`):
 * every Kangxi radical (U+2F00–U+2FD5) and CJK Radicals Supplement character
 * (U+2E80–U+2EF3) that stands for an ideograph, mapped to that ideograph.
 *
 * Why: PDF text layers made from some fonts carry the radical code points
 * (⼭ U+2F2D for 山), which look the same as the ideographs but compare
 * unequal, so names and keys built from them never match.
 *
 * The Kangxi block comes from Unicode data itself: each Kangxi radical has a
 * compatibility decomposition to its ideograph, so NFKC gives it (all 214).
 * The supplement has no decomposition (only ⺟ and ⻳ do); its ideographs are
 * the list below, one entry per code point as in Unicode's
 * EquivalentUnifiedIdeograph.txt (supplement part). Code points that are bare
 * component shapes with no ideograph of their own (⺀ REPEAT), and those whose
 * ideograph lies outside the BMP (⺇ → 𠘨: folding is one UTF-16 code unit to
 * one, so offsets stay put), are left out.
 * The folder in src/stages/normalize/fold.ts then folds the ideograph once
 * more through the traditional → simplified table (⾨ → 門 → 门).
 *
 * Run: node grammars/radicals.mjs   (rewrites grammars/normalize.json)
 *      node grammars/radicals.mjs --check   (exit 1 when the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'normalize.json')

/** CJK Radicals Supplement: code point → equivalent unified ideograph. */
const SUPPLEMENT = {
  0x2e81: '厂', 0x2e82: '乛', 0x2e83: '乚', 0x2e84: '乙', 0x2e85: '亻', 0x2e86: '冂', 0x2e87: '𠘨',
  0x2e88: '𠂊', 0x2e89: '刂', 0x2e8a: '卜', 0x2e8b: '㔾', 0x2e8c: '⺌', 0x2e8d: '⺍', 0x2e8e: '兀',
  0x2e8f: '尣', 0x2e90: '尢', 0x2e91: '𡯂', 0x2e92: '巳', 0x2e93: '幺', 0x2e94: '彑', 0x2e95: '彐',
  0x2e96: '忄', 0x2e97: '㣺', 0x2e98: '扌', 0x2e99: '攵', 0x2e9b: '旡', 0x2e9c: '日', 0x2e9d: '月',
  0x2e9e: '歺', 0x2e9f: '母', 0x2ea0: '民', 0x2ea1: '氵', 0x2ea2: '氺', 0x2ea3: '灬', 0x2ea4: '爫',
  0x2ea5: '爫', 0x2ea6: '丬', 0x2ea7: '牜', 0x2ea8: '犭', 0x2ea9: '王', 0x2eaa: '𧾷', 0x2eab: '罒',
  0x2eac: '示', 0x2ead: '礻', 0x2eae: '竹', 0x2eaf: '糹', 0x2eb0: '纟', 0x2eb1: '罓', 0x2eb2: '罒',
  0x2eb3: '㓁', 0x2eb4: '罓', 0x2eb5: '⺵', 0x2eb6: '⺶', 0x2eb7: '⺷', 0x2eb8: '𦍌', 0x2eb9: '耂',
  0x2eba: '肀', 0x2ebb: '⺻', 0x2ebc: '月', 0x2ebd: '臼', 0x2ebe: '艹', 0x2ebf: '艹', 0x2ec0: '艹',
  0x2ec1: '虎', 0x2ec2: '衤', 0x2ec3: '覀', 0x2ec4: '西', 0x2ec5: '见', 0x2ec6: '角', 0x2ec7: '𧢲',
  0x2ec8: '讠', 0x2ec9: '贝', 0x2eca: '𧾷', 0x2ecb: '车', 0x2ecc: '辶', 0x2ecd: '辶', 0x2ece: '辶',
  0x2ecf: '阝', 0x2ed0: '钅', 0x2ed1: '長', 0x2ed2: '镸', 0x2ed3: '长', 0x2ed4: '门', 0x2ed5: '𨸏',
  0x2ed6: '阝', 0x2ed7: '雨', 0x2ed8: '青', 0x2ed9: '韦', 0x2eda: '页', 0x2edb: '风', 0x2edc: '飞',
  0x2edd: '食', 0x2ede: '𩠐', 0x2edf: '飠', 0x2ee0: '饣', 0x2ee1: '𩠐', 0x2ee2: '马', 0x2ee3: '骨',
  0x2ee4: '鬼', 0x2ee5: '鱼', 0x2ee6: '鸟', 0x2ee7: '卤', 0x2ee8: '麦', 0x2ee9: '黄', 0x2eea: '黾',
  0x2eeb: '斉', 0x2eec: '齐', 0x2eed: '歯', 0x2eee: '齿', 0x2eef: '竜', 0x2ef0: '龙', 0x2ef1: '龜',
  0x2ef2: '亀', 0x2ef3: '龟',
}

/** The table: radical → ideograph, in code point order. */
export function radicalTable() {
  const out = {}
  for (let c = 0x2e80; c <= 0x2ef3; c++) {
    const to = SUPPLEMENT[c]
    // an entry that is itself a radical code point (no ideograph of that shape) is no fold
    if (!to || isRadical(to)) continue
    // folding is one UTF-16 code unit to one (offsets stay put): an ideograph outside the BMP is left out
    if (to.length !== 1) continue
    out[String.fromCodePoint(c)] = to
  }
  for (let c = 0x2f00; c <= 0x2fd5; c++) {
    const ch = String.fromCodePoint(c)
    const to = ch.normalize('NFKC')
    if (to === ch) throw new Error(`U+${c.toString(16)} has no NFKC ideograph in this Node's Unicode data`)
    out[ch] = to
  }
  return out
}

function isRadical(s) {
  const c = s.codePointAt(0)
  return (c >= 0x2e80 && c <= 0x2eff) || (c >= 0x2f00 && c <= 0x2fdf)
}

/** The radicals block as it stands in normalize.json: eight entries a line. */
function block(table) {
  const entries = Object.entries(table).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  const rows = []
  for (let i = 0; i < entries.length; i += 8) rows.push('        ' + entries.slice(i, i + 8).join(', '))
  return '"radicals": {\n' + rows.join(',\n') + '\n      }'
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const text = readFileSync(FILE, 'utf8')
  // only the radicals block is rewritten, so the rest of the file keeps its layout
  const re = /"radicals": \{[^}]*\}/
  if (!re.test(text)) throw new Error(`${FILE}: no "radicals" block in data.fold`)
  const next = text.replace(re, block(radicalTable()))
  JSON.parse(next)
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('grammars/normalize.json: the radicals table is stale; run node grammars/radicals.mjs')
      process.exit(1)
    }
  } else writeFileSync(FILE, next)
}
