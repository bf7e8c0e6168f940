// The shapes of GitHub's answers this action reads, from Octokit's OpenAPI-generated types.
import type { components } from '@octokit/openapi-types'

export type HostedRunner = components['schemas']['actions-hosted-runner']
export type RunnerGroup = components['schemas']['runner-groups-org']
export type CustomImage = components['schemas']['actions-hosted-runner-custom-image']
export type CustomImageVersion = components['schemas']['actions-hosted-runner-custom-image-version']
