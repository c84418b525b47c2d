/**
 * V8 compiler settings for a jixiao process, set once in the command line's
 * entry before any module of a command loads or any worker starts (V8 flags
 * are per process: worker isolates share them). A run of many short reports
 * spends as much CPU in V8's optimising compiler threads as in the pipeline
 * itself (bench/README.md, "Compiler threads"): a larger interrupt budget
 * tiers up fewer lukewarm functions, a smaller cumulative inlining budget
 * makes each optimisation cheaper. A flag given on node's own command line
 * (or in NODE_OPTIONS) wins: it is not set again here.
 */
import { setFlagsFromString } from 'node:v8'

/** Each flag's name and the value jixiao sets (Node 20's defaults: 67584 and 920). */
export const COMPILER_FLAGS: readonly (readonly [name: string, value: number])[] = [
  ['interrupt-budget', 270336],
  ['max-inlined-bytecode-size-cumulative', 230],
]

/** True when the process was started with this V8 flag (either spelling, `-` or `_`). */
function givenByUser(name: string, execArgv: readonly string[], nodeOptions: string): boolean {
  const norm = (s: string) => s.replace(/_/g, '-')
  const wanted = `--${norm(name)}`
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => norm(a.split('=')[0]!) === wanted)
}

/**
 * Sets the compiler flags not already given by the user.
 * @returns the flags set, as passed to V8
 */
export function tuneCompiler(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const set: string[] = []
  for (const [name, value] of COMPILER_FLAGS) {
    if (givenByUser(name, execArgv, nodeOptions)) continue
    const flag = `--${name}=${value}`
    setFlagsFromString(flag)
    set.push(flag)
  }
  return set
}
