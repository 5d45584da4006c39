const KEY = 'ybjg.inspection.pairings'

/** Ids of the cross-check pairings started in this browser, newest first (the API lists none). */
export function recentPairings(): string[] {
  try {
    const ids = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export function rememberPairing(id: string) {
  localStorage.setItem(KEY, JSON.stringify([id, ...recentPairings().filter((x) => x !== id)].slice(0, 20)))
}
