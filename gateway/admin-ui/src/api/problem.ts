/** An RFC 9457 problem detail as every service and the gateway send it. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  /** Field-level errors: `field` names the request property (e.g. `fineAmount`). */
  violations?: { field: string; message: string }[]
  /** Set by the gateway's fallback when a service is down. */
  service?: string
  [key: string]: unknown
}

/** What a failed API call throws: the status and, when the answer was a problem detail, that detail. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  /** The problem type's last path segment, e.g. `fine-out-of-range`. */
  get code(): string {
    return (this.problem.type ?? '').split('/').pop() ?? ''
  }

  /** Violations keyed by field, for showing each at its form item. */
  get fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {}
    for (const v of this.problem.violations ?? []) {
      errors[v.field] = errors[v.field] ? `${errors[v.field]}；${v.message}` : v.message
    }
    return errors
  }
}

export function toProblem(status: number, body: unknown, statusText = ''): ProblemDetail {
  if (body && typeof body === 'object') return { status, ...(body as ProblemDetail) }
  if (typeof body === 'string' && body.trim()) return { status, title: statusText || `HTTP ${status}`, detail: body }
  return { status, title: statusText || `HTTP ${status}` }
}
