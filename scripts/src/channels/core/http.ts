import { ChannelError, type Platform } from "./errors"

export type HttpResponse = { status: number; headers: Headers; text: string }

/**
 * One HTTP exchange with a timeout. Network failures and timeouts become
 * retryable ChannelErrors; the caller maps the platform's envelope.
 */
export async function send(platform: Platform, url: string, init: RequestInit, timeoutMs: number): Promise<HttpResponse> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    return { status: response.status, headers: response.headers, text: await response.text() }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")
    throw new ChannelError({
      platform,
      code: timedOut ? "timeout" : "network",
      message: timedOut ? `No answer within ${timeoutMs} ms` : `Network error: ${error instanceof Error ? error.message : String(error)}`,
      retryable: true,
    })
  }
}
