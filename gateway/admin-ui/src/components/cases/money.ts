/** Two decimals at most, as the API's money fields require; the lawful range is the server's to check. */
export function moneyProblem(value: string): string | null {
  if (!value) return null
  return /^\d{1,13}(\.\d{1,2})?$/.test(value.trim()) ? null : 'cases.decision.moneyFormat'
}
