#!/usr/bin/env node
// The floor of `npm run bench`: the least a step can do for one GET, a bare `node:http` request.
//   node scripts/bench-floor.mjs <url>
import { request } from 'node:http'

const headers = {
  accept: 'application/vnd.github+json',
  authorization: 'token bench-floor',
  'user-agent': 'bench-floor',
  'x-github-api-version': '2026-03-10'
}
request(process.argv[2], { headers }, (response) => {
  let body = ''
  response.setEncoding('utf8')
  response.on('data', (chunk) => (body += chunk))
  response.on('end', () => console.log(response.statusCode, Object.keys(JSON.parse(body)).length))
}).end()
