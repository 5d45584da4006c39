import type { components } from '@/api/schema/inspection'

export type TeamMember = components['schemas']['TeamMemberView']
export type InspectionTask = components['schemas']['InspectionTask']

/*
 * The spec types a plan's `draw.strata`, `draw.teams` and `draw.recusals` only as objects; these are the fields the
 * service writes there (PlanViews.draw) and the pages read. Everything else comes from the generated types.
 */
export interface DrawStratum { code: string; population: number; quota: number; shortfall: number; selected: string[] }
export interface DrawTeam { targetId: string; members: TeamMember[] }
export interface DrawRecusal { targetId: string; inspectorId: string; reason: string; replacementId: string; at: string }

export interface DrawView { strata: DrawStratum[]; teams: DrawTeam[]; recusals: DrawRecusal[] }

export function drawOf(draw: { strata?: object[]; teams?: object[]; recusals?: object[] } | null | undefined): DrawView | null {
  if (!draw) return null
  return {
    strata: (draw.strata ?? []) as DrawStratum[],
    teams: (draw.teams ?? []) as DrawTeam[],
    recusals: (draw.recusals ?? []) as DrawRecusal[],
  }
}

/** Members as one line: 张三（行政执法人员）、李四（医疗专家）. */
export function teamText(members: readonly TeamMember[] | undefined): string {
  return (members ?? []).map((m) => `${m.name}（${m.roleLabel}）`).join('、')
}
