/** Plain, prefixed console output for the run tools (no colours: CI logs stay readable). */
export function say(message: string): void {
  write(process.stdout, `[ocop] ${message}\n`)
}

export function warn(message: string): void {
  write(process.stderr, `[ocop] ${message}\n`)
}

/** The terminal may be gone (SIGHUP, killed launcher): output is best effort. */
function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text)
  } catch {
    // Nothing to tell anyone.
  }
}

export function elapsed(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
}
