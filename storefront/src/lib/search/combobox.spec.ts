import { describe, expect, it } from "vitest"
import { CLOSED, comboboxReducer, type ComboboxAction, type ComboboxState } from "./combobox"

const run = (actions: ComboboxAction[], from: ComboboxState = CLOSED) => actions.reduce(comboboxReducer, from)

describe("comboboxReducer", () => {
  it("typing opens the list with nothing active", () => {
    expect(run([{ type: "open" }])).toEqual({ open: true, active: -1 })
  })

  it("Down moves to the first option, then on, wrapping at the end", () => {
    const open = run([{ type: "open" }])
    expect(comboboxReducer(open, { type: "next", count: 3 }).active).toBe(0)
    expect(run([{ type: "next", count: 3 }, { type: "next", count: 3 }], open).active).toBe(1)
    expect(run(Array(4).fill({ type: "next", count: 3 }), open).active).toBe(0)
  })

  it("Up from nothing goes to the last option and wraps at the top", () => {
    const open = run([{ type: "open" }])
    expect(comboboxReducer(open, { type: "prev", count: 3 }).active).toBe(2)
    expect(run([{ type: "next", count: 3 }, { type: "prev", count: 3 }], open).active).toBe(2)
  })

  it("Down on a closed list opens it on the first option", () => {
    expect(comboboxReducer(CLOSED, { type: "next", count: 2 })).toEqual({ open: true, active: 0 })
    expect(comboboxReducer(CLOSED, { type: "prev", count: 2 })).toEqual({ open: true, active: 1 })
  })

  it("Escape or blur closes; new options clear the active one", () => {
    const onSecond = run([{ type: "open" }, { type: "next", count: 3 }, { type: "next", count: 3 }])
    expect(comboboxReducer(onSecond, { type: "close" })).toEqual(CLOSED)
    expect(comboboxReducer(onSecond, { type: "reset" })).toEqual({ open: true, active: -1 })
  })

  it("does nothing useful without options", () => {
    expect(comboboxReducer({ open: true, active: 2 }, { type: "next", count: 0 })).toEqual({ open: true, active: -1 })
    expect(comboboxReducer({ open: true, active: 5 }, { type: "prev", count: 3 }).active).toBe(2)
  })
})
