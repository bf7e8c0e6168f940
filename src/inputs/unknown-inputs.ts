// Outside GitHub Actions (a local run that sets INPUT_* variables by hand), nothing warns about a
// variable that is no input of the action: `INPUT_API_URL` for `INPUT_API-URL` would silently send the
// token to the default API. GitHub's runner warns about unexpected inputs itself, so this runs only
// where it does not.
import { didYouMean } from './name-rule.js'
import { INPUT_NAMES } from './vocabulary.js'

/** How @actions/core names an input's variable: spaces become underscores, hyphens stay. */
const variableOf = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`

/** A warning for each INPUT_* variable that names no input of the action, with the closest inputs. */
export function unknownInputWarnings(env: NodeJS.ProcessEnv): string[] {
  if (env.GITHUB_ACTIONS === 'true') return []
  const known = new Set(INPUT_NAMES.map(variableOf))
  return Object.keys(env)
    .filter((variable) => variable.startsWith('INPUT_') && !known.has(variable))
    .sort()
    .map((variable) => {
      const given = variable.slice('INPUT_'.length).toLowerCase()
      return `Environment variable ${variable} is no input of this action and is ignored.${didYouMean(given, INPUT_NAMES)}`
    })
}
