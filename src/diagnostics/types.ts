/** Moved to src/model/diagnostic.ts; this re-export keeps imports written before the move compiling. */
export * from '../model/diagnostic.js'
