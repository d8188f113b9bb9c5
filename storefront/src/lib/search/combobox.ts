/**
 * Keyboard state of the header's search combobox (WAI-ARIA APG pattern,
 * focus stays in the input, aria-activedescendant names the active option).
 * `active` is an option index, -1 for none; Up/Down wrap around.
 */
export type ComboboxState = { open: boolean; active: number }

export type ComboboxAction =
  | { type: "next" | "prev"; count: number }
  | { type: "open" }
  | { type: "close" }
  /** New options arrived: nothing is active any more. */
  | { type: "reset" }

export const CLOSED: ComboboxState = { open: false, active: -1 }

export function comboboxReducer(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case "open":
      return { open: true, active: -1 }
    case "close":
      return CLOSED
    case "reset":
      return { ...state, active: -1 }
    case "next":
      if (action.count < 1) return { open: state.open, active: -1 }
      return { open: true, active: !state.open || state.active >= action.count - 1 ? 0 : state.active + 1 }
    case "prev":
      if (action.count < 1) return { open: state.open, active: -1 }
      return { open: true, active: !state.open || state.active <= 0 || state.active >= action.count ? action.count - 1 : state.active - 1 }
  }
}
