import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import RosterImportProgress from '@/components/inspection/RosterImportProgress.vue'
import type { components } from '@/api/schema/inspection'

type Job = components['schemas']['RosterImportJob']

function job(overrides: Partial<Job>): Job {
  return {
    id: 'J1', status: 'RUNNING', statusLabel: '导入中', regionCode: '990100', createdBy: 'city-admin',
    createdAt: '2026-03-01T02:00:00Z', finishedAt: null, rowsTotal: 4, rowsDone: 1, created: 1, updated: 0, unchanged: 0,
    failed: 0, errorCount: 0, errorsTruncated: false, errors: [], ...overrides,
  }
}

const mountJob = (j: Job) => mount(RosterImportProgress, { props: { job: j }, global: { plugins: [i18n] }, attachTo: document.body })

describe('RosterImportProgress', () => {
  it('should show the progress of a running job from rowsDone of rowsTotal', () => {
    const wrapper = mountJob(job({}))
    expect(wrapper.text()).toContain('导入中')
    expect(wrapper.text()).toContain('已处理 1 / 4 行')
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('25')
    expect(wrapper.find('[data-testid="import-errors"]').exists()).toBe(false)
  })

  it('should list the row errors of a finished job with the counts', async () => {
    const wrapper = mountJob(job({
      status: 'COMPLETED', statusLabel: '已完成', rowsDone: 4, created: 2, updated: 1, failed: 1, errorCount: 1,
      errors: [{ row: 3, field: 'certificateNumber', reason: '行政执法人员须登记行政执法证号' }],
    }))
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 50)) // the table lays out its rows after mounting
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('100')
    expect(wrapper.text()).toContain('新增 2')
    expect(wrapper.text()).toContain('失败 1')
    const errors = wrapper.find('[data-testid="import-errors"]')
    expect(errors.text()).toContain('certificateNumber')
    expect(errors.text()).toContain('行政执法人员须登记行政执法证号')
  })

  it('should say that errors were cut at 1000', () => {
    const wrapper = mountJob(job({ status: 'COMPLETED', statusLabel: '已完成', errorsTruncated: true, errorCount: 1500,
      errors: [{ row: 1, field: 'role', reason: 'unknown code' }] }))
    expect(wrapper.text()).toContain('仅保留前1000条错误，共 1500 条')
  })
})
