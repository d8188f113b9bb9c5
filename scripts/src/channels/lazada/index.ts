export { LazadaClient, LAZADA_LIMITS } from "./client"
export {
  AUTHORISATION_WARNING_MS,
  DEFAULT_LAZADA_TIMEOUT_MS,
  LAZADA_AUTH_BASE,
  LAZADA_VN_API_BASE,
  lazadaConfigFromEnv,
  lazadaTokenKey,
  resolveLazadaConfig,
  type LazadaConfig,
  type LazadaConfigInput,
  type LazadaEnvOptions,
} from "./config"
export { lazadaDate } from "./decode"
export { fieldFromMessage, isRetryableLazadaError, readLazadaEnvelope } from "./envelope"
export { LazadaApiError, type LazadaErrorDetail, type LazadaErrorType } from "./errors"
export { lazadaProductPayloadProblems } from "./payload-checks"
export type * from "./product-types"
export type * from "./response-types"
export { lazadaSign, lazadaSignatureBase } from "./sign"
export { LazadaTokens, pairFromTokenAnswer, type LazadaAuthorisationWarning } from "./tokens"
export { sendLazada, type LazadaCall, type LazadaFile, type LazadaParamValue } from "./transport"
