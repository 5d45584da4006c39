import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import { useOutageStore } from '@/stores/outage'
import { useTabsStore } from '@/stores/tabs'

function jwt(claims: object): string {
  const encode = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

describe('the auth store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('should read name, region and roles from the token, Chinese names included, and keep it for the tab', () => {
    const auth = useAuthStore()
    auth.accept(jwt({ sub: 'county-admin', name: '示范县医保局管理员(演示)', region: '990102', roles: ['COUNTY_ADMIN'], exp: inAnHour() }))

    expect(auth.signedIn).toBe(true)
    expect(auth.user?.name).toBe('示范县医保局管理员(演示)')
    expect(auth.region).toBe('990102')
    expect(auth.hasRole('CITY_ADMIN', 'COUNTY_ADMIN')).toBe(true)
    expect(auth.hasRole('AUDITOR')).toBe(false)
    setActivePinia(createPinia())
    expect(useAuthStore().region).toBe('990102')
  })

  it('should not restore an expired session', () => {
    useAuthStore().accept(jwt({ sub: 'x', region: '990102', roles: [], exp: Math.floor(Date.now() / 1000) - 5 }))
    setActivePinia(createPinia())
    expect(useAuthStore().signedIn).toBe(false)
  })

  it('should sign out and say the session expired when a token is refused', () => {
    const auth = useAuthStore()
    auth.accept(jwt({ sub: 'x', region: '990102', roles: [], exp: inAnHour() }))
    auth.expire()
    expect(auth.signedIn).toBe(false)
    expect(auth.expired).toBe(true)
    expect(sessionStorage.getItem('ybjg.session')).toBeNull()
  })

  it('should throw the problem detail when the password is wrong', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: '凭据无效', status: 401 }),
      { status: 401, headers: { 'Content-Type': 'application/problem+json' } })))
    await expect(useAuthStore().login('county-admin', 'wrong')).rejects.toMatchObject({ status: 401 })
    expect(useAuthStore().signedIn).toBe(false)
    vi.unstubAllGlobals()
  })
})

describe('the outage and tabs stores', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('should list a service once while it is down and drop it when it answers again', () => {
    const outage = useOutageStore()
    outage.reportDown('case-service')
    outage.reportDown('case-service')
    expect(outage.down).toEqual(['case-service'])
    outage.reportUp('case-service')
    expect(outage.down).toEqual([])
  })

  it('should open each page once and close the others on request', () => {
    const tabs = useTabsStore()
    tabs.open({ path: '/a', title: 'x' })
    tabs.open({ path: '/b', title: 'y' })
    tabs.open({ path: '/a', title: 'x2' })
    expect(tabs.tabs.map((t) => t.path)).toEqual(['/a', '/b'])
    tabs.closeOthers('/b')
    expect(tabs.tabs.map((t) => t.title)).toEqual(['y'])
  })
})
