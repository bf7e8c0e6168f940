// The enterprise-only routes the action calls, typed here: Octokit's route types come from the
// api.github.com description, which lacks them (GitHub's GHEC description has them; the simulator
// checks every request against it).
interface Route<Parameters, Data> {
  parameters: Parameters
  response: { data: Data }
}

export interface OrganizationSimple {
  id: number
  login: string
}

export interface EnterpriseOnlyEndpoints {
  'GET /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations': Route<
    { runner_group_id: number; per_page?: number; page?: number },
    { total_count: number; organizations: OrganizationSimple[] }
  >
  'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations': Route<
    { runner_group_id: number; selected_organization_ids: number[] },
    never
  >
  'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}': Route<
    { runner_group_id: number; org_id: number },
    never
  >
  'DELETE /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}': Route<
    { runner_group_id: number; org_id: number },
    never
  >
}
