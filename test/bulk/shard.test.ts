import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { inShard, parseShard, shardOf } from '../../src/bulk/shard.js'

describe('shard', () => {
  it('should parse K/N and refuse what is not one', () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 })
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1/2/3', '']) expect(() => parseShard(bad)).toThrow(/--shard must be K\/N/)
  })
  it('should take sha256 mod N (plus one)', () => {
    expect(shardOf('0'.repeat(63) + 'a', 4)).toBe(3) // 10 mod 4 = 2
    expect(shardOf('f'.repeat(64), 1)).toBe(1)
  })
  it('should put every hash in exactly one shard', () => {
    for (let i = 0; i < 50; i++) {
      const h = createHash('sha256').update(String(i)).digest('hex')
      const hits = [1, 2, 3].filter((k) => inShard(h, { k, n: 3 }))
      expect(hits).toHaveLength(1)
    }
  })
})
