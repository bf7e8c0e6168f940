// Evaluated before anything imports the toolkit's HTTP client, which reads the proxy variables as it
// loads and would crash on one it cannot use (`socks5://…`, a malformed `%` escape) with a stack trace
// in place of an error. Here such a variable fails the step with one message, never echoing its value
// (it may hold a password).
import * as core from '@actions/core'

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

export function proxyProblem(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of PROXY_VARIABLES) {
    const value = env[name]?.trim()
    if (!value) continue
    let url: URL
    try {
      url = new URL(value.includes('://') ? value : `http://${value}`)
    } catch {
      return `The proxy variable ${name} is not a URL: give http://host:port (user:password@ allowed).`
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `The proxy variable ${name} uses ${url.protocol.replace(':', '')}://: only http:// and https:// proxies are supported.`
    try {
      decodeURIComponent(url.username)
      decodeURIComponent(url.password)
    } catch {
      return `The proxy variable ${name} has a malformed % escape in its user or password.`
    }
  }
  return undefined
}

const problem = proxyProblem(process.env)
if (problem) {
  core.setFailed(problem)
  process.exit()
}
