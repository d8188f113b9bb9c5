import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { NAMESPACES } from "./messages"

const dir = path.join(__dirname, "../messages")

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
  }
  return [prefix.slice(0, -1)]
}

describe("translations", () => {
  it.each(NAMESPACES)("namespace %s has the same keys in Vietnamese and English, none empty", (namespace) => {
    const vi = JSON.parse(fs.readFileSync(path.join(dir, "vi", `${namespace}.json`), "utf8"))
    const en = JSON.parse(fs.readFileSync(path.join(dir, "en", `${namespace}.json`), "utf8"))
    expect(keys(en).sort()).toEqual(keys(vi).sort())
    const empty = [...keys(vi), ...keys(en)].filter((key) => {
      const read = (tree: unknown) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree)
      return read(vi) === "" || read(en) === ""
    })
    expect(empty).toEqual([])
  })

  it("every namespace file is listed", () => {
    const files = fs.readdirSync(path.join(dir, "vi")).map((file) => file.replace(/\.json$/, ""))
    expect(files.sort()).toEqual([...NAMESPACES].sort())
  })
})
