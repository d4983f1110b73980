export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

/** Any failed API call: an RFC 9457 problem, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, problem: Problem, requestId?: string) {
    const title = problem.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`);
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = requestId;
  }

  /** The last segment of the problem type, e.g. `validation-failed`. */
  get kind(): string {
    return this.type.split('/').pop() ?? this.type;
  }
}

export async function problemFrom(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return parsed as Problem;
    } catch {
      // Not JSON (a proxy's HTML page, say): fall through to the status line.
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}
