import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import PlanWizard from '@/components/inspection/PlanWizard.vue'
import {
  emptyPlanForm, errorsUnder, newStratum, recheckDefaultStrata, sectionErrors, stepOf, toPlanRequest, validatePlanForm,
  type PlanForm,
} from '@/components/inspection/planForm'

const t = (key: string) => key.replace('inspection.validation.', '')

function validPlan(): PlanForm {
  const form = emptyPlanForm('990100')
  form.name = '东江市2026年第二轮抽查复查'
  form.kind = 'RANDOM'
  form.periodFrom = '2026-10-01'
  form.periodTo = '2026-10-31'
  form.strata = [{ ...newStratum(), code: 'TERTIARY', levels: ['TERTIARY'], percent: 50, minimum: 1 }]
  return form
}

describe('plan wizard validation', () => {
  it('should accept a complete plan', () => {
    expect(validatePlanForm(validPlan(), t)).toEqual({})
  })

  it('should refuse a period that ends before it starts, and a check day outside it', () => {
    const form = validPlan()
    form.periodFrom = '2026-10-31'
    form.periodTo = '2026-10-01'
    expect(validatePlanForm(form, t).period).toBe('periodOrder')
    const other = validPlan()
    other.checkOn = '2026-11-02'
    expect(validatePlanForm(other, t).checkOn).toBe('checkOnInPeriod')
  })

  it('should check each stratum quota: percent 0–100, a count of at least one, not both zero, codes unique', () => {
    const form = validPlan()
    form.strata = [
      { ...newStratum(), code: 'A', percent: 120 },
      { ...newStratum(), code: 'B', mode: 'count', minimum: 0 },
      { ...newStratum(), code: 'C', percent: 0, minimum: 0 },
      { ...newStratum(), code: 'A', percent: 10 },
      { ...newStratum(), code: 'bad code', percent: 10, topByFundPayment: 0 },
      { ...newStratum(), code: 'AG', types: ['AGENCY', 'PHARMACY'], percent: 100 },
    ]
    const errors = validatePlanForm(form, t)
    expect(errors['strata.0.percent']).toBe('percentRange')
    expect(errors['strata.1.minimum']).toBe('countRange')
    expect(errors['strata.2.percent']).toBe('quotaZero')
    expect(errors['strata.3.code']).toBe('stratumCodeTwice')
    expect(errors['strata.4.code']).toBe('stratumCode')
    expect(errors['strata.4.topByFundPayment']).toBe('topRange')
    expect(errors['strata.5.types']).toBe('agencyAlone')
  })

  it('should let a re-check go without strata (the service applies the 吕医保发〔2021〕36号 defaults) but not a random check', () => {
    const form = validPlan()
    form.strata = []
    expect(validatePlanForm(form, t).strata).toBe('strataRequired')
    form.kind = 'RECHECK'
    expect(validatePlanForm(form, t).strata).toBeUndefined()
  })

  it('should refuse an institution both included and excluded, and the team rule out of range', () => {
    const form = validPlan()
    form.inclusions = [{ institutionId: 'I1', institutionName: '', reason: 'TIP_OFF', note: '' }]
    form.exclusions = [{ institutionId: 'I1', institutionName: '', reason: '已检查' }]
    form.excludeCheckedWithinMonths = 61
    form.team.officers = 1
    form.team.pairing = [{ targetCounty: '990102', inspectingCounty: '990102' }]
    const errors = validatePlanForm(form, t)
    expect(errors['exclusions.0.institutionId']).toBe('includedAndExcluded')
    expect(errors.excludeCheckedWithinMonths).toBe('monthsRange')
    expect(errors['teamRule.officers']).toBe('officersRange')
    expect(errors['teamRule.pairing.0']).toBe('pairingSelf')
  })

  it('should check only the fields of the step asked for', () => {
    const form = emptyPlanForm('990100')
    form.team.officers = 1
    expect(Object.keys(validatePlanForm(form, t, 0)).sort()).toEqual(['name', 'period'])
    expect(Object.keys(validatePlanForm(form, t, 3))).toEqual(['teamRule.officers'])
  })

  it('should place server violations at their step and section', () => {
    expect(stepOf('period')).toBe(0)
    expect(stepOf('strata.percent')).toBe(1)
    expect(stepOf('inclusions.reason')).toBe(2)
    expect(stepOf('teamRule.pairing')).toBe(3)
    const errors = { 'strata': 'a', 'strata.percent': 'b', 'strata.0.code': 'c', 'strataX': 'd' }
    expect(errorsUnder(errors, 'strata')).toBe('a；b；c')
    expect(sectionErrors(errors, 'strata')).toBe('a；b')
  })

  it('should send a count as percent 0 with that minimum, and the pairing as a map', () => {
    const form = validPlan()
    form.strata = [{ ...newStratum(), code: 'TOP', mode: 'count', minimum: 3, percent: 40, topByFundPayment: 30 }]
    form.team.crossCheck = true
    form.team.pairing = [{ targetCounty: '990102', inspectingCounty: '990104' }]
    const body = toPlanRequest(form)
    expect(body.strata).toEqual([expect.objectContaining({ code: 'TOP', percent: 0, minimum: 3, topByFundPayment: 30 })])
    expect(body.teamRule).toEqual(expect.objectContaining({ crossCheck: true, pairing: { '990102': '990104' } }))
    expect(body.checkOn).toBeUndefined()
  })

  it('should fill the re-check defaults of 吕医保发〔2021〕36号: 50 / 30 / 10 % and the agencies whole', () => {
    const strata = recheckDefaultStrata({ TERTIARY: '三级', SECONDARY: '二级', PRIMARY: '一级', AGENCY: '经办机构' })
    expect(strata.map((s) => [s.code, s.percent])).toEqual([['TERTIARY', 50], ['SECONDARY', 30], ['PRIMARY', 10], ['AGENCY', 100]])
  })
})

// Mounting the whole wizard (steps, selects, date pickers) takes seconds on a loaded 2-core machine.
describe('PlanWizard', { timeout: 60_000 }, () => {
  function mountWizard(form: PlanForm, serverErrors: Record<string, string> = {}) {
    return mount(PlanWizard, {
      props: { modelValue: form, serverErrors, submitting: false },
      global: { plugins: [createPinia(), i18n] },
      attachTo: document.body,
    })
  }

  /** Element Plus shows a field's error 100 ms after its state changes (debounced). */
  async function settle() {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 150))
    await flushPromises()
  }

  it('should not leave the first step while the name and period are missing, and say why at the fields', async () => {
    const wrapper = mountWizard(emptyPlanForm('990100'))
    await wrapper.findAll('button').find((b) => b.text() === '下一步')!.trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="wizard-scope"]').isVisible()).toBe(true)
    expect(wrapper.text()).toContain('请填写计划名称')
    expect(wrapper.text()).toContain('请选择检查期间的开始和结束日期')
    wrapper.unmount()
  })

  it('should jump to the step of a refused field and show the service message there', async () => {
    const wrapper = mountWizard(validPlan())
    await wrapper.setProps({ serverErrors: { 'teamRule.pairing': 'no inspecting county is paired with county 990103' } })
    await settle()
    expect(wrapper.find('[data-testid="wizard-team"]').isVisible()).toBe(true)
    expect(wrapper.find('[data-testid="wizard-team"]').text()).toContain('no inspecting county is paired with county 990103')
    wrapper.unmount()
  })

  it('should emit submit from the review step of a valid plan', async () => {
    const wrapper = mountWizard(validPlan())
    const next = () => wrapper.findAll('button').find((b) => b.text() === '下一步')!.trigger('click')
    for (let i = 0; i < 4; i++) await next()
    await flushPromises()
    expect(wrapper.find('[data-testid="wizard-review"]').exists()).toBe(true)
    await wrapper.findAll('button').find((b) => b.text() === '保存草稿')!.trigger('click')
    expect(wrapper.emitted('submit')).toHaveLength(1)
    wrapper.unmount()
  })
})
