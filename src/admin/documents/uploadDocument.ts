import { HttpError } from 'react-admin';
import type { DocumentType } from '../../domain/vocabulary.ts';
import type { SupportingDocument } from '../types.ts';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface DocumentUpload {
  requestId: number;
  type: DocumentType;
  file: File;
}

/**
 * POST /api/requests/:id/documents as multipart (`type`, then `file`, the order
 * the server streams them in). XMLHttpRequest rather than fetch because only
 * it reports upload progress. Errors are react-admin's HttpError carrying the
 * server's `{message, errors}`, so callers show the server's own words.
 */
export function uploadDocument(
  apiUrl: string,
  upload: DocumentUpload,
  onProgress?: (p: UploadProgress) => void,
): Promise<SupportingDocument> {
  const form = new FormData();
  form.append('type', upload.type);
  form.append('file', upload.file, upload.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiUrl}/requests/${upload.requestId}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';
    if (onProgress) {
      xhr.upload.onprogress = (e) =>
        onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : upload.file.size });
    }
    xhr.onload = () => {
      let body: { message?: string } | null = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as SupportingDocument);
      else reject(new HttpError(body?.message ?? (xhr.statusText || `HTTP ${xhr.status}`), xhr.status, body));
    };
    xhr.onerror = () => reject(new HttpError('ra.notification.http_error', 0, null));
    xhr.onabort = () => reject(new HttpError('ra.notification.canceled', 0, null));
    xhr.send(form);
  });
}
