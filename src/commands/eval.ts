/**
 * `jixiao eval`: scores extraction against the expected values of the
 * fixtures. (Placeholder: not implemented yet.)
 */

/**
 * Runs the eval command.
 * @param _argv arguments after `eval`
 * @returns the exit code
 */
export async function runEval(_argv: string[]): Promise<number> {
  process.stderr.write('jixiao eval: not implemented\n')
  return 1
}
