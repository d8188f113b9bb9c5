import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { isDay, vietnamDay } from "../../../../modules/ocop/domain/dates"
import type OcopModuleService from "../../../../modules/ocop/service"
import { validatedQuery } from "../../../utils/validation"
import { AdminReportParams } from "../validators"

/**
 * GET /admin/ocop/report?as_of=YYYY-MM-DD — the programme figures as they
 * stood on a day: products by stars, group and district; producers by type
 * and district with the cooperative/enterprise shares against the targets;
 * certificates expiring within 180 days of that day.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = validatedQuery(req, AdminReportParams)
  const asOf = params.as_of ?? vietnamDay()
  if (!isDay(asOf)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `as_of: ${asOf} is not a calendar day`)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  res.json({ report: await ocop.programmeReport(asOf) })
}
