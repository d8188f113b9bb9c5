import fs from "node:fs"
import path from "node:path"

type State = { migrations: Record<string, string> }

/** Small run-tool memory kept in .data/state.json (no secrets). */
export class RunState {
  private readonly file: string
  private state: State

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "state.json")
    try {
      this.state = JSON.parse(fs.readFileSync(this.file, "utf8")) as State
    } catch {
      this.state = { migrations: {} }
    }
  }

  migratedWith(databaseKey: string): string | undefined {
    return this.state.migrations[databaseKey]
  }

  recordMigration(databaseKey: string, fingerprint: string): void {
    this.state.migrations[databaseKey] = fingerprint
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    fs.writeFileSync(this.file, `${JSON.stringify(this.state, null, 2)}\n`)
  }
}
