import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import ImportJobProgress from '@/components/registry/ImportJobProgress.vue'
import { useImportJob } from '@/components/registry/useImportJob'
import { importPercent, type ImportJob } from '@/components/registry/registry'

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1', kind: 'INSTITUTIONS', kindLabel: '定点医药机构', status: 'RUNNING', statusLabel: '导入中',
    regionCode: '990102', createdBy: 'county-admin', createdAt: '2026-03-01T02:00:00Z', finishedAt: null,
    rowsTotal: 4, rowsDone: 1, created: 1, updated: 0, unchanged: 0, failed: 0, errorCount: 0,
    errorsTruncated: false, errors: [], ...overrides,
  }
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('import progress', () => {
  it('should count rows done of rows total, and a completed job as 100 %', () => {
    expect(importPercent(job({ rowsDone: 1, rowsTotal: 4 }))).toBe(25)
    expect(importPercent(job({ rowsDone: 2, rowsTotal: 3 }))).toBe(66)
    expect(importPercent(job({ status: 'QUEUED', rowsDone: 0, rowsTotal: 0 }))).toBe(0)
    expect(importPercent(job({ status: 'COMPLETED', rowsDone: 0, rowsTotal: 0 }))).toBe(100)
    expect(importPercent(null)).toBe(0)
  })

  it('should show a running job\'s bar, status and counts', () => {
    const wrapper = mount(ImportJobProgress, { props: { job: job() }, global: { plugins: [i18n, createPinia()] } })
    expect(wrapper.get('[data-testid="import-progress"]').text()).toContain('25%')
    expect(wrapper.get('[data-testid="import-status"]').text()).toBe('导入中')
    expect(wrapper.text()).toContain('1 / 4 行')
    expect(wrapper.text()).toContain('没有错误行')
  })

  it('should show a completed job at 100 % with each bad row, its field and reason', async () => {
    const wrapper = mount(ImportJobProgress, {
      props: {
        job: job({
          status: 'COMPLETED', statusLabel: '已完成', rowsDone: 2, rowsTotal: 2, failed: 1, errorCount: 1,
          errors: [{ row: 2, field: 'countyCode', reason: '990199 不是区划表中的县级区划' }],
        }),
      },
      global: { plugins: [i18n, createPinia()] },
    })
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(wrapper.get('[data-testid="import-progress"]').text()).toContain('100%')
    expect(wrapper.get('[data-testid="count-failed"]').text()).toBe('1')
    const errors = wrapper.get('[data-testid="import-errors"]').text()
    expect(errors).toContain('countyCode')
    expect(errors).toContain('990199 不是区划表中的县级区划')
  })

  it('should say so when only the first errors are kept, and show why a failed job stopped', () => {
    const wrapper = mount(ImportJobProgress, {
      props: { job: job({ status: 'FAILED', statusLabel: '失败', errorsTruncated: true, failure: 'disk full',
        errors: [{ row: 1, field: 'name', reason: 'x' }] }) },
      global: { plugins: [i18n, createPinia()] },
    })
    expect(wrapper.text()).toContain('只显示前 1 条错误')
    expect(wrapper.text()).toContain('导入失败：disk full')
  })

  it('should poll the job resource until the job is completed, then stop', async () => {
    vi.useFakeTimers()
    const answers = [job({ rowsDone: 3 }), job({ status: 'COMPLETED', statusLabel: '已完成', rowsDone: 4 })]
    const fetch = vi.fn(async (request: Request) => {
      expect(new URL(request.url).pathname).toBe('/api/registry/imports/job-1')
      return json(answers.shift())
    })
    vi.stubGlobal('fetch', fetch)

    const scope = effectScope()
    const poll = scope.run(() => useImportJob(500))!
    poll.follow(job({ status: 'QUEUED', statusLabel: '排队中', rowsDone: 0 }))
    expect(poll.job.value?.status).toBe('QUEUED')
    expect(poll.polling.value).toBe(true)

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(poll.job.value?.rowsDone).toBe(3)
    expect(poll.polling.value).toBe(true)

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(poll.job.value?.status).toBe('COMPLETED')
    expect(poll.polling.value).toBe(false)

    await vi.advanceTimersByTimeAsync(5000)
    expect(fetch).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('should stop polling when the page goes away', async () => {
    vi.useFakeTimers()
    const fetch = vi.fn(async () => json(job()))
    vi.stubGlobal('fetch', fetch)
    const scope = effectScope()
    const poll = scope.run(() => useImportJob(500))!
    poll.follow(job())
    scope.stop()
    await vi.advanceTimersByTimeAsync(3000)
    expect(fetch).not.toHaveBeenCalled()
    expect(poll.polling.value).toBe(false)
  })
})
