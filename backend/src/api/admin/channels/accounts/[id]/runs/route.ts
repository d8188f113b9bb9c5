import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordChannelSyncRunWorkflow } from "../../../../../../workflows/record-channel-sync-run"
import { channelsService } from "../../../../../../workflows/steps/resolve-channels"
import { validatedBody, validatedQuery } from "../../../../../utils/validation"
import { loadAccount } from "../../../load"
import { presentRun } from "../../../present"
import { AdminChannelRunsParams, AdminRecordChannelRun } from "../../../validators"

/** GET /admin/channels/accounts/:id/runs — newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminChannelRunsParams)
  const account = await loadAccount(req)
  const filters: { account_id: string; kind?: string[]; status?: string[] } = { account_id: account.id }
  if (params.kind) filters.kind = params.kind
  if (params.status) filters.status = params.status
  const [runs, count] = await channelsService(req.scope).listAndCountChannelSyncRuns(filters, {
    skip: params.offset,
    take: params.limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({ runs: runs.map(presentRun), count, offset: params.offset, limit: params.limit })
}

/**
 * POST /admin/channels/accounts/:id/runs — the CLI records a run it made, or
 * the admin requests one (`status: "requested"`) for the CLI to perform.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validatedBody(req, AdminRecordChannelRun)
  const { result } = await recordChannelSyncRunWorkflow(req.scope).run({
    input: {
      ...body,
      account_id: req.params.id,
      requested_by: body.status === "requested" ? req.auth_context.actor_id : undefined,
    },
  })
  res.status(body.requested_run_id ? 200 : 201).json({ run: presentRun(result) })
}
