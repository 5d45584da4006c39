/** The claims the platform's tokens carry (the gateway's local issuer and the bureau's OIDC provider alike). */
export interface TokenClaims {
  sub: string
  name?: string
  region: string
  roles: string[]
  exp: number
}

/** Reads a JWT's payload without checking it: the gateway and the services check it; the app only shows it. */
export function readClaims(token: string): TokenClaims {
  const payload = token.split('.')[1]
  if (!payload) throw new Error('not a JWT')
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const claims = JSON.parse(new TextDecoder().decode(bytes))
  return {
    sub: String(claims.sub ?? ''),
    name: claims.name,
    region: String(claims.region ?? ''),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    exp: Number(claims.exp ?? 0),
  }
}
