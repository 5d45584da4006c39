import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { readClaims, type TokenClaims } from '@/utils/jwt'
import { ApiError, toProblem } from '@/api/problem'

const STORAGE_KEY = 'ybjg.session'

interface Session {
  token: string
  claims: TokenClaims
}

function restore(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const session = JSON.parse(raw) as Session
    return session.claims.exp * 1000 > Date.now() ? session : null
  } catch {
    return null
  }
}

export const STAFF_ROLES = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'INSPECTOR', 'EXPERT', 'AUDITOR'] as const
export const ADMIN_ROLES = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'] as const

/**
 * The signed-in user. The token is kept in this tab's session storage (never a cookie), so it goes with the tab
 * and no other site's request can carry it. The roles only shape the menu: the services decide what is allowed.
 */
export const useAuthStore = defineStore('auth', () => {
  const session = ref<Session | null>(restore())
  const expired = ref(false)

  const token = computed(() => session.value?.token ?? null)
  const user = computed(() => session.value?.claims ?? null)
  const roles = computed(() => user.value?.roles ?? [])
  const region = computed(() => user.value?.region ?? '')
  const signedIn = computed(() => session.value !== null && session.value.claims.exp * 1000 > Date.now())

  function hasRole(...wanted: readonly string[]) {
    return wanted.length === 0 || roles.value.some((r) => wanted.includes(r))
  }

  function accept(accessToken: string) {
    session.value = { token: accessToken, claims: readClaims(accessToken) }
    expired.value = false
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session.value))
  }

  /** Local profile: the gateway's demo token endpoint. */
  async function login(username: string, password: string, language = 'zh-CN') {
    const response = await globalThis.fetch(new Request(new URL('/auth/token', window.location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ username, password }),
    }))
    const body = await response.json().catch(() => undefined)
    if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body, response.statusText))
    accept(body.access_token)
  }

  function logout() {
    session.value = null
    sessionStorage.removeItem(STORAGE_KEY)
  }

  /** The token was refused (expired or revoked): sign out and say why on the login page. */
  function expire() {
    logout()
    expired.value = true
  }

  return { token, user, roles, region, signedIn, expired, hasRole, accept, login, logout, expire }
})
