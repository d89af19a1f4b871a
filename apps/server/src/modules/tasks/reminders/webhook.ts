/**
 * The optional outbound channel: a bureau points it at its own messaging system, which receives
 * one JSON POST per reminder. Off by default; a failed delivery is retried by the next sweep.
 */
export type WebhookMessage = {
  bureau: { id: string; name: string };
  recipient: { userId: string; loginName: string; displayName: string };
  kind: string;
  title: { zh: string; en: string };
  branchId: string | null;
  dueOn: string | null;
  overdue: boolean;
  link: string;
  sentAt: string;
};

const TIMEOUT_MS = 5_000;

/** True when the receiver answered 2xx within the timeout. */
export async function postToWebhook(url: string, message: WebhookMessage): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'jifen-reminders',
      },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Only http(s) URLs with a host: anything else is refused when the setting is saved. */
export function isWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
