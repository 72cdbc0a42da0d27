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
