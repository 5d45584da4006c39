/** One official at a ceremony, in recorded order. */
export interface OfficialRow { name: string; role: string; digits: string }

type Translate = (key: string) => string

/** Client checks of a ceremony's entries (the server checks again): keyed `officials.<i>.<field>`. */
export function validateOfficials(rows: OfficialRow[], t: Translate, withRole: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  rows.forEach((row, i) => {
    if (!row.name.trim()) errors[`officials.${i}.name`] = t('inspection.validation.officialName')
    if (withRole && !row.role.trim()) errors[`officials.${i}.role`] = t('inspection.validation.officialRole')
    if (!/^[0-9]{1,64}$/.test(row.digits)) errors[`officials.${i}.digits`] = t('inspection.validation.digitsRequired')
  })
  return errors
}
