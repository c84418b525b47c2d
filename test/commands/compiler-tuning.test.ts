// The CLI sets its V8 compiler flags before any command runs, and leaves a flag the user gave alone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const setFlags = vi.fn()
vi.mock('node:v8', async (orig) => ({ ...(await orig<typeof import('node:v8')>()), setFlagsFromString: (f: string) => setFlags(f) }))

const { tuneCompiler } = await import('../../src/compiler-tuning.js')

describe('compiler tuning', () => {
  it('sets the interrupt budget and the cumulative inlining budget', () => {
    setFlags.mockClear()
    expect(tuneCompiler([], '')).toEqual(['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230'])
    expect(setFlags.mock.calls.map((c) => c[0])).toEqual(['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230'])
  })

  it('leaves a flag given on the command line or in NODE_OPTIONS (either spelling)', () => {
    setFlags.mockClear()
    expect(tuneCompiler(['--interrupt_budget=1000'], '--max-inlined-bytecode-size-cumulative=500')).toEqual([])
    expect(setFlags).not.toHaveBeenCalled()
  })

  it('is called by the CLI entry before any command module is loaded', () => {
    const cli = readFileSync(join(__dirname, '../../src/cli.ts'), 'utf8')
    const call = cli.indexOf('\ntuneCompiler()')
    expect(call).toBeGreaterThan(0)
    expect(call).toBeLessThan(cli.indexOf('const COMMANDS'))
  })
})
