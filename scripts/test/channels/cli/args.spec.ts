import { describe, expect, it } from "vitest"
import { parseArgs, UsageError } from "../../../src/channels/cli/args"

describe("pnpm sync arguments", () => {
  it("reads a platform action, ignoring pnpm's leading --", () => {
    expect(parseArgs(["--", "shopee", "push"])).toEqual({ kind: "sync", platform: "shopee", action: "push", allowSample: false, days: 7 })
    expect(parseArgs(["lazada", "pull-orders", "--days", "3", "--allow-sample"])).toEqual({ kind: "sync", platform: "lazada", action: "pull-orders", allowSample: true, days: 3 })
  })

  it("reads an export with its output path and template", () => {
    expect(parseArgs(["export", "shopee-xlsx", "--out", "out/", "--template", "mau.xlsx"])).toEqual({
      kind: "export",
      format: "shopee-xlsx",
      out: "out/",
      template: "mau.xlsx",
      allowSample: false,
      images: true,
    })
    expect(parseArgs(["export", "csv", "--out", "x", "--no-images"])).toMatchObject({ format: "csv", images: false })
  })

  it("reads the worker and its interval", () => {
    expect(parseArgs(["worker"])).toEqual({ kind: "worker", intervalSeconds: 120 })
    expect(parseArgs(["--", "worker", "--every", "60"])).toEqual({ kind: "worker", intervalSeconds: 60 })
  })

  it("refuses unknown platforms, actions, formats and a missing --out, in Vietnamese and English", () => {
    expect(() => parseArgs(["tiki", "push"])).toThrow(UsageError)
    expect(() => parseArgs(["shopee", "delete"])).toThrow(/thao tác \/ action "delete"/)
    expect(() => parseArgs(["export", "pdf", "--out", "x"])).toThrow(/định dạng \/ format "pdf"/)
    expect(() => parseArgs(["export", "csv"])).toThrow(/export cần --out/)
    expect(() => parseArgs(["shopee", "pull-orders", "--days", "400"])).toThrow(/1–90/)
    expect(parseArgs([])).toEqual({ kind: "help" })
    expect(() => parseArgs(["worker", "--every", "5"])).toThrow(/30–3600/)
  })
})
