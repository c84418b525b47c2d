/**
 * Prints the top entries of a V8 CPU profile (`node --cpu-prof`): self time
 * per function (name and file:line), and the share of the whole profile.
 * Usage: npx tsx bench/profile-top.ts FILE.cpuprofile [N=25]
 */
import { readFileSync } from 'node:fs'

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, n = '25'] = process.argv.slice(2)
if (!file) throw new Error('usage: profile-top FILE.cpuprofile [N]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const self = new Map<string, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0
  const f = byId.get(id)!.callFrame
  const url = f.url.replace(/^.*\/(node_modules|dist|src)\//, '$1/')
  const key = `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}` : ''}`
  self.set(key, (self.get(key) ?? 0) + dt)
  total += dt
})
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n))
console.log(`total ${(total / 1000).toFixed(0)} ms`)
for (const [key, us] of top) console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`)

/** Shares by kind: every regex, zod, csv-stringify, pdf.js, file system, GC. */
const KINDS: [string, RegExp][] = [
  ['regex (all RegExp:)', /^RegExp: /],
  ['zod', /node_modules\/zod\//],
  ['csv-stringify', /node_modules\/csv-stringify\//],
  ['pdf.js', /node_modules\/pdfjs-dist\//],
  ['jieba', /nodejieba/],
  ['node:fs / io', /^(\S+ node:fs|readFileUtf8|writeFileUtf8|read|stat|open|close|rename|lstat|readdir) /],
  ['garbage collector', /^\(garbage collector\)/],
  ['idle', /^\(idle\)/],
]
const kinds = new Map<string, number>()
for (const [key, us] of self) {
  const kind = KINDS.find(([, re]) => re.test(key))?.[0] ?? 'other (jixiao, node)'
  kinds.set(kind, (kinds.get(kind) ?? 0) + us)
}
console.log('by kind:')
for (const [kind, us] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${kind}`)
