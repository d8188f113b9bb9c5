import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ChannelLogger } from "@ocop/scripts/channels"

/** The client logs every call at "info" (right for the CLI's terminal); in the server's log that is debug detail. */
export function serverChannelLogger(container: MedusaContainer): ChannelLogger {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return { info: (message) => logger.debug(`[channels] ${message}`), warn: (message) => logger.warn(`[channels] ${message}`) }
}
