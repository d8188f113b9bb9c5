import { ContractFailure, missingSystemParameter } from "../failure"
import type { Route, RouteContext } from "../route"
import type { TokenGrant } from "../state"

/**
 * /auth/token/create and /auth/token/refresh on the auth host. Both answer
 * at the top level (no `data`), lifetimes in seconds; refresh keeps the
 * refresh token's original end.
 */
function tokenAnswer(context: RouteContext, grant: TokenGrant): Record<string, unknown> {
  return {
    code: "0",
    access_token: grant.accessToken,
    refresh_token: grant.refreshToken,
    expires_in: Math.max(0, Math.round((grant.accessExpiresAt - context.now) / 1000)),
    refresh_expires_in: Math.max(0, Math.round((grant.refreshExpiresAt - context.now) / 1000)),
    country: "vn",
    account: "ocop-caobang@example.vn",
    account_platform: "seller_center",
    country_user_info: [{ country: "vn", seller_id: grant.sellerId, user_id: grant.sellerId, short_code: `VN${grant.sellerId.slice(-6)}` }],
  }
}

export const authRoutes: Route[] = [
  {
    path: "/auth/token/create",
    host: "auth",
    auth: "app",
    write: false,
    handle(context) {
      const code = context.params.code
      if (!code) throw missingSystemParameter("code")
      const grant = context.state.redeemCode(code)
      if (!grant) throw new ContractFailure("InvalidCode", "Invalid authorization code")
      return tokenAnswer(context, grant)
    },
  },
  {
    path: "/auth/token/refresh",
    host: "auth",
    auth: "app",
    write: false,
    handle(context) {
      const refreshToken = context.params.refresh_token
      if (!refreshToken) throw missingSystemParameter("refresh_token")
      const grant = context.state.refresh(refreshToken)
      if (!grant) throw new ContractFailure("IllegalRefreshToken", "The specified refresh token is invalid or expired")
      return tokenAnswer(context, grant)
    },
  },
]
