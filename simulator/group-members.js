// @ts-check
/* global structuredClone */
// What a runner group of either scope holds, and the lookups its routes share: the group itself, known ids,
// and its self-hosted runners (GET|PUT …/runners, PUT|DELETE …/runners/{runner_id}).
import { notFound, unprocessable } from './errors.js'
import { noContent, paginate } from './http.js'
import { DEFAULT_GROUP_ID } from './state.js'

/** @typedef {import('./http.js').Context} Context */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('./state.js').RunnerGroup} RunnerGroup */

const RESOURCE = 'RunnerGroup'

/** @param {Context} context */
export function findGroup({ state, params }) {
  const group = state.groups.find((candidate) => candidate.id === params.runner_group_id)
  if (!group) throw notFound()
  return group
}

/**
 * @param {{ id: number }[]} items
 * @param {number[]} ids
 * @param {string} field
 * @param {string} what
 */
export function requireKnown(items, ids, field, what) {
  const unknown = ids.filter((id) => !items.some((item) => item.id === id))
  if (unknown.length > 0)
    throw unprocessable(RESOURCE, field, 'invalid', `Unknown ${what} ids: ${unknown.join(', ')}.`)
}

/**
 * Puts exactly `ids` in the group; runners that leave it go back to the default group (GitHub's REST
 * reference: "Replaces the list of self-hosted runners"; a runner removed from a group "is then returned
 * to the default group"; docs/github-behaviour.md).
 * @param {State} state
 * @param {RunnerGroup} group
 * @param {number[]} ids
 */
export function setRunners(state, group, ids) {
  requireKnown(state.selfHostedRunners, ids, 'runners', 'runner')
  for (const runner of state.selfHostedRunners) {
    if (ids.includes(runner.id)) runner.runner_group_id = group.id
    else if (runner.runner_group_id === group.id) runner.runner_group_id = DEFAULT_GROUP_ID
  }
}

/**
 * @param {State} state
 * @param {number} id
 */
function findSelfHostedRunner(state, id) {
  const runner = state.selfHostedRunners.find((candidate) => candidate.id === id)
  if (!runner) throw notFound()
  return runner
}

/**
 * The self-hosted runner routes of a group, the same in both scopes.
 * @param {string} GROUP the group's path
 * @returns {Record<string, import('./http.js').Route>}
 */
export function selfHostedRunnerRoutes(GROUP) {
  return {
    [`GET ${GROUP}/runners`]: {
      resource: RESOURCE,
      handle: (context) => {
        const group = findGroup(context)
        const runners = context.state.selfHostedRunners.filter(
          (runner) => runner.runner_group_id === group.id
        )
        return paginate(context, runners, 'runners', (runner) => structuredClone(runner))
      }
    },
    [`PUT ${GROUP}/runners`]: {
      resource: RESOURCE,
      handle: (context) => {
        setRunners(context.state, findGroup(context), context.body.runners)
        return noContent()
      }
    },
    [`PUT ${GROUP}/runners/{runner_id}`]: {
      resource: RESOURCE,
      handle: (context) => {
        const group = findGroup(context)
        findSelfHostedRunner(context.state, context.params.runner_id).runner_group_id = group.id
        return noContent()
      }
    },
    [`DELETE ${GROUP}/runners/{runner_id}`]: {
      resource: RESOURCE,
      handle: (context) => {
        const group = findGroup(context)
        const runner = findSelfHostedRunner(context.state, context.params.runner_id)
        if (runner.runner_group_id === group.id) runner.runner_group_id = DEFAULT_GROUP_ID
        return noContent()
      }
    }
  }
}
