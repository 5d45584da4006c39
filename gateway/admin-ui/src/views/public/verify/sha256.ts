/** SHA-256 of a string's UTF-8 bytes as lower-case hex, with the browser's WebCrypto (also present in Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const bytes = new Uint8Array(digest)
  let hex = ''
  for (const b of bytes) hex += b.toString(16).padStart(2, '0')
  return hex
}

/** Hashes many strings at once (WebCrypto is asynchronous; a draw hashes every candidate once). */
export function sha256All(texts: string[]): Promise<string[]> {
  return Promise.all(texts.map(sha256Hex))
}

/** Java's String.compareTo for the strings we sort (UTF-16 code units, as JavaScript's `<` compares). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
