import { describe, expect, it } from "vitest"
import { optimisedSrcSet, optimisedUrl } from "./optimised-image"

describe("optimised images", () => {
  it("asks the optimiser for the encoded same-origin address at a width", () => {
    expect(optimisedUrl("/media/banh-khao.jpg", 384)).toBe("/_next/image?url=%2Fmedia%2Fbanh-khao.jpg&w=384&q=75")
  })

  it("offers only the given widths, smallest first", () => {
    const srcset = optimisedSrcSet("/media/a.jpg", [640, 256, 384])
    expect(srcset.split(", ").map((entry) => entry.split(" ")[1])).toEqual(["256w", "384w", "640w"])
    expect(srcset).toContain("/_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=75 640w")
  })
})
