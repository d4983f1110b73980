import { ApiError, problemFrom, type Problem } from './api-error';
import { config } from './config';
import { newRequestId } from './request-id';
import { getSession, setSession } from './session';

export type QueryValue = string | number | boolean | null | undefined;
/** A query; an array repeats its parameter once per value (`filter[tag][in]=a,b&filter[tag][in]=c`). */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Serialised with JSON.stringify. */
  json?: unknown;
  /** An already serialised JSON body (records keep exact numbers this way). */
  body?: string;
  query?: QueryParams;
  signal?: AbortSignal;
  /** False for the login call: its 401 means wrong credentials, not an expired session. */
  auth?: boolean;
  /** The version this write was based on, sent as `If-Match: "<version>"` (412 when stale). */
  ifMatch?: number;
}

const MAX_READ_RETRIES = 2;
let lastPosition = 0;

/** The position of the last event this client's commands appended. */
export function lastCommandPosition(): number {
  return lastPosition;
}

function notePosition(value: unknown): void {
  const position = typeof value === 'string' ? Number(value) : value;
  if (typeof position === 'number' && Number.isSafeInteger(position) && position > lastPosition) {
    lastPosition = position;
  }
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, given] of Object.entries(query ?? {})) {
    const values: readonly QueryValue[] = Array.isArray(given) ? given : [given];
    for (const value of values) {
      if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
    }
  }
  const search = params.toString();
  return `${config.apiUrl}${path}${search ? `?${search}` : ''}`;
}

function headersFor(options: RequestOptions, isRead: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json', 'X-Request-ID': newRequestId() });
  if (options.json !== undefined || options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  const session = options.auth === false ? null : getSession();
  if (session) headers.set('Authorization', `Bearer ${session.token}`);
  if (options.ifMatch !== undefined) headers.set('If-Match', `"${options.ifMatch}"`);
  // Reads wait for the read model to catch up with this client's own writes.
  if (isRead && lastPosition > 0) headers.set('X-Min-Position', String(lastPosition));
  return headers;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection.' });
  }
}

/** The one way the app talks to the API. Throws ApiError for every non-2xx answer. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const isRead = method === 'GET';
  const url = buildUrl(path, options.query);
  const body =
    options.body ?? (options.json === undefined ? undefined : JSON.stringify(options.json));

  for (let attempt = 0; ; attempt++) {
    const headers = headersFor(options, isRead);
    const response = await send(url, { method, headers, body, signal: options.signal });
    const retryAfter = Number(response.headers.get('Retry-After') ?? 1);
    if (isRead && response.status === 503 && attempt < MAX_READ_RETRIES) {
      await delay(Math.min(Math.max(retryAfter, 0.2), 5) * 1000, options.signal);
      continue;
    }
    return handle<T>(response, options, isRead, headers.get('X-Request-ID') ?? undefined);
  }
}

/**
 * A GET whose answer is a file (an export): the body as a Blob, with the same auth, request id and
 * problem handling as every other call.
 */
export async function apiDownload(path: string, query?: QueryParams): Promise<Blob> {
  const headers = headersFor({}, true);
  headers.set('Accept', '*/*');
  const response = await send(buildUrl(path, query), { method: 'GET', headers });
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (response.status === 401) setSession(null);
    throw new ApiError(response.status, problem, response.headers.get('X-Request-ID') ?? undefined);
  }
  return response.blob();
}

export interface UploadOptions {
  contentType: string;
  query?: QueryParams;
  /** Bytes sent so far and in all, as the browser reports them while the body goes out. */
  onProgress?: (sent: number, total: number) => void;
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A POST of a file that reports how much of it was sent: fetch cannot tell upload progress, so
 * this one call uses XMLHttpRequest, with the same auth, request id, positions and problems.
 */
export function apiUpload<T>(path: string, body: Blob, options: UploadOptions): Promise<T> {
  const headers = headersFor({}, false);
  headers.set('Content-Type', options.contentType);
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', buildUrl(path, options.query));
    headers.forEach((value, name) => request.setRequestHeader(name, value));
    request.upload.onprogress = (event) =>
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : body.size);
    request.onerror = () =>
      reject(
        new ApiError(0, { detail: 'The server could not be reached. Check your connection.' }),
      );
    request.onload = () => {
      const data = parseBody(request.responseText);
      const requestId = request.getResponseHeader('X-Request-ID') ?? headers.get('X-Request-ID');
      if (request.status < 200 || request.status >= 300) {
        if (request.status === 401) setSession(null);
        const problem = data && typeof data === 'object' ? (data as Problem) : {};
        reject(new ApiError(request.status, problem, requestId ?? undefined));
        return;
      }
      notePosition(request.getResponseHeader('X-Position'));
      if (data && typeof data === 'object' && 'position' in data) notePosition(data.position);
      resolve(data as T);
    };
    request.send(body);
  });
}

async function handle<T>(
  response: Response,
  options: RequestOptions,
  isRead: boolean,
  requestId: string | undefined,
): Promise<T> {
  const responseId = response.headers.get('X-Request-ID') ?? requestId;
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (response.status === 401 && options.auth !== false) setSession(null);
    throw new ApiError(response.status, problem, responseId);
  }
  if (!isRead) notePosition(response.headers.get('X-Position'));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!isRead && data && typeof data === 'object' && 'position' in data)
    notePosition(data.position);
  return data as T;
}
