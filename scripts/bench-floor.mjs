#!/usr/bin/env node
// The floor of `npm run bench`: the least a step can do for one GET, a bare `node:http` request.
//   node scripts/bench-floor.mjs <url>            one GET
//   node scripts/bench-floor.mjs <url> --follow   then each rel="next" page, one after the other
import { request } from 'node:http'

const headers = {
  accept: 'application/vnd.github+json',
  authorization: 'token bench-floor',
  'user-agent': 'bench-floor',
  'x-github-api-version': '2026-03-10'
}
const follow = process.argv[3] === '--follow'

/** GETs `url`; resolves to the parsed body and the next page's URL, if any. */
const get = (url) =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => {
        const next = /<([^<>]+)>;\s*rel="?next"?/.exec(String(response.headers.link ?? ''))?.[1]
        resolve({ status: response.statusCode, body: JSON.parse(body), next })
      })
    })
      .on('error', reject)
      .end()
  })

let page = await get(process.argv[2])
console.log(page.status, Object.keys(page.body).length)
while (follow && page.next) page = await get(page.next)
