/**
 * What a failed API call throws, as the UI reads it: react-admin's HttpError
 * (from fetchJson, or from the upload's XMLHttpRequest) with the server's
 * `{message, errors}` body and, for some answers, more (`Extra`: the current
 * record of a 412, the failed gates of a 409).
 */
export interface HttpFailure<Extra extends object = object> {
  status?: number;
  message?: string;
  body?: ({ message?: string; code?: string; errors?: Record<string, string> } & Extra) | null;
}

type Translate = (key: string, options?: object) => string;

/**
 * The server's own words for a failure, one way everywhere: its message (or
 * react-admin's key, translated), then any field errors the message does not
 * already say. Falls back to react-admin's generic HTTP error.
 */
export function failureText(error: HttpFailure, translate: Translate): string {
  const raw = error.body?.message ?? error.message ?? '';
  const message = raw ? translate(raw, { _: raw }) : translate('ra.notification.http_error');
  const fields = Object.values(error.body?.errors ?? {}).filter((text) => !raw.includes(text));
  return [message, ...fields].join(' · ');
}
