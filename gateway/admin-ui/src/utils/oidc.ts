/**
 * Sign-in under the `prod` profile: OpenID Connect authorization code with PKCE against the bureau's identity
 * provider, as the gateway's /ui/config describes it. The verifier and state live in this tab's session storage
 * only until the provider sends the user back.
 */
export interface OidcSettings {
  issuer: string
  clientId: string
  scope: string
}

const PENDING_KEY = 'ybjg.oidc.pending'

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function randomString(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)))
}

async function discover(issuer: string) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
  if (!response.ok) throw new Error(`identity provider discovery failed: HTTP ${response.status}`)
  return (await response.json()) as { authorization_endpoint: string; token_endpoint: string }
}

export async function startOidcSignIn(settings: OidcSettings, redirectAfter: string) {
  const { authorization_endpoint } = await discover(settings.issuer)
  const verifier = randomString()
  const state = randomString()
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))))
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, redirectAfter, settings }))
  const url = new URL(authorization_endpoint)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    scope: settings.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString()
  window.location.assign(url.toString())
}

/** Completes the sign-in on /auth/callback: the access token and where to go next. */
export async function finishOidcSignIn(query: URLSearchParams): Promise<{ token: string; redirectAfter: string }> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null')
  sessionStorage.removeItem(PENDING_KEY)
  if (!pending || query.get('state') !== pending.state) throw new Error('sign-in state does not match; start again')
  const code = query.get('code')
  if (!code) throw new Error(query.get('error_description') ?? query.get('error') ?? 'no authorization code')
  const { token_endpoint } = await discover(pending.settings.issuer)
  const response = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${window.location.origin}/auth/callback`,
      client_id: pending.settings.clientId,
      code_verifier: pending.verifier,
    }),
  })
  if (!response.ok) throw new Error(`token exchange failed: HTTP ${response.status}`)
  const body = await response.json()
  return { token: body.access_token, redirectAfter: pending.redirectAfter }
}
