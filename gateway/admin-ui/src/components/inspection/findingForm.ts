type Translate = (key: string) => string

export interface FindingForm {
  institutionId: string
  category: string
  description: string
  improperAmount: string
  foundOn: string
}

const MONEY = /^[0-9]{1,13}(\.[0-9]{1,2})?$/

/** The checks the finding form makes before sending (the service checks again): keyed by the request's fields. */
export function validateFinding(form: FindingForm, today: string, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.institutionId) errors.institutionId = t('inspection.validation.institutionRequired')
  if (!form.category) errors.category = t('inspection.validation.required')
  if (!form.description.trim()) errors.description = t('inspection.validation.required')
  if (!MONEY.test(form.improperAmount.trim())) errors.improperAmount = t('inspection.validation.amountFormat')
  if (!form.foundOn) errors.foundOn = t('inspection.validation.required')
  else if (form.foundOn > today) errors.foundOn = t('inspection.validation.futureDate')
  return errors
}
