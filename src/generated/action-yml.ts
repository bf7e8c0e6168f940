// Generated from action.yml by `npm run generate` (scripts/generate-usage.mjs): do not edit.

export interface ActionInput {
  description: string
  required: boolean
  default?: string
}

export const ACTION_DESCRIPTION = "Manage an organization's GitHub-hosted runners, custom images and image versions, and runner groups through the GitHub REST API: one operation per step."

export const ACTION_INPUTS: Record<string, ActionInput> = {
  "operation": {
    "description": "One of the operations below, grouped by family; an unknown name fails the step and lists the valid ones.\n- Hosted runners (organization and enterprise): `list-runners`, `get-runner`, `create-runner`, `update-runner`, `delete-runner`, `list-github-images`, `list-partner-images`, `list-machine-sizes`, `list-platforms`, `get-limits`\n- Custom images (organization and enterprise): `list-images`, `get-image`, `delete-image`, `list-image-versions`, `get-image-version`, `delete-image-version`\n- Runner groups (organization and enterprise): `list-groups`, `get-group`, `create-group`, `update-group`, `delete-group`, `list-group-runners`, `set-group-runners`, `add-group-runner`, `remove-group-runner`\n- Runner groups (organization only): `list-group-hosted-runners`, `list-group-repos`, `set-group-repos`, `add-group-repo`, `remove-group-repo`\n- Runner groups (enterprise only): `list-group-orgs`, `set-group-orgs`, `add-group-org`, `remove-group-org`\n- Private networking (organization and enterprise): `list-network-configurations`, `get-network-configuration`, `create-network-configuration`, `update-network-configuration`, `delete-network-configuration`, `get-network-settings`\n- Composite (organization and enterprise): `wait-runner`, `ensure-runner`, `ensure-group`, `cleanup-image-versions`\n- Runners as code (organization and enterprise): `apply`, `export`",
    "required": true
  },
  "token": {
    "description": "Token for the REST API; masked at once and never printed. `GITHUB_TOKEN` cannot manage organization runners: use a classic PAT (`manage_runners:org` for hosted runners and images, `admin:org` for runner groups), a fine-grained token or a GitHub App token. `delete-runner`, and `apply` pruning hosted runners, need the organization permission \"Administration\": write for a GitHub App or a fine-grained token; an enterprise's runners, a classic token with `manage_runners:enterprise`.",
    "required": true
  },
  "org": {
    "description": "Organization login, checked against GitHub's login rules before any request. Default: the owner of the repository running the workflow.",
    "required": false,
    "default": "${{ github.repository_owner }}"
  },
  "enterprise": {
    "description": "Enterprise slug (as in `https://github.com/enterprises/SLUG`), for enterprise scope on GitHub Enterprise Cloud. When given, the operation acts on the enterprise's hosted runners, custom images and runner groups and `org` is not read; operations that exist at organization scope only are refused before any request.",
    "required": false
  },
  "api-url": {
    "description": "REST API base URL. Default: `github.api_url`, else the `GITHUB_API_URL` environment variable, else `https://api.github.com`. Plain `http://` is refused unless the host is loopback (`localhost`, `127.0.0.0/8`, `::1`).",
    "required": false,
    "default": "${{ github.api_url }}"
  },
  "api-version": {
    "description": "Sent as the `X-GitHub-Api-Version` header.",
    "required": false,
    "default": "2026-03-10"
  },
  "dry-run": {
    "description": "`true` or `false`. With `true`, every mutating request is planned, logged and reported in `result` (method, path, body) and none is sent; reads still run.",
    "required": false,
    "default": "false"
  },
  "retries": {
    "description": "How many times a request that failed with a network error or a 5xx answer is tried again, a whole number (`0`: one try). Rate limits (429, 403) are waited out without counting, but a single wait over 10 minutes fails the step; other 4xx errors are never retried.",
    "required": false,
    "default": "3"
  },
  "runner-id": {
    "description": "Hosted runner id, a positive whole number. Read by `get-runner`, `update-runner`, `delete-runner`, `wait-runner` and `ensure-runner`; it wins over `runner-name`, which then renames the runner on `update-runner` and `ensure-runner` (other operations fail when given both).",
    "required": false
  },
  "runner-name": {
    "description": "Hosted runner name: 1–64 of `a-z A-Z 0-9 . - _`. The name of the runner to create (`create-runner`, `ensure-runner`: required), or of the runner to act on, matched exactly (`get-runner`, `update-runner`, `delete-runner`, `wait-runner`).",
    "required": false
  },
  "image-id": {
    "description": "Runner image: its id or its name, as listed by `list-github-images`, `list-partner-images` or `list-images` (the catalogue of `image-source`). GitHub-owned and partner images match by id or display name, ignoring case; custom images by id or name. GitHub-owned ids are numeric strings: `\"2306\"` or `Ubuntu Latest (24.04)`. Resolved before any write; the id is what is sent and compared. Read by `create-runner` (required), `update-runner` and `ensure-runner`.",
    "required": false
  },
  "image-source": {
    "description": "Where `image-id` comes from: `github`, `partner` or `custom`. Read by `create-runner`, `update-runner` and `ensure-runner` together with `image-id`. Default: `github`.",
    "required": false
  },
  "image-version": {
    "description": "Image version. On `create-runner`, `update-runner` and `ensure-runner`: the custom image version the runner uses, `x.y.z`, or `latest` to follow the image's newest version (GitHub then reports `latest`; custom images only: GitHub-owned and partner images always run `latest`). On `get-image-version` and `delete-image-version` (required): the one version `x.y.z` to read or delete.",
    "required": false
  },
  "size": {
    "description": "Machine size, as listed by `list-machine-sizes` (for example `4-core`). Read by `create-runner` (required), `update-runner` and `ensure-runner`.",
    "required": false
  },
  "runner-group": {
    "description": "Runner group id or name, matched ignoring case (the exact name wins where two differ only in case; digits only: an id, but in the fleet file a string is a name and a YAML integer an id). On `create-runner`, `update-runner` and `ensure-runner`: the group the runner belongs to (default on creation: the organization's default group). Required by `get-group`, `update-group`, `delete-group`, `list-group-hosted-runners` and the `*-group-repos` and `*-group-runners` operations.",
    "required": false
  },
  "maximum-runners": {
    "description": "Maximum number of machines the hosted runner scales up to, a positive whole number. Read by `create-runner`, `update-runner` and `ensure-runner`.",
    "required": false
  },
  "enable-static-ip": {
    "description": "`true` or `false`: give the hosted runner static public IP addresses (see `get-limits`). Read by `create-runner`, `update-runner` and `ensure-runner`.",
    "required": false
  },
  "image-gen": {
    "description": "`true` or `false`: use the hosted runner to generate custom images. Read by `create-runner`, `update-runner` and `ensure-runner`.",
    "required": false
  },
  "custom-image": {
    "description": "Custom image id or name, matched ignoring case (the exact name wins where two differ only in case; digits only: an id, but in the fleet file a string is a name and a YAML integer an id). Required by `get-image`, `delete-image`, `list-image-versions`, `get-image-version` and `delete-image-version`. On `cleanup-image-versions`: the one image to clean up; empty for every custom image of the organization.",
    "required": false
  },
  "visible-to-repository": {
    "description": "Repository name: `list-groups` returns only the runner groups this repository may use. Default: every group.",
    "required": false
  },
  "visible-to-organization": {
    "description": "Organization login, at enterprise scope: `list-groups` returns only the enterprise runner groups this organization may use. Default: every group.",
    "required": false
  },
  "group-name": {
    "description": "Runner group name, at most 64 characters (spaces allowed). On `create-group` and `ensure-group` (required): the group's name, which `ensure-group` looks the group up by. On `update-group`: the new name.",
    "required": false
  },
  "visibility": {
    "description": "Which repositories may use the group: `all`, `selected` or `private`. Read by `create-group`, `update-group` and `ensure-group`.",
    "required": false
  },
  "repositories": {
    "description": "Repositories, each an id, `owner/name` or a bare name in `org`: one per line, comma separated, or a YAML/JSON list (digits are an id; in the fleet file a string is a name, `\"2024\"`, and a YAML integer an id). `set-group-repos` replaces the group's list with them, `add-group-repo` and `remove-group-repo` add or remove each one, `create-group` and `ensure-group` give the group exactly these. The group's visibility must be `selected`.",
    "required": false
  },
  "organizations": {
    "description": "Enterprise scope: organization logins or ids, in the same list formats as `repositories`. `set-group-orgs` replaces the enterprise group's organizations with them, `add-group-org` and `remove-group-org` add or remove each one, `create-group` and `ensure-group` give the group exactly these. The group's visibility must be `selected`.",
    "required": false
  },
  "runners": {
    "description": "Self-hosted runner ids or names, in the same list formats as `repositories`. `set-group-runners` replaces the group's runners with them, `add-group-runner` and `remove-group-runner` add or remove each one, `create-group` and `ensure-group` give the group exactly these. GitHub moves a runner the new list drops to the default group: `set-group-runners`, `ensure-group` and `apply` name each one in a warning and the summary before the list is sent.",
    "required": false
  },
  "allows-public-repositories": {
    "description": "`true` or `false`: whether public repositories may use the group. Read by `create-group`, `update-group` and `ensure-group`.",
    "required": false
  },
  "restricted-to-workflows": {
    "description": "`true` or `false`: whether only the `selected-workflows` may use the group. Read by `create-group`, `update-group` and `ensure-group`.",
    "required": false
  },
  "selected-workflows": {
    "description": "Workflow refs that may use the group when `restricted-to-workflows` is `true` (for example `octo-org/app/.github/workflows/deploy.yml@refs/heads/main`), in the same list formats as `repositories`. Read by `create-group`, `update-group` and `ensure-group`.",
    "required": false
  },
  "network-configuration-id": {
    "description": "A hosted compute network configuration (private networking), by its id or its name, resolved against the scope's network configurations before any write; an id not found there (upper-case letters and digits) is sent as given, with a notice, since an organization's group may use its enterprise's configuration, while a name must be found. On `create-group`, `update-group` and `ensure-group`: the configuration the group's runners use. Required by `get-network-configuration` (which reads an id directly), `update-network-configuration` and `delete-network-configuration`.",
    "required": false
  },
  "network-configuration-name": {
    "description": "The network configuration's name to create or rename to: 1–100 of `a-z A-Z 0-9 . - _`. Required by `create-network-configuration`; renames on `update-network-configuration`.",
    "required": false
  },
  "network-settings-id": {
    "description": "The id of a hosted compute network settings resource (created in Azure). Required by `create-network-configuration` and `get-network-settings`; changes it on `update-network-configuration`.",
    "required": false
  },
  "compute-service": {
    "description": "`none` or `actions`: which hosted compute service the network configuration serves (default `actions` on `create-network-configuration`).",
    "required": false
  },
  "failover-network-settings-id": {
    "description": "The id of the network settings resource to fail over to, on `create-network-configuration` and `update-network-configuration`.",
    "required": false
  },
  "failover-network-enabled": {
    "description": "`true` / `false`: whether the failover network settings resource is used, on `create-network-configuration` and `update-network-configuration`.",
    "required": false
  },
  "wait-for": {
    "description": "Runner status to wait for, case-insensitive: `ready`, `deleted` (the runner is gone), or empty for no wait. Read by `wait-runner` (default `ready`) and by `create-runner`, `update-runner`, `delete-runner` and `ensure-runner` (default: no wait); a `Stuck` runner fails the wait at once, a `Shutdown` one at its second look in a row, and dry-run never waits.",
    "required": false
  },
  "wait-timeout": {
    "description": "How long `wait-for` waits before the step fails: a duration such as `90s`, `15m` or `1h` (bare numbers are seconds). Default: `15m`.",
    "required": false
  },
  "poll-interval": {
    "description": "Time before the second status read while waiting, in the same duration format as `wait-timeout`; each next interval is 1.5 times longer, up to a minute (or up to this value when it is longer). `apply` reads runners at this pace during a `rollout`. Default: `15s`.",
    "required": false
  },
  "keep": {
    "description": "`cleanup-image-versions`: how many of the newest `Ready` versions of each image are kept, a whole number (`0` or more). Default: `5`. GitHub's own retention policy for custom images (an enterprise setting, by default 20 versions, 30 days unused, 60 days of age) runs beside it: above its limit GitHub deletes the oldest unused versions itself.",
    "required": false
  },
  "older-than": {
    "description": "`cleanup-image-versions`: delete only versions created longer ago than this duration, such as `30d`, `12h` or `90m` (bare numbers are seconds). Default: any age.",
    "required": false
  },
  "max-deletions": {
    "description": "Safety cap of `cleanup-image-versions` and `apply`, a whole number: when the plan holds more deletions than this (image versions; for `apply` also pruned runners and groups), nothing is deleted and the step fails, saying how many it would delete. Default: `50`.",
    "required": false
  },
  "config": {
    "description": "`apply`: the fleet file to read; `export`: the fleet file to write. A path relative to the workspace (`GITHUB_WORKSPACE`); a path out of the workspace is refused. `export` writes only a new file: a file or a link already there, even a dangling one, is refused, naming it. It declares the owner (`organization` or `enterprise`), `network-configurations`, `runner-groups`, `hosted-runners`, `image-retention`, `prune`, `require-reviewed-plan` and `rollout`, with the action's input names as keys, and is checked against `schema/hosted-runners.schema.json` before any request. Default: `.github/hosted-runners.yml`.",
    "required": false
  },
  "expected-plan-digest": {
    "description": "`apply` and `cleanup-image-versions`: the `plan-digest` output of a reviewed dry run (64 hex characters). A run whose own plan has another digest sends nothing and fails, showing its plan; a blank one is refused, not skipped. With `require-reviewed-plan: true` in the fleet file, `apply` sends nothing without it.",
    "required": false
  },
  "fail-on-changes": {
    "description": "`apply` and `cleanup-image-versions`: `true` or `false`. With `true`, a plan that is not empty fails the step before anything is sent, its plan in the outputs and the summary (a drift check; the command line exits 3). Default: `false`.",
    "required": false
  }
}

export const OPERATION_FAMILIES: { family: string; names: string[] }[] = [
  {
    "family": "Hosted runners (organization and enterprise)",
    "names": [
      "list-runners",
      "get-runner",
      "create-runner",
      "update-runner",
      "delete-runner",
      "list-github-images",
      "list-partner-images",
      "list-machine-sizes",
      "list-platforms",
      "get-limits"
    ]
  },
  {
    "family": "Custom images (organization and enterprise)",
    "names": [
      "list-images",
      "get-image",
      "delete-image",
      "list-image-versions",
      "get-image-version",
      "delete-image-version"
    ]
  },
  {
    "family": "Runner groups (organization and enterprise)",
    "names": [
      "list-groups",
      "get-group",
      "create-group",
      "update-group",
      "delete-group",
      "list-group-runners",
      "set-group-runners",
      "add-group-runner",
      "remove-group-runner"
    ]
  },
  {
    "family": "Runner groups (organization only)",
    "names": [
      "list-group-hosted-runners",
      "list-group-repos",
      "set-group-repos",
      "add-group-repo",
      "remove-group-repo"
    ]
  },
  {
    "family": "Runner groups (enterprise only)",
    "names": [
      "list-group-orgs",
      "set-group-orgs",
      "add-group-org",
      "remove-group-org"
    ]
  },
  {
    "family": "Private networking (organization and enterprise)",
    "names": [
      "list-network-configurations",
      "get-network-configuration",
      "create-network-configuration",
      "update-network-configuration",
      "delete-network-configuration",
      "get-network-settings"
    ]
  },
  {
    "family": "Composite (organization and enterprise)",
    "names": [
      "wait-runner",
      "ensure-runner",
      "ensure-group",
      "cleanup-image-versions"
    ]
  },
  {
    "family": "Runners as code (organization and enterprise)",
    "names": [
      "apply",
      "export"
    ]
  }
]
