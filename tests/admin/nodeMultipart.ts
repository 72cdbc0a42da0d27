import { File as NodeFile } from 'node:buffer';

/**
 * jsdom's File and FormData are not Node's: when msw turns an XMLHttpRequest
 * carrying a jsdom FormData into a fetch Request, Node's body encoder writes
 * the file part as the text "undefined". A browser has one set of classes, so
 * for the length of an upload test the page gets Node's (undici's) File and
 * FormData, and the multipart body reaches the Hono app byte for byte.
 * Returns the function that puts jsdom's back.
 */
export async function useNodeMultipart(): Promise<() => void> {
  const NodeFormData = (await new Response(new URLSearchParams('a=1')).formData()).constructor as typeof FormData;
  const saved = { File: globalThis.File, FormData: globalThis.FormData };
  globalThis.File = NodeFile as unknown as typeof File;
  globalThis.FormData = NodeFormData;
  return () => {
    globalThis.File = saved.File;
    globalThis.FormData = saved.FormData;
  };
}
