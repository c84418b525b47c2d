/**
 * bulk/shard: `--shard K/N` takes a deterministic slice of an archive by
 * content hash, so N machines of any batch system can split it without
 * talking to each other: input with sha256 h belongs to shard (h mod N) + 1.
 * Files with the same content land in the same shard.
 */
import { BulkOptionError } from './errors.js'

export interface Shard {
  /** 1-based shard number */
  k: number
  n: number
}

/**
 * Parses `K/N` (1 ≤ K ≤ N).
 * @param raw the option's value
 */
export function parseShard(raw: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim())
  const k = m ? Number(m[1]) : NaN
  const n = m ? Number(m[2]) : NaN
  if (!m || n < 1 || k < 1 || k > n) throw new BulkOptionError(`extract: --shard must be K/N with 1 ≤ K ≤ N (e.g. 1/4), got '${raw}'`)
  return { k, n }
}

/** The 1-based shard a sha256 (hex) belongs to among n. */
export function shardOf(sha256: string, n: number): number {
  return Number(BigInt(`0x${sha256}`) % BigInt(n)) + 1
}

/** Whether a hash falls in the shard. */
export function inShard(sha256: string, shard: Shard): boolean {
  return shardOf(sha256, shard.n) === shard.k
}

/** `K/N`, as written in the manifest. */
export function formatShard(shard: Shard): string {
  return `${shard.k}/${shard.n}`
}
