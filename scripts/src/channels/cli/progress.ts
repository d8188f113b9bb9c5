/**
 * A one-line progress bar on stderr for long runs; on a pipe or in CI it
 * prints a line every 10% instead of redrawing.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastDecile = -1
  return (done, total) => {
    if (total === 0) return
    const ratio = done / total
    if (stream.isTTY) {
      const width = 28
      const filled = Math.round(ratio * width)
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`)
      return
    }
    const decile = Math.floor(ratio * 10)
    if (decile !== lastDecile || done === total) {
      lastDecile = decile
      stream.write(`${label} ${done}/${total}\n`)
    }
  }
}
