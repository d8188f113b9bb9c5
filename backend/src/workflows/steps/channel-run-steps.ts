import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RunKind, RunStatus } from "../../modules/channels/domain/vocabulary"
import type { ChannelSyncRunRecord } from "../../modules/channels/types"
import { channelsService } from "./resolve-channels"

export type SyncRunInput = {
  account_id: string
  kind: RunKind
  status?: RunStatus
  /** A run asked for in the admin that this report completes. */
  requested_run_id?: string
  requested_by?: string | null
  started_at?: string | null
  finished_at?: string | null
  created_count?: number
  updated_count?: number
  unchanged_count?: number
  failed_count?: number
  summary?: Record<string, unknown> | null
}

type RunValues = {
  kind: RunKind
  status: RunStatus
  requested_by?: string | null
  started_at?: Date | null
  finished_at?: Date | null
  created_count?: number
  updated_count?: number
  unchanged_count?: number
  failed_count?: number
  summary?: Record<string, unknown> | null
}

const date = (value: string | null | undefined) => (value ? new Date(value) : value === null ? null : undefined)

/** Stored values of a report; a requested run has not started, any other run has. Reads nothing. */
function runValues(input: SyncRunInput): RunValues {
  const status = input.status ?? (input.finished_at ? "succeeded" : "running")
  const values: RunValues = {
    kind: input.kind,
    status,
    requested_by: input.requested_by,
    started_at: status === "requested" ? date(input.started_at) ?? null : date(input.started_at) ?? new Date(),
    finished_at: date(input.finished_at),
    created_count: input.created_count,
    updated_count: input.updated_count,
    unchanged_count: input.unchanged_count,
    failed_count: input.failed_count,
    summary: input.summary,
  }
  for (const key of Object.keys(values) as (keyof RunValues)[]) if (values[key] === undefined) delete values[key]
  return values
}

type RunRestore = { id: string } & Pick<
  ChannelSyncRunRecord,
  "status" | "started_at" | "finished_at" | "created_count" | "updated_count" | "unchanged_count" | "failed_count" | "summary"
>

type RunUndo = { created: string | null; restore: RunRestore | null }

/**
 * Records a run: a new row, or the completion of a run requested in the
 * admin (`requested_run_id`). Undone by deleting the row or restoring the
 * requested run.
 */
export const recordSyncRunStep = createStep(
  "record-channel-sync-run",
  async (input: SyncRunInput, { container }) => {
    const service = channelsService(container)
    const values = runValues(input)
    if (!input.requested_run_id) {
      const run = await service.createChannelSyncRuns({ account_id: input.account_id, ...values })
      return new StepResponse(run, { created: run.id, restore: null } as RunUndo)
    }
    const [requested] = await service.listChannelSyncRuns({ id: input.requested_run_id, account_id: input.account_id }, { take: 1 })
    if (!requested) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Run ${input.requested_run_id} of this account was not found`)
    }
    if (requested.status !== "requested") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Run ${input.requested_run_id} is ${requested.status}, not requested`)
    }
    const restore: RunRestore = {
      id: requested.id,
      status: requested.status,
      started_at: requested.started_at,
      finished_at: requested.finished_at,
      created_count: requested.created_count,
      updated_count: requested.updated_count,
      unchanged_count: requested.unchanged_count,
      failed_count: requested.failed_count,
      summary: requested.summary,
    }
    const run = await service.updateChannelSyncRuns({ id: requested.id, ...values, requested_by: requested.requested_by })
    return new StepResponse(run, { created: null, restore } as RunUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = channelsService(container)
    if (undo.created) await service.deleteChannelSyncRuns(undo.created)
    if (undo.restore) await service.updateChannelSyncRuns(undo.restore)
  }
)
