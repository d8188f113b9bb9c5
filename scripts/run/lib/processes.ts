import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

type SpawnOptions = {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Where stdout and stderr go; "inherit" shows them in the terminal. */
  output: string | "inherit"
}

export type Managed = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  stop: (graceMs?: number) => Promise<void>
}

const running = new Set<Managed>()

/**
 * Starts a child in its own process group so that stopping it also stops
 * whatever it spawned (Next.js and Medusa both fork workers).
 */
export function spawnManaged(name: string, command: string, args: string[], options: SpawnOptions): Managed {
  let stdio: ("ignore" | "inherit" | number)[]
  if (options.output === "inherit") {
    stdio = ["ignore", "inherit", "inherit"]
  } else {
    fs.mkdirSync(path.dirname(options.output), { recursive: true })
    const fd = fs.openSync(options.output, "a")
    stdio = ["ignore", fd, fd]
  }
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio,
    detached: true,
  })
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ? null : code))
    child.once("error", () => resolve(-1))
  })
  const managed: Managed = {
    name,
    child,
    exited,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signalGroup(child, "SIGTERM")
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
      await exited
      clearTimeout(timer)
      // Workers left behind by a parent that exited first.
      signalGroup(child, "SIGKILL")
    },
  }
  running.add(managed)
  void exited.then(() => running.delete(managed))
  return managed
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** Runs a command to completion; rejects with the end of its log when it fails. */
export async function runToEnd(name: string, command: string, args: string[], options: SpawnOptions): Promise<void> {
  const managed = spawnManaged(name, command, args, options)
  const code = await managed.exited
  if (code !== 0) {
    const tail = options.output === "inherit" ? "" : `\n--- last lines of ${path.relative(process.cwd(), options.output)} ---\n${tailOf(options.output)}`
    throw new Error(`${name} failed (exit ${code})${tail}`)
  }
}

export function tailOf(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no output)"
  }
}

/** Stops every child still running, newest first. */
export async function stopAll(): Promise<void> {
  for (const managed of [...running].reverse()) await managed.stop()
}

/** Last resort on a crash: kill every group synchronously. */
export function killAllNow(): void {
  for (const managed of running) signalGroup(managed.child, "SIGKILL")
}
