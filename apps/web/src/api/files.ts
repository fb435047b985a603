import { storedToken } from './client';
import { ApiError, toProblem } from './problem';

/** What POST /api/files answers (DESIGN §2 Files). */
export interface UploadedFile {
  fileId: string;
  name: string;
  size: number;
  mediaType: string;
}

async function send(method: string, path: string, body?: FormData): Promise<Response> {
  const token = storedToken();
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, body, headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new ApiError(0, { title: 'Network error', status: 0, code: 'NETWORK', detail: String((error as Error).message ?? error) }, path);
  }
  if (!response.ok) {
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, toProblem(response.status, parsed, response.statusText), path);
  }
  return response;
}

/** Uploads one evidence file (multipart, field `file`): the server checks its size and type and keeps it by its SHA-256. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await (await send('POST', '/files', form)).json()) as UploadedFile;
}

const blobs = new Map<string, Promise<Blob>>();

/** A stored file's bytes (with the caller's token; the server checks jurisdiction and the fingerprint). Cached per page. */
export function fetchFileBlob(fileId: string): Promise<Blob> {
  let pending = blobs.get(fileId);
  if (!pending) {
    pending = send('GET', `/files/${fileId}`).then((response) => response.blob());
    pending.catch(() => blobs.delete(fileId));
    blobs.set(fileId, pending);
  }
  return pending;
}

/** Downloads what an authenticated route answers (a rendered document) and saves it under `fileName`. */
export async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const blob = await (await send('GET', path)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
