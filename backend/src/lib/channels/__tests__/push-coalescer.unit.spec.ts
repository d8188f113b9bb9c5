import { describe, expect, it } from "vitest"
import { PushCoalescer } from "../push-coalescer"

describe("PushCoalescer", () => {
  it("runs one task per key at a time and once more after a burst of triggers", async () => {
    const coalescer = new PushCoalescer()
    let runs = 0
    let release: () => void = () => undefined
    const task = async () => {
      runs += 1
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve))
    }
    const first = coalescer.run("chacc_1", task)
    const burst = [coalescer.run("chacc_1", task), coalescer.run("chacc_1", task), coalescer.run("chacc_1", task)]
    expect(runs).toBe(1)
    release()
    await Promise.all([first, ...burst])
    expect(runs).toBe(2)
    expect(coalescer.busy("chacc_1")).toBe(false)
  })

  it("does not hold one account back for another", async () => {
    const coalescer = new PushCoalescer()
    const order: string[] = []
    let release: () => void = () => undefined
    const slow = coalescer.run("a", () => new Promise<void>((resolve) => (release = () => (order.push("a"), resolve()))))
    await coalescer.run("b", async () => {
      order.push("b")
    })
    release()
    await slow
    expect(order).toEqual(["b", "a"])
  })
})
