import createClient, { type Middleware } from 'openapi-fetch'
import type { paths as RegistryPaths } from './schema/registry'
import type { paths as InspectionPaths } from './schema/inspection'
import type { paths as CasesPaths } from './schema/cases'
import type { paths as ReportingPaths } from './schema/reporting'
import { ApiError, toProblem } from './problem'

/**
 * The one way pages reach the platform: four typed clients (one per service spec, all through the gateway)
 * sharing one middleware. It adds the bearer token and the user's language, reports a 401 so the app can
 * send the user to sign in again, and reports a gateway 503 so a banner names the service that is down.
 */
export interface ClientHooks {
  token: () => string | null
  language: () => string
  onUnauthorized: () => void
  onServiceDown: (service: string) => void
  onServiceUp: (service: string) => void
}

let hooks: ClientHooks = {
  token: () => null,
  language: () => 'zh-CN',
  onUnauthorized: () => {},
  onServiceDown: () => {},
  onServiceUp: () => {},
}

export function configureClient(next: Partial<ClientHooks>) {
  hooks = { ...hooks, ...next }
}

const SERVICE_OF_PREFIX: Record<string, string> = {
  '/api/registry/': 'institution-registry',
  '/api/inspection/': 'inspection-service',
  '/api/cases/': 'case-service',
  '/api/reports/': 'reporting-service',
}

export function serviceOf(url: string): string | undefined {
  const path = new URL(url, 'http://x').pathname
  return Object.entries(SERVICE_OF_PREFIX).find(([prefix]) => path.startsWith(prefix))?.[1]
}

function decorate(request: Request): Request {
  const token = hooks.token()
  if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`)
  request.headers.set('Accept-Language', hooks.language())
  return request
}

function observe(request: Request, response: Response): Response {
  const service = serviceOf(request.url)
  if (response.status === 401 && request.headers.has('Authorization')) hooks.onUnauthorized()
  if (service && response.status === 503 && response.headers.get('content-type')?.includes('problem')) {
    hooks.onServiceDown(service)
  } else if (service && response.status < 500) {
    hooks.onServiceUp(service)
  }
  return response
}

const middleware: Middleware = {
  onRequest: ({ request }) => decorate(request),
  onResponse: ({ request, response }) => observe(request, response),
}

function client<Paths extends {}>() {
  // openapi-fetch captures fetch when the client is made: go through globalThis so tests can stub it.
  const c = createClient<Paths>({
    baseUrl: typeof window !== 'undefined' ? window.location.origin : '',
    fetch: (request) => globalThis.fetch(request),
  })
  c.use(middleware)
  return c
}

export const registryApi = client<RegistryPaths>()
export const inspectionApi = client<InspectionPaths>()
export const casesApi = client<CasesPaths>()
export const reportingApi = client<ReportingPaths>()

type FetchResult<T> = { data?: T; error?: unknown; response: Response }

/** Unwraps an openapi-fetch result: the data, or an {@link ApiError} carrying the problem detail. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await request
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: e instanceof Error ? e.message : String(e) })
  }
  const { data, error, response } = result
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error, response.statusText))
  return data as T
}

/** For endpoints that answer a file (PDF, CSV): the blob, or an {@link ApiError}. */
export async function download(path: string): Promise<Blob> {
  const request = decorate(new Request(new URL(path, window.location.origin)))
  const response = observe(request, await globalThis.fetch(request))
  if (!response.ok) {
    const body = await response.json().catch(() => undefined)
    throw new ApiError(response.status, toProblem(response.status, body, response.statusText))
  }
  return response.blob()
}
