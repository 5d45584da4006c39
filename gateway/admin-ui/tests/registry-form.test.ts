import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import InstitutionForm from '@/components/registry/InstitutionForm.vue'
import type { Region } from '@/components/registry/registry'

const counties: Region[] = [
  { code: '990102', name: '东江市城东区（演示）', parentCode: '990100', level: 'COUNTY', levelLabel: '县区' },
]

function mountForm(props: Record<string, unknown> = {}) {
  return mount(InstitutionForm, {
    props: { counties, ...props },
    global: { plugins: [i18n, createPinia()] },
    attachTo: document.body,
  })
}

type FormVm = {
  validate: () => Promise<Record<string, unknown> | null>
  model: Record<string, unknown>
}

async function validate(wrapper: ReturnType<typeof mountForm>) {
  const vm = wrapper.vm as unknown as FormVm
  const result = vm.validate()
  await flushPromises()
  const body = await result
  await flushPromises()
  // Element Plus shows a field's error 100 ms after its state changes (debounced)
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
  return body
}

const errors = (wrapper: ReturnType<typeof mountForm>) =>
  wrapper.findAll('.el-form-item__error').map((e) => e.text())

describe('register institution form', () => {
  it('should refuse an empty form with a message at each required field, and fill in the only county', async () => {
    const wrapper = mountForm()
    const vm = wrapper.vm as unknown as FormVm
    expect(vm.model.countyCode).toBe('990102')

    expect(await validate(wrapper)).toBeNull()
    const shown = errors(wrapper)
    expect(shown).toContain('请填写国家编码')
    expect(shown).toContain('请填写机构名称')
    expect(shown).toContain('请选择机构类型')
    expect(shown).toContain('请选择机构等级')
    expect(shown).toContain('请选择所有制')
    wrapper.unmount()
  })

  it('should refuse a national code that is not capitals and digits, a bad county code and a signing date in the future', async () => {
    const wrapper = mountForm()
    const vm = wrapper.vm as unknown as FormVm
    Object.assign(vm.model, {
      nationalCode: 'h-1', name: '测试医院', type: 'MEDICAL_INSTITUTION', level: 'TERTIARY', ownership: 'PUBLIC',
      countyCode: '9901', agreementSignedOn: '2999-01-01',
    })
    await flushPromises()
    expect(await validate(wrapper)).toBeNull()
    const shown = errors(wrapper)
    expect(shown).toContain('国家编码只能由大写字母和数字组成，最多 40 位')
    expect(shown).toContain('县区代码为 6 位数字')
    expect(shown).toContain('日期不能晚于今天')
    wrapper.unmount()
  })

  it('should clear a level that does not fit a changed type', async () => {
    const wrapper = mountForm()
    const vm = wrapper.vm as unknown as FormVm
    Object.assign(vm.model, { nationalCode: 'H1', name: '测试', type: 'MEDICAL_INSTITUTION', level: 'TERTIARY', ownership: 'PUBLIC' })
    await flushPromises()
    vm.model.type = 'PHARMACY'
    await flushPromises()
    expect(vm.model.level).toBe('')
    expect(await validate(wrapper)).toBeNull()
    expect(errors(wrapper)).toContain('请选择机构等级')
    wrapper.unmount()
  })

  it('should give the request body of a valid form, without an agreement date when none is given', async () => {
    const wrapper = mountForm()
    const vm = wrapper.vm as unknown as FormVm
    Object.assign(vm.model, {
      nationalCode: 'H99010200999', name: ' 东江市测试医院（演示） ', type: 'PHARMACY', level: 'ORDINARY_RETAIL',
      ownership: 'PRIVATE', agreementSignedOn: null,
    })
    await flushPromises()
    expect(await validate(wrapper)).toEqual({
      nationalCode: 'H99010200999', name: '东江市测试医院（演示）', type: 'PHARMACY', level: 'ORDINARY_RETAIL',
      ownership: 'PRIVATE', countyCode: '990102',
    })
    expect(errors(wrapper)).toEqual([])
    wrapper.unmount()
  })

  it('should show the service\'s refusals at their fields', async () => {
    const wrapper = mountForm({ errors: { countyCode: 'County 990103 lies outside your region 990102.' } })
    await flushPromises()
    expect(errors(wrapper)).toContain('County 990103 lies outside your region 990102.')
    wrapper.unmount()
  })
})
