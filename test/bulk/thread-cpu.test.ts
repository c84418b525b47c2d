import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { threadCpuMs } from '../../src/bulk/thread-cpu.js'

describe('threadCpuMs', () => {
  it.skipIf(!existsSync('/proc/thread-self/stat'))('should read this thread’s CPU time, never going back', () => {
    const a = threadCpuMs()
    let x = 0
    for (let i = 0; i < 1e6; i++) x += i
    const b = threadCpuMs()
    expect(x).toBeGreaterThan(0)
    expect(a).not.toBeNull()
    expect(Number.isFinite(a)).toBe(true)
    expect(a!).toBeGreaterThanOrEqual(0)
    expect(b!).toBeGreaterThanOrEqual(a!)
  })
})
