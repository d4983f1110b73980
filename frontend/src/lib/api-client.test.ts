import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, apiUpload, lastCommandPosition } from './api-client';
import { ApiError } from './api-error';
import { getSession, setSession } from './session';

type Call = { url: string; init: RequestInit };

function stubFetch(...responses: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const response = responses.shift();
      if (!response) throw new Error('no more responses');
      return response;
    }),
  );
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

describe('apiRequest', () => {
  beforeEach(() => {
    setSession({ token: 't0k', email: 'a@b.c', role: 'ADMIN', expiresAt: Date.now() + 60_000 });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the token and a request id under the /api base', async () => {
    const calls = stubFetch(json(200, { data: [] }));
    await apiRequest('/entities', { query: { limit: 5, cursor: null } });
    expect(calls[0]?.url).toBe('/api/entities?limit=5');
    expect(header(calls[0], 'Authorization')).toBe('Bearer t0k');
    expect(header(calls[0], 'X-Request-ID')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('repeats a parameter once per value of an array, encoding the brackets', async () => {
    const calls = stubFetch(json(200, { data: [] }));
    await apiRequest('/entities/e/records', {
      query: { 'filter[name][in]': ['Smith, J', 'Doe'], sort: '-price' },
    });
    expect(calls[0]?.url).toBe(
      '/api/entities/e/records?filter%5Bname%5D%5Bin%5D=Smith%2C+J&filter%5Bname%5D%5Bin%5D=Doe&sort=-price',
    );
  });

  it('sends the version a write was based on as If-Match', async () => {
    const calls = stubFetch(json(200, { id: 'r', version: 4 }));
    await apiRequest('/entities/e/records/r', { method: 'PATCH', json: { a: 1 }, ifMatch: 3 });
    expect(header(calls[0], 'If-Match')).toBe('"3"');
  });

  it('makes reads wait for the position of the last command', async () => {
    const start = lastCommandPosition();
    const calls = stubFetch(
      json(201, { id: 'x', position: start + 41 }, { 'X-Position': String(start + 42) }),
      json(200, { data: [] }),
    );
    await apiRequest('/entities', { method: 'POST', json: { name: 'x' } });
    await apiRequest('/entities');
    expect(lastCommandPosition()).toBe(start + 42);
    expect(header(calls[0], 'X-Min-Position')).toBeNull();
    expect(header(calls[1], 'X-Min-Position')).toBe(String(start + 42));
  });

  it('retries a read the read model could not answer in time', async () => {
    const calls = stubFetch(
      json(503, { title: 'Not ready' }, { 'Retry-After': '0' }),
      json(200, { ok: true }),
    );
    await expect(apiRequest('/entities')).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('turns problem+json into a typed error with its field errors', async () => {
    stubFetch(
      json(422, {
        type: 'https://metabuilder.dev/problems/validation-failed',
        title: 'Validation failed',
        status: 422,
        detail: '1 problem',
        errors: [{ field: 'qty', code: 'max', message: 'too big' }],
      }),
    );
    const error = await apiRequest('/x', { method: 'POST', json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      kind: 'validation-failed',
      title: 'Validation failed',
    });
    expect((error as ApiError).errors).toEqual([{ field: 'qty', code: 'max', message: 'too big' }]);
  });

  it('signs the user out on 401', async () => {
    stubFetch(json(401, { title: 'Unauthorized' }));
    await expect(apiRequest('/entities')).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toBeNull();
  });

  it('keeps the session when the login itself is refused', async () => {
    stubFetch(json(401, { title: 'Unauthorized' }));
    await expect(apiRequest('/auth/login', { method: 'POST', auth: false })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(getSession()).not.toBeNull();
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest('/entities')).rejects.toMatchObject({
      status: 0,
      title: 'Network error',
    });
  });
});

/** Just enough of XMLHttpRequest to answer one upload, reporting progress in two steps. */
function stubXhr(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: { url?: string; headers: Record<string, string>; body?: unknown } = { headers: {} };
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (event: Partial<ProgressEvent>) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    open(_method: string, url: string) {
      sent.url = url;
    }
    setRequestHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
    }
    getResponseHeader(name: string) {
      return headers[name] ?? null;
    }
    send(payload: Blob) {
      sent.body = payload;
      this.upload.onprogress?.({ loaded: 2, total: 4, lengthComputable: true });
      this.upload.onprogress?.({ loaded: 4, total: 4, lengthComputable: true });
      this.status = status;
      this.responseText = JSON.stringify(body);
      this.onload?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

describe('apiUpload', () => {
  beforeEach(() => {
    setSession({ token: 't0k', email: 'a@b.c', role: 'ADMIN', expiresAt: Date.now() + 60_000 });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts the file with its type and token, reports progress and notes the position', async () => {
    const sent = stubXhr(200, { created: 2, failed: 0, errors: [], position: 9_000 });
    const progress: number[] = [];
    const result = await apiUpload('/entities/e/records/import', new Blob(['a,b']), {
      contentType: 'text/csv',
      query: { atomic: 'false' },
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ created: 2 });
    expect(sent.url).toBe('/api/entities/e/records/import?atomic=false');
    expect(sent.headers['content-type']).toBe('text/csv');
    expect(sent.headers.authorization).toBe('Bearer t0k');
    expect(progress).toEqual([2, 4]);
    expect(lastCommandPosition()).toBe(9_000);
  });

  it('rejects a refused import with the problem, its row errors kept', async () => {
    stubXhr(422, {
      title: 'Validation failed',
      errors: [{ row: 3, field: 'qty', code: 'wrong_type', message: 'bad' }],
    });
    const refused = apiUpload('/x', new Blob(['']), { contentType: 'application/json' });
    await expect(refused).rejects.toMatchObject({
      status: 422,
      errors: [{ row: 3, field: 'qty', code: 'wrong_type', message: 'bad' }],
    });
  });
});
