import type { OidcSettings } from '@/utils/oidc'

/** What the gateway tells the app about signing in (GET /ui/config): demo users locally, OIDC in production. */
export interface UiConfig {
  signIn: 'local' | 'oidc'
  demoUsers: { username: string; name: string; region: string; roles: string[] }[]
  oidc?: OidcSettings
}

export async function loadUiConfig(): Promise<UiConfig> {
  const response = await globalThis.fetch(new Request(new URL('/ui/config', window.location.origin)))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.json()
}
