import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { call, configureClient, download, registryApi, casesApi, serviceOf } from '@/api/client'
import { ApiError } from '@/api/problem'

function answer(status: number, body: unknown, contentType = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

describe('the API client wrapper', () => {
  const seen: Request[] = []
  const hooks = {
    onUnauthorized: vi.fn(),
    onServiceDown: vi.fn(),
    onServiceUp: vi.fn(),
  }

  beforeEach(() => {
    seen.length = 0
    Object.values(hooks).forEach((h) => h.mockReset())
    configureClient({ token: () => 'token-1', language: () => 'zh-CN', ...hooks })
  })
  afterEach(() => vi.unstubAllGlobals())

  function stubFetch(response: () => Response) {
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      seen.push(request)
      return response()
    }))
  }

  it('should send the bearer token and the language and return the typed data', async () => {
    stubFetch(() => answer(200, [{ code: '990102', name: '东江市城东区（演示）', level: 'COUNTY', levelLabel: '县区' }]))

    const regions = await call(registryApi.GET('/api/registry/regions'))

    expect(regions[0].levelLabel).toBe('县区')
    expect(seen[0].headers.get('Authorization')).toBe('Bearer token-1')
    expect(seen[0].headers.get('Accept-Language')).toBe('zh-CN')
    expect(hooks.onServiceUp).toHaveBeenCalledWith('institution-registry')
  })

  it('should throw the problem detail with its violations keyed by field when a rule refuses', async () => {
    stubFetch(() => answer(422, {
      type: 'https://ybjg.org/problems/fine-out-of-range', title: '罚款超出法定幅度', status: 422,
      detail: '《医疗保障基金使用监督管理条例》第三十八条 …',
      violations: [{ field: 'fineAmount', message: '超出 18600.00–37200.00' }],
    }, 'application/problem+json'))

    const error = await call(casesApi.POST('/api/cases/cases/{id}/decision', {
      params: { path: { id: 'c1' } }, body: { fineAmount: '37200.01' },
    })).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(422)
    expect(error.code).toBe('fine-out-of-range')
    expect(error.fieldErrors).toEqual({ fineAmount: '超出 18600.00–37200.00' })
    expect(error.message).toContain('第三十八条')
  })

  it('should report a refused token so the app can send the user to sign in', async () => {
    stubFetch(() => answer(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'))

    await expect(call(registryApi.GET('/api/registry/regions'))).rejects.toMatchObject({ status: 401 })
    expect(hooks.onUnauthorized).toHaveBeenCalledOnce()
  })

  it("should name the service when the gateway answers 503 for it, and not blame another", async () => {
    stubFetch(() => answer(503, { title: 'Service unavailable', status: 503, service: 'case-service' },
      'application/problem+json'))

    await expect(call(casesApi.GET('/api/cases/overdue'))).rejects.toMatchObject({ status: 503 })
    expect(hooks.onServiceDown).toHaveBeenCalledWith('case-service')
    expect(hooks.onServiceUp).not.toHaveBeenCalled()
  })

  it('should turn a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))

    await expect(call(registryApi.GET('/api/registry/regions'))).rejects.toMatchObject({ status: 0 })
  })

  it('should download a file with the same headers and throw the problem when refused', async () => {
    stubFetch(() => answer(404, { title: 'Not found', status: 404 }, 'application/problem+json'))

    await expect(download('/api/cases/cases/x/decision/document')).rejects.toMatchObject({ status: 404 })
    expect(seen[0].headers.get('Authorization')).toBe('Bearer token-1')
  })

  it('should map paths to the service that serves them', () => {
    expect(serviceOf('http://h/api/inspection/plans')).toBe('inspection-service')
    expect(serviceOf('http://h/api/reports/counties')).toBe('reporting-service')
    expect(serviceOf('http://h/auth/token')).toBeUndefined()
  })
})
