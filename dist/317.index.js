export const id = 317;
export const ids = [317];
export const modules = {

/***/ 5317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnTerminal: () => (/* binding */ runOnTerminal)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var lib_core = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/github/proxy-check.ts
// Evaluated before anything imports the toolkit's HTTP client, which reads the proxy variables as it
// loads and would crash on one it cannot use (`socks5://…`, a malformed `%` escape) with a stack trace
// in place of an error. Here such a variable fails the step with one message, never echoing its value
// (it may hold a password).

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
function proxyProblem(env) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        let url;
        try {
            url = new URL(value.includes('://') ? value : `http://${value}`);
        }
        catch {
            return `The proxy variable ${name} is not a URL: give http://host:port (user:password@ allowed).`;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return `The proxy variable ${name} uses ${url.protocol.replace(':', '')}://: only http:// and https:// proxies are supported.`;
        try {
            decodeURIComponent(url.username);
            decodeURIComponent(url.password);
        }
        catch {
            return `The proxy variable ${name} has a malformed % escape in its user or password.`;
        }
    }
    return undefined;
}
const problem = proxyProblem(process.env);
if (problem) {
    lib_core/* setFailed */.C1(problem);
    process.exit();
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(1217);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/common/bounds.ts
var bounds = __webpack_require__(6004);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/github/guarded-fetch.ts





const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NO_BODY = new Set([101, 204, 205, 304]);
/** What fetch asks for, and decodes; more codings than this in one answer are refused, as fetch does. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
const MAX_CODINGS = 5;
function guardedFetch(exchange, apiUrl, timeoutMs) {
    const origin = new URL(apiUrl).origin;
    return async (input, init = {}) => {
        // Not `instanceof Request`: touching the global fetch classes loads Node's own undici (~10 ms).
        let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        let method = (init.method ?? 'GET').toUpperCase();
        let body = typeof init.body === 'string' ? init.body : undefined;
        const headers = { 'accept-encoding': ACCEPT_ENCODING, ...init.headers };
        for (let redirects = 0;; redirects++) {
            refuseOtherOrigins(url, origin);
            const timeout = AbortSignal.timeout(timeoutMs);
            const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
            const failed = (error) => {
                if (error instanceof errors/* UnexpectedAnswer */.M7)
                    throw error;
                throw networkError(error, timeout.aborted ? timeoutMs : undefined);
            };
            const response = await exchange(url, {
                method: method,
                headers,
                body,
                signal
            }).catch(failed);
            if (!REDIRECTS.has(response.statusCode))
                return bounded(response, url, method).catch(failed);
            await response.body.dump().catch(() => undefined);
            const location = first(response.headers.location);
            const from = `${method} ${(0,errors/* pathOf */.XM)(url)}`;
            if (!location)
                throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from ${from}: HTTP ${response.statusCode} without a Location`);
            if (redirects >= bounds/* MAX_REDIRECTS */.NX)
                throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from ${from}: more than ${bounds/* MAX_REDIRECTS */.NX} redirects`);
            url = new URL(location, url).href;
            if (response.statusCode === 303) {
                method = 'GET';
                body = undefined;
            }
        }
    };
}
const first = (value) => Array.isArray(value) ? value[0] : value;
/** A failed try in words a person can act on: the timeout, or the system's reason (ECONNREFUSED…). */
function networkError(error, timedOutAfterMs) {
    if (timedOutAfterMs !== undefined)
        return new Error(`no answer within the ${timedOutAfterMs / 1000} s request timeout`);
    const failure = error;
    const message = typeof failure.message === 'string' ? failure.message : String(error);
    const code = failure.code;
    // The system's reason (ECONNREFUSED, UND_ERR_SOCKET…), unless the message already names it.
    return new Error(typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message);
}
function refuseOtherOrigins(url, origin) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new errors/* UnexpectedAnswer */.M7(`refused to follow a URL that does not parse: ${JSON.stringify(url.slice(0, 80))}`);
    }
    if (target.origin !== origin || target.username || target.password) {
        throw new errors/* UnexpectedAnswer */.M7(`refused to follow a URL to another origin, ${target.protocol}//${target.host}: the token is sent only to ${origin} (api-url)`);
    }
}
/** The whole body, decoded and read here so that its size is bounded whatever the server sends. */
async function bounded(response, url, method) {
    if (NO_BODY.has(response.statusCode) || method === 'HEAD') {
        await response.body.dump().catch(() => undefined);
        return bufferedAnswer(response, Buffer.alloc(0), url);
    }
    const chunks = [];
    let size = 0;
    const from = `${method} ${(0,errors/* pathOf */.XM)(url)}`;
    const decoded = decoding(response.body, first(response.headers['content-encoding']), from);
    for await (const chunk of decoded) {
        size += chunk.byteLength;
        // Leaving the loop by throwing destroys the streams: nothing more is read or decompressed.
        if (size > bounds/* MAX_ANSWER_BYTES */.gB) {
            throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from ${from}: larger than ${bounds/* MAX_ANSWER_BYTES */.gB / 1024 / 1024} MiB`);
        }
        chunks.push(chunk);
    }
    return bufferedAnswer(response, Buffer.concat(chunks), url);
}
/** The body with its `content-encoding` undone, as fetch does it; an unknown coding is left as it is. */
function decoding(body, encoding, from) {
    const codings = encoding
        ? encoding
            .toLowerCase()
            .split(',')
            .map((c) => c.trim())
        : [];
    if (codings.length > MAX_CODINGS) {
        void body.dump().catch(() => undefined);
        throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from ${from}: ${codings.length} content codings (at most ${MAX_CODINGS})`);
    }
    if (codings.length === 0 || !codings.every((c) => Object.hasOwn(DECODERS, c)))
        return body;
    const decoders = codings.reverse().map((coding) => DECODERS[coding]());
    // pipeline destroys every stream when one fails or the reader stops; the request's signal ends the body.
    (0,external_node_stream_.pipeline)([body, ...decoders], () => undefined);
    return decoders[decoders.length - 1];
}
// Lenient at the end of the stream, as fetch (and curl) are.
const ZLIB = { flush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH };
const BROTLI = {
    flush: (external_node_zlib_default()).constants.BROTLI_OPERATION_FLUSH,
    finishFlush: (external_node_zlib_default()).constants.BROTLI_OPERATION_FLUSH
};
const DECODERS = {
    gzip: () => external_node_zlib_default().createGunzip(ZLIB),
    'x-gzip': () => external_node_zlib_default().createGunzip(ZLIB),
    deflate: () => external_node_zlib_default().createInflate(ZLIB),
    br: () => external_node_zlib_default().createBrotliDecompress(BROTLI)
};
/**
 * The answer with its body in memory: what Octokit reads of a Response (status, url, headers, text,
 * json, arrayBuffer), without constructing a global Response, which would load Node's own undici.
 */
function bufferedAnswer(response, body, url) {
    const headers = new undici.Headers();
    for (const [name, value] of Object.entries(response.headers)) {
        if (Array.isArray(value))
            for (const each of value)
                headers.append(name, each);
        else if (value !== undefined)
            headers.append(name, value);
    }
    const status = response.statusCode;
    const answer = {
        status,
        statusText: '',
        url,
        headers,
        ok: status >= 200 && status < 300,
        redirected: false,
        text: async () => body.toString('utf8'),
        json: async () => JSON.parse(body.toString('utf8')),
        arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)
    };
    return answer;
}

;// CONCATENATED MODULE: ./src/github/rate-limits.ts
// When GitHub says "wait", how long the action waits, and when it stops waiting. A pure verdict per
// answer, so every bound is testable without a server; request-waits.ts waits as it says.

/** GitHub's answer without a `retry-after` on a secondary limit: wait a minute (GitHub's docs). */
const FALLBACK_WAIT_SECONDS = 60;
function rateLimitVerdict(answer, nowMs, budget) {
    const { status, headers, message } = answer;
    const secondary = /\bsecondary rate\b/i.test(message);
    const primary = (String(headers['x-ratelimit-remaining'] ?? '') === '0' || answer.rateLimitedError === true) && !secondary;
    if (!(status === 429 || (status === 403 && (primary || secondary))))
        return { kind: 'not-a-limit' };
    const resetAt = primary ? Number(headers['x-ratelimit-reset']) * 1000 : NaN;
    const untilReset = Number.isFinite(resetAt) ? Math.ceil((resetAt - nowMs) / 1000) + 1 : undefined;
    const asked = untilReset ?? retryAfterSeconds(headers['retry-after'], nowMs) ?? FALLBACK_WAIT_SECONDS;
    const seconds = Math.max(bounds/* MIN_RATE_LIMIT_WAIT_SECONDS */.OC, asked);
    if (seconds > bounds/* MAX_RATE_LIMIT_WAIT_SECONDS */.Sf) {
        const when = untilReset !== undefined
            ? `the limit resets at ${iso(resetAt)} (in ${Math.ceil((resetAt - nowMs) / 60_000)} minutes)`
            : `GitHub asked to wait ${seconds}s (until ${iso(nowMs + seconds * 1000)})`;
        return {
            kind: 'stop',
            reason: `${when}, and the action waits out rate limits of at most ${bounds/* MAX_RATE_LIMIT_WAIT_SECONDS */.Sf / 60} minutes`
        };
    }
    if (budget.waits >= bounds/* MAX_RATE_LIMIT_WAITS */.jr) {
        return {
            kind: 'stop',
            reason: `GitHub asked the step to wait ${budget.waits + 1} times, and the action waits at most ${bounds/* MAX_RATE_LIMIT_WAITS */.jr} times a step`
        };
    }
    if (budget.waitedSeconds + seconds > bounds/* MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS */.Nr) {
        return {
            kind: 'stop',
            reason: `the step has waited ${describeSeconds(budget.waitedSeconds)} on rate limits already, and the action waits at most ${describeSeconds(bounds/* MAX_RATE_LIMIT_WAIT_TOTAL_SECONDS */.Nr)} a step`
        };
    }
    return { kind: 'wait', seconds };
}
/** `Retry-After` is seconds or an HTTP-date (RFC 9110 §10.2.3). */
function retryAfterSeconds(value, nowMs) {
    if (value === undefined || String(value).trim() === '')
        return undefined;
    const text = String(value).trim();
    if (/^-?\d+$/.test(text))
        return Number(text);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.ceil((date - nowMs) / 1000);
}
function iso(ms) {
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toISOString();
}
function describeSeconds(seconds) {
    if (seconds < 120)
        return `${seconds}s`;
    if (seconds < 2 * 3600)
        return `${Math.ceil(seconds / 60)} minutes`;
    if (seconds < 2 * 86400)
        return `${Math.round(seconds / 3600)} hours`;
    return `${Math.round(seconds / 86400)} days`;
}

;// CONCATENATED MODULE: ./src/github/request-waits.ts



/** Tries in flight at once: the throttling plugin's default, well under GitHub's 100. */
const MAX_TRIES_IN_FLIGHT = 10;
/** The sleep of production: a timer. */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// Failures that came after a try whose answer was lost: GitHub may have acted on that try.
const afterLostAnswer = new WeakSet();
/**
 * Whether a request's failure came after an earlier try of it went unanswered or answered 5xx: a 404
 * to a DELETE sent again then means that the first try deleted it. Rate-limited tries do not count.
 */
function wasRetried(error) {
    return typeof error === 'object' && error !== null && afterLostAnswer.has(error);
}
/**
 * A plugin for getOctokit(…, plugin): `octokit.hook.wrap('request', …)` with the waits above, and
 * `untilWriteSlot` on the client.
 */
function requestWaits(settings) {
    const { log, sleep, now } = settings;
    const unitMs = settings.backoffUnitMs ?? 1000;
    const spacingMs = settings.writeSpacingMs ?? 1000;
    const budget = { waits: 0, waitedSeconds: 0 };
    const inFlight = new Slots(MAX_TRIES_IN_FLIGHT);
    let pausedUntil = -Infinity;
    let nextWriteAt = -Infinity;
    /** The one wait before a try: its own backoff, the client's rate-limit pause, a write's spacing. */
    function waitBeforeTry(write, notBefore) {
        const at = now();
        let start = Math.max(at, notBefore, pausedUntil);
        if (write) {
            start = Math.max(start, nextWriteAt);
            // Reserved now, so that two writes asked for at once are still spaced.
            nextWriteAt = start + spacingMs;
        }
        return start > at ? sleep(start - at) : undefined;
    }
    async function sendWithWaits(send, options) {
        const asked = options.request?.retries;
        const allowed = typeof asked === 'number' ? asked : settings.retries;
        const write = options.method !== 'GET' && options.method !== 'HEAD';
        let retried = 0;
        let notBefore = -Infinity;
        for (;;) {
            const waiting = waitBeforeTry(write, notBefore);
            if (waiting)
                await waiting;
            const slot = inFlight.take();
            if (slot)
                await slot;
            let error;
            try {
                const answer = await send(options);
                log.debug(`${options.method} ${(0,errors/* pathOf */.XM)(answer.url)} → ${answer.status}`);
                return answer;
            }
            catch (caught) {
                error = caught;
            }
            finally {
                inFlight.give();
            }
            // The guarded fetch's refusals are final: thrown as themselves.
            if (error.cause instanceof errors/* UnexpectedAnswer */.M7)
                throw error.cause;
            const label = `${options.method} ${(0,errors/* pathOf */.XM)(error.request?.url ?? String(options.url))}`;
            const status = error.response ? (error.status ?? 0) : undefined;
            log.debug(`${label} → ${status ?? 'no answer'}`);
            // Only Octokit's request errors are answers or lost answers; anything else is no try's outcome.
            if (error.request === undefined)
                throw error;
            if (status === undefined || status >= 500) {
                if (retried >= allowed)
                    throw lost(error, retried > 0);
                retried += 1;
                const waitMs = retried ** 2 * unitMs;
                const what = status === undefined ? `no answer (${(0,errors/* oneLine */.TN)(error.message)})` : `HTTP ${status}`;
                const wait = waitMs >= 1000 ? `${Math.round(waitMs / 1000)}s` : `${waitMs}ms`;
                log.warning(`${label}: ${what}; trying again in ${wait} (retry ${retried} of ${allowed}).`);
                notBefore = now() + waitMs;
                continue;
            }
            const seconds = rateLimitWait(error, status, label);
            if (seconds === undefined)
                throw lost(error, retried > 0);
            log.warning(`Rate limit on ${label}: waiting ${seconds}s before trying again (wait ${budget.waits} of at most ${bounds/* MAX_RATE_LIMIT_WAITS */.jr}).`);
            pausedUntil = Math.max(pausedUntil, now() + seconds * unitMs);
        }
    }
    /** The seconds to wait out a rate limit (counted in the budget), undefined when it is none. */
    function rateLimitWait(error, status, label) {
        const response = error.response;
        const said = response.data?.message;
        const verdict = rateLimitVerdict({
            status,
            headers: response.headers,
            message: `${typeof said === 'string' ? said : ''} ${error.message}`,
            rateLimitedError: hasRateLimitedError(response.data)
        }, now(), budget);
        if (verdict.kind === 'stop')
            throw new errors/* RateLimitStop */.CZ(`Rate limited: ${verdict.reason}. The request was ${label}.`);
        if (verdict.kind === 'not-a-limit')
            return undefined;
        budget.waits += 1;
        budget.waitedSeconds += verdict.seconds;
        return verdict.seconds;
    }
    function untilWriteSlot() {
        const at = now();
        const start = Math.max(at, nextWriteAt, pausedUntil);
        return start > at ? sleep(start - at) : Promise.resolve();
    }
    return (octokit) => {
        octokit.hook.wrap('request', sendWithWaits);
        return { untilWriteSlot };
    };
}
function lost(error, afterLost) {
    if (afterLost)
        afterLostAnswer.add(error);
    return error;
}
/** GitHub marks some limits by an error of type RATE_LIMITED rather than by headers. */
function hasRateLimitedError(data) {
    const errors = data?.errors;
    return (Array.isArray(errors) && errors.some((e) => e?.type === 'RATE_LIMITED'));
}
/** A counting semaphore whose take() is synchronous while a slot is free: no timer, no extra turn. */
class Slots {
    #waiting = [];
    #free;
    constructor(size) {
        this.#free = size;
    }
    /** Undefined when a slot was free and is now taken; else a promise of the next freed slot. */
    take() {
        if (this.#free > 0) {
            this.#free -= 1;
            return undefined;
        }
        return new Promise((resolve) => this.#waiting.push(resolve));
    }
    give() {
        const next = this.#waiting.shift();
        if (next)
            next();
        else
            this.#free += 1;
    }
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one place an Octokit client is made: the toolkit's getOctokit (auth, proxies, TLS, GHES base
// URL, user agent) with the API version header, a guarded fetch, and our one plugin that owns every
// wait (request-waits.ts: retries, rate limits, the spacing of writes). No Octokit plugin's internals
// are read or steered here.







const USER_AGENT = 'hosted-runners-action';
const REAL_CLOCK = { now: () => Date.now(), sleep: realSleep };
const client_PRODUCTION_TIMING = {
    backoffUnitMs: 1000,
    writeSpacingMs: 1000,
    requestTimeoutMs: bounds/* REQUEST_TIMEOUT_MS */.j2
};
/** Request options that turn retries off for one request (a create checks before resending). */
const WITHOUT_RETRIES = { request: { retries: 0 } };
/**
 * One exchange through the dispatcher @actions/github would use (@actions/http-client's proxy agent),
 * but for `api-url`: the toolkit's own default decides proxy and `no_proxy` for GITHUB_API_URL, which
 * may be another host, and would tunnel a loopback `api-url` through a proxy.
 */
function proxyAwareExchange(apiUrl) {
    const dispatcher = new lib/* HttpClient */.Qq().getAgentDispatcher(apiUrl);
    return (url, options) => (0,undici.request)(url, dispatcher ? { ...options, dispatcher } : options);
}
function createClient(settings, log, timing = client_PRODUCTION_TIMING) {
    const exchange = proxyAwareExchange(settings.apiUrl);
    const waits = requestWaits({
        retries: settings.retries,
        log,
        sleep: timing.sleep ?? realSleep,
        now: timing.now ?? Date.now,
        backoffUnitMs: timing.backoffUnitMs,
        writeSpacingMs: timing.writeSpacingMs
    });
    const client = (0,github/* getOctokit */.Q)(settings.token, {
        baseUrl: settings.apiUrl,
        userAgent: USER_AGENT,
        request: { fetch: guardedFetch(exchange, settings.apiUrl, timing.requestTimeoutMs) },
        log: { debug: log.debug, info: () => { }, warn: log.warning, error: log.warning }
    }, waits);
    client.hook.before('request', (options) => {
        options.headers['x-github-api-version'] = settings.apiVersion;
    });
    // The waits plugin has added untilWriteSlot; getOctokit's type does not carry what plugins add.
    return client;
}

;// CONCATENATED MODULE: ./src/common/annotations.ts
// Errors of a file the user wrote, each tied to its file (relative to the workspace) and line: the step
// reports them as annotations (`::error file=…,line=…::`), so a pull request shows them on its diff.
const ANNOTATIONS = Symbol('annotations');
/** `error`, carrying where in a file it comes from. */
function annotated(error, annotations) {
    return Object.assign(error, { [ANNOTATIONS]: annotations });
}
function annotationsOf(error) {
    const found = error?.[ANNOTATIONS];
    return Array.isArray(found) ? found : [];
}

;// CONCATENATED MODULE: ./src/github/answer-shapes.ts
const kind = (value) => value === null
    ? 'null'
    : Array.isArray(value)
        ? 'a list'
        : typeof value === 'string' && value.trimStart().startsWith('<')
            ? 'HTML'
            : typeof value;
const typed = (type) => (value, at) => typeof value === type ? undefined : `${at} is ${kind(value)}, not a ${type}`;
const aString = typed('string');
const aNumber = typed('number');
const aBoolean = typed('boolean');
/** Digits only: it may go into a URL path. */
const anId = (value, at) => Number.isSafeInteger(value) && value > 0
    ? undefined
    : `${at} is ${JSON.stringify(value)?.slice(0, 40)}, not a positive whole number`;
/** `x.y.z`: it may go into a URL path. */
const aVersion = (value, at) => typeof value === 'string' && /^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(value)
    ? undefined
    : `${at} is ${JSON.stringify(String(value).slice(0, 40))}, not a version x.y.z`;
const optional = (shape) => (value, at) => value === undefined || value === null ? undefined : shape(value, at);
function anObject(fields = {}) {
    return (value, at) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return `${at} is ${kind(value)}, not a JSON object`;
        for (const [field, shape] of Object.entries(fields)) {
            const problem = shape(value[field], `${at}.${field}`);
            if (problem)
                return problem;
        }
        return undefined;
    };
}
function aListOf(item) {
    return (value, at) => {
        if (!Array.isArray(value))
            return `${at} is ${kind(value)}, not a list`;
        for (const [index, element] of value.entries()) {
            const problem = item(element, `${at}[${index}]`);
            if (problem)
                return problem;
        }
        return undefined;
    };
}
/** Anything but nothing: a JSON value the action only passes on. */
const anyValue = (value, at) => (value === undefined ? `${at} is missing` : undefined);
const HOSTED_RUNNER = anObject({
    id: anId,
    name: aString,
    status: aString,
    runner_group_id: optional(aNumber),
    platform: optional(aString),
    public_ip_enabled: optional(aBoolean),
    image_details: optional(anObject({ id: optional(aString), source: optional(aString), version: optional(aString) }))
});
const RUNNER_GROUP = anObject({
    id: anId,
    name: aString,
    visibility: aString,
    default: optional(aBoolean)
});
/**
 * A group whose listing decides a delete (prune) or a default: `default`, and for an organization's
 * group `inherited`, must be booleans. An enterprise's group has no `inherited` (GitHub's GHEC schema).
 */
const ORG_RUNNER_GROUP = anObject({
    id: anId,
    name: aString,
    visibility: aString,
    default: aBoolean,
    inherited: aBoolean
});
const ENTERPRISE_RUNNER_GROUP = anObject({
    id: anId,
    name: aString,
    visibility: aString,
    default: aBoolean
});
const CUSTOM_IMAGE = anObject({
    id: anId,
    name: aString,
    platform: optional(aString),
    latest_version: optional(aString)
});
/** An item of the GitHub-owned or partner image catalogue. */
const CATALOGUE_IMAGE = anObject({ id: aString, display_name: aString, platform: optional(aString) });
const MACHINE_SPEC = anObject({
    id: aString,
    storage_gb: optional(aNumber),
    cpu_cores: optional(aNumber)
});
const LIMITS = anObject({
    public_ips: anObject({ maximum: aNumber, current_usage: aNumber })
});
const IMAGE_VERSION = anObject({
    version: aVersion,
    state: aString,
    created_on: aString,
    size_gb: optional(aNumber)
});
const NAMED = anObject({ id: anId, name: aString });
/** Network configurations and settings have opaque string ids (`3F1C9A6B2E7D40A18C5B`). */
/**
 * The fields the plan compares are checked when given; `compute_service` is any text (GitHub's answer may
 * say `codespaces`, which a request cannot send).
 */
const NETWORK_CONFIGURATION = anObject({
    id: aString,
    name: aString,
    compute_service: optional(aString),
    network_settings_ids: optional(aListOf(aString)),
    failover_network_settings_ids: optional(aListOf(aString)),
    failover_network_enabled: optional(aBoolean)
});
const NETWORK_SETTINGS = anObject({ id: aString, name: aString });
const REPOSITORY = anObject({ id: anId, name: aString, full_name: aString });
const ORGANIZATION = anObject({ id: anId, login: aString });

// EXTERNAL MODULE: ./src/inputs/name-rule.ts
var name_rule = __webpack_require__(3501);
;// CONCATENATED MODULE: ./src/inputs/image-matching.ts
// Which catalogue image an `image-id` picks (by id, else by name under the name rule): pure, so the
// resolver stays about what it reads. An unknown or ambiguous one fails listing what is available.


const SOURCE_LABEL = {
    github: 'GitHub-owned',
    partner: 'partner',
    custom: 'custom'
};
const MAX_LISTED = 40;
/**
 * The image `given` names: the one whose id it is, else the ones whose name it is, ignoring case.
 * GitHub-owned ids are numeric strings ("2306"), so a name like "ubuntu-latest" is looked up as a name.
 */
function matchImage(catalogue, given, source) {
    const label = SOURCE_LABEL[source];
    const byId = catalogue.filter((image) => image.id === given);
    const matches = byId.length > 0 ? byId : (0,name_rule/* pickNamed */.RQ)(catalogue, given);
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1) {
        throw new errors/* UserError */.yo('lookup', 'image-id', `Input 'image-id': '${given}' names ${matches.length} ${label} images: ${listed(matches)}. Give the id.`);
    }
    const available = catalogue.length === 0 ? 'none' : listed(catalogue);
    const hint = source === 'github' ? " For a partner or custom image, set 'image-source'." : '';
    throw new errors/* UserError */.yo('lookup', 'image-id', `Input 'image-id': no ${label} image has the id or name '${given}'.${(0,name_rule/* didYouMean */.au)(given, catalogue.map((image) => image.name))} Available: ${available}.${hint}`);
}
function listed(images) {
    const shown = images.slice(0, MAX_LISTED).map((image) => `${image.id} (${image.name})`);
    const more = images.length > MAX_LISTED ? `, and ${images.length - MAX_LISTED} more` : '';
    return `${shown.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./src/inputs/required-input.ts
// The value of an input the operation's catalogue declares required: settings.ts has checked it is
// there, so a missing one is the action's own mistake.
function required(value, input) {
    if (value === undefined)
        throw new Error(`internal: input '${input}' was not checked as required`);
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/repository-label.ts
function repositoryLabel(ref, org) {
    if ('id' in ref)
        return String(ref.id);
    return 'owner' in ref ? `${ref.owner}/${ref.name}` : `${org}/${ref.name}`;
}

// EXTERNAL MODULE: ./src/common/scope.ts
var common_scope = __webpack_require__(5289);
;// CONCATENATED MODULE: ./src/lookups/org-repositories.ts
// Repository names resolved through the organization's repository listing (GET /orgs/{org}/repos, 100
// a page) when that takes fewer requests than one GET /repos/{owner}/{repo} per name. GitHub's listing
// takes no name filter (its parameters are type, sort, direction, per_page and page), so the first page
// says how many pages there are, and the rest are read only when they cost fewer requests than the names
// the first page did not hold, and stay within GitHub's own limit of repositories per owner. Compared
// with one GET per name, this costs at most that first page more. The caller passes every name the run
// needs at once: the choice is made for all of them together, not per group.


const LISTING = 'GET /orgs/{org}/repos';
const org_repositories_listed = (item) => {
    const { id, full_name } = item;
    return { id: Number(id), full_name };
};
/** The cache key of a repository looked up by name. */
const repositoryKey = (owner, name) => `repo:${owner}/${name}`.toLowerCase();
/**
 * Reads as much of the listing as pays, and returns the repositories it found by lower-case
 * `owner/name`; `complete` when every page was read (a name not in it is not there, or the token cannot
 * see it). Each page is read at most once per run.
 */
async function listRepositories(gateway, perRun, org, wanted) {
    const found = new Map();
    // A page is read once per run, and counted by the call that reads it.
    const kept = gateway.keptBytes();
    const page = (n) => perRun.once(`org-repositories:${org.toLowerCase()}:${n}`, async () => {
        const { items, pages } = await gateway.readPage(LISTING, { org }, n, REPOSITORY, kept, org_repositories_listed);
        return { repositories: items, pages };
    });
    const take = (repositories) => {
        for (const repository of repositories)
            found.set(repository.full_name.toLowerCase(), repository);
    };
    const first = await page(1);
    take(first.repositories);
    const missing = wanted.filter((name) => !found.has(name)).length;
    const rest = first.pages - 1;
    if (rest === 0)
        return { found, complete: true };
    // Past GitHub's limit the count is not a real organization's: one GET per name still answers.
    const readable = first.pages <= Math.ceil((0,bounds/* listingLimit */.Mm)(LISTING).items / 100);
    if (rest > missing || !readable)
        return { found, complete: false };
    for (let n = 2; n <= first.pages; n++)
        take((await page(n)).repositories);
    return { found, complete: true };
}

;// CONCATENATED MODULE: ./src/lookups/read-once.ts
// The answers of one run's lookups, each read at most once: every lookup of the run (the step's
// inputs and each item of a fleet file) shares one of these.
class ReadOncePerRun {
    #answers = new Map();
    /** `load`'s answer, read at most once per run under `key`. */
    once(key, load) {
        if (!this.#answers.has(key))
            this.#answers.set(key, load());
        return this.#answers.get(key);
    }
    has(key) {
        return this.#answers.has(key);
    }
    /** An answer learned another way (a repository found in the organization's listing). */
    remember(key, answer) {
        this.#answers.set(key, Promise.resolve(answer));
    }
    /** Reads `key` again next time: after a create whose answer was lost. */
    forget(key) {
        this.#answers.delete(key);
    }
}

;// CONCATENATED MODULE: ./src/resources/runner-group/routes.ts
// The runner group kind's routes, and where its writes go in a plan of `apply`: first (a runner may join a
// group the plan creates), then its member lists, its deletes after the runners' that leave it. The
// action names the organization's routes; at enterprise scope the gateway sends them to their twins
// under /enterprises/{enterprise}/ (common/scope.ts).
const GROUPS = 'GET /orgs/{org}/actions/runner-groups';
const GROUP = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}';
const CREATE_GROUP = 'POST /orgs/{org}/actions/runner-groups';
const UPDATE_GROUP = 'PATCH /orgs/{org}/actions/runner-groups/{runner_group_id}';
const DELETE_GROUP = 'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}';
// Its member lists: the repositories (organization scope), the organizations (enterprise scope) and the
// self-hosted runners that may use it, each listed, set whole, or changed one member at a time; and the
// hosted runners in it (organization scope).
const GROUP_HOSTED_RUNNERS = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners';
const GROUP_REPOSITORIES = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories';
const ADD_REPOSITORY = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}';
const REMOVE_REPOSITORY = 'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}';
const GROUP_ORGANIZATIONS = 'GET /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations';
const ADD_ORGANIZATION = 'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}';
const REMOVE_ORGANIZATION = 'DELETE /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations/{org_id}';
const GROUP_RUNNERS = 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners';
const ADD_RUNNER = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}';
const REMOVE_RUNNER = 'DELETE /orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}';
const SET_REPOSITORIES = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories';
/** The enterprise-only route (GitHub's GHEC description). */
const SET_ORGANIZATIONS = 'PUT /enterprises/{enterprise}/actions/runner-groups/{runner_group_id}/organizations';
const SET_RUNNERS = 'PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/runners';
const GROUP_WRITE_ORDER = {
    [CREATE_GROUP]: 0,
    [UPDATE_GROUP]: 0,
    [SET_REPOSITORIES]: 1,
    [SET_ORGANIZATIONS]: 1,
    [SET_RUNNERS]: 1,
    [DELETE_GROUP]: 4
};

;// CONCATENATED MODULE: ./src/lookups/member-lookups.ts
// What a runner group holds, by the names a user gave: repositories (organization scope),
// organizations (enterprise scope) and self-hosted runners, and the group's current lists of them.
// Each lookup is made at most once per run; the names learned label ids in summaries.









/** What a listing read to resolve names keeps of each item. */
const idAndName = (item) => ({ id: item.id, name: item.name });
class MemberLookups {
    gateway;
    inputs;
    /** The lists and lookups this run has read, shared with every lookup of the run. */
    perRun;
    /** What each repository, organization and self-hosted runner id seen in this run is called. */
    labels;
    /** With `shared`, the lists read and the names learned are that one's: one run, other inputs. */
    constructor(gateway, inputs, shared) {
        this.gateway = gateway;
        this.inputs = inputs;
        this.perRun = shared ? shared.perRun : new ReadOncePerRun();
        this.labels = shared ? shared.labels : new Map();
    }
    async repositoryIds() {
        const refs = required(this.inputs.repositories, 'repositories');
        await this.#fromListing(refs);
        return this.#idsOf('repositories', refs, (ref) => repositoryLabel(ref, this.#org()), (ref) => {
            const owner = 'owner' in ref ? ref.owner : this.#org();
            return this.perRun.once(repositoryKey(owner, ref.name), () => this.#unlessMissing(async () => {
                const repository = await this.gateway.read('GET /repos/{owner}/{repo}', { owner, repo: ref.name }, REPOSITORY);
                // Octokit types a repository id as number | bigint; GitHub's are numbers.
                const id = Number(repository.id);
                this.labels.set(id, repository.full_name);
                return id;
            }));
        });
    }
    /**
     * Every repository name a run needs, gathered before any one is asked for, resolved together: through
     * the organization's listing when it pays for all of them, else each by its own GET when asked. A
     * name this settles costs no request later.
     */
    gatherRepositories(refs) {
        return this.#fromListing(refs);
    }
    /**
     * Names in the organization not looked up yet: with two or more, through the organization's listing
     * when that takes fewer requests (org-repositories.ts); what it finds needs no GET of its own.
     */
    async #fromListing(refs) {
        const org = this.#org();
        const names = [
            ...new Set(refs
                .filter((ref) => 'name' in ref && (!('owner' in ref) || ref.owner.toLowerCase() === org.toLowerCase()))
                .map((ref) => `${org}/${ref.name}`.toLowerCase()))
        ].filter((name) => !this.perRun.has(`repo:${name}`));
        if (names.length < 2)
            return;
        const { found, complete } = await listRepositories(this.gateway, this.perRun, org, names);
        for (const name of names) {
            const repository = found.get(name);
            const id = repository?.id;
            if (repository)
                this.labels.set(repository.id, repository.full_name);
            if (repository || complete)
                this.perRun.remember(`repo:${name}`, id);
        }
    }
    /** Organizations by login or id: an enterprise group's `organizations`. */
    async organizationIds() {
        const refs = required(this.inputs.organizations, 'organizations');
        const label = (ref) => ('id' in ref ? String(ref.id) : ref.name);
        return this.#idsOf('organizations', refs, label, (ref) => this.perRun.once(`org:${label(ref).toLowerCase()}`, () => this.#unlessMissing(async () => {
            const org = await this.gateway.read('GET /orgs/{org}', { org: label(ref) }, ORGANIZATION);
            this.labels.set(org.id, org.login);
            return org.id;
        })));
    }
    /** Self-hosted runner ids, for a group's `runners`. */
    async runnerIds() {
        const refs = required(this.inputs.runners, 'runners');
        if (refs.every((ref) => 'id' in ref))
            return refs.map((ref) => ref.id);
        const runners = await this.perRun.once('self-hosted-runners', async () => {
            const all = (await this.gateway.readEvery('GET /orgs/{org}/actions/runners', {}, 'runners', NAMED, idAndName));
            this.named(all);
            return all;
        });
        const missing = [];
        const ids = refs.map((ref) => {
            if ('id' in ref)
                return ref.id;
            const runner = (0,name_rule/* pickByName */.uT)(runners, ref.name, 'runners', 'self-hosted runners');
            if (!runner)
                missing.push(ref.name);
            return runner?.id ?? 0;
        });
        if (missing.length > 0) {
            throw new errors/* UserError */.yo('lookup', 'runners', `Input 'runners': no self-hosted runner named ${(0,errors/* quotedNames */.l9)(missing)} in ${(0,common_scope/* describeScope */.OI)(this.gateway.scope)}.${(0,name_rule/* didYouMean */.au)(missing[0], runners.map((r) => r.name))}`);
        }
        return [...new Set(ids)];
    }
    groupRepositoryIds(groupId) {
        return this.#groupList(GROUP_REPOSITORIES, groupId, 'repositories', REPOSITORY, (r) => String(r.full_name));
    }
    groupOrganizationIds(groupId) {
        return this.#groupList(GROUP_ORGANIZATIONS, groupId, 'organizations', ORGANIZATION, (o) => String(o.login));
    }
    groupRunnerIds(groupId) {
        return this.#groupList(GROUP_RUNNERS, groupId, 'runners', NAMED);
    }
    /** The item a name picked; a miss names the input and offers the closest of the names that exist. */
    found(item, what, name, input, names) {
        if (item === undefined)
            throw new errors/* UserError */.yo('lookup', input, `Input '${input}': no ${what} named '${name}' in ${(0,common_scope/* describeScope */.OI)(this.gateway.scope)}.${(0,name_rule/* didYouMean */.au)(name, names)}`);
        return item;
    }
    /** The ids of the items, remembering their names. */
    named(items, nameOf = (item) => item.name) {
        for (const item of items)
            this.labels.set(item.id, nameOf(item));
        return items.map((item) => item.id);
    }
    /** A group's current members (every page), their names remembered. */
    async #groupList(route, groupId, key, shape, nameOf) {
        // `shape` checked every item, with the fields `nameOf` reads; only the id and that name are kept.
        const label = nameOf ?? ((item) => item.name);
        const members = (await this.gateway.readEvery(route, { runner_group_id: groupId }, key, shape, (item) => ({
            id: item.id,
            name: label(item)
        })));
        return this.named(members);
    }
    /** The ids of `refs` (ids as given, names looked up); any not found fails, naming every one. */
    async #idsOf(input, refs, label, lookup) {
        const found = await Promise.all(refs.map((ref) => 'id' in ref ? ref.id : lookup(ref)));
        const missing = refs.filter((_, i) => found[i] === undefined).map(label);
        if (missing.length > 0) {
            throw new errors/* UserError */.yo('lookup', input, `Input '${input}': not found, or the token cannot see ${missing.length === 1 ? 'it' : 'them'}: ${missing.join(', ')}.`);
        }
        return [...new Set(found)];
    }
    /** A lookup whose 404 means "no such thing" (or one the token cannot see). */
    async #unlessMissing(read) {
        try {
            return await read();
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** The organization of an org-scope run (repositories are looked up in it). */
    #org() {
        if (this.gateway.scope.kind !== 'org')
            throw new Error('internal: repositories are read at organization scope only');
        return this.gateway.scope.org;
    }
}

;// CONCATENATED MODULE: ./src/resources/network-configuration/routes.ts
// The network configuration kind's routes. The action names the organization's; at enterprise scope the
// gateway sends them to their twins under /enterprises/{enterprise}/network-… (common/scope.ts).
const CONFIGURATIONS = 'GET /orgs/{org}/settings/network-configurations';
const CONFIGURATION = 'GET /orgs/{org}/settings/network-configurations/{network_configuration_id}';
const CREATE_CONFIGURATION = 'POST /orgs/{org}/settings/network-configurations';
const UPDATE_CONFIGURATION = 'PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}';
const DELETE_CONFIGURATION = 'DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}';
const routes_NETWORK_SETTINGS = 'GET /orgs/{org}/settings/network-settings/{network_settings_id}';
/**
 * Where the kind's writes go in a plan: before the runner groups (order 0 in engine/fleet-plan.ts), which
 * name configurations by id. Network configurations are never pruned, so they have no delete in a plan.
 */
const CONFIGURATION_WRITE_ORDER = -1;

;// CONCATENATED MODULE: ./src/resources/network-configuration/lookup.ts
// A network configuration by id or by name, under the one name rule. An id GitHub's listing of the scope
// does not hold may still be one a runner group can use: an organization's group may use its
// enterprise's configurations, which the organization's listing does not show ("By default, organizations
// in an enterprise cannot create new network configurations and only inherit enterprise-level network
// configurations": GitHub Docs, "Troubleshooting Azure private network configurations for GitHub-hosted
// runners in your enterprise"). Such a value is sent as an id as given, with a notice, and GitHub decides.




/**
 * What a value may be when it is not found: an id, if it has the form of one. Every id GitHub documents
 * is upper-case letters and digits ("123456789ABCDEF" in the REST reference's example answers, at both
 * scopes); that every real id has that form is a guess. Anything else (`corp-vnet`) is a name, which
 * must be found.
 */
const ID_FORM = /^[0-9A-Z]{1,100}$/;
/** The configuration `given` names: by id, by name, a planned one, else an id as given (with a notice). */
function configurationRef(given, context) {
    const { input, where, live, planned = [] } = context;
    const byId = live.find((configuration) => configuration.id === given);
    const found = byId ?? (0,name_rule/* pickByName */.uT)(live, given, input, 'network configurations');
    if (found)
        return { id: found.id, found };
    const toCreate = planned.find((name) => name.toLowerCase() === given.toLowerCase());
    if (toCreate !== undefined)
        return { toBeCreated: toCreate };
    if (ID_FORM.test(given))
        return {
            id: given,
            notice: `Input '${input}': '${given}' is not among the network configurations of ${where}, by id or by name: it is sent as an id, as given. An organization's runner group may use its enterprise's network configuration; GitHub refuses an id that names none.`
        };
    const names = [...live.map((configuration) => configuration.name), ...planned];
    throw new errors/* UserError */.yo('lookup', input, `Input '${input}': no network configuration named '${given}' in ${where}${planned.length > 0 ? ' or in the fleet file' : ''}.${(0,name_rule/* didYouMean */.au)(given, names)} A name must be found; an id not found (upper-case letters and digits) is sent as given.`);
}
/** Every network configuration of the scope (every page), read at most once per run; `fresh` reads again. */
function listConfigurations(reader, { fresh = false } = {}) {
    if (fresh)
        reader.perRun.forget('network-configurations');
    return reader.perRun.once('network-configurations', () => reader.gateway.readAll(CONFIGURATIONS, {}, 'network_configurations', NETWORK_CONFIGURATION));
}

;// CONCATENATED MODULE: ./src/resources/hosted-runner/routes.ts
// The hosted runner kind's routes, and where its writes go in a plan of `apply`: after the runner groups
// and their member lists (a runner may join a group the plan creates), its deletes before the deletes of
// the groups they leave. The action names the organization's routes; at enterprise scope the gateway
// sends them to their twins under /enterprises/{enterprise}/ (common/scope.ts).
const RUNNERS = 'GET /orgs/{org}/actions/hosted-runners';
const RUNNER = 'GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}';
const CREATE_RUNNER = 'POST /orgs/{org}/actions/hosted-runners';
const UPDATE_RUNNER = 'PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}';
const DELETE_RUNNER = 'DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}';
const RUNNER_WRITE_ORDER = { [CREATE_RUNNER]: 2, [UPDATE_RUNNER]: 2, [DELETE_RUNNER]: 3 };
// What a runner is made from, and what its scope allows: the catalogues its `image-id` and `size` are
// read against, and the limits its `enable-static-ip` counts against.
const GITHUB_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/github-owned';
const PARTNER_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/partner';
const MACHINE_SIZES = 'GET /orgs/{org}/actions/hosted-runners/machine-sizes';
const PLATFORMS = 'GET /orgs/{org}/actions/hosted-runners/platforms';
const SCOPE_LIMITS = 'GET /orgs/{org}/actions/hosted-runners/limits';

;// CONCATENATED MODULE: ./src/resources/hosted-runner/lookup.ts
// The hosted runners of the scope, listed once per run, and one runner by name under the one name rule.



/** Every hosted runner of the scope (every page), read at most once per run; `fresh` reads again. */
function listRunners(reader, { fresh = false } = {}) {
    if (fresh)
        reader.perRun.forget('hosted-runners');
    return reader.perRun.once('hosted-runners', () => reader.gateway.readAll(RUNNERS, {}, 'runners', HOSTED_RUNNER));
}
/** The runner `name` names (ignoring case; the exact spelling wins), if any. */
async function findRunnerNamed(reader, name, { fresh = false } = {}) {
    return (0,name_rule/* pickByName */.uT)(await listRunners(reader, { fresh }), name, 'runner-name', 'hosted runners');
}

;// CONCATENATED MODULE: ./src/resources/image-retention/routes.ts
// The image retention kind's routes, and where its writes go in a plan of `apply`: last, after every
// runner's change (a runner set to a version protects it).
const CUSTOM_IMAGES = 'GET /orgs/{org}/actions/hosted-runners/images/custom';
const routes_CUSTOM_IMAGE = 'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}';
const DELETE_IMAGE = 'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}';
const IMAGE_VERSIONS = 'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions';
const routes_IMAGE_VERSION = 'GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}';
const DELETE_VERSION = 'DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}';
const RETENTION_WRITE_ORDER = { [DELETE_VERSION]: 5 };

;// CONCATENATED MODULE: ./src/lookups/name-resolver.ts
// Turns the ids and names a user gave into the ids GitHub's routes take, and reads the catalogues a
// write is checked against. Each list is fetched at most once per run and shape-checked; an unknown or
// ambiguous name fails before any write, naming what was not found.













/** Hosted runners, runner groups and images by the names a user gave; what a group holds, by MemberLookups. */
class NameResolver extends MemberLookups {
    /** What each runner group id seen in this run is called. */
    groupLabels;
    constructor(gateway, inputs, shared) {
        super(gateway, inputs, shared);
        this.groupLabels = shared ? shared.groupLabels : new Map();
    }
    /** A resolver of other inputs (an item of a fleet file) that shares this run's lists and names. */
    withInputs(inputs) {
        return new NameResolver(this.gateway, inputs, this);
    }
    /** Every name learned so far, for the summary's tables. */
    get tableLabels() {
        return { groups: this.groupLabels, members: this.labels };
    }
    /** The hosted runner picked by `runner-id`, else by `runner-name`. */
    async runnerId() {
        const { runnerId, runnerName } = this.inputs;
        if (runnerId !== undefined)
            return runnerId;
        return (await this.runnerNamed(required(runnerName, 'runner-name'))).id;
    }
    runnerById(id) {
        return this.perRun.once(`runner:${id}`, () => this.gateway.read(RUNNER, { hosted_runner_id: id }, HOSTED_RUNNER));
    }
    async runnerNamed(name) {
        const runner = await this.findRunnerNamed(name);
        return this.found(runner, 'hosted runner', name, 'runner-name', namesOf(await this.hostedRunners()));
    }
    /** With `fresh`, the list is fetched again: after a create whose answer was lost. */
    async findRunnerNamed(name, { fresh = false } = {}) {
        return findRunnerNamed(this, name, { fresh });
    }
    hostedRunners() {
        return listRunners(this);
    }
    async runnerGroupId() {
        const ref = required(this.inputs.runnerGroup, 'runner-group');
        return 'id' in ref ? ref.id : (await this.runnerGroupNamed(ref.name)).id;
    }
    /** The group `runner-group` names, or the organization's default group when it is not given. */
    async runnerGroupIdOrDefault() {
        if (this.inputs.runnerGroup !== undefined)
            return this.runnerGroupId();
        const group = (await this.runnerGroups()).find((g) => g.default);
        if (!group)
            throw new errors/* UserError */.yo('lookup', 'runner-group', `The ${(0,common_scope/* describeScope */.OI)(this.gateway.scope)} has no default runner group: give 'runner-group'.`);
        return group.id;
    }
    /** The group itself (fetched by id, or taken from the list a name was looked up in). */
    async runnerGroup() {
        const ref = required(this.inputs.runnerGroup, 'runner-group');
        if ('name' in ref)
            return this.runnerGroupNamed(ref.name);
        return this.perRun.once(`group:${ref.id}`, async () => {
            const group = await this.gateway.read(GROUP, { runner_group_id: ref.id }, this.#groupShape());
            this.groupLabels.set(group.id, group.name);
            return group;
        });
    }
    runnerGroups() {
        return this.perRun.once('runner-groups', async () => {
            const groups = await this.gateway.readAll(GROUPS, {}, 'runner_groups', this.#groupShape());
            for (const group of groups)
                this.groupLabels.set(group.id, group.name);
            return groups;
        });
    }
    /** Groups are read with the fields that decide a default and a prune. */
    #groupShape() {
        return this.gateway.scope.kind === 'org' ? ORG_RUNNER_GROUP : ENTERPRISE_RUNNER_GROUP;
    }
    async customImageId() {
        const ref = required(this.inputs.customImage, 'custom-image');
        if ('id' in ref)
            return ref.id;
        return (await this.#customImageNamed(ref.name)).id;
    }
    /** The image `custom-image` picks: fetched by id, or taken from the list its name was looked up in. */
    async customImage() {
        const ref = required(this.inputs.customImage, 'custom-image');
        if ('name' in ref)
            return this.#customImageNamed(ref.name);
        return this.perRun.once(`image:${ref.id}`, () => this.gateway.read(routes_CUSTOM_IMAGE, { image_definition_id: ref.id }, CUSTOM_IMAGE));
    }
    async #customImageNamed(name) {
        const images = await this.#customImages();
        const image = (0,name_rule/* pickByName */.uT)(images, name, 'custom-image', 'custom images');
        return this.found(image, 'custom image', name, 'custom-image', namesOf(images));
    }
    /** Every custom image of the scope (one list, read at most once per run). */
    customImages() {
        return this.#customImages();
    }
    #customImages() {
        return this.perRun.once('custom-images', async () => {
            const data = await this.gateway.read(CUSTOM_IMAGES, {}, anObject({ images: aListOf(CUSTOM_IMAGE) }));
            return data.images;
        });
    }
    /** The image `image-id` names in the catalogue of its source: by id, or by name ignoring case. */
    async image(given, source) {
        return matchImage(await this.#catalogue(source), given, source);
    }
    async #catalogue(source) {
        if (source === 'custom') {
            return (await this.#customImages()).map((image) => ({
                id: String(image.id),
                source,
                name: image.name,
                platform: image.platform
            }));
        }
        return this.perRun.once(`catalogue:${source}`, async () => {
            const shape = anObject({ images: aListOf(CATALOGUE_IMAGE) });
            const { images } = source === 'github'
                ? await this.gateway.read(GITHUB_IMAGES, {}, shape)
                : await this.gateway.read(PARTNER_IMAGES, {}, shape);
            return images.map(({ id, display_name, platform }) => ({ id, source, name: display_name, platform }));
        });
    }
    async runnerGroupNamed(name) {
        const group = await this.findRunnerGroupNamed(name);
        return this.found(group, 'runner group', name, 'runner-group', namesOf(await this.runnerGroups()));
    }
    async findRunnerGroupNamed(name, { fresh = false } = {}) {
        if (fresh)
            this.perRun.forget('runner-groups');
        return (0,name_rule/* pickByName */.uT)(await this.runnerGroups(), name, 'runner-group', 'runner groups');
    }
    /**
     * The id `network-configuration-id` names: by id or by name among the scope's configurations, else an
     * id as given, with a notice (resources/network-configuration/lookup.ts).
     */
    async networkConfigurationId() {
        const ref = await this.networkConfigurationRef();
        if ('toBeCreated' in ref)
            throw new Error('internal: no network configuration is planned here');
        return ref.id;
    }
    /** The configuration `network-configuration-id` names, or one of `planned` (names the fleet file creates). */
    async networkConfigurationRef(planned = []) {
        const given = required(this.inputs.networkConfigurationId, 'network-configuration-id');
        const where = (0,common_scope/* describeScope */.OI)(this.gateway.scope);
        const live = await this.networkConfigurations();
        const ref = configurationRef(given, { input: 'network-configuration-id', where, live, planned });
        if ('notice' in ref)
            this.gateway.log.info(ref.notice);
        return ref;
    }
    /**
     * The configuration itself. A value of an id's form is read directly (one GET, no listing): an
     * organization may read its enterprise's configuration by id. Not found there, it is looked up by name.
     */
    async networkConfiguration() {
        const given = required(this.inputs.networkConfigurationId, 'network-configuration-id');
        if (ID_FORM.test(given)) {
            const read = this.gateway.read(CONFIGURATION, { network_configuration_id: given }, NETWORK_CONFIGURATION);
            const direct = await read.catch((error) => {
                if (error.status !== 404)
                    throw error;
                return error;
            });
            if (!(direct instanceof Error))
                return direct;
            const named = (0,name_rule/* pickByName */.uT)(await this.networkConfigurations(), given, 'network-configuration-id', 'network configurations');
            if (named)
                return named;
            throw direct;
        }
        const ref = await this.networkConfigurationRef();
        return ref.found;
    }
    /** With `fresh`, the list is fetched again: after a create whose answer was lost. */
    async findNetworkConfigurationNamed(name, { fresh = false } = {}) {
        const configurations = await listConfigurations(this, { fresh });
        return (0,name_rule/* pickByName */.uT)(configurations, name, 'network-configuration-name', 'network configurations');
    }
    networkConfigurations() {
        return listConfigurations(this);
    }
}
const namesOf = (items) => items.map((item) => item.name);

;// CONCATENATED MODULE: ./src/common/group-to-create.ts
// A runner group the plan of `apply` creates, named where a runner is put in it: its id is known only
// once its create is answered, and the executor fills it in just before the runner's write is sent.
const groupToCreate = (name) => ({ toBeCreated: name });
const isGroupToCreate = (value) => typeof value === 'object' && value !== null && typeof value.toBeCreated === 'string';

;// CONCATENATED MODULE: ./src/fleet/fleet-problems.ts
// How a problem of the fleet file is told: each at its file, line and key, all of them in one error, and
// each as an annotation on the file (a pull request shows it on its diff).


const MAX_SHOWN_PROBLEMS = 20;
/** A parser's message without its `Input 'x':` head: the file's key is named instead. */
const withoutInputName = (message) => message.replace(/^Input '[^']*':? /, '');
const problemText = (file, p) => `${file} line ${p.line}, key '${p.path}': ${p.message.replace(/\.$/, '')}.`;
function describeProblems(file, problems) {
    const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => problemText(file, p));
    const more = problems.length > MAX_SHOWN_PROBLEMS ? [`…and ${problems.length - MAX_SHOWN_PROBLEMS} more.`] : [];
    const head = problems.length === 1 ? '' : `${file} has ${problems.length} problems: `;
    return head + [...shown, ...more].join(' ');
}
/**
 * One error telling every problem; `file` as the `config` input gave it, `path` relative to the workspace.
 * Annotations are capped like the message: a file with thousands of problems is not thousands of lines.
 */
function fleetFileError(file, path, problems) {
    const message = describeProblems(file, problems);
    const annotations = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => ({
        file: path,
        line: p.line,
        message: problems.length === 1 ? message : problemText(file, p)
    }));
    return annotated(new errors/* UserError */.yo('input', 'config', message), annotations);
}
/** A problem of the whole file at one line (not valid YAML, over a bound), told as such. */
function fileLineError(file, path, line, what) {
    const message = `${file} line ${line}: ${what.replace(/\.$/, '')}.`;
    return annotated(new errors/* UserError */.yo('input', 'config', message), [{ file: path, line, message }]);
}
/** An error about one item, told with the file and line it comes from. */
function atItem(fleet, item, what, error) {
    const prefix = `${fleet.file} line ${item.line} (${what})`;
    const at = (message) => [{ file: fleet.path, line: item.line, message }];
    if (!(error instanceof errors/* UserError */.yo))
        return error;
    const message = `${prefix}: ${withoutInputName(error.message)}`;
    return annotated(new errors/* UserError */.yo(error.kind, error.input, message), at(message));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/inputs/formats.ts + 1 modules
var formats = __webpack_require__(9186);
// EXTERNAL MODULE: ./src/inputs/vocabulary.ts + 1 modules
var vocabulary = __webpack_require__(5331);
;// CONCATENATED MODULE: ./src/common/field-text.ts
// Values as a person reads them in a summary or a log line: lists joined with commas, objects as
// `key: value` pairs, the fields GitHub nests made readable, ids shown with the names the run learned.
// Always whole: where a value is too long for its place, the place folds it (see markdown-table.ts).
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A value as a person reads it: lists joined with commas, objects as `key: value` pairs, never JSON. */
function plainText(value) {
    if (value === undefined || value === null)
        return '';
    if (Array.isArray(value))
        return value.map(plainText).join(', ');
    if (typeof value === 'object')
        return Object.entries(value)
            .filter(([, v]) => v !== undefined && v !== null)
            .map(([key, v]) => `${key}: ${plainText(v)}`)
            .join(', ');
    return String(value);
}
/** `name (id)` when the run learned the name, else the id. */
function named(value, names) {
    const name = typeof value === 'number' ? names?.get(value) : undefined;
    return name === undefined ? plainText(value) : `${name} (${value})`;
}
/** An image as GitHub's answers and create-runner's body describe it: `Ubuntu 24.04 (github)`. */
function imageText(image) {
    const title = String(image.display_name ?? image.name ?? image.id ?? '');
    const version = image.version && image.version !== 'latest' ? ` ${plainText(image.version)}` : '';
    return `${title}${version}${image.source ? ` (${plainText(image.source)})` : ''}`;
}
/** A field of an answer or a request body, with the fields GitHub nests made readable. */
function fieldText(key, value, labels) {
    if ((key === 'image_details' || key === 'image') && isObject(value))
        return imageText(value);
    if (key === 'machine_size_details' && isObject(value))
        return `${plainText(value.id)} (${plainText(value.cpu_cores)} CPU, ${plainText(value.memory_gb)} GB RAM, ${plainText(value.storage_gb)} GB disk)`;
    if (key === 'public_ips' && Array.isArray(value))
        return value.length === 0
            ? 'none'
            : value
                .map((ip) => (isObject(ip) ? `${plainText(ip.prefix)}/${plainText(ip.length)}` : plainText(ip)))
                .join(', ');
    if (key === 'runner_group_id')
        return named(value, labels?.groups);
    if ((key === 'selected_repository_ids' || key === 'runners') && Array.isArray(value))
        return value.length === 0 ? 'none' : value.map((id) => named(id, labels?.members)).join(', ');
    return plainText(value);
}
/** A request body or an object on one line: `key: value; key: value`. */
function bodyText(body, labels) {
    if (!isObject(body))
        return plainText(body);
    return Object.entries(body)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}: ${fieldText(key, value, labels)}`)
        .join('; ');
}

;// CONCATENATED MODULE: ./src/core/planned-write.ts


function plannedWrite(route, params, change, fields) {
    return { route, params: params, change, ...(fields ? { fields } : {}) };
}
/** `from → to` for a summary line, with names next to the ids the run knows. */
function change(field, from, to, labels) {
    const text = (value) => isGroupToCreate(value) ? `${value.toBeCreated} (to be created)` : fieldText(field, value, labels);
    return `${field}: ${from === undefined || from === null ? '(none)' : text(from)} → ${text(to)}`;
}
function sameSet(a, b) {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((item) => right.has(item));
}
/** The `result` of an ensure operation: what it did, and what it changed. */
function ensureResult(existed, writes, dryRun) {
    return {
        action: !existed ? 'create' : writes.length > 0 ? 'update' : 'none',
        changes: writes.map((w) => w.change),
        dry_run: dryRun
    };
}

;// CONCATENATED MODULE: ./src/core/field-table.ts

const equal = (want, now) => Array.isArray(want) && Array.isArray(now) ? sameSet(want, now) : want === now;
/** The rows whose wanted value is given and differs from what GitHub holds, as far as it is known. */
function differences(rows, wanted, current) {
    const found = [];
    for (const row of givenRows(rows, wanted, current)) {
        const want = wanted[row.key];
        const now = row.read(current) ?? row.absentMeans;
        if (now === undefined)
            continue;
        if (!equal(row.storedAs ? row.storedAs(want) : want, now))
            found.push({ row, want, now });
    }
    return found;
}
/** A create's body: every given setting at its create field (nested where the path is dotted). */
function createBody(rows, wanted) {
    const body = {};
    for (const row of givenRows(rows, wanted, undefined)) {
        const value = wanted[row.key];
        const path = row.create.split('.');
        let at = body;
        for (const part of path.slice(0, -1))
            at = (at[part] ??= {});
        at[path.at(-1)] = value;
    }
    return body;
}
/** An update's body: every given setting at its update field (the rows' own conditions apply). */
function updateBody(rows, wanted, current) {
    return Object.fromEntries(givenRows(rows, wanted, current).map((row) => [row.update, wanted[row.key]]));
}
/** The rows whose wanted value is given and that count for this want (their own conditions apply). */
function givenRows(rows, wanted, current) {
    return rows.filter((row) => wanted[row.key] !== undefined && (row.applies?.(wanted, current) ?? true));
}
/** Each given setting of a create, by its update field, from nothing to its value. */
function createdFields(rows, wanted) {
    return Object.fromEntries(givenRows(rows, wanted, undefined).map((row) => [row.update, { from: null, to: wanted[row.key] }]));
}
/** A write's value of a row, whether the write is a create (nested field) or an update. */
function valueIn(row, params) {
    if (params[row.update] !== undefined)
        return params[row.update];
    let at = params;
    for (const part of row.create.split('.'))
        at = at?.[part];
    return at;
}
/** The wanted settings the inputs give, by the rows that read them as they are (not those looked up). */
function wantedSettings(rows, inputs) {
    return Object.fromEntries(rows
        .filter((row) => !row.lookedUp)
        .map((row) => [row.key, row.wantedFrom ? row.wantedFrom(inputs) : inputs[row.input]]));
}
/** The inputs a table's rows read. */
const inputsOf = (rows) => [
    ...new Set(rows.map((row) => row.input))
];

;// CONCATENATED MODULE: ./src/resources/hosted-runner/fields.ts



const isCustom = (wanted, now) => (wanted.imageSource ?? now?.image_details?.source) === 'custom';
const asItIs = (value) => value;
/** The effective image source: `image-source`, or `github` when an `image-id` is given without one. */
const imageSourceOf = (i) => i.imageId === undefined ? undefined : (i.imageSource ?? 'github');
const NAME_ROW = {
    key: 'name',
    input: 'runnerName',
    create: 'name',
    update: 'name',
    read: (r) => r.name
};
/** The settings; the name is matched, and renamed by a PATCH of `name` (the first row of RUNNER_FIELDS). */
const RUNNER_SETTING_ROWS = [
    {
        key: 'imageId',
        input: 'imageId',
        fleetKey: 'image-id',
        create: 'image.id',
        update: 'image_id',
        read: (r) => r.image_details?.id,
        // By id and source: the display name goes in a comment.
        lookedUp: true,
        exported: asItIs,
        comment: (r) => (r.image_details?.display_name ? (0,errors/* oneLine */.TN)(r.image_details.display_name) : undefined)
    },
    {
        // The source names where the id comes from, so it is compared only together with the id.
        key: 'imageSource',
        input: 'imageSource',
        fleetKey: 'image-source',
        create: 'image.source',
        update: 'image_source',
        read: (r) => r.image_details?.source,
        applies: (wanted) => wanted.imageId !== undefined,
        wantedFrom: imageSourceOf,
        exported: asItIs
    },
    {
        // A version is "relevant only for custom images" (the spec); GitHub's own report `latest`.
        key: 'imageVersion',
        input: 'imageVersion',
        fleetKey: 'image-version',
        create: 'image.version',
        update: 'image_version',
        read: (r) => r.image_details?.version,
        applies: isCustom,
        // Only a custom image's pinned version: GitHub reports `latest` for one that follows its image.
        exported: (value, r) => r.image_details?.source === 'custom' && /^\d+\.\d+\.\d+$/.test(String(value)) ? String(value) : null
    },
    {
        key: 'size',
        input: 'size',
        fleetKey: 'size',
        create: 'size',
        update: 'size',
        read: (r) => r.machine_size_details?.id,
        exported: asItIs
    },
    {
        key: 'runnerGroupId',
        input: 'runnerGroup',
        fleetKey: 'runner-group',
        create: 'runner_group_id',
        update: 'runner_group_id',
        read: (r) => r.runner_group_id,
        lookedUp: true,
        // By name; by id where the name would pick more than one group.
        exported: (value, _r, names) => names.groupName(value)
    },
    {
        key: 'maximumRunners',
        input: 'maximumRunners',
        fleetKey: 'maximum-runners',
        create: 'maximum_runners',
        update: 'maximum_runners',
        read: (r) => r.maximum_runners,
        exported: asItIs
    },
    {
        key: 'enableStaticIp',
        input: 'enableStaticIp',
        fleetKey: 'enable-static-ip',
        create: 'enable_static_ip',
        update: 'enable_static_ip',
        read: (r) => r.public_ip_enabled,
        exported: asItIs
    },
    {
        // Optional in GitHub's description: a runner answered without it is unknown, never a change.
        key: 'imageGen',
        input: 'imageGen',
        fleetKey: 'image-gen',
        create: 'image_gen',
        update: 'image_gen',
        read: (r) => r.image_gen,
        exported: asItIs
    }
];
/** Every row a create or an update sends, the name first. */
const RUNNER_FIELDS = [NAME_ROW, ...RUNNER_SETTING_ROWS];
const HOSTED_RUNNER_KIND = {
    section: 'hosted-runners',
    item: 'hosted-runner',
    object: 'hosted-runner',
    description: 'Hosted runners, each as ensure-runner takes it. A runner not listed is left alone (unless prune is true).',
    name: { input: 'runnerName', fleetKey: 'runner-name', read: (r) => r.name },
    fields: RUNNER_SETTING_ROWS,
    moreInputs: ['previousNames'],
    // `image-source` only with `image-id`, `image-version` only for a custom image.
    itemRules: {
        check: vocabulary/* checkImageInputs */.tu,
        schema: {
            dependentRequired: { 'image-source': ['image-id'] },
            if: {
                required: ['image-id', 'image-version'],
                properties: { 'image-id': true, 'image-version': true }
            },
            then: { required: ['image-source'], properties: { 'image-source': { const: 'custom' } } }
        }
    }
};
/** The settings of a hosted runner, as create, update and ensure read them. */
const RUNNER_SETTINGS = inputsOf(RUNNER_SETTING_ROWS);
/** What names and sets a hosted runner: ensure-runner's inputs. */
const RUNNER_INPUTS = ['runnerName', ...RUNNER_SETTINGS];
/** The runner settings the inputs ask for, before any name is looked up (image and group stay names). */
const wantedRunnerSettings = (i) => wantedSettings(RUNNER_SETTING_ROWS, i);

;// CONCATENATED MODULE: ./src/resources/image-retention/fields.ts
const DEFAULT_KEEP = 5;
const POLICY_ROWS = [
    { input: 'keep', policy: 'keep', absentMeans: DEFAULT_KEEP },
    { input: 'olderThan', policy: 'olderThanMs' }
];
const IMAGE_RETENTION_KIND = {
    section: 'image-retention',
    item: 'image-retention',
    object: 'image-version',
    description: 'Retention of custom image versions, each as cleanup-image-versions takes it; an item without custom-image covers every custom image no other item names.',
    name: { input: 'customImage', fleetKey: 'custom-image', read: (image) => image.name },
    nameOptional: true,
    fields: [],
    moreInputs: POLICY_ROWS.map((row) => row.input)
};
/** What one retention rule reads: cleanup's inputs but its cap, and a fleet file item's keys. */
const RETENTION_INPUTS = ['customImage', ...POLICY_ROWS.map((row) => row.input)];
/** The policy the inputs (of a step, or of an item of the fleet file) ask for, as of `now`. */
function policyOf(inputs, now) {
    const policy = { now };
    for (const row of POLICY_ROWS)
        policy[row.policy] = inputs[row.input] ?? row.absentMeans;
    return policy;
}

;// CONCATENATED MODULE: ./src/resources/network-configuration/fields.ts
/** The one id of a list GitHub holds exactly one of (at most one failover); a list of another length is not written. */
const onlyOne = (value) => Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
const listOfOne = (value) => [value];
const CONFIGURATION_FIELDS = [
    {
        // "Exactly one resource identifier must be specified in the list" (the description): one id in the file.
        input: 'networkSettingsId',
        fleetKey: 'network-settings-id',
        create: 'network_settings_ids',
        update: 'network_settings_ids',
        toApi: listOfOne,
        read: (c) => c.network_settings_ids,
        exported: onlyOne
    },
    {
        input: 'computeService',
        fleetKey: 'compute-service',
        create: 'compute_service',
        update: 'compute_service',
        read: (c) => c.compute_service,
        // The create operation's default (interface); Terraform documents GitHub's own default as `none`.
        createDefault: 'actions',
        // `codespaces` is answered but cannot be sent: left out, so apply leaves it as it is.
        exported: (value) => (value === 'none' || value === 'actions' ? value : undefined)
    },
    {
        input: 'failoverNetworkSettingsId',
        fleetKey: 'failover-network-settings-id',
        create: 'failover_network_settings_ids',
        update: 'failover_network_settings_ids',
        toApi: listOfOne,
        read: (c) => c.failover_network_settings_ids,
        // A guess, no source: a configuration without a failover is answered without the field (the
        // description's examples have none). Read as unknown, a wanted failover would never be sent.
        absentMeans: [],
        exported: onlyOne
    },
    {
        input: 'failoverNetworkEnabled',
        fleetKey: 'failover-network-enabled',
        create: 'failover_network_enabled',
        update: 'failover_network_enabled',
        read: (c) => c.failover_network_enabled,
        // A guess, as above: absent means the failover is off.
        absentMeans: false,
        exported: (value) => (typeof value === 'boolean' ? value : undefined)
    }
];
const NETWORK_CONFIGURATION_KIND = {
    section: 'network-configurations',
    item: 'network-configuration',
    object: 'network-configuration',
    description: 'Network configurations (private networking), each as create-network-configuration takes it, by name. Created or updated before the runner groups that name them in network-configuration-id; never pruned.',
    name: { input: 'networkConfigurationName', fleetKey: 'name', read: (c) => c.name },
    fields: CONFIGURATION_FIELDS
};
/** The inputs of the settings, as the create and update operations read them. */
const CONFIGURATION_SETTINGS = CONFIGURATION_FIELDS.map((field) => field.input);
/** A create's or an update's body fields: only the settings given, each in the API's form. */
function configurationBody(inputs, which) {
    const body = {};
    for (const field of CONFIGURATION_FIELDS) {
        const value = inputs[field.input] ?? (which === 'create' ? field.createDefault : undefined);
        if (value !== undefined)
            body[field[which]] = field.toApi ? field.toApi(value) : value;
    }
    return body;
}

;// CONCATENATED MODULE: ./src/core/renames.ts
// Which object on GitHub a wanted item is: the one with its name (under the one name rule: the exact
// name, else ignoring case, as GitHub does), else the one that still has one of its `previous-names`,
// which the plan renames. A name that picks two objects is refused, whatever the listing's order.


/** The live object an item names; a rename only when its name is missing and exactly one previous name exists. */
function matchLive(live, name, previousNames = [], kind = { input: 'name', what: 'objects' }) {
    const index = (0,name_rule/* indexOf */.qh)(live);
    const named = index.pick(name);
    if (named.length > 1)
        throw (0,name_rule/* ambiguousName */.O2)(named, name, kind.input, kind.what);
    if (named.length === 1)
        return named[0];
    const previous = [...new Set(previousNames.flatMap((p) => index.pick(p)))];
    if (previous.length > 1)
        throw new errors/* UserError */.yo('input', 'previous-names', `'${name}' is missing and several of its previous names exist (${[...previous]
            .sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))
            .map((o) => `'${o.name}' (id ${o.id})`)
            .join(', ')}): keep one in previous-names, or rename by hand.`);
    return previous[0];
}

;// CONCATENATED MODULE: ./src/resources/kind.ts
// A kind of resource: one module per kind under src/resources/, listed in the registry (index.ts). A kind
// holds its field rows (input ↔ API field on create, update and read ↔ fleet key ↔ export), its routes and
// its place in the write order, its lookup and GitHub's rules for it. The fleet file's reader and schema,
// export and the plan of `apply` iterate over the registered kinds.


/** Export's names when nothing is known: every id as it is. */
const IDS_AS_THEY_ARE = { groupName: (id) => id, configurationName: (id) => id };
/** Every fleet key of an item of the kind, the name first. */
const fleetKeysOf = (kind) => [
    kind.name.fleetKey,
    ...new Set(kind.fields.map((field) => field.fleetKey)),
    ...(kind.moreInputs ?? []).map(formats/* inputName */.yu)
];
/** Every input an item of the kind may hold, the name first. */
const inputsOfKind = (kind) => [
    kind.name.input,
    ...new Set(kind.fields.map((field) => field.input)),
    ...(kind.moreInputs ?? [])
];
/** The input an item's fleet key is read by. */
function inputOfKey(kind, key) {
    if (key === kind.name.fleetKey)
        return kind.name.input;
    return (kind.fields.find((field) => field.fleetKey === key)?.input ??
        kind.moreInputs?.find((input) => (0,formats/* inputName */.yu)(input) === key));
}
/**
 * An object as an item of its kind's section, from the rows' `exported`: applying it plans nothing. What
 * the file cannot hold (`compute_service: codespaces`) is said in a comment on the name, and left out.
 */
function exportedItem(kind, live, names = IDS_AS_THEY_ARE) {
    const keys = [{ key: kind.name.fleetKey, value: kind.name.read(live) }];
    const unwritten = [];
    for (const field of kind.fields) {
        const value = field.read(live) ?? field.exportedWhenAbsent;
        if (value === undefined || value === null)
            continue;
        const exported = field.exported(value, live, names);
        const comment = field.comment?.(live);
        if (exported === null)
            continue;
        if (exported !== undefined)
            keys.push({ key: field.fleetKey, value: exported, ...(comment ? { comment } : {}) });
        else
            unwritten.push(`${field.create}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
    }
    if (unwritten.length > 0)
        keys[0].comment = `${unwritten.join('; ')} (not written: apply leaves it as it is)`;
    return keys;
}
/** Whether the name reads back through the name input's parser (GitHub's answers may hold others). */
function nameFits(kind, name) {
    try {
        vocabulary/* VALUE_INPUTS */._x[kind.name.input](name, kind.name.fleetKey);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/resources/network-configuration/plan.ts
// The plan of the fleet file's `network-configurations:` section, as a pure function of the items and the
// scope's listing: a create for each configuration not there (by name, ignoring case), a PATCH of the
// settings given that differ (and of the name, when only its case differs), nothing otherwise. Never a
// delete: network configurations are never pruned. Each write goes before the runner groups'.






function planConfigurations(items, live) {
    const entries = [];
    for (const inputs of items) {
        const name = inputs.networkConfigurationName;
        const now = matchLive(live, name);
        const write = now ? updateOf(now, inputs, name) : createOf(inputs, name);
        if (write)
            entries.push({
                change: {
                    kind: now ? 'update' : 'create',
                    object: 'network-configuration',
                    id: now?.id ?? null,
                    name,
                    ...(now ? { seen: { name: now.name } } : {}),
                    fields: write.fields ?? {}
                },
                writes: [write]
            });
    }
    return entries;
}
/** The names of the configurations the items create: those not among the scope's. */
const configurationsToCreate = (items, live) => items
    .map((inputs) => inputs.networkConfigurationName)
    .filter((name) => matchLive(live, name) === undefined);
function createOf(inputs, name) {
    if (inputs.networkSettingsId === undefined)
        throw new errors/* UserError */.yo('input', 'network-settings-id', `Network configuration '${name}' does not exist: to create it, give 'network-settings-id' (the id of its network settings resource, created in Azure).`);
    const fields = { name: { from: null, to: name } };
    for (const field of CONFIGURATION_FIELDS) {
        const value = inputs[field.input] ?? field.createDefault;
        if (value !== undefined)
            fields[field.fleetKey] = { from: null, to: value };
    }
    const body = { name, ...configurationBody(inputs, 'create') };
    const write = plannedWrite(CREATE_CONFIGURATION, body, `create network configuration '${name}'`, fields);
    return { ...write, order: CONFIGURATION_WRITE_ORDER };
}
function updateOf(now, inputs, name) {
    const body = {};
    const fields = {};
    // GitHub keeps names unique ignoring case: another case in the file is a rename to it.
    if (now.name !== name) {
        body.name = name;
        fields.name = { from: now.name, to: name };
    }
    for (const field of CONFIGURATION_FIELDS) {
        const value = inputs[field.input];
        if (value === undefined)
            continue;
        const want = field.toApi ? field.toApi(value) : value;
        const current = field.read(now) ?? field.absentMeans;
        if (current === undefined)
            continue;
        const same = Array.isArray(want) && Array.isArray(current) ? sameSet(want, current) : want === current;
        if (same)
            continue;
        body[field.update] = want;
        fields[field.fleetKey] = { from: field.exported(current, now, IDS_AS_THEY_ARE) ?? current, to: value };
    }
    if (Object.keys(body).length === 0)
        return undefined;
    const what = Object.keys(fields).join(', ');
    const write = plannedWrite(UPDATE_CONFIGURATION, { network_configuration_id: now.id, ...body }, `update network configuration '${name}': ${what}`, fields);
    return { ...write, order: CONFIGURATION_WRITE_ORDER };
}

;// CONCATENATED MODULE: ./src/resources/network-configuration/index.ts



const NETWORK_CONFIGURATIONS = {
    kind: NETWORK_CONFIGURATION_KIND,
    list: (reader) => listConfigurations(reader),
    plan: planConfigurations,
    toCreate: configurationsToCreate
};

;// CONCATENATED MODULE: ./src/resources/runner-group/fields.ts


const fields_asItIs = (value) => value;
/** The group's settings; its name is matched, not compared (GitHub requires it on every update). */
const GROUP_FIELDS = [
    {
        key: 'visibility',
        fleetKey: 'visibility',
        exported: fields_asItIs,
        input: 'visibility',
        create: 'visibility',
        update: 'visibility',
        read: (g) => g.visibility,
        // GitHub keeps an organization group's `private` as `all` (Terraform's provider skips its test of
        // it: the plan keeps showing `"all" => "private"`). Compared so, a re-run sends nothing.
        storedAs: (wanted) => (wanted === 'private' ? 'all' : wanted)
    },
    {
        key: 'allowsPublicRepositories',
        fleetKey: 'allows-public-repositories',
        exported: fields_asItIs,
        input: 'allowsPublicRepositories',
        create: 'allows_public_repositories',
        update: 'allows_public_repositories',
        read: (g) => g.allows_public_repositories
    },
    {
        key: 'restrictedToWorkflows',
        fleetKey: 'restricted-to-workflows',
        exported: fields_asItIs,
        exportedWhenAbsent: false,
        input: 'restrictedToWorkflows',
        create: 'restricted_to_workflows',
        update: 'restricted_to_workflows',
        // A guess, no source: a group answered without the field is not restricted. Read as unknown, a wanted
        // restriction would never be sent; read this way it is sent once, and GitHub then reports it.
        read: (g) => g.restricted_to_workflows,
        absentMeans: false
    },
    {
        key: 'selectedWorkflows',
        fleetKey: 'selected-workflows',
        exported: (value) => (Array.isArray(value) && value.length > 0 ? value : null),
        input: 'selectedWorkflows',
        create: 'selected_workflows',
        update: 'selected_workflows',
        read: (g) => g.selected_workflows,
        absentMeans: []
    },
    {
        // A guess, no source: a group without a network configuration is answered without the field (the
        // simulator answers so). Read as unknown, a wanted configuration would never be attached.
        key: 'networkConfigurationId',
        fleetKey: 'network-configuration-id',
        exported: (value, _g, names) => names.configurationName(value),
        input: 'networkConfigurationId',
        create: 'network_configuration_id',
        update: 'network_configuration_id',
        read: (g) => g.network_configuration_id,
        absentMeans: null
    }
];
/** A group's member lists: each replaced whole by one PUT when it differs from what is wanted. */
const MEMBER_LISTS = [
    {
        list: 'repositoryIds',
        input: 'repositories',
        create: 'selected_repository_ids',
        route: SET_REPOSITORIES,
        body: 'selected_repository_ids'
    },
    {
        list: 'organizationIds',
        input: 'organizations',
        create: 'selected_organization_ids',
        route: SET_ORGANIZATIONS,
        body: 'selected_organization_ids'
    },
    {
        list: 'runnerIds',
        input: 'runners',
        create: 'runners',
        route: SET_RUNNERS,
        body: 'runners'
    }
];
/** The settings of a runner group, as create, update and ensure read them. */
const GROUP_SETTINGS = inputsOf(GROUP_FIELDS);
/** What names and sets a runner group: ensure-group's inputs. */
const GROUP_INPUTS = ['groupName', ...GROUP_SETTINGS, ...MEMBER_LISTS.map((m) => m.input)];
const RUNNER_GROUP_KIND = {
    section: 'runner-groups',
    item: 'runner-group',
    object: 'runner-group',
    description: 'Runner groups, each as ensure-group takes it. A group not listed is left alone (unless prune is true).',
    name: { input: 'groupName', fleetKey: 'group-name', read: (g) => g.name },
    fields: GROUP_FIELDS,
    moreInputs: [...MEMBER_LISTS.map((m) => m.input), 'previousNames']
};
/** The group settings among `inputs` (the inputs of a step, or of an item of a fleet file). */
const groupSettingsOf = (inputs) => wantedSettings(GROUP_FIELDS, inputs);

;// CONCATENATED MODULE: ./src/resources/index.ts




// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own live type
const KINDS = [
    NETWORK_CONFIGURATIONS,
    { kind: RUNNER_GROUP_KIND },
    { kind: HOSTED_RUNNER_KIND },
    { kind: IMAGE_RETENTION_KIND }
];
/** The kind whose section is `section`, if any. */
const kindOfSection = (section) => KINDS.find((entry) => entry.kind.section === section);

;// CONCATENATED MODULE: ./src/fleet/fleet-keys.ts
// The keys of the fleet file, as data: its lists of items (the registered kinds' sections, src/resources/:
// each item's keys are its kind's rows) and its other top-level keys. The reader (`parse-fleet.ts`,
// `read-item.ts`), the messages about a key (`schema-problems.ts`) and the published JSON Schema
// (`npm run generate`) all come from here: a new key is one row, a new section one kind.




/** A kind's section, from its descriptor (src/resources/). */
const sectionOf = (kind) => ({
    inputs: inputsOfKind(kind),
    ...(kind.nameOptional ? {} : { required: kind.name.input }),
    item: kind.item,
    description: kind.description
});
/**
 * Each list of the file: the registered kinds' sections (src/resources/index.ts), in write order. An
 * item's keys are its kind's name, rows and other inputs: those of the operation it stands for, less
 * `runner-id` (the file names runners), the wait inputs (apply does not wait) and `max-deletions` (the
 * step's input caps every deletion of the plan together), plus `previous-names`, an input of the file only.
 */
const FLEET_SECTIONS = Object.fromEntries(KINDS.map(({ kind }) => [kind.section, sectionOf(kind)]));
/** The file's top-level keys other than its lists, one row each (`Fleet.owner`, `Fleet.prune`, `Fleet.requireReviewedPlan`). */
const FLEET_TOP_KEYS = {
    organization: {
        format: formats/* organization */.kw,
        description: 'the login of the organization this file describes (letters, digits, single hyphens). A step whose scope is another organization, or an enterprise, is refused before any request. This or `enterprise` is required with prune: true.'
    },
    enterprise: {
        format: formats/* enterpriseSlug */.lQ,
        description: 'the slug of the enterprise this file describes (letters, digits, single hyphens). A step whose scope is another enterprise, or an organization (an empty `enterprise` input), is refused before any request. This or `organization` is required with prune: true.'
    },
    prune: {
        format: formats/* boolean */.zM,
        description: "true: delete the hosted runners and runner groups this file does not declare (never the default group, never an inherited one), capped by the step's max-deletions."
    },
    'require-reviewed-plan': {
        format: formats/* boolean */.zM,
        description: "true: apply (not a dry run) sends nothing unless the step's expected-plan-digest is the plan-digest of its own plan; a missing, empty or blank digest is refused, not skipped."
    }
};
const FLEET_MAPPINGS = {
    rollout: {
        description: "How apply changes the image (id, source or version) of hosted runners: canary runners first, each read until Ready, then the rest a batch at a time, each batch Ready before the next. A runner that ends Stuck or Shutdown, or is not Ready at wait-timeout, stops the rollout. The step's poll-interval sets how often a runner is read.",
        keys: {
            canary: {
                format: (0,formats/* wholeNumber */.rD)(1000),
                description: "how many runners change first, in the file's order (default 1; 0: no canary)"
            },
            batch: {
                format: formats/* batchSize */.CJ,
                description: 'then how many at a time: a number, or a percentage of the runners the rollout changes, rounded up (default 25%)'
            },
            'wait-timeout': {
                format: vocabulary/* VALUE_INPUTS */._x.waitTimeout,
                description: 'how long each runner may take to be Ready, such as 30m (default 15m)'
            },
            rollback: {
                format: formats/* boolean */.zM,
                description: 'true: when a wave fails, every runner of that wave is set back to the image it had, and read until Ready again (default false)'
            }
        }
    }
};
const isMapping = (key) => Object.hasOwn(FLEET_MAPPINGS, key);
/** The keys a top-level mapping may hold. */
const mappingKeys = (key) => FLEET_MAPPINGS[key].keys;
/** The sections of the registered kinds (src/resources/index.ts), in write order. */
const KIND_SECTIONS = KINDS.map((entry) => entry.kind.section);
/** Every top-level key, as the schema and the messages list them: the owner, the lists (the kinds first), the switches, then rollout. */
const TOP_KEY_NAMES = [
    'organization',
    'enterprise',
    ...KIND_SECTIONS,
    'prune',
    'require-reviewed-plan',
    'rollout'
];
const isSection = (key) => Object.hasOwn(FLEET_SECTIONS, key);
/** A top-level key holding a list of items: a registered kind's section. */
const isListSection = (key) => isSection(key);
/** The keys an item of the section may hold, by name. */
function itemKeyNames(section) {
    const kind = kindOfSection(section)?.kind;
    return kind ? fleetKeysOf(kind) : [];
}
/** The input whose parser reads `key` of an item of the section. */
function itemKeyInput(section, key) {
    const kind = kindOfSection(section)?.kind;
    return kind ? inputOfKey(kind, key) : undefined;
}
/** The inputs an item of the section may hold. */
const sectionKeys = (section) => FLEET_SECTIONS[section]?.inputs ?? [];
/** Every key a fleet file may hold, at the top, in an item or in a mapping (`rollout`). */
const fleetKeyNames = () => new Set([
    ...TOP_KEY_NAMES,
    ...TOP_KEY_NAMES.flatMap(itemKeyNames),
    ...Object.values(FLEET_MAPPINGS).flatMap((mapping) => Object.keys(mapping.keys))
]);

;// CONCATENATED MODULE: ./src/resources/hosted-runner/rollout.ts


const ROLLOUT_DEFAULTS = {
    canary: 1,
    batch: { percent: 25 },
    waitTimeoutMs: 15 * 60_000,
    rollback: false
};
/** The update fields that name the image, by their API names. */
const IMAGE_FIELDS = ['image_id', 'image_source', 'image_version'];
/** Whether the write changes a hosted runner's image (id, source or version, `latest` included). */
function changesImage(write) {
    return write.route === UPDATE_RUNNER && IMAGE_FIELDS.some((field) => write.fields?.[field] !== undefined);
}
/** How many runners one batch holds, of `total` rolled out: a percentage rounds up, and a batch holds one at least. */
function batchSizeOf(batch, total) {
    const size = 'count' in batch ? batch.count : Math.ceil((total * batch.percent) / 100);
    return Math.max(1, size);
}
/** The waves of runners, in the file's order: `canary` runners first, then batches. */
function wavesOf(runners, settings) {
    const waves = [];
    const canary = runners.slice(0, settings.canary);
    if (canary.length > 0)
        waves.push({ label: 'canary', runners: canary });
    const size = batchSizeOf(settings.batch, runners.length);
    for (let start = canary.length, n = 1; start < runners.length; start += size, n++)
        waves.push({ label: `batch ${n}`, runners: runners.slice(start, start + size) });
    return waves;
}
/**
 * The rollout of a plan: every runner update that changes an image, in the plan's (the file's) order.
 * Undefined without `rollout` settings, or when no write changes an image.
 */
function planRollout(entries, settings, live, imageLabels) {
    if (!settings)
        return undefined;
    const runners = [];
    for (const { change, writes } of entries)
        for (const write of writes.filter(changesImage)) {
            const id = write.params.hosted_runner_id;
            const now = live.find((runner) => runner.id === id)?.image_details;
            const before = { id: now?.id, source: now?.source, version: now?.version ?? undefined };
            const after = {
                id: write.params.image_id ?? before.id,
                source: write.params.image_source ?? before.source,
                version: write.params.image_version ?? before.version
            };
            // A new image without a version named starts from its newest (GitHub's default).
            if (write.params.image_id !== undefined && write.params.image_version === undefined)
                delete after.version;
            const label = (ref) => ({ ...ref, label: ref.id && imageLabels.get(ref.id) });
            runners.push({ name: change.name, id, write, before: label(before), after: label(after) });
        }
    if (runners.length === 0)
        return undefined;
    return { settings, waves: wavesOf(runners, settings) };
}
/** The runners of the plan's waves, all together. */
const rolledOut = (plan) => plan?.waves.flatMap((wave) => wave.runners) ?? [];
/**
 * The write that sets a runner back to the image it had: the image fields its rollout write changed,
 * each to the value it had (a source goes with its id, as on any update).
 */
function setBack(runner) {
    const fields = runner.write.fields ?? {};
    const body = {};
    const changed = {};
    for (const field of IMAGE_FIELDS) {
        const value = fields[field];
        if (value === undefined || value.from === undefined || value.from === null)
            continue;
        body[field] = value.from;
        changed[field] = { from: value.to, to: value.from };
    }
    if (body.image_id !== undefined && runner.before.source !== undefined)
        body.image_source = runner.before.source;
    // A custom image named without its version starts from its newest (GitHub's default): the version the
    // runner had goes back with its image, or the set-back would move it to another version.
    const { source, version } = runner.before;
    if (body.image_id !== undefined && body.image_version === undefined && source === 'custom' && version) {
        body.image_version = version;
        changed.image_version = { from: runner.after.version ?? null, to: version };
    }
    return plannedWrite(UPDATE_RUNNER, { hosted_runner_id: runner.id, ...body }, `set runner '${runner.name}' back to ${rollout_imageText(runner.before)}`, changed);
}
/** `golden-ubuntu (301) 1.2.0`: an image as a person reads it. */
function rollout_imageText(ref) {
    const name = ref.label ?? ref.id ?? '(unknown image)';
    // GitHub-owned and partner images report `latest`: only a custom image's version says anything.
    return ref.version && ref.source === 'custom' ? `${name} ${ref.version}` : name;
}
/** What the digest covers of a rollout: its settings and its waves, by runner name. */
function rolloutDigest(plan, settings) {
    if (!settings)
        return undefined;
    return {
        settings,
        waves: plan?.waves.map((wave) => ({ label: wave.label, runners: wave.runners.map((r) => r.name) })) ?? []
    };
}

;// CONCATENATED MODULE: ./src/fleet/name-rules.ts

/** Each item claiming a name (ignoring case) that an earlier item of its section claims. */
function duplicateNames(sections) {
    const problems = [];
    for (const { section, items, namesOf } of sections) {
        const seen = new Map();
        for (const item of items)
            for (const name of namesOf(item.inputs)) {
                const key = name.toLowerCase();
                const first = seen.get(key);
                if (first !== undefined)
                    problems.push({
                        line: item.line,
                        path: section,
                        message: `declares ${name} again, ignoring case as GitHub does (first at line ${first})`
                    });
                else
                    seen.set(key, item.line);
            }
    }
    return problems;
}
/** Each item of the fleet whose name another item of its section already has, ignoring case. */
function duplicateItemNames(fleet) {
    return duplicateNames(KINDS.map(({ kind }) => ({
        section: kind.section,
        items: fleet.sections[kind.section] ?? [],
        // A kind whose items may go unnamed (image retention) names an image by id or by name; one unnamed
        // item covers every other image.
        namesOf: (i) => {
            const name = i[kind.name.input];
            if (kind.nameOptional)
                return [name === undefined ? 'every other image' : JSON.stringify(name)];
            return name === undefined ? [] : [name];
        }
    })));
}
/**
 * Characters that show nothing or turn the text's direction: Unicode's own classes (Default_Ignorable_Code_Point
 * covers zero-width and joiner characters, fillers, variation selectors, tags and the BOM; Bidi_Control every
 * direction mark and override), so a name reads as it is.
 */
const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;
// eslint-disable-next-line no-control-regex -- the whole of ASCII, controls included
const ASCII = /^[\x00-\x7f]*$/;
/** What a decoder leaves of bytes that were not valid text. */
const REPLACEMENT = '\uFFFD';
/** Scripts whose letters look like Latin ones: one word mixing them reads as another word. */
const LOOKALIKE_SCRIPTS = [
    { name: 'Latin', letter: /\p{Script=Latin}/u },
    { name: 'Cyrillic', letter: /\p{Script=Cyrillic}/u },
    { name: 'Greek', letter: /\p{Script=Greek}/u }
];
const codePoint = (character) => `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/**
 * What makes `text` read as something it is not, said for a person, or undefined: an invisible or
 * direction-changing character, a replacement character, or one word mixing letters of lookalike scripts
 * (`rеlease` with a Cyrillic `е` reads as `release`; words of one script each, `prod-сервер`, are fine).
 */
function unreadableCharacter(text) {
    // Every character below U+0080 is visible or a plain control, and ASCII letters are Latin: nothing to find.
    if (ASCII.test(text))
        return undefined;
    const hidden = HIDDEN.exec(text)?.[0];
    if (hidden)
        return `an invisible or direction-changing character (${codePoint(hidden)})`;
    if (text.includes(REPLACEMENT))
        return `a replacement character (${codePoint(REPLACEMENT)}), left where text was not valid UTF-8`;
    for (const [word] of text.matchAll(/\p{L}+/gu)) {
        const scripts = LOOKALIKE_SCRIPTS.filter((script) => script.letter.test(word));
        const [first, second] = scripts;
        if (!first || !second)
            continue;
        const odd = [...word].find((character) => second.letter.test(character));
        return `a ${second.name} letter among ${first.name} ones in '${word}' (${codePoint(odd)})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/fleet/read-item.ts
// One item of the fleet file read as the step it stands for would read its inputs: every value through
// the parser of the input of the same name, so that a step and a file read alike. Each problem is
// pushed with its line and key; an item with any problem is left out.





/** The item at `path` (`hosted-runners[2]`) of the kind's section, or undefined when it has a problem. */
function readItem(kind, node, path, reading) {
    if (node.kind !== 'mapping')
        return undefined;
    const { scope, problems } = reading;
    const inputs = {};
    const before = problems.length;
    const other = scope === 'org' ? 'enterprise' : 'org';
    for (const entry of node.entries) {
        const at = { line: entry.line, path: `${path}.${entry.key}` };
        const key = inputOfKey(kind, entry.key);
        // The schema names an unknown key first; this holds without it.
        if (!key) {
            problems.push({ ...at, message: `is not a key of ${kind.section} items` });
            continue;
        }
        if (vocabulary/* SCOPE_ONLY_INPUTS */.Y0[other].includes(key)) {
            problems.push({
                ...at,
                message: `is for ${other === 'org' ? 'organization' : 'enterprise'} scope only`
            });
            continue;
        }
        // GitHub's enterprise groups have no `private` visibility (the GHEC schema's enum is all, selected).
        if (key === 'visibility' && scope === 'enterprise' && textOf(entry.value).trim() === 'private') {
            problems.push({
                ...at,
                message: "is 'private', which enterprise runner groups do not have: use all or selected"
            });
            continue;
        }
        for (const value of readValue(vocabulary/* VALUE_INPUTS */._x[key], entry.value, at, reading))
            Object.assign(inputs, { [key]: value });
    }
    if (problems.length > before)
        return undefined;
    try {
        kind.itemRules?.check(inputs);
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error, 'input'))
            throw error;
        const entry = node.entries.find((e) => e.key === error.input);
        problems.push({
            line: entry?.line ?? node.line,
            path: `${path}.${error.input}`,
            message: withoutInputName(error.message)
        });
        return undefined;
    }
    return { line: node.line, inputs };
}
/** The value of one key, read by its format as the input of that name would be: `[value]`, or `[]` and a problem. */
function readValue(format, node, at, { problems, warnings, file }) {
    const text = textOf(node);
    const unreadable = unreadableCharacter(text);
    if (unreadable) {
        problems.push({ ...at, message: `holds ${unreadable}: names must read as they are` });
        return [];
    }
    if (text.trim() === '') {
        problems.push({ ...at, message: 'has no value' });
        return [];
    }
    try {
        const name = at.path.replace(/^.*\./, '');
        const warn = (m) => warnings.push(`${file} line ${at.line}: ${m}`);
        // A reference keeps its YAML type: `"22"` names, `22` is an id (read-item's one identity rule).
        if (format.fromYaml)
            return [format.fromYaml(typedOf(node), name, warn)];
        return [format(text.trim(), name, warn)];
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error, 'input'))
            throw error;
        problems.push({ ...at, message: withoutInputName(error.message) });
        return [];
    }
}
/** A scalar, or a list's items, with the text and whether YAML reads it as an integer. */
function typedOf(node) {
    const scalar = (item) => item.kind === 'scalar' && item.type !== 'null'
        ? { text: item.text.trim(), integer: item.type === 'integer' }
        : { text: '', integer: false };
    return node.kind === 'sequence' ? node.items.map(scalar) : scalar(node);
}
/** A scalar's text, or a list's items as a YAML flow list (JSON), which the list parsers read back as text. */
function textOf(node) {
    if (node.kind === 'scalar')
        return node.type === 'null' ? '' : node.text;
    if (node.kind === 'sequence')
        return JSON.stringify(node.items.map((item) => (item.kind === 'scalar' ? item.text : '')));
    return '';
}

;// CONCATENATED MODULE: ./src/fleet/read-rollout.ts
// The fleet file's `rollout:` mapping read into its settings: each key by its format (fleet-keys.ts),
// problems pushed with their line, and what the file leaves out taken from the defaults.



function readRollout(node, reading) {
    if (node.kind !== 'mapping')
        return undefined;
    const rows = mappingKeys('rollout');
    const read = {};
    for (const entry of node.entries) {
        if (!Object.hasOwn(rows, entry.key))
            continue;
        const at = { line: entry.line, path: `rollout.${entry.key}` };
        for (const value of readValue(rows[entry.key].format, entry.value, at, reading))
            read[entry.key] = value;
    }
    return {
        canary: read.canary ?? ROLLOUT_DEFAULTS.canary,
        batch: read.batch ?? ROLLOUT_DEFAULTS.batch,
        waitTimeoutMs: read['wait-timeout'] ?? ROLLOUT_DEFAULTS.waitTimeoutMs,
        rollback: read.rollback ?? ROLLOUT_DEFAULTS.rollback
    };
}

;// CONCATENATED MODULE: ./src/fleet/fleet-size.ts
// The fleet file's item bounds, checked on its tree before anything else reads it: a file of 200,000
// items is refused naming the bound, not planned for minutes or ended by a deep stack.


/** The first bound the tree passes, at the line of the list that passes it. */
function overSizeBound(root) {
    let sectionItems = 0;
    // The tree is at most 20 levels deep (yaml-tree.ts), but its lists are long: walked without recursion.
    const pending = [{ node: root, path: '' }];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { node, path } = next;
        if (node.kind === 'sequence') {
            if (node.items.length > bounds/* MAX_FLEET_LIST_ITEMS */.GG)
                return {
                    line: node.line,
                    message: `'${path}' has ${node.items.length} items, over the bound of ${bounds/* MAX_FLEET_LIST_ITEMS */.GG} items in one list: nothing was sent`
                };
            if (isListSection(path))
                sectionItems += node.items.length;
            node.items.forEach((item, i) => pending.push({ node: item, path: `${path}[${i}]` }));
        }
        else if (node.kind === 'mapping')
            for (const entry of node.entries)
                pending.push({ node: entry.value, path: path ? `${path}.${entry.key}` : entry.key });
    }
    if (sectionItems > bounds/* MAX_FLEET_ITEMS */.Xn)
        return {
            line: 1,
            message: `its lists hold ${sectionItems} items together, over the bound of ${bounds/* MAX_FLEET_ITEMS */.Xn} items in one fleet file: nothing was sent. Split the fleet over several files and steps`
        };
    return undefined;
}

;// CONCATENATED MODULE: ./src/fleet/previous-names.ts
/** Each section's items, with how an item is named. */
function checkPreviousNames(sections, problems) {
    for (const [section, items, nameOf] of sections) {
        const owners = new Map();
        for (const item of items)
            owners.set(nameOf(item).toLowerCase(), { line: item.line, name: nameOf(item) });
        const previousSeen = new Map();
        for (const item of items) {
            for (const previous of item.inputs.previousNames ?? []) {
                const key = previous.toLowerCase();
                const named = owners.get(key);
                const claimed = previousSeen.get(key);
                const at = { line: item.line, path: `${section}.previous-names` };
                if (named)
                    problems.push({
                        ...at,
                        message: `'${previous}' is also the name of the item at line ${named.line}: a name cannot be both`
                    });
                else if (claimed && claimed.name !== nameOf(item))
                    problems.push({
                        ...at,
                        message: `'${previous}' is also a previous name of '${claimed.name}' (line ${claimed.line}): which one it became is ambiguous`
                    });
                else
                    previousSeen.set(key, { line: item.line, name: nameOf(item) });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/generated/schema-validator.js
// Generated by `npm run generate` from schema/hosted-runners.schema.json: do not edit.
// ajv standalone code (ajv is a devDependency only); src/fleet/schema-problems.ts runs it.

const validate = (/* unused pure expression or super */ null && (validate20))
/* harmony default export */ const schema_validator = (validate20);
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    organization: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$' },
    enterprise: { type: 'string', pattern: '^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,99}$' },
    'network-configurations': { type: 'array', items: { $ref: '#/$defs/network-configuration' } },
    'runner-groups': { type: 'array', items: { $ref: '#/$defs/runner-group' } },
    'hosted-runners': { type: 'array', items: { $ref: '#/$defs/hosted-runner' } },
    'image-retention': { type: 'array', items: { $ref: '#/$defs/image-retention' } },
    prune: { type: 'boolean' },
    'require-reviewed-plan': { type: 'boolean' },
    rollout: {
      type: 'object',
      additionalProperties: false,
      properties: {
        canary: { type: 'integer', minimum: 0, maximum: 1000 },
        batch: {
          type: ['string', 'integer'],
          pattern:
            '^(?=\\d{1,4}%?$)0*(?:(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3})|(?:[1-9]|[1-9]\\d{1}|100)%)$',
          minimum: 1,
          maximum: 9999
        },
        'wait-timeout': {
          type: ['string', 'integer'],
          pattern:
            '^(?=\\d{1,7}[smh]?$)(?:0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-5]\\d{3}|6(?:[0-3]\\d{2}|400)))s?|0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|1(?:[0-3]\\d{2}|4(?:[0-3]\\d{1}|40)))m|0*(?:[1-9]|1\\d{1}|2[0-4])h)$',
          minimum: 1,
          maximum: 86400
        },
        rollback: { type: 'boolean' }
      }
    }
  },
  $defs: {
    'network-configuration': {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
        'network-settings-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        'compute-service': { enum: ['none', 'actions'] },
        'failover-network-settings-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        'failover-network-enabled': { type: 'boolean' }
      }
    },
    'runner-group': {
      type: 'object',
      additionalProperties: false,
      required: ['group-name'],
      properties: {
        'group-name': { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
        visibility: { enum: ['all', 'selected', 'private'] },
        'allows-public-repositories': { type: 'boolean' },
        'restricted-to-workflows': { type: 'boolean' },
        'selected-workflows': {
          type: ['array', 'string'],
          items: { type: 'string', pattern: '^[^\\s\\p{Cc}]{1,512}$' },
          pattern: '\\S'
        },
        'network-configuration-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        repositories: {
          type: ['array', 'string'],
          items: { type: ['string', 'integer'], pattern: '\\S' },
          pattern: '\\S'
        },
        organizations: {
          type: ['array', 'string'],
          items: { type: ['string', 'integer'], pattern: '\\S' },
          pattern: '\\S'
        },
        runners: {
          type: ['array', 'string'],
          items: { type: ['string', 'integer'], pattern: '\\S' },
          pattern: '\\S'
        },
        'previous-names': {
          type: ['array', 'string'],
          items: { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
          pattern: '\\S'
        }
      }
    },
    'hosted-runner': {
      type: 'object',
      additionalProperties: false,
      required: ['runner-name'],
      properties: {
        'runner-name': { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
        'image-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        'image-source': { enum: ['github', 'partner', 'custom'] },
        'image-version': { type: 'string', pattern: '^(\\d+\\.\\d+\\.\\d+|latest)$' },
        size: { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        'runner-group': { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
        'maximum-runners': { type: 'integer', minimum: 1 },
        'enable-static-ip': { type: 'boolean' },
        'image-gen': { type: 'boolean' },
        'previous-names': {
          type: ['array', 'string'],
          items: { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
          pattern: '\\S'
        }
      }
    },
    'image-retention': {
      type: 'object',
      additionalProperties: false,
      properties: {
        'custom-image': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
        keep: { type: 'integer', minimum: 0, maximum: 10000 },
        'older-than': {
          type: ['string', 'integer'],
          pattern:
            '^(?=\\d{1,7}[smhd]?$)(?:0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-9]\\d{6})s?|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-4]\\d{6}|5(?:[0-1]\\d{5}|2(?:[0-4]\\d{4}|5(?:[0-5]\\d{3}|6000))))m|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-6]\\d{3}|7(?:[0-5]\\d{2}|600)))h|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-2]\\d{3}|3(?:[0-5]\\d{2}|6(?:[0-4]\\d{1}|50)))d)$',
          minimum: 0,
          maximum: 9999999
        }
      }
    }
  }
}
const schema32 = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
    'network-settings-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    'compute-service': { enum: ['none', 'actions'] },
    'failover-network-settings-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    'failover-network-enabled': { type: 'boolean' }
  }
}
const schema33 = {
  type: 'object',
  additionalProperties: false,
  required: ['group-name'],
  properties: {
    'group-name': { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
    visibility: { enum: ['all', 'selected', 'private'] },
    'allows-public-repositories': { type: 'boolean' },
    'restricted-to-workflows': { type: 'boolean' },
    'selected-workflows': {
      type: ['array', 'string'],
      items: { type: 'string', pattern: '^[^\\s\\p{Cc}]{1,512}$' },
      pattern: '\\S'
    },
    'network-configuration-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    repositories: {
      type: ['array', 'string'],
      items: { type: ['string', 'integer'], pattern: '\\S' },
      pattern: '\\S'
    },
    organizations: {
      type: ['array', 'string'],
      items: { type: ['string', 'integer'], pattern: '\\S' },
      pattern: '\\S'
    },
    runners: {
      type: ['array', 'string'],
      items: { type: ['string', 'integer'], pattern: '\\S' },
      pattern: '\\S'
    },
    'previous-names': {
      type: ['array', 'string'],
      items: { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
      pattern: '\\S'
    }
  }
}
const schema34 = {
  type: 'object',
  additionalProperties: false,
  required: ['runner-name'],
  properties: {
    'runner-name': { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
    'image-id': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    'image-source': { enum: ['github', 'partner', 'custom'] },
    'image-version': { type: 'string', pattern: '^(\\d+\\.\\d+\\.\\d+|latest)$' },
    size: { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    'runner-group': { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
    'maximum-runners': { type: 'integer', minimum: 1 },
    'enable-static-ip': { type: 'boolean' },
    'image-gen': { type: 'boolean' },
    'previous-names': {
      type: ['array', 'string'],
      items: { type: ['string', 'integer'], maxLength: 64, pattern: '\\S' },
      pattern: '\\S'
    }
  }
}
const schema35 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'custom-image': { type: ['string', 'integer'], maxLength: 256, pattern: '\\S' },
    keep: { type: 'integer', minimum: 0, maximum: 10000 },
    'older-than': {
      type: ['string', 'integer'],
      pattern:
        '^(?=\\d{1,7}[smhd]?$)(?:0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-9]\\d{6})s?|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-4]\\d{6}|5(?:[0-1]\\d{5}|2(?:[0-4]\\d{4}|5(?:[0-5]\\d{3}|6000))))m|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-6]\\d{3}|7(?:[0-5]\\d{2}|600)))h|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-2]\\d{3}|3(?:[0-5]\\d{2}|6(?:[0-4]\\d{1}|50)))d)$',
      minimum: 0,
      maximum: 9999999
    }
  }
}
const func1 = Object.prototype.hasOwnProperty
const func2 = function ucs2length(str) {
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++ // low surrogate
    }
  }
  return length
}
const pattern4 = new RegExp('^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$', 'u')
const pattern5 = new RegExp('^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,99}$', 'u')
const pattern6 = new RegExp('^[A-Za-z0-9._-]{1,100}$', 'u')
const pattern7 = new RegExp('\\S', 'u')
const pattern11 = new RegExp('^[^\\s\\p{Cc}]{1,512}$', 'u')
const pattern21 = new RegExp('^[A-Za-z0-9._-]{1,64}$', 'u')
const pattern23 = new RegExp('^(\\d+\\.\\d+\\.\\d+|latest)$', 'u')
const pattern29 = new RegExp(
  '^(?=\\d{1,7}[smhd]?$)(?:0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-9]\\d{6})s?|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-4]\\d{6}|5(?:[0-1]\\d{5}|2(?:[0-4]\\d{4}|5(?:[0-5]\\d{3}|6000))))m|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-6]\\d{3}|7(?:[0-5]\\d{2}|600)))h|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-2]\\d{3}|3(?:[0-5]\\d{2}|6(?:[0-4]\\d{1}|50)))d)$',
  'u'
)
const pattern30 = new RegExp(
  '^(?=\\d{1,4}%?$)0*(?:(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3})|(?:[1-9]|[1-9]\\d{1}|100)%)$',
  'u'
)
const pattern31 = new RegExp(
  '^(?=\\d{1,7}[smh]?$)(?:0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-5]\\d{3}|6(?:[0-3]\\d{2}|400)))s?|0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|1(?:[0-3]\\d{2}|4(?:[0-3]\\d{1}|40)))m|0*(?:[1-9]|1\\d{1}|2[0-4])h)$',
  'u'
)
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}
) {
  let vErrors = null
  let errors = 0
  const evaluated0 = validate20.evaluated
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 }
        }
        if (vErrors === null) {
          vErrors = [err0]
        } else {
          vErrors.push(err0)
        }
        errors++
      }
    }
    if (data.organization !== undefined) {
      let data0 = data.organization
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/organization',
            schemaPath: '#/properties/organization/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$' }
          }
          if (vErrors === null) {
            vErrors = [err1]
          } else {
            vErrors.push(err1)
          }
          errors++
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/organization',
          schemaPath: '#/properties/organization/type',
          keyword: 'type',
          params: { type: 'string' }
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
    }
    if (data.enterprise !== undefined) {
      let data1 = data.enterprise
      if (typeof data1 === 'string') {
        if (!pattern5.test(data1)) {
          const err3 = {
            instancePath: instancePath + '/enterprise',
            schemaPath: '#/properties/enterprise/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,99}$' }
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/enterprise',
          schemaPath: '#/properties/enterprise/type',
          keyword: 'type',
          params: { type: 'string' }
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
    if (data['network-configurations'] !== undefined) {
      let data2 = data['network-configurations']
      if (Array.isArray(data2)) {
        const len0 = data2.length
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0]
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.name === undefined) {
              const err5 = {
                instancePath: instancePath + '/network-configurations/' + i0,
                schemaPath: '#/$defs/network-configuration/required',
                keyword: 'required',
                params: { missingProperty: 'name' }
              }
              if (vErrors === null) {
                vErrors = [err5]
              } else {
                vErrors.push(err5)
              }
              errors++
            }
            for (const key1 in data3) {
              if (!(
                key1 === 'name' ||
                key1 === 'network-settings-id' ||
                key1 === 'compute-service' ||
                key1 === 'failover-network-settings-id' ||
                key1 === 'failover-network-enabled'
              )) {
                const err6 = {
                  instancePath: instancePath + '/network-configurations/' + i0,
                  schemaPath: '#/$defs/network-configuration/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 }
                }
                if (vErrors === null) {
                  vErrors = [err6]
                } else {
                  vErrors.push(err6)
                }
                errors++
              }
            }
            if (data3.name !== undefined) {
              let data4 = data3.name
              if (typeof data4 === 'string') {
                if (!pattern6.test(data4)) {
                  const err7 = {
                    instancePath: instancePath + '/network-configurations/' + i0 + '/name',
                    schemaPath: '#/$defs/network-configuration/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9._-]{1,100}$' }
                  }
                  if (vErrors === null) {
                    vErrors = [err7]
                  } else {
                    vErrors.push(err7)
                  }
                  errors++
                }
              } else {
                const err8 = {
                  instancePath: instancePath + '/network-configurations/' + i0 + '/name',
                  schemaPath: '#/$defs/network-configuration/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' }
                }
                if (vErrors === null) {
                  vErrors = [err8]
                } else {
                  vErrors.push(err8)
                }
                errors++
              }
            }
            if (data3['network-settings-id'] !== undefined) {
              let data5 = data3['network-settings-id']
              if (
                typeof data5 !== 'string' &&
                !(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))
              ) {
                const err9 = {
                  instancePath: instancePath + '/network-configurations/' + i0 + '/network-settings-id',
                  schemaPath: '#/$defs/network-configuration/properties/network-settings-id/type',
                  keyword: 'type',
                  params: { type: schema32.properties['network-settings-id'].type }
                }
                if (vErrors === null) {
                  vErrors = [err9]
                } else {
                  vErrors.push(err9)
                }
                errors++
              }
              if (typeof data5 === 'string') {
                if (func2(data5) > 256) {
                  const err10 = {
                    instancePath: instancePath + '/network-configurations/' + i0 + '/network-settings-id',
                    schemaPath: '#/$defs/network-configuration/properties/network-settings-id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err10]
                  } else {
                    vErrors.push(err10)
                  }
                  errors++
                }
                if (!pattern7.test(data5)) {
                  const err11 = {
                    instancePath: instancePath + '/network-configurations/' + i0 + '/network-settings-id',
                    schemaPath: '#/$defs/network-configuration/properties/network-settings-id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err11]
                  } else {
                    vErrors.push(err11)
                  }
                  errors++
                }
              }
            }
            if (data3['compute-service'] !== undefined) {
              let data6 = data3['compute-service']
              if (!(data6 === 'none' || data6 === 'actions')) {
                const err12 = {
                  instancePath: instancePath + '/network-configurations/' + i0 + '/compute-service',
                  schemaPath: '#/$defs/network-configuration/properties/compute-service/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema32.properties['compute-service'].enum }
                }
                if (vErrors === null) {
                  vErrors = [err12]
                } else {
                  vErrors.push(err12)
                }
                errors++
              }
            }
            if (data3['failover-network-settings-id'] !== undefined) {
              let data7 = data3['failover-network-settings-id']
              if (
                typeof data7 !== 'string' &&
                !(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))
              ) {
                const err13 = {
                  instancePath:
                    instancePath + '/network-configurations/' + i0 + '/failover-network-settings-id',
                  schemaPath: '#/$defs/network-configuration/properties/failover-network-settings-id/type',
                  keyword: 'type',
                  params: { type: schema32.properties['failover-network-settings-id'].type }
                }
                if (vErrors === null) {
                  vErrors = [err13]
                } else {
                  vErrors.push(err13)
                }
                errors++
              }
              if (typeof data7 === 'string') {
                if (func2(data7) > 256) {
                  const err14 = {
                    instancePath:
                      instancePath + '/network-configurations/' + i0 + '/failover-network-settings-id',
                    schemaPath:
                      '#/$defs/network-configuration/properties/failover-network-settings-id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err14]
                  } else {
                    vErrors.push(err14)
                  }
                  errors++
                }
                if (!pattern7.test(data7)) {
                  const err15 = {
                    instancePath:
                      instancePath + '/network-configurations/' + i0 + '/failover-network-settings-id',
                    schemaPath:
                      '#/$defs/network-configuration/properties/failover-network-settings-id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err15]
                  } else {
                    vErrors.push(err15)
                  }
                  errors++
                }
              }
            }
            if (data3['failover-network-enabled'] !== undefined) {
              if (typeof data3['failover-network-enabled'] !== 'boolean') {
                const err16 = {
                  instancePath: instancePath + '/network-configurations/' + i0 + '/failover-network-enabled',
                  schemaPath: '#/$defs/network-configuration/properties/failover-network-enabled/type',
                  keyword: 'type',
                  params: { type: 'boolean' }
                }
                if (vErrors === null) {
                  vErrors = [err16]
                } else {
                  vErrors.push(err16)
                }
                errors++
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/network-configurations/' + i0,
              schemaPath: '#/$defs/network-configuration/type',
              keyword: 'type',
              params: { type: 'object' }
            }
            if (vErrors === null) {
              vErrors = [err17]
            } else {
              vErrors.push(err17)
            }
            errors++
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/network-configurations',
          schemaPath: '#/properties/network-configurations/type',
          keyword: 'type',
          params: { type: 'array' }
        }
        if (vErrors === null) {
          vErrors = [err18]
        } else {
          vErrors.push(err18)
        }
        errors++
      }
    }
    if (data['runner-groups'] !== undefined) {
      let data9 = data['runner-groups']
      if (Array.isArray(data9)) {
        const len1 = data9.length
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1]
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10['group-name'] === undefined) {
              const err19 = {
                instancePath: instancePath + '/runner-groups/' + i1,
                schemaPath: '#/$defs/runner-group/required',
                keyword: 'required',
                params: { missingProperty: 'group-name' }
              }
              if (vErrors === null) {
                vErrors = [err19]
              } else {
                vErrors.push(err19)
              }
              errors++
            }
            for (const key2 in data10) {
              if (!func1.call(schema33.properties, key2)) {
                const err20 = {
                  instancePath: instancePath + '/runner-groups/' + i1,
                  schemaPath: '#/$defs/runner-group/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 }
                }
                if (vErrors === null) {
                  vErrors = [err20]
                } else {
                  vErrors.push(err20)
                }
                errors++
              }
            }
            if (data10['group-name'] !== undefined) {
              let data11 = data10['group-name']
              if (
                typeof data11 !== 'string' &&
                !(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))
              ) {
                const err21 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/group-name',
                  schemaPath: '#/$defs/runner-group/properties/group-name/type',
                  keyword: 'type',
                  params: { type: schema33.properties['group-name'].type }
                }
                if (vErrors === null) {
                  vErrors = [err21]
                } else {
                  vErrors.push(err21)
                }
                errors++
              }
              if (typeof data11 === 'string') {
                if (func2(data11) > 64) {
                  const err22 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/group-name',
                    schemaPath: '#/$defs/runner-group/properties/group-name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 }
                  }
                  if (vErrors === null) {
                    vErrors = [err22]
                  } else {
                    vErrors.push(err22)
                  }
                  errors++
                }
                if (!pattern7.test(data11)) {
                  const err23 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/group-name',
                    schemaPath: '#/$defs/runner-group/properties/group-name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err23]
                  } else {
                    vErrors.push(err23)
                  }
                  errors++
                }
              }
            }
            if (data10.visibility !== undefined) {
              let data12 = data10.visibility
              if (!(data12 === 'all' || data12 === 'selected' || data12 === 'private')) {
                const err24 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/visibility',
                  schemaPath: '#/$defs/runner-group/properties/visibility/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema33.properties.visibility.enum }
                }
                if (vErrors === null) {
                  vErrors = [err24]
                } else {
                  vErrors.push(err24)
                }
                errors++
              }
            }
            if (data10['allows-public-repositories'] !== undefined) {
              if (typeof data10['allows-public-repositories'] !== 'boolean') {
                const err25 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/allows-public-repositories',
                  schemaPath: '#/$defs/runner-group/properties/allows-public-repositories/type',
                  keyword: 'type',
                  params: { type: 'boolean' }
                }
                if (vErrors === null) {
                  vErrors = [err25]
                } else {
                  vErrors.push(err25)
                }
                errors++
              }
            }
            if (data10['restricted-to-workflows'] !== undefined) {
              if (typeof data10['restricted-to-workflows'] !== 'boolean') {
                const err26 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/restricted-to-workflows',
                  schemaPath: '#/$defs/runner-group/properties/restricted-to-workflows/type',
                  keyword: 'type',
                  params: { type: 'boolean' }
                }
                if (vErrors === null) {
                  vErrors = [err26]
                } else {
                  vErrors.push(err26)
                }
                errors++
              }
            }
            if (data10['selected-workflows'] !== undefined) {
              let data15 = data10['selected-workflows']
              if (!Array.isArray(data15) && typeof data15 !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/selected-workflows',
                  schemaPath: '#/$defs/runner-group/properties/selected-workflows/type',
                  keyword: 'type',
                  params: { type: schema33.properties['selected-workflows'].type }
                }
                if (vErrors === null) {
                  vErrors = [err27]
                } else {
                  vErrors.push(err27)
                }
                errors++
              }
              if (typeof data15 === 'string') {
                if (!pattern7.test(data15)) {
                  const err28 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/selected-workflows',
                    schemaPath: '#/$defs/runner-group/properties/selected-workflows/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err28]
                  } else {
                    vErrors.push(err28)
                  }
                  errors++
                }
              }
              if (Array.isArray(data15)) {
                const len2 = data15.length
                for (let i2 = 0; i2 < len2; i2++) {
                  let data16 = data15[i2]
                  if (typeof data16 === 'string') {
                    if (!pattern11.test(data16)) {
                      const err29 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/selected-workflows/' + i2,
                        schemaPath: '#/$defs/runner-group/properties/selected-workflows/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[^\\s\\p{Cc}]{1,512}$' }
                      }
                      if (vErrors === null) {
                        vErrors = [err29]
                      } else {
                        vErrors.push(err29)
                      }
                      errors++
                    }
                  } else {
                    const err30 = {
                      instancePath: instancePath + '/runner-groups/' + i1 + '/selected-workflows/' + i2,
                      schemaPath: '#/$defs/runner-group/properties/selected-workflows/items/type',
                      keyword: 'type',
                      params: { type: 'string' }
                    }
                    if (vErrors === null) {
                      vErrors = [err30]
                    } else {
                      vErrors.push(err30)
                    }
                    errors++
                  }
                }
              }
            }
            if (data10['network-configuration-id'] !== undefined) {
              let data17 = data10['network-configuration-id']
              if (
                typeof data17 !== 'string' &&
                !(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))
              ) {
                const err31 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/network-configuration-id',
                  schemaPath: '#/$defs/runner-group/properties/network-configuration-id/type',
                  keyword: 'type',
                  params: { type: schema33.properties['network-configuration-id'].type }
                }
                if (vErrors === null) {
                  vErrors = [err31]
                } else {
                  vErrors.push(err31)
                }
                errors++
              }
              if (typeof data17 === 'string') {
                if (func2(data17) > 256) {
                  const err32 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/network-configuration-id',
                    schemaPath: '#/$defs/runner-group/properties/network-configuration-id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err32]
                  } else {
                    vErrors.push(err32)
                  }
                  errors++
                }
                if (!pattern7.test(data17)) {
                  const err33 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/network-configuration-id',
                    schemaPath: '#/$defs/runner-group/properties/network-configuration-id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err33]
                  } else {
                    vErrors.push(err33)
                  }
                  errors++
                }
              }
            }
            if (data10.repositories !== undefined) {
              let data18 = data10.repositories
              if (!Array.isArray(data18) && typeof data18 !== 'string') {
                const err34 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/repositories',
                  schemaPath: '#/$defs/runner-group/properties/repositories/type',
                  keyword: 'type',
                  params: { type: schema33.properties.repositories.type }
                }
                if (vErrors === null) {
                  vErrors = [err34]
                } else {
                  vErrors.push(err34)
                }
                errors++
              }
              if (typeof data18 === 'string') {
                if (!pattern7.test(data18)) {
                  const err35 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/repositories',
                    schemaPath: '#/$defs/runner-group/properties/repositories/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err35]
                  } else {
                    vErrors.push(err35)
                  }
                  errors++
                }
              }
              if (Array.isArray(data18)) {
                const len3 = data18.length
                for (let i3 = 0; i3 < len3; i3++) {
                  let data19 = data18[i3]
                  if (
                    typeof data19 !== 'string' &&
                    !(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))
                  ) {
                    const err36 = {
                      instancePath: instancePath + '/runner-groups/' + i1 + '/repositories/' + i3,
                      schemaPath: '#/$defs/runner-group/properties/repositories/items/type',
                      keyword: 'type',
                      params: { type: schema33.properties.repositories.items.type }
                    }
                    if (vErrors === null) {
                      vErrors = [err36]
                    } else {
                      vErrors.push(err36)
                    }
                    errors++
                  }
                  if (typeof data19 === 'string') {
                    if (!pattern7.test(data19)) {
                      const err37 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/repositories/' + i3,
                        schemaPath: '#/$defs/runner-group/properties/repositories/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' }
                      }
                      if (vErrors === null) {
                        vErrors = [err37]
                      } else {
                        vErrors.push(err37)
                      }
                      errors++
                    }
                  }
                }
              }
            }
            if (data10.organizations !== undefined) {
              let data20 = data10.organizations
              if (!Array.isArray(data20) && typeof data20 !== 'string') {
                const err38 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/organizations',
                  schemaPath: '#/$defs/runner-group/properties/organizations/type',
                  keyword: 'type',
                  params: { type: schema33.properties.organizations.type }
                }
                if (vErrors === null) {
                  vErrors = [err38]
                } else {
                  vErrors.push(err38)
                }
                errors++
              }
              if (typeof data20 === 'string') {
                if (!pattern7.test(data20)) {
                  const err39 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/organizations',
                    schemaPath: '#/$defs/runner-group/properties/organizations/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err39]
                  } else {
                    vErrors.push(err39)
                  }
                  errors++
                }
              }
              if (Array.isArray(data20)) {
                const len4 = data20.length
                for (let i4 = 0; i4 < len4; i4++) {
                  let data21 = data20[i4]
                  if (
                    typeof data21 !== 'string' &&
                    !(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))
                  ) {
                    const err40 = {
                      instancePath: instancePath + '/runner-groups/' + i1 + '/organizations/' + i4,
                      schemaPath: '#/$defs/runner-group/properties/organizations/items/type',
                      keyword: 'type',
                      params: { type: schema33.properties.organizations.items.type }
                    }
                    if (vErrors === null) {
                      vErrors = [err40]
                    } else {
                      vErrors.push(err40)
                    }
                    errors++
                  }
                  if (typeof data21 === 'string') {
                    if (!pattern7.test(data21)) {
                      const err41 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/organizations/' + i4,
                        schemaPath: '#/$defs/runner-group/properties/organizations/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' }
                      }
                      if (vErrors === null) {
                        vErrors = [err41]
                      } else {
                        vErrors.push(err41)
                      }
                      errors++
                    }
                  }
                }
              }
            }
            if (data10.runners !== undefined) {
              let data22 = data10.runners
              if (!Array.isArray(data22) && typeof data22 !== 'string') {
                const err42 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/runners',
                  schemaPath: '#/$defs/runner-group/properties/runners/type',
                  keyword: 'type',
                  params: { type: schema33.properties.runners.type }
                }
                if (vErrors === null) {
                  vErrors = [err42]
                } else {
                  vErrors.push(err42)
                }
                errors++
              }
              if (typeof data22 === 'string') {
                if (!pattern7.test(data22)) {
                  const err43 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/runners',
                    schemaPath: '#/$defs/runner-group/properties/runners/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err43]
                  } else {
                    vErrors.push(err43)
                  }
                  errors++
                }
              }
              if (Array.isArray(data22)) {
                const len5 = data22.length
                for (let i5 = 0; i5 < len5; i5++) {
                  let data23 = data22[i5]
                  if (
                    typeof data23 !== 'string' &&
                    !(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))
                  ) {
                    const err44 = {
                      instancePath: instancePath + '/runner-groups/' + i1 + '/runners/' + i5,
                      schemaPath: '#/$defs/runner-group/properties/runners/items/type',
                      keyword: 'type',
                      params: { type: schema33.properties.runners.items.type }
                    }
                    if (vErrors === null) {
                      vErrors = [err44]
                    } else {
                      vErrors.push(err44)
                    }
                    errors++
                  }
                  if (typeof data23 === 'string') {
                    if (!pattern7.test(data23)) {
                      const err45 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/runners/' + i5,
                        schemaPath: '#/$defs/runner-group/properties/runners/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' }
                      }
                      if (vErrors === null) {
                        vErrors = [err45]
                      } else {
                        vErrors.push(err45)
                      }
                      errors++
                    }
                  }
                }
              }
            }
            if (data10['previous-names'] !== undefined) {
              let data24 = data10['previous-names']
              if (!Array.isArray(data24) && typeof data24 !== 'string') {
                const err46 = {
                  instancePath: instancePath + '/runner-groups/' + i1 + '/previous-names',
                  schemaPath: '#/$defs/runner-group/properties/previous-names/type',
                  keyword: 'type',
                  params: { type: schema33.properties['previous-names'].type }
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
              if (typeof data24 === 'string') {
                if (!pattern7.test(data24)) {
                  const err47 = {
                    instancePath: instancePath + '/runner-groups/' + i1 + '/previous-names',
                    schemaPath: '#/$defs/runner-group/properties/previous-names/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err47]
                  } else {
                    vErrors.push(err47)
                  }
                  errors++
                }
              }
              if (Array.isArray(data24)) {
                const len6 = data24.length
                for (let i6 = 0; i6 < len6; i6++) {
                  let data25 = data24[i6]
                  if (
                    typeof data25 !== 'string' &&
                    !(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))
                  ) {
                    const err48 = {
                      instancePath: instancePath + '/runner-groups/' + i1 + '/previous-names/' + i6,
                      schemaPath: '#/$defs/runner-group/properties/previous-names/items/type',
                      keyword: 'type',
                      params: { type: schema33.properties['previous-names'].items.type }
                    }
                    if (vErrors === null) {
                      vErrors = [err48]
                    } else {
                      vErrors.push(err48)
                    }
                    errors++
                  }
                  if (typeof data25 === 'string') {
                    if (func2(data25) > 64) {
                      const err49 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/previous-names/' + i6,
                        schemaPath: '#/$defs/runner-group/properties/previous-names/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 64 }
                      }
                      if (vErrors === null) {
                        vErrors = [err49]
                      } else {
                        vErrors.push(err49)
                      }
                      errors++
                    }
                    if (!pattern7.test(data25)) {
                      const err50 = {
                        instancePath: instancePath + '/runner-groups/' + i1 + '/previous-names/' + i6,
                        schemaPath: '#/$defs/runner-group/properties/previous-names/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' }
                      }
                      if (vErrors === null) {
                        vErrors = [err50]
                      } else {
                        vErrors.push(err50)
                      }
                      errors++
                    }
                  }
                }
              }
            }
          } else {
            const err51 = {
              instancePath: instancePath + '/runner-groups/' + i1,
              schemaPath: '#/$defs/runner-group/type',
              keyword: 'type',
              params: { type: 'object' }
            }
            if (vErrors === null) {
              vErrors = [err51]
            } else {
              vErrors.push(err51)
            }
            errors++
          }
        }
      } else {
        const err52 = {
          instancePath: instancePath + '/runner-groups',
          schemaPath: '#/properties/runner-groups/type',
          keyword: 'type',
          params: { type: 'array' }
        }
        if (vErrors === null) {
          vErrors = [err52]
        } else {
          vErrors.push(err52)
        }
        errors++
      }
    }
    if (data['hosted-runners'] !== undefined) {
      let data26 = data['hosted-runners']
      if (Array.isArray(data26)) {
        const len7 = data26.length
        for (let i7 = 0; i7 < len7; i7++) {
          let data27 = data26[i7]
          if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
            if (data27['runner-name'] === undefined) {
              const err53 = {
                instancePath: instancePath + '/hosted-runners/' + i7,
                schemaPath: '#/$defs/hosted-runner/required',
                keyword: 'required',
                params: { missingProperty: 'runner-name' }
              }
              if (vErrors === null) {
                vErrors = [err53]
              } else {
                vErrors.push(err53)
              }
              errors++
            }
            for (const key3 in data27) {
              if (!func1.call(schema34.properties, key3)) {
                const err54 = {
                  instancePath: instancePath + '/hosted-runners/' + i7,
                  schemaPath: '#/$defs/hosted-runner/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 }
                }
                if (vErrors === null) {
                  vErrors = [err54]
                } else {
                  vErrors.push(err54)
                }
                errors++
              }
            }
            if (data27['runner-name'] !== undefined) {
              let data28 = data27['runner-name']
              if (typeof data28 === 'string') {
                if (!pattern21.test(data28)) {
                  const err55 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/runner-name',
                    schemaPath: '#/$defs/hosted-runner/properties/runner-name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9._-]{1,64}$' }
                  }
                  if (vErrors === null) {
                    vErrors = [err55]
                  } else {
                    vErrors.push(err55)
                  }
                  errors++
                }
              } else {
                const err56 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/runner-name',
                  schemaPath: '#/$defs/hosted-runner/properties/runner-name/type',
                  keyword: 'type',
                  params: { type: 'string' }
                }
                if (vErrors === null) {
                  vErrors = [err56]
                } else {
                  vErrors.push(err56)
                }
                errors++
              }
            }
            if (data27['image-id'] !== undefined) {
              let data29 = data27['image-id']
              if (
                typeof data29 !== 'string' &&
                !(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))
              ) {
                const err57 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/image-id',
                  schemaPath: '#/$defs/hosted-runner/properties/image-id/type',
                  keyword: 'type',
                  params: { type: schema34.properties['image-id'].type }
                }
                if (vErrors === null) {
                  vErrors = [err57]
                } else {
                  vErrors.push(err57)
                }
                errors++
              }
              if (typeof data29 === 'string') {
                if (func2(data29) > 256) {
                  const err58 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/image-id',
                    schemaPath: '#/$defs/hosted-runner/properties/image-id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err58]
                  } else {
                    vErrors.push(err58)
                  }
                  errors++
                }
                if (!pattern7.test(data29)) {
                  const err59 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/image-id',
                    schemaPath: '#/$defs/hosted-runner/properties/image-id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err59]
                  } else {
                    vErrors.push(err59)
                  }
                  errors++
                }
              }
            }
            if (data27['image-source'] !== undefined) {
              let data30 = data27['image-source']
              if (!(data30 === 'github' || data30 === 'partner' || data30 === 'custom')) {
                const err60 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/image-source',
                  schemaPath: '#/$defs/hosted-runner/properties/image-source/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema34.properties['image-source'].enum }
                }
                if (vErrors === null) {
                  vErrors = [err60]
                } else {
                  vErrors.push(err60)
                }
                errors++
              }
            }
            if (data27['image-version'] !== undefined) {
              let data31 = data27['image-version']
              if (typeof data31 === 'string') {
                if (!pattern23.test(data31)) {
                  const err61 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/image-version',
                    schemaPath: '#/$defs/hosted-runner/properties/image-version/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(\\d+\\.\\d+\\.\\d+|latest)$' }
                  }
                  if (vErrors === null) {
                    vErrors = [err61]
                  } else {
                    vErrors.push(err61)
                  }
                  errors++
                }
              } else {
                const err62 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/image-version',
                  schemaPath: '#/$defs/hosted-runner/properties/image-version/type',
                  keyword: 'type',
                  params: { type: 'string' }
                }
                if (vErrors === null) {
                  vErrors = [err62]
                } else {
                  vErrors.push(err62)
                }
                errors++
              }
            }
            if (data27.size !== undefined) {
              let data32 = data27.size
              if (
                typeof data32 !== 'string' &&
                !(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))
              ) {
                const err63 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/size',
                  schemaPath: '#/$defs/hosted-runner/properties/size/type',
                  keyword: 'type',
                  params: { type: schema34.properties.size.type }
                }
                if (vErrors === null) {
                  vErrors = [err63]
                } else {
                  vErrors.push(err63)
                }
                errors++
              }
              if (typeof data32 === 'string') {
                if (func2(data32) > 256) {
                  const err64 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/size',
                    schemaPath: '#/$defs/hosted-runner/properties/size/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err64]
                  } else {
                    vErrors.push(err64)
                  }
                  errors++
                }
                if (!pattern7.test(data32)) {
                  const err65 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/size',
                    schemaPath: '#/$defs/hosted-runner/properties/size/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err65]
                  } else {
                    vErrors.push(err65)
                  }
                  errors++
                }
              }
            }
            if (data27['runner-group'] !== undefined) {
              let data33 = data27['runner-group']
              if (
                typeof data33 !== 'string' &&
                !(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))
              ) {
                const err66 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/runner-group',
                  schemaPath: '#/$defs/hosted-runner/properties/runner-group/type',
                  keyword: 'type',
                  params: { type: schema34.properties['runner-group'].type }
                }
                if (vErrors === null) {
                  vErrors = [err66]
                } else {
                  vErrors.push(err66)
                }
                errors++
              }
              if (typeof data33 === 'string') {
                if (func2(data33) > 64) {
                  const err67 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/runner-group',
                    schemaPath: '#/$defs/hosted-runner/properties/runner-group/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 }
                  }
                  if (vErrors === null) {
                    vErrors = [err67]
                  } else {
                    vErrors.push(err67)
                  }
                  errors++
                }
                if (!pattern7.test(data33)) {
                  const err68 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/runner-group',
                    schemaPath: '#/$defs/hosted-runner/properties/runner-group/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err68]
                  } else {
                    vErrors.push(err68)
                  }
                  errors++
                }
              }
            }
            if (data27['maximum-runners'] !== undefined) {
              let data34 = data27['maximum-runners']
              if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                const err69 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/maximum-runners',
                  schemaPath: '#/$defs/hosted-runner/properties/maximum-runners/type',
                  keyword: 'type',
                  params: { type: 'integer' }
                }
                if (vErrors === null) {
                  vErrors = [err69]
                } else {
                  vErrors.push(err69)
                }
                errors++
              }
              if (typeof data34 == 'number' && isFinite(data34)) {
                if (data34 < 1 || isNaN(data34)) {
                  const err70 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/maximum-runners',
                    schemaPath: '#/$defs/hosted-runner/properties/maximum-runners/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 }
                  }
                  if (vErrors === null) {
                    vErrors = [err70]
                  } else {
                    vErrors.push(err70)
                  }
                  errors++
                }
              }
            }
            if (data27['enable-static-ip'] !== undefined) {
              if (typeof data27['enable-static-ip'] !== 'boolean') {
                const err71 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/enable-static-ip',
                  schemaPath: '#/$defs/hosted-runner/properties/enable-static-ip/type',
                  keyword: 'type',
                  params: { type: 'boolean' }
                }
                if (vErrors === null) {
                  vErrors = [err71]
                } else {
                  vErrors.push(err71)
                }
                errors++
              }
            }
            if (data27['image-gen'] !== undefined) {
              if (typeof data27['image-gen'] !== 'boolean') {
                const err72 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/image-gen',
                  schemaPath: '#/$defs/hosted-runner/properties/image-gen/type',
                  keyword: 'type',
                  params: { type: 'boolean' }
                }
                if (vErrors === null) {
                  vErrors = [err72]
                } else {
                  vErrors.push(err72)
                }
                errors++
              }
            }
            if (data27['previous-names'] !== undefined) {
              let data37 = data27['previous-names']
              if (!Array.isArray(data37) && typeof data37 !== 'string') {
                const err73 = {
                  instancePath: instancePath + '/hosted-runners/' + i7 + '/previous-names',
                  schemaPath: '#/$defs/hosted-runner/properties/previous-names/type',
                  keyword: 'type',
                  params: { type: schema34.properties['previous-names'].type }
                }
                if (vErrors === null) {
                  vErrors = [err73]
                } else {
                  vErrors.push(err73)
                }
                errors++
              }
              if (typeof data37 === 'string') {
                if (!pattern7.test(data37)) {
                  const err74 = {
                    instancePath: instancePath + '/hosted-runners/' + i7 + '/previous-names',
                    schemaPath: '#/$defs/hosted-runner/properties/previous-names/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err74]
                  } else {
                    vErrors.push(err74)
                  }
                  errors++
                }
              }
              if (Array.isArray(data37)) {
                const len8 = data37.length
                for (let i8 = 0; i8 < len8; i8++) {
                  let data38 = data37[i8]
                  if (
                    typeof data38 !== 'string' &&
                    !(typeof data38 == 'number' && !(data38 % 1) && !isNaN(data38) && isFinite(data38))
                  ) {
                    const err75 = {
                      instancePath: instancePath + '/hosted-runners/' + i7 + '/previous-names/' + i8,
                      schemaPath: '#/$defs/hosted-runner/properties/previous-names/items/type',
                      keyword: 'type',
                      params: { type: schema34.properties['previous-names'].items.type }
                    }
                    if (vErrors === null) {
                      vErrors = [err75]
                    } else {
                      vErrors.push(err75)
                    }
                    errors++
                  }
                  if (typeof data38 === 'string') {
                    if (func2(data38) > 64) {
                      const err76 = {
                        instancePath: instancePath + '/hosted-runners/' + i7 + '/previous-names/' + i8,
                        schemaPath: '#/$defs/hosted-runner/properties/previous-names/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 64 }
                      }
                      if (vErrors === null) {
                        vErrors = [err76]
                      } else {
                        vErrors.push(err76)
                      }
                      errors++
                    }
                    if (!pattern7.test(data38)) {
                      const err77 = {
                        instancePath: instancePath + '/hosted-runners/' + i7 + '/previous-names/' + i8,
                        schemaPath: '#/$defs/hosted-runner/properties/previous-names/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' }
                      }
                      if (vErrors === null) {
                        vErrors = [err77]
                      } else {
                        vErrors.push(err77)
                      }
                      errors++
                    }
                  }
                }
              }
            }
          } else {
            const err78 = {
              instancePath: instancePath + '/hosted-runners/' + i7,
              schemaPath: '#/$defs/hosted-runner/type',
              keyword: 'type',
              params: { type: 'object' }
            }
            if (vErrors === null) {
              vErrors = [err78]
            } else {
              vErrors.push(err78)
            }
            errors++
          }
        }
      } else {
        const err79 = {
          instancePath: instancePath + '/hosted-runners',
          schemaPath: '#/properties/hosted-runners/type',
          keyword: 'type',
          params: { type: 'array' }
        }
        if (vErrors === null) {
          vErrors = [err79]
        } else {
          vErrors.push(err79)
        }
        errors++
      }
    }
    if (data['image-retention'] !== undefined) {
      let data39 = data['image-retention']
      if (Array.isArray(data39)) {
        const len9 = data39.length
        for (let i9 = 0; i9 < len9; i9++) {
          let data40 = data39[i9]
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            for (const key4 in data40) {
              if (!(key4 === 'custom-image' || key4 === 'keep' || key4 === 'older-than')) {
                const err80 = {
                  instancePath: instancePath + '/image-retention/' + i9,
                  schemaPath: '#/$defs/image-retention/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 }
                }
                if (vErrors === null) {
                  vErrors = [err80]
                } else {
                  vErrors.push(err80)
                }
                errors++
              }
            }
            if (data40['custom-image'] !== undefined) {
              let data41 = data40['custom-image']
              if (
                typeof data41 !== 'string' &&
                !(typeof data41 == 'number' && !(data41 % 1) && !isNaN(data41) && isFinite(data41))
              ) {
                const err81 = {
                  instancePath: instancePath + '/image-retention/' + i9 + '/custom-image',
                  schemaPath: '#/$defs/image-retention/properties/custom-image/type',
                  keyword: 'type',
                  params: { type: schema35.properties['custom-image'].type }
                }
                if (vErrors === null) {
                  vErrors = [err81]
                } else {
                  vErrors.push(err81)
                }
                errors++
              }
              if (typeof data41 === 'string') {
                if (func2(data41) > 256) {
                  const err82 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/custom-image',
                    schemaPath: '#/$defs/image-retention/properties/custom-image/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 }
                  }
                  if (vErrors === null) {
                    vErrors = [err82]
                  } else {
                    vErrors.push(err82)
                  }
                  errors++
                }
                if (!pattern7.test(data41)) {
                  const err83 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/custom-image',
                    schemaPath: '#/$defs/image-retention/properties/custom-image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' }
                  }
                  if (vErrors === null) {
                    vErrors = [err83]
                  } else {
                    vErrors.push(err83)
                  }
                  errors++
                }
              }
            }
            if (data40.keep !== undefined) {
              let data42 = data40.keep
              if (!(typeof data42 == 'number' && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                const err84 = {
                  instancePath: instancePath + '/image-retention/' + i9 + '/keep',
                  schemaPath: '#/$defs/image-retention/properties/keep/type',
                  keyword: 'type',
                  params: { type: 'integer' }
                }
                if (vErrors === null) {
                  vErrors = [err84]
                } else {
                  vErrors.push(err84)
                }
                errors++
              }
              if (typeof data42 == 'number' && isFinite(data42)) {
                if (data42 > 10000 || isNaN(data42)) {
                  const err85 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/keep',
                    schemaPath: '#/$defs/image-retention/properties/keep/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 10000 }
                  }
                  if (vErrors === null) {
                    vErrors = [err85]
                  } else {
                    vErrors.push(err85)
                  }
                  errors++
                }
                if (data42 < 0 || isNaN(data42)) {
                  const err86 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/keep',
                    schemaPath: '#/$defs/image-retention/properties/keep/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 }
                  }
                  if (vErrors === null) {
                    vErrors = [err86]
                  } else {
                    vErrors.push(err86)
                  }
                  errors++
                }
              }
            }
            if (data40['older-than'] !== undefined) {
              let data43 = data40['older-than']
              if (
                typeof data43 !== 'string' &&
                !(typeof data43 == 'number' && !(data43 % 1) && !isNaN(data43) && isFinite(data43))
              ) {
                const err87 = {
                  instancePath: instancePath + '/image-retention/' + i9 + '/older-than',
                  schemaPath: '#/$defs/image-retention/properties/older-than/type',
                  keyword: 'type',
                  params: { type: schema35.properties['older-than'].type }
                }
                if (vErrors === null) {
                  vErrors = [err87]
                } else {
                  vErrors.push(err87)
                }
                errors++
              }
              if (typeof data43 == 'number' && isFinite(data43)) {
                if (data43 > 9999999 || isNaN(data43)) {
                  const err88 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/older-than',
                    schemaPath: '#/$defs/image-retention/properties/older-than/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 9999999 }
                  }
                  if (vErrors === null) {
                    vErrors = [err88]
                  } else {
                    vErrors.push(err88)
                  }
                  errors++
                }
                if (data43 < 0 || isNaN(data43)) {
                  const err89 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/older-than',
                    schemaPath: '#/$defs/image-retention/properties/older-than/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 }
                  }
                  if (vErrors === null) {
                    vErrors = [err89]
                  } else {
                    vErrors.push(err89)
                  }
                  errors++
                }
              }
              if (typeof data43 === 'string') {
                if (!pattern29.test(data43)) {
                  const err90 = {
                    instancePath: instancePath + '/image-retention/' + i9 + '/older-than',
                    schemaPath: '#/$defs/image-retention/properties/older-than/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern:
                        '^(?=\\d{1,7}[smhd]?$)(?:0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-9]\\d{6})s?|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-9]\\d{4}|[1-9]\\d{5}|[1-4]\\d{6}|5(?:[0-1]\\d{5}|2(?:[0-4]\\d{4}|5(?:[0-5]\\d{3}|6000))))m|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-6]\\d{3}|7(?:[0-5]\\d{2}|600)))h|0*(?:\\d|[1-9]\\d{1}|[1-9]\\d{2}|[1-2]\\d{3}|3(?:[0-5]\\d{2}|6(?:[0-4]\\d{1}|50)))d)$'
                    }
                  }
                  if (vErrors === null) {
                    vErrors = [err90]
                  } else {
                    vErrors.push(err90)
                  }
                  errors++
                }
              }
            }
          } else {
            const err91 = {
              instancePath: instancePath + '/image-retention/' + i9,
              schemaPath: '#/$defs/image-retention/type',
              keyword: 'type',
              params: { type: 'object' }
            }
            if (vErrors === null) {
              vErrors = [err91]
            } else {
              vErrors.push(err91)
            }
            errors++
          }
        }
      } else {
        const err92 = {
          instancePath: instancePath + '/image-retention',
          schemaPath: '#/properties/image-retention/type',
          keyword: 'type',
          params: { type: 'array' }
        }
        if (vErrors === null) {
          vErrors = [err92]
        } else {
          vErrors.push(err92)
        }
        errors++
      }
    }
    if (data.prune !== undefined) {
      if (typeof data.prune !== 'boolean') {
        const err93 = {
          instancePath: instancePath + '/prune',
          schemaPath: '#/properties/prune/type',
          keyword: 'type',
          params: { type: 'boolean' }
        }
        if (vErrors === null) {
          vErrors = [err93]
        } else {
          vErrors.push(err93)
        }
        errors++
      }
    }
    if (data['require-reviewed-plan'] !== undefined) {
      if (typeof data['require-reviewed-plan'] !== 'boolean') {
        const err94 = {
          instancePath: instancePath + '/require-reviewed-plan',
          schemaPath: '#/properties/require-reviewed-plan/type',
          keyword: 'type',
          params: { type: 'boolean' }
        }
        if (vErrors === null) {
          vErrors = [err94]
        } else {
          vErrors.push(err94)
        }
        errors++
      }
    }
    if (data.rollout !== undefined) {
      let data46 = data.rollout
      if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
        for (const key5 in data46) {
          if (!(key5 === 'canary' || key5 === 'batch' || key5 === 'wait-timeout' || key5 === 'rollback')) {
            const err95 = {
              instancePath: instancePath + '/rollout',
              schemaPath: '#/properties/rollout/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 }
            }
            if (vErrors === null) {
              vErrors = [err95]
            } else {
              vErrors.push(err95)
            }
            errors++
          }
        }
        if (data46.canary !== undefined) {
          let data47 = data46.canary
          if (!(typeof data47 == 'number' && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
            const err96 = {
              instancePath: instancePath + '/rollout/canary',
              schemaPath: '#/properties/rollout/properties/canary/type',
              keyword: 'type',
              params: { type: 'integer' }
            }
            if (vErrors === null) {
              vErrors = [err96]
            } else {
              vErrors.push(err96)
            }
            errors++
          }
          if (typeof data47 == 'number' && isFinite(data47)) {
            if (data47 > 1000 || isNaN(data47)) {
              const err97 = {
                instancePath: instancePath + '/rollout/canary',
                schemaPath: '#/properties/rollout/properties/canary/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1000 }
              }
              if (vErrors === null) {
                vErrors = [err97]
              } else {
                vErrors.push(err97)
              }
              errors++
            }
            if (data47 < 0 || isNaN(data47)) {
              const err98 = {
                instancePath: instancePath + '/rollout/canary',
                schemaPath: '#/properties/rollout/properties/canary/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 }
              }
              if (vErrors === null) {
                vErrors = [err98]
              } else {
                vErrors.push(err98)
              }
              errors++
            }
          }
        }
        if (data46.batch !== undefined) {
          let data48 = data46.batch
          if (
            typeof data48 !== 'string' &&
            !(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))
          ) {
            const err99 = {
              instancePath: instancePath + '/rollout/batch',
              schemaPath: '#/properties/rollout/properties/batch/type',
              keyword: 'type',
              params: { type: schema31.properties.rollout.properties.batch.type }
            }
            if (vErrors === null) {
              vErrors = [err99]
            } else {
              vErrors.push(err99)
            }
            errors++
          }
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 > 9999 || isNaN(data48)) {
              const err100 = {
                instancePath: instancePath + '/rollout/batch',
                schemaPath: '#/properties/rollout/properties/batch/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 9999 }
              }
              if (vErrors === null) {
                vErrors = [err100]
              } else {
                vErrors.push(err100)
              }
              errors++
            }
            if (data48 < 1 || isNaN(data48)) {
              const err101 = {
                instancePath: instancePath + '/rollout/batch',
                schemaPath: '#/properties/rollout/properties/batch/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 }
              }
              if (vErrors === null) {
                vErrors = [err101]
              } else {
                vErrors.push(err101)
              }
              errors++
            }
          }
          if (typeof data48 === 'string') {
            if (!pattern30.test(data48)) {
              const err102 = {
                instancePath: instancePath + '/rollout/batch',
                schemaPath: '#/properties/rollout/properties/batch/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?=\\d{1,4}%?$)0*(?:(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3})|(?:[1-9]|[1-9]\\d{1}|100)%)$'
                }
              }
              if (vErrors === null) {
                vErrors = [err102]
              } else {
                vErrors.push(err102)
              }
              errors++
            }
          }
        }
        if (data46['wait-timeout'] !== undefined) {
          let data49 = data46['wait-timeout']
          if (
            typeof data49 !== 'string' &&
            !(typeof data49 == 'number' && !(data49 % 1) && !isNaN(data49) && isFinite(data49))
          ) {
            const err103 = {
              instancePath: instancePath + '/rollout/wait-timeout',
              schemaPath: '#/properties/rollout/properties/wait-timeout/type',
              keyword: 'type',
              params: { type: schema31.properties.rollout.properties['wait-timeout'].type }
            }
            if (vErrors === null) {
              vErrors = [err103]
            } else {
              vErrors.push(err103)
            }
            errors++
          }
          if (typeof data49 == 'number' && isFinite(data49)) {
            if (data49 > 86400 || isNaN(data49)) {
              const err104 = {
                instancePath: instancePath + '/rollout/wait-timeout',
                schemaPath: '#/properties/rollout/properties/wait-timeout/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 86400 }
              }
              if (vErrors === null) {
                vErrors = [err104]
              } else {
                vErrors.push(err104)
              }
              errors++
            }
            if (data49 < 1 || isNaN(data49)) {
              const err105 = {
                instancePath: instancePath + '/rollout/wait-timeout',
                schemaPath: '#/properties/rollout/properties/wait-timeout/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 }
              }
              if (vErrors === null) {
                vErrors = [err105]
              } else {
                vErrors.push(err105)
              }
              errors++
            }
          }
          if (typeof data49 === 'string') {
            if (!pattern31.test(data49)) {
              const err106 = {
                instancePath: instancePath + '/rollout/wait-timeout',
                schemaPath: '#/properties/rollout/properties/wait-timeout/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?=\\d{1,7}[smh]?$)(?:0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|[1-9]\\d{3}|[1-7]\\d{4}|8(?:[0-5]\\d{3}|6(?:[0-3]\\d{2}|400)))s?|0*(?:[1-9]|[1-9]\\d{1}|[1-9]\\d{2}|1(?:[0-3]\\d{2}|4(?:[0-3]\\d{1}|40)))m|0*(?:[1-9]|1\\d{1}|2[0-4])h)$'
                }
              }
              if (vErrors === null) {
                vErrors = [err106]
              } else {
                vErrors.push(err106)
              }
              errors++
            }
          }
        }
        if (data46.rollback !== undefined) {
          if (typeof data46.rollback !== 'boolean') {
            const err107 = {
              instancePath: instancePath + '/rollout/rollback',
              schemaPath: '#/properties/rollout/properties/rollback/type',
              keyword: 'type',
              params: { type: 'boolean' }
            }
            if (vErrors === null) {
              vErrors = [err107]
            } else {
              vErrors.push(err107)
            }
            errors++
          }
        }
      } else {
        const err108 = {
          instancePath: instancePath + '/rollout',
          schemaPath: '#/properties/rollout/type',
          keyword: 'type',
          params: { type: 'object' }
        }
        if (vErrors === null) {
          vErrors = [err108]
        } else {
          vErrors.push(err108)
        }
        errors++
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } }
    if (vErrors === null) {
      vErrors = [err109]
    } else {
      vErrors.push(err109)
    }
    errors++
  }
  validate20.errors = vErrors
  return errors === 0
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false }

;// CONCATENATED MODULE: ./src/fleet/schema-problems.ts
// The fleet file checked with its JSON Schema, by the validator `npm run generate` compiles from it
// (schema-validator.js: plain code, no validator library at run time): the file editors check is the
// file the action checks. It holds the schema's rules of each value; its rules across keys (one owner,
// prune with an owner, image-version with a custom image) are the reader's, which words them
// (parse-fleet.ts, read-item.ts). Each of the validator's errors is told at the line of the YAML node it
// is about, with the key's path, in the words of the input parsers.





const schema_problems_validate = schema_validator;
const WORDS = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: '`true` or `false`',
    null: 'empty',
    array: 'a list',
    object: 'a mapping of keys to values'
};
const typeOf = (node) => node.kind === 'scalar' ? node.type : node.kind === 'sequence' ? 'array' : 'object';
/** The node as JSON Schema sees it: scalars as YAML 1.2's core schema types them. */
function toJson(node) {
    if (node.kind === 'sequence')
        return node.items.map(toJson);
    // fromEntries defines each key, even `__proto__`, as an own property.
    if (node.kind === 'mapping')
        return Object.fromEntries(node.entries.map((e) => [e.key, toJson(e.value)]));
    if (node.type === 'string')
        return node.text;
    if (node.type === 'null')
        return null;
    if (node.type === 'boolean')
        return /^true$/i.test(node.text);
    return Number(node.text);
}
/** The node a JSON pointer names in the tree, with its line and path. */
function placeOf(root, pointer) {
    let place = { node: root, line: root.line, path: '', keys: [] };
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const { node, path, keys } = place;
        if (node.kind === 'sequence') {
            const item = node.items[Number(key)];
            if (!item)
                break;
            place = { node: item, line: item.line, path: `${path}[${key}]`, keys: [...keys, key] };
        }
        else if (node.kind === 'mapping') {
            const entry = node.entries.find((e) => e.key === key);
            if (!entry)
                break;
            const where = path ? `${path}.${key}` : key;
            // An empty value has no place of its own: its key's line.
            const empty = entry.value.kind === 'scalar' && entry.value.type === 'null';
            const line = empty ? entry.line : entry.value.line;
            place = { node: entry.value, line, path: where, keys: [...keys, key] };
        }
        else
            break;
    }
    return place;
}
/** The keys the mapping at `keys` may hold. */
function allowedKeys(keys) {
    const section = keys[0];
    if (keys.length === 0)
        return TOP_KEY_NAMES;
    if (keys.length === 1 && section !== undefined && isMapping(section))
        return Object.keys(mappingKeys(section));
    return section !== undefined && keys.length === 2 ? itemKeyNames(section) : [];
}
/** The parser that reads the value at `keys`, if any. */
function parserOf(keys) {
    const [section, , key] = keys;
    if (keys.length === 2 && section && isMapping(section)) {
        const rows = mappingKeys(section);
        return Object.hasOwn(rows, keys[1]) ? rows[keys[1]]?.format : undefined;
    }
    if (keys.length === 1 && section && Object.hasOwn(FLEET_TOP_KEYS, section))
        return FLEET_TOP_KEYS[section].format;
    if (keys.length !== 3 || !section || !key)
        return undefined;
    const input = itemKeyInput(section, key);
    return input && vocabulary/* VALUE_INPUTS */._x[input];
}
/** A value the schema refuses, in the words of its parser when the parser refuses it too. */
function valueMessage(place, error) {
    const { node } = place;
    const text = node.kind === 'scalar' ? node.text : '';
    // The reader's own words for a value that is empty or blank (read-item.ts).
    if (node.kind === 'scalar' && text.trim() === '')
        return 'has no value';
    const parse = parserOf(place.keys);
    if (parse && node.kind === 'scalar')
        try {
            parse(text, place.keys.at(-1));
        }
        catch (refused) {
            if ((0,errors/* isUserError */.iU)(refused, 'input'))
                return refused.message.replace(/^Input '[^']*':? /, '');
            throw refused;
        }
    const { limit, comparison, pattern } = error.params;
    if (error.keyword === 'maxLength')
        return `must be at most ${limit} characters`;
    if (error.keyword === 'pattern')
        return `must be text matching ${pattern}; got '${text}'`;
    if (comparison === '>=')
        return `must be at least ${limit}; got ${text}`;
    if (comparison === '<=')
        return `must be at most ${limit}; got ${text}`;
    return `${error.message ?? 'does not fit the schema'}; got '${text}'`;
}
function problemOf(root, error) {
    const place = placeOf(root, error.instancePath);
    const { node, line, path } = place;
    const at = (message) => ({ line, path, message });
    const { params } = error;
    if (error.keyword === 'type') {
        const types = [params.type].flat();
        const given = node.kind === 'scalar' && node.type !== 'null';
        const shown = given ? ` '${node.text}'` : '';
        const quote = types.includes('string') && given ? ' (quote it to make it text)' : '';
        const wanted = types.map((t) => WORDS[t]).join(' or ');
        return at(`must be ${wanted}; got ${WORDS[typeOf(node)]}${shown}${quote}`);
    }
    if (error.keyword === 'enum') {
        const got = node.kind === 'scalar' ? `'${node.text}'` : WORDS[typeOf(node)];
        return at(`must be one of ${params.allowedValues.join(', ')}; got ${got}`);
    }
    if (error.keyword === 'required')
        return at(`needs '${params.missingProperty}'`);
    if (error.keyword === 'additionalProperties') {
        const key = String(params.additionalProperty);
        const entry = node.kind === 'mapping' ? node.entries.find((e) => e.key === key) : undefined;
        const keys = allowedKeys(place.keys);
        const guess = (0,name_rule/* didYouMean */.au)(key, keys);
        return {
            line: entry?.line ?? line,
            path: path ? `${path}.${key}` : key,
            message: `unknown key.${guess} Keys: ${keys.join(', ')}`
        };
    }
    return at(valueMessage(place, error));
}
/** Every way the document breaks the fleet file's schema, each at its line, in the file's order. */
function schemaProblems(root) {
    if (schema_problems_validate(toJson(root)))
        return [];
    // Two rules a value breaks read alike when its parser words them: told once.
    const told = new Map();
    for (const error of schema_problems_validate.errors ?? []) {
        const problem = problemOf(root, error);
        told.set(`${problem.line} ${problem.path} ${problem.message}`, problem);
    }
    return [...told.values()].sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/fleet/yaml-tree.ts
// A YAML document as a small tree that keeps what the fleet file's checks need: each scalar's text as
// written (the input parsers read text, as they read a step's inputs), its type under YAML 1.2's core
// schema (what editors check against the JSON Schema), and the line of every node and key.

class YamlSyntaxError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
    }
}
const TYPES = {
    'tag:yaml.org,2002:str': 'string',
    'tag:yaml.org,2002:int': 'integer',
    'tag:yaml.org,2002:float': 'number',
    'tag:yaml.org,2002:bool': 'boolean',
    'tag:yaml.org,2002:null': 'null'
};
/** The document's tree, or undefined for an empty file; a syntax error says its line. */
function parseYaml(source) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(source, { maxDepth: 20 });
    }
    catch (error) {
        throw syntaxError(error);
    }
    let documents = 0;
    for (const event of events)
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            documents++;
    if (documents > 1)
        throw new YamlSyntaxError(1, 'one YAML document is expected, not several');
    // The tree is built from the events themselves (offsets, styles), typed as YAML 1.2's core schema
    // types plain scalars: no second tree of the whole file is held while this one is built.
    const first = events[1];
    if (documents === 0 || !first || first.type === js_yaml/* EVENT_ID */.hy.POP)
        return undefined;
    const lineOf = lineFinder(source);
    let next = 1;
    // How far the events have read the source. An empty value has no offset of its own: it is placed at
    // the first sign after what was read (its `-`, `:` or `?`), so that a problem with it names its line.
    let read = 0;
    const build = () => {
        const event = events[next++];
        if (!event || event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT || event.type === js_yaml/* EVENT_ID */.hy.POP)
            throw new YamlSyntaxError(lineOf(read), 'unexpected end of the document');
        if (event.type === js_yaml/* EVENT_ID */.hy.ALIAS)
            throw new YamlSyntaxError(lineOf(event.anchorStart), 'aliases (*name) are not supported here');
        // A tag (`!!binary aGVsbG8=`) would be dropped, and its text taken as written: refused.
        if ('tagStart' in event && event.tagStart >= 0)
            throw new YamlSyntaxError(lineOf(event.tagStart), 'YAML tags (!!binary, !custom…) are not supported here: remove the tag');
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            let at = event.valueStart;
            if (at >= 0)
                read = event.valueEnd + (QUOTED.has(event.style) ? 1 : 0);
            else if (event.anchorStart >= 0)
                [at, read] = [event.anchorStart, event.anchorEnd];
            else {
                at = nextSign(source, read);
                if (!CLOSING.has(source[at]))
                    read = at + 1;
            }
            const text = scalarText(source, event);
            return {
                kind: 'scalar',
                type: event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN ? plainType(text) : 'string',
                text,
                line: lineOf(at)
            };
        }
        const { start } = event;
        read = start;
        const line = lineOf(start);
        let node;
        if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const items = [];
            while (events[next]?.type !== js_yaml/* EVENT_ID */.hy.POP)
                items.push(build());
            node = { kind: 'sequence', items, line };
        }
        else {
            // A repeated key would silently replace the first (and, say, drop runners that prune then deletes).
            const seen = new Set();
            const entries = [];
            while (events[next]?.type !== js_yaml/* EVENT_ID */.hy.POP) {
                const key = build();
                if (key.kind !== 'scalar')
                    throw new YamlSyntaxError(key.line, 'a key must be plain text');
                if (seen.has(key.text))
                    throw new YamlSyntaxError(key.line, `duplicate key '${key.text}'`);
                seen.add(key.text);
                entries.push({ key: key.text, line: key.line, value: build() });
            }
            node = { kind: 'mapping', entries, line };
        }
        next++;
        // A flow collection's closing bracket is read with it: what follows is placed after it.
        const closing = CLOSING_OF.get(source[start]);
        const close = closing ? nextSign(source, read, ',') : -1;
        if (closing && source[close] === closing)
            read = close + 1;
        return node;
    };
    return build();
}
const QUOTED = new Set([js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED, js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED]);
const CLOSING_OF = new Map([
    ['[', ']'],
    ['{', '}']
]);
const CLOSING = new Set(CLOSING_OF.values());
/** The offset of the first character from `from` on that is not a space, a line break, a comment or one of `skip`. */
function nextSign(source, from, skip = '') {
    let at = from;
    while (at < source.length) {
        const character = source[at];
        if (character === '#')
            while (at < source.length && !'\n\r'.includes(source[at]))
                at++;
        else if (' \t\r\n\uFEFF'.includes(character) || skip.includes(character))
            at++;
        else
            break;
    }
    return at;
}
function syntaxError(error) {
    const { reason, mark } = error;
    return new YamlSyntaxError((mark?.line ?? 0) + 1, reason ?? String(error));
}
function scalarText(source, event) {
    try {
        return (0,js_yaml/* getScalarValue */.KE)(source, event);
    }
    catch (error) {
        throw syntaxError(error);
    }
}
/** A plain scalar's type as the core schema resolves it: the first of its implicit tags that reads the text. */
function plainType(text) {
    for (const tag of js_yaml/* CORE_SCHEMA */.OU.implicitScalarTags)
        if (tag.resolve(text, false, tag.tagName) !== js_yaml/* NOT_RESOLVED */.Hg)
            return TYPES[tag.tagName] ?? 'string';
    return 'string';
}
/** The 1-based line of an offset of `source`; a line ends at \n, \r\n or a lone \r, as js-yaml counts them. */
function lineFinder(source) {
    const lineStarts = [0];
    for (const lineBreak of source.matchAll(/\r\n?|\n/g))
        lineStarts.push(lineBreak.index + lineBreak[0].length);
    return (offset) => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
}

;// CONCATENATED MODULE: ./src/fleet/parse-fleet.ts













/** The fleet a file's text declares; throws one input UserError listing every problem. */
function parseFleet(source, file, scope, path = file) {
    let tree;
    try {
        tree = parseYaml(source);
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        throw fileLineError(file, path, error.line, `not valid YAML: ${error.message}`);
    }
    const fleet = {
        file,
        path,
        groups: [],
        runners: [],
        retention: [],
        sections: {},
        prune: false,
        requireReviewedPlan: false,
        warnings: []
    };
    if (!tree)
        return fleet;
    const over = overSizeBound(tree);
    if (over)
        throw fileLineError(file, path, over.line, over.message);
    const problems = schemaProblems(tree);
    if (problems.length === 0 && tree.kind === 'mapping') {
        const reading = { scope, problems, warnings: fleet.warnings, file };
        for (const { key, value, line } of tree.entries) {
            const kind = kindOfSection(key)?.kind;
            if (kind) {
                if (value.kind !== 'sequence')
                    continue;
                const items = value.items.map((item, i) => readItem(kind, item, `${key}[${i}]`, reading));
                fleet.sections[key] = items.filter((item) => item !== undefined);
                continue;
            }
            if (isMapping(key)) {
                fleet.rollout = readRollout(value, reading);
                continue;
            }
            // Each other key is read as what it is; one the file may not hold is named, never taken as an owner.
            if (!Object.hasOwn(FLEET_TOP_KEYS, key)) {
                problems.push({ line, path: key, message: `unknown key. Keys: ${TOP_KEY_NAMES.join(', ')}` });
                continue;
            }
            const { format } = FLEET_TOP_KEYS[key];
            const read = readValue(format, value, { line, path: key }, reading);
            if (read.length === 0)
                continue;
            if (key === 'prune')
                fleet.prune = read[0] === true;
            else if (key === 'require-reviewed-plan')
                fleet.requireReviewedPlan = read[0] === true;
            else
                readOwner(fleet, key, value, problems);
        }
        fleet.groups = fleet.sections[RUNNER_GROUP_KIND.section] ?? [];
        fleet.runners = fleet.sections[HOSTED_RUNNER_KIND.section] ?? [];
        fleet.retention = fleet.sections[IMAGE_RETENTION_KIND.section] ?? [];
        problems.push(...duplicateItemNames(fleet));
        if (fleet.prune && !fleet.owner)
            problems.push({
                line: tree.entries.find((e) => e.key === 'prune')?.line ?? 1,
                path: 'prune',
                message: "prune: true needs the owner the file describes at the top, 'organization: <login>' or 'enterprise: <slug>', so that a step with another scope deletes nothing"
            });
        // The kinds whose items may say the names their objects may still have on GitHub.
        const renamed = KINDS.filter(({ kind }) => kind.moreInputs?.includes('previousNames'));
        checkPreviousNames(renamed.map(({ kind }) => [
            kind.section,
            fleet.sections[kind.section] ?? [],
            (item) => String(item.inputs[kind.name.input])
        ]), problems);
    }
    if (problems.length > 0)
        throw fleetFileError(file, path, problems);
    return fleet;
}
function readOwner(fleet, key, value, problems) {
    if (fleet.owner)
        problems.push({ line: value.line, path: key, message: "give 'organization' or 'enterprise', not both" });
    else
        fleet.owner = {
            kind: key === 'organization' ? 'org' : 'enterprise',
            name: textOf(value),
            line: value.line
        };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/fleet/workspace-path.ts
// Where the fleet file is: a path inside the workspace, also after its links are followed. `apply`
// reads it there and `export` writes it there, only as a new file: nothing there yet, not even a link
// (a dangling one would be followed out of the workspace). A path that leaves the workspace is refused.



const DEFAULT_CONFIG = '.github/hosted-runners.yml';
/** The file `config` names, inside the workspace: one that exists to read, or with `forWriting` a path where nothing is. */
function workspaceFile(config, workspace, { forWriting = false } = {}) {
    const given = config ?? DEFAULT_CONFIG;
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const inside = (path) => {
        const rel = (0,external_node_path_.relative)(root, path);
        return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
    };
    const full = (0,external_node_path_.resolve)(root, given);
    if (!inside(full))
        throw new errors/* UserError */.yo('input', 'config', `Input 'config' must be a path inside the workspace (${root}); got '${given}'.`);
    if (forWriting) {
        const entry = (0,external_node_fs_.lstatSync)(full, { throwIfNoEntry: false });
        if (entry)
            throw existingFile(given, entry.isSymbolicLink());
        // The nearest folder that exists must be inside too: a linked folder could lead out, a dangling one
        // nowhere.
        let folder = (0,external_node_path_.dirname)(full);
        while (!(0,external_node_fs_.lstatSync)(folder, { throwIfNoEntry: false }))
            folder = (0,external_node_path_.dirname)(folder);
        const real = (0,external_node_fs_.existsSync)(folder) ? (0,external_node_fs_.realpathSync)(folder) : undefined;
        if (real === undefined || (real !== root && !inside(real)))
            throw new errors/* UserError */.yo('input', 'config', `Input 'config': '${given}' is in a folder linked outside the workspace, or to nothing.`);
        return { given, full, relative: (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/') };
    }
    if (!(0,external_node_fs_.existsSync)(full))
        throw new errors/* UserError */.yo('input', 'config', `Input 'config': no file '${given}' in the workspace (${root}). Check out the repository first (actions/checkout), or set 'config'.`);
    const real = (0,external_node_fs_.realpathSync)(full);
    if (!inside(real))
        throw new errors/* UserError */.yo('input', 'config', `Input 'config': '${given}' links to a file outside the workspace.`);
    return { given, full: real, relative: (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/') };
}
/** `export` overwrites nothing and follows no link: what is at the path already is refused, naming it. */
function existingFile(given, link) {
    return new errors/* UserError */.yo('input', 'config', `Input 'config': '${given}' ${link ? 'is a link' : 'already exists'} in the workspace, and export writes only a new file: nothing is overwritten. Move it away, or set 'config' to a new path.`);
}

;// CONCATENATED MODULE: ./src/fleet/read-fleet-file.ts
// The fleet file `config` names: found inside the workspace (workspace-path.ts), held to its size bound
// before it is read, then parsed.





const MIB = 1024 * 1024;
/** The file `config` names, read from the workspace; a path out of the workspace is refused. */
function readFleetFile(config, workspace, scope) {
    const { given: file, full, relative } = workspaceFile(config, workspace);
    const stat = (0,external_node_fs_.statSync)(full);
    if (!stat.isFile())
        throw new errors/* UserError */.yo('input', 'config', `Input 'config': '${file}' is not a file.`);
    if (stat.size > bounds/* MAX_FLEET_FILE_BYTES */.nF)
        throw new errors/* UserError */.yo('input', 'config', `Input 'config': '${file}' is ${(stat.size / MIB).toFixed(1)} MiB (${stat.size} bytes), over the bound of ${bounds/* MAX_FLEET_FILE_BYTES */.nF / MIB} MiB a fleet file may have: nothing was sent. Split the fleet over several files and steps.`);
    return parseFleet((0,external_node_fs_.readFileSync)(full, 'utf8'), file, scope, relative);
}

;// CONCATENATED MODULE: ./src/resources/image-retention/plan.ts
/**
 * Why a version is kept, in order of precedence: `reason` is the first that applies, `detail` says every
 * one that applies. `unprotected` is the reason of every deleted version.
 */
const KEEP_REASONS = [
    'keep-newest',
    'latest',
    'pinned',
    'rolling-out',
    'not-finished',
    'undated',
    'too-young'
];
const FINISHED_STATES = ['Ready', 'Failed'];
function planCleanup(images, runners, policy) {
    const cutoff = policy.olderThanMs === undefined ? undefined : policy.now.getTime() - policy.olderThanMs;
    return images.map(({ image, versions }) => {
        const ordered = versions
            .map((version) => ({ version, time: Date.parse(version.created_on) }))
            .sort(newestFirst);
        // An undated version cannot be ranked by age: it is kept as `undated` and takes no place among the newest.
        const newestReady = new Set(ordered
            .filter(({ version, time }) => version.state === 'Ready' && !Number.isNaN(time))
            .slice(0, policy.keep)
            .map(({ version }) => version));
        const rolling = rollingOut(runners, image);
        return {
            image_id: image.id,
            image_name: image.name,
            latest_version: image.latest_version,
            versions: ordered.map(({ version, time }) => {
                const why = {
                    'rolling-out': rolling,
                    'keep-newest': newestReady.has(version) && `one of the ${policy.keep} newest Ready versions`,
                    latest: version.version === image.latest_version && "the image's latest version",
                    pinned: pinnedBy(runners, image, version.version),
                    'not-finished': !FINISHED_STATES.includes(version.state) &&
                        `state '${version.state}' is not finished (neither Ready nor Failed)`,
                    undated: Number.isNaN(time) &&
                        `created_on '${version.created_on}' is not a date: a version of unknown age is kept`,
                    'too-young': cutoff !== undefined &&
                        time >= cutoff &&
                        `created after the cut-off ${new Date(cutoff).toISOString()}`
                };
                const reasons = KEEP_REASONS.filter((reason) => why[reason] !== false);
                const kept = reasons.length > 0;
                return {
                    version: version.version,
                    state: version.state,
                    size_gb: version.size_gb ?? null,
                    created_on: version.created_on,
                    decision: kept ? 'keep' : 'delete',
                    reason: reasons[0] ?? 'unprotected',
                    detail: kept
                        ? reasons.map((reason) => why[reason]).join('; ')
                        : deletedBecause(version, cutoff, policy.keep)
                };
            })
        };
    });
}
/**
 * `rolling-out`: a runner of the image that GitHub is provisioning again (or that ended Stuck or Shutdown)
 * may be set back to any version of it: a rollout's rollback target is no runner's version until it is sent
 * back. Its image keeps every version until the runner is Ready. (GitHub's listing always gives a status:
 * its shape is checked; a runner the plan will set, without one, is not being provisioned yet.) The check
 * just before each delete (recheck.ts) asks the same of the runners as they are then.
 */
function rollingOut(runners, image) {
    const moving = runners.filter((runner) => isInFlux(runner, image));
    if (moving.length === 0)
        return false;
    const many = moving.length > 1;
    const named = moving.map((runner) => `${runner.name} (${runner.status ?? 'status unknown'})`).join(', ');
    return `hosted runner${many ? 's' : ''} ${named} of this image ${many ? 'are' : 'is'} not Ready: a rollback may set ${many ? 'them' : 'it'} back to any of its versions`;
}
function isInFlux(runner, image) {
    const details = runner.image_details;
    const moving = runner.status !== undefined && runner.status !== 'Ready' && runner.status !== 'Deleting';
    return moving && details?.source === 'custom' && details.id === String(image.id);
}
/** `pinned`: a runner protects a version only when it is set to that exact version of this very image. */
function pinnedBy(runners, image, version) {
    const names = runners.filter((runner) => isPinnedTo(runner, image, version)).map((runner) => runner.name);
    return names.length > 0 && `used by hosted runner${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}
function isPinnedTo(runner, image, version) {
    const details = runner.image_details;
    return details?.source === 'custom' && details.id === String(image.id) && details.version === version;
}
function deletedBecause(version, cutoff, keep) {
    const what = version.state === 'Failed' ? 'Failed' : `Ready, not one of the ${keep} newest Ready versions`;
    const age = cutoff === undefined
        ? 'no older-than: regardless of age'
        : `created before the cut-off ${new Date(cutoff).toISOString()}`;
    return `${what}; ${age}`;
}
/**
 * Newest first by `created_on`. Equal dates are ordered by semantic version, highest first (1.10.0
 * before 1.9.0), then versions that are not `x.y.z` after those that are, then by the version text,
 * highest first: so which of two versions built in the same second is kept never depends on the API's
 * order. Undated versions come last, in the same version order.
 */
function newestFirst(a, b) {
    const aDated = !Number.isNaN(a.time);
    const bDated = !Number.isNaN(b.time);
    if (aDated !== bDated)
        return aDated ? -1 : 1;
    if (aDated && a.time !== b.time)
        return b.time - a.time;
    return compareVersionsDescending(a.version.version, b.version.version);
}
function compareVersionsDescending(a, b) {
    const left = semver(a);
    const right = semver(b);
    if (left && right) {
        for (let i = 0; i < 3; i++) {
            const difference = right[i] - left[i];
            if (difference !== 0)
                return difference;
        }
    }
    else if (left || right) {
        return left ? -1 : 1;
    }
    return a === b ? 0 : a < b ? 1 : -1;
}
function semver(version) {
    const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
    return match ? match.slice(1).map(Number) : undefined;
}
const DEFAULT_MAX_DELETIONS = 50;

;// CONCATENATED MODULE: ./src/resources/image-retention/changes.ts


function retentionEntries(plan, provisioned = []) {
    return plan.flatMap((image) => image.versions
        .filter((version) => version.decision === 'delete')
        .reverse()
        .map((version) => {
        const write = plannedWrite(DELETE_VERSION, { image_definition_id: image.image_id, version: version.version }, `delete ${image.image_name} version ${version.version}`);
        return {
            change: {
                kind: 'delete',
                object: 'image-version',
                id: `${image.image_id}/${version.version}`,
                name: `${image.image_name}@${version.version}`,
                seen: { state: version.state, created_on: version.created_on },
                fields: {},
                reason: version.detail
            },
            // Already gone (404): another run, or GitHub's own retention, removed it first.
            writes: [{ ...write, goneIsDone: true }],
            image_id: image.image_id,
            version: version.version,
            provisioned: provisioned.filter((runner) => runner.image_details?.source === 'custom' && runner.image_details.id === String(image.image_id))
        };
    }));
}

;// CONCATENATED MODULE: ./src/resources/runner-group/dropped-runners.ts
/**
 * What GitHub does with the self-hosted runners the list `to` drops from the group's list `from`, in one
 * clause for a plan's change text (`GitHub moves self-hosted runner 'b' (id 5), which the new list drops,
 * to the default group…`); undefined when it drops none.
 */
function runnersMovedToDefault(from, to, { nameOf, defaultGroup, placedElsewhere }) {
    const kept = new Set(to);
    const dropped = from.filter((id) => !kept.has(id) && !placedElsewhere?.(id));
    if (dropped.length === 0)
        return undefined;
    const one = dropped.length === 1;
    const named = dropped.map((id) => `'${nameOf(id)}' (id ${id})`).join(', ');
    const target = defaultGroup
        ? `the default group '${defaultGroup.name}' (visibility ${defaultGroup.visibility})`
        : 'the default group';
    return `GitHub moves self-hosted runner${one ? '' : 's'} ${named}, which the new list drops, to ${target}: whoever that group admits can then use ${one ? 'it' : 'them'}`;
}
/** A group's write's warning as told on its own (the log, the summary): the group named first. */
const groupWarning = (group, moved) => `Runner group '${group}': ${moved}.`;
/** The scope's default group: an organization's own, not one it inherits from its enterprise. */
const defaultGroupOf = (groups) => groups.find((g) => g.default === true && g.inherited !== true);

;// CONCATENATED MODULE: ./src/resources/runner-group/plan.ts
// The plan that makes a runner group what is wanted, by its rows (fields.ts): its settings, and when
// given, exactly its repositories (organizations, for an enterprise's group) and self-hosted runners.






/**
 * `nameOf` labels repository and runner ids in the summary's change lines; `drops` says where the runners
 * a new self-hosted runner list drops go (the default group, unless another list of the plan takes them).
 */
function planGroup(now, wanted, nameOf = String, drops = {}) {
    const visibility = wanted.visibility ?? now?.group.visibility ?? 'all';
    for (const { list, input } of MEMBER_LISTS.slice(0, 2)) {
        if (wanted[list] !== undefined && visibility !== 'selected')
            throw new errors/* UserError */.yo('input', input, `Runner group '${wanted.name}' would have visibility '${visibility}': access by ${input} needs 'visibility: selected'.`);
    }
    if (!now) {
        const body = { name: wanted.name, ...createBody(GROUP_FIELDS, wanted) };
        const fields = createdFields(GROUP_FIELDS, wanted);
        for (const { list, input, create } of MEMBER_LISTS) {
            if (wanted[list] === undefined)
                continue;
            body[create] = wanted[list];
            fields[input] = { from: null, to: wanted[list] };
        }
        return [
            plannedWrite(CREATE_GROUP, body, `create runner group '${wanted.name}'`, fields)
        ];
    }
    const { group } = now;
    const runner_group_id = group.id;
    const writes = [];
    const differing = differences(GROUP_FIELDS, wanted, group);
    // The wanted spelling wins: a group found by a previous name, or by its name in another case, is renamed.
    const renamed = group.name !== wanted.name;
    if (differing.length > 0 || renamed) {
        const body = Object.fromEntries(differing.map(({ row, want }) => [row.update, want]));
        const changes = differing.map(({ row, want, now }) => ({ field: row.update, from: now, to: want }));
        if (renamed)
            changes.unshift({ field: 'name', from: group.name, to: wanted.name });
        // GitHub requires `name` on every update: the group keeps its current one unless renamed.
        writes.push(plannedWrite(UPDATE_GROUP, { runner_group_id, name: renamed ? wanted.name : group.name, ...body }, changes.map(({ field, from, to }) => change(field, from, to)).join('; '), Object.fromEntries(changes.map(({ field, from, to }) => [field, { from, to }]))));
    }
    for (const { list, input, route, body } of MEMBER_LISTS) {
        const ids = wanted[list];
        const from = now[list] ?? [];
        if (ids === undefined || sameSet(ids, from))
            continue;
        const moved = list === 'runnerIds' ? runnersMovedToDefault(from, ids, { ...drops, nameOf }) : undefined;
        const write = plannedWrite(route, { runner_group_id, [body]: ids }, [listChange(input, from, ids, nameOf), moved].filter(Boolean).join('; '), { [input]: { from, to: ids } });
        writes.push(moved ? { ...write, warning: moved } : write);
    }
    return writes;
}
function listChange(what, from, to, nameOf) {
    const added = to.filter((id) => !from.includes(id)).map((id) => `+${nameOf(id)}`);
    const removed = from.filter((id) => !to.includes(id)).map((id) => `-${nameOf(id)}`);
    return `${what}: ${[...added, ...removed].join(', ')}`;
}

;// CONCATENATED MODULE: ./src/resources/hosted-runner/plan.ts
// The plan that makes a hosted runner what is wanted, by its rows (fields.ts): a create, or a PATCH of
// the settings given that differ, or nothing.





/** The writes that make `current` what is wanted; only the wanted settings that were given count. */
function planRunner(current, wanted, labels) {
    if (!current) {
        if (wanted.imageId === undefined || wanted.size === undefined || wanted.runnerGroupId === undefined) {
            throw new errors/* UserError */.yo('input', 'image-id', `Runner '${wanted.name}' does not exist; to create it, give 'image-id' and 'size'.`);
        }
        const created = { ...wanted, imageSource: wanted.imageSource ?? 'github' };
        const fields = createdFields(RUNNER_FIELDS, created);
        delete fields.name;
        const body = createBody(RUNNER_FIELDS, created);
        return [
            plannedWrite(CREATE_RUNNER, body, `create runner '${wanted.name}'`, fields)
        ];
    }
    const differing = differences(RUNNER_FIELDS, wanted, current);
    if (differing.length === 0)
        return [];
    const body = Object.fromEntries(differing.map(({ row, want }) => [row.update, want]));
    if (body.image_id !== undefined && wanted.imageSource !== undefined)
        body.image_source = wanted.imageSource;
    const what = differing.map(({ row, want, now }) => change(row.update, now, want, labels)).join('; ');
    const fields = Object.fromEntries(differing.map(({ row, want, now }) => [row.update, { from: now, to: want }]));
    return [plannedWrite(UPDATE_RUNNER, { hosted_runner_id: current.id, ...body }, what, fields)];
}
/** The fields of a planned create or update that GitHub's rules concern. */
function runnerWriteOf(params) {
    const value = (key) => valueIn(RUNNER_FIELDS.find((row) => row.key === key), params);
    return {
        imageId: value('imageId'),
        imageSource: value('imageSource'),
        imageVersion: value('imageVersion'),
        size: value('size'),
        enableStaticIp: value('enableStaticIp'),
        runnerGroupId: value('runnerGroupId')
    };
}

;// CONCATENATED MODULE: ./src/core/change.ts
/** A change's key, unique in its plan and readable: `delete hosted-runner 42`, `create runner-group build`. */
const changeKey = ({ kind, object, id, name }) => `${kind} ${object} ${id ?? name}`;
/** A change named for a person, with its id: `delete hosted-runner 'tmp' (id 42)`. */
const changeLabel = ({ kind, object, id, name }) => `${kind} ${object} '${name}'${id === null ? '' : ` (id ${id})`}`;

;// CONCATENATED MODULE: ./src/core/prune-rules.ts
// What prune may delete, as pure rules. GitHub moves whatever a deleted group holds to the default group
// (GitHub Docs, "Managing access to self-hosted runners using groups", "Removing a runner group": runners
// "are automatically returned to the default group when their group is removed"; its REST reference says
// the same of a runner removed from a group), whose visibility is usually every repository: a prune that deletes a group still holding runners would
// silently open them up. Such a plan is refused whole, before any write.


/**
 * The default group, and a group an organization inherits from its enterprise, are never pruned. Fail
 * closed: a group whose answer does not say (a boolean `default`, and at organization scope a boolean
 * `inherited`) is kept.
 */
function prunable(group, scope = 'org') {
    const fields = group;
    if (fields.default !== false)
        return false;
    return scope === 'enterprise' ? fields.inherited !== true : fields.inherited === false;
}
/**
 * What the delete of `group` needs: every runner it holds is moved elsewhere or deleted by a change of
 * the plan (that change's key is a dependency), else it strands. A hosted runner is moved by the plan's
 * update of that very runner (by id) to another group; a self-hosted runner by a declared group's
 * runner list that holds its id. A runner already `Deleting` is no concern. Fail closed: a runner whose
 * answer does not say its group may be in this one, unless the plan deletes it.
 */
function groupDeleteNeeds(entries, group, held) {
    const dependsOn = [];
    const runnerChange = (id) => entries.find((e) => e.change.object === 'hosted-runner' && e.change.id === id)?.change;
    const movesOut = (id) => entries.find((e) => e.change.object === 'hosted-runner' &&
        e.change.id === id &&
        e.writes.some((w) => w.params.runner_group_id !== undefined && w.params.runner_group_id !== group.id));
    const hostedIds = [];
    const stranding = {
        group: group.name,
        groupId: group.id,
        selfHosted: [],
        hosted: [],
        hostedGroupUnknown: []
    };
    for (const runner of held.runners) {
        const inGroup = runner.runner_group_id === group.id;
        const unknown = typeof runner.runner_group_id !== 'number';
        if (!inGroup && !unknown)
            continue;
        // Seen, so that the check before the DELETE finds it expected; already going, so no concern.
        if (inGroup)
            hostedIds.push(runner.id);
        if (runner.status === 'Deleting')
            continue;
        const change = runnerChange(runner.id);
        if (change?.kind === 'delete')
            dependsOn.push(changeKey(change));
        else if (inGroup && movesOut(runner.id))
            dependsOn.push(changeKey(change));
        else
            (inGroup ? stranding.hosted : stranding.hostedGroupUnknown).push(runner.name);
    }
    const selfHosted = held.selfHosted?.get(group.id) ?? [];
    for (const runner of selfHosted) {
        const mover = entries.find((e) => e.change.object === 'runner-group' &&
            e.change.kind !== 'delete' &&
            e.writes.some((w) => Array.isArray(w.params.runners) && w.params.runners.includes(runner.id)));
        if (mover)
            dependsOn.push(changeKey(mover.change));
        else
            stranding.selfHosted.push(runner.name);
    }
    const strands = stranding.selfHosted.length + stranding.hosted.length + stranding.hostedGroupUnknown.length;
    return {
        seen: {
            name: group.name,
            hosted_runners: hostedIds.sort((a, b) => a - b),
            self_hosted_runners: selfHosted.map((r) => r.id).sort((a, b) => a - b)
        },
        dependsOn: [...new Set(dependsOn)].sort(),
        ...(strands > 0 ? { stranding } : {})
    };
}
/** The groups the plan deletes that would strand runners (the plan is then refused whole). */
function strandings(entries, held, groups) {
    return entries
        .filter((e) => e.change.object === 'runner-group' && e.change.kind === 'delete')
        .map((e) => groups.find((g) => g.id === e.change.id))
        .filter((g) => g !== undefined)
        .flatMap((group) => groupDeleteNeeds(entries, group, held).stranding ?? []);
}
/** The refusal's text: every stranding group, what it holds, and how to place it. */
function describeStrandings(file, found) {
    const groups = found.map((stranding) => `'${stranding.group}' (id ${stranding.groupId}) holds ${heldRunners(stranding)}`);
    return (`prune: true in ${file} would delete runner groups that still hold runners, and GitHub would move ` +
        `those runners to the default group: ${groups.join('; ')}. Nothing was sent. Declare the group under ` +
        "runner-groups to keep it, or place its runners elsewhere first: a hosted runner with 'runner-group' " +
        "in its item, a self-hosted runner in another declared group's 'runners'.");
}
/** What a group holds, said for a person: `self-hosted runners 'a' and hosted runners 'b'`. */
function heldRunners({ selfHosted, hosted, hostedGroupUnknown }) {
    return [
        ...(selfHosted.length > 0 ? [`self-hosted runners ${(0,errors/* quotedNames */.l9)(selfHosted)}`] : []),
        ...(hosted.length > 0 ? [`hosted runners ${(0,errors/* quotedNames */.l9)(hosted)}`] : []),
        ...(hostedGroupUnknown.length > 0
            ? [`maybe hosted runners ${(0,errors/* quotedNames */.l9)(hostedGroupUnknown)} (GitHub's answer did not say their group)`]
            : [])
    ].join(' and ');
}

;// CONCATENATED MODULE: ./src/engine/fleet-plan.ts
















/**
 * The order writes are sent in, by route: groups first (a runner may join one), their member lists,
 * then runners, then deletions, runners before the groups they leave, image versions last.
 */
const WRITE_ORDER = {
    ...GROUP_WRITE_ORDER,
    ...RUNNER_WRITE_ORDER,
    ...RETENTION_WRITE_ORDER
};
function orderOf(write) {
    const order = write.order ?? WRITE_ORDER[write.route];
    if (order === undefined)
        throw new Error(`internal: no place in the write order for ${write.route}`);
    return order;
}
function planFleet(wanted, live, labels) {
    const entries = [];
    const add = ([kind, object, name, id], writes, extra = {}) => {
        if (writes.length === 0)
            return;
        const fields = Object.assign({}, ...writes.map((w) => readableFields(w.fields ?? {}, labels)));
        const warning = writes.flatMap((w) => w.warning ?? []).join('; ');
        entries.push({
            change: { kind, object, id, name, ...extra, fields, ...(warning ? { warning } : {}) },
            writes
        });
    };
    // Objects the file declares, by their name on GitHub (a rename keeps its object out of prune).
    const matchedGroups = new Set();
    const matchedRunners = new Set();
    // The runners this plan sends to an image, as it sends them: a retention delete's check counts their
    // provisioning as the plan's own (src/resources/image-retention/recheck.ts).
    const provisioned = [];
    const defaultGroup = defaultGroupOf(live.groups);
    // The groups whose new list takes each runner: one the other groups take goes there, not to the default.
    const takenBy = new Map();
    for (const group of wanted.groups)
        for (const id of group.runnerIds ?? [])
            takenBy.set(id, [...(takenBy.get(id) ?? []), group]);
    for (const group of wanted.groups) {
        const now = matchLive(live.groups, group.name, group.previousNames);
        if (now)
            matchedGroups.add(now.id);
        const placedElsewhere = (id) => (takenBy.get(id) ?? []).some((other) => other !== group);
        const writes = planGroup(now && { group: now, ...live.members.get(now.id) }, group, (id) => labels.members.get(id) ?? String(id), { defaultGroup, placedElsewhere });
        add([now ? 'update' : 'create', 'runner-group', group.name, now?.id ?? null], writes, seenName(now));
    }
    for (const runner of wanted.runners) {
        const now = matchLive(live.runners, runner.name, runner.previousNames);
        if (now)
            matchedRunners.add(now.id);
        const runnerLabels = { groups: labels.groups, members: labels.members };
        const writes = planRunner(now, runner, runnerLabels);
        if (writes.some((write) => write.route === CREATE_RUNNER || changesImage(write)))
            provisioned.push(pinOf(runner, now));
        // A runner put in a group the plan creates depends on that create.
        const group = writes[0]?.params.runner_group_id;
        const after = isGroupToCreate(group)
            ? {
                depends_on: [
                    changeKey({ kind: 'create', object: 'runner-group', id: null, name: group.toBeCreated })
                ]
            }
            : {};
        add([now ? 'update' : 'create', 'hosted-runner', runner.name, now?.id ?? null], writes, {
            ...seenName(now),
            ...after
        });
    }
    if (wanted.prune) {
        // GitHub treats names as unique regardless of case: a name the file gives in another case is declared.
        // A runner's previous names are declared too, as a group's are: in doubt (both names exist), neither is deleted.
        const declaredRunners = new Set(wanted.runners.flatMap((r) => [r.name, ...(r.previousNames ?? [])]).map((name) => name.toLowerCase()));
        // A runner already being deleted (a prune of an earlier run) is not deleted again.
        const undeclared = (r) => !declaredRunners.has(r.name.toLowerCase()) && !matchedRunners.has(r.id) && r.status !== 'Deleting';
        for (const runner of live.runners.filter(undeclared))
            add(['delete', 'hosted-runner', runner.name, runner.id], [deleteRunner(runner)], {
                reason: 'prune: not in the file',
                seen: { name: runner.name, runner_group_id: runner.runner_group_id ?? null }
            });
        const pruned = prunedGroups(wanted, live).filter((g) => !matchedGroups.has(g.id));
        for (const group of pruned)
            add(['delete', 'runner-group', group.name, group.id], [deleteGroup(group)], {
                reason: 'prune: not in the file'
            });
        // A group's delete depends on the changes that move or delete what it holds, and binds what it saw.
        for (const entry of entries.filter((e) => e.change.object === 'runner-group' && e.change.kind === 'delete')) {
            const needs = groupDeleteNeeds(entries, pruned.find((g) => g.id === entry.change.id), live);
            entry.change.seen = needs.seen;
            if (needs.dependsOn.length > 0)
                entry.change.depends_on = needs.dependsOn;
        }
    }
    const pins = [
        ...live.runners,
        ...wanted.runners.map((r) => pinOf(r, matchLive(live.runners, r.name, r.previousNames)))
    ];
    for (const { policy, ...image } of wanted.retention)
        entries.push(...retentionEntries(planCleanup([image], pins, policy), provisioned));
    return entries;
}
const seenName = (now) => (now ? { seen: { name: now.name } } : {});
/** Every write of the plan, in the safe order. */
function orderedWrites(entries) {
    const writes = entries.flatMap((entry) => entry.writes);
    return writes
        .map((write, index) => ({ write, index, order: orderOf(write) }))
        .sort((a, b) => a.order - b.order || a.index - b.index)
        .map(({ write }) => write);
}
/** The live groups prune deletes: those the file does not declare, and may be pruned. */
function prunedGroups(wanted, live) {
    if (!wanted.prune)
        return [];
    // A group's previous names are declared too: in doubt (both names exist), neither is deleted.
    const declared = new Set(wanted.groups.flatMap((g) => [g.name, ...(g.previousNames ?? [])]).map((name) => name.toLowerCase()));
    return live.groups.filter((g) => !declared.has(g.name.toLowerCase()) && prunable(g, live.scope));
}
/**
 * The image a declared runner is set to use once the plan is applied protects its version from retention,
 * as a runner set to it now does: what the file names, and what it leaves as it is (a file that names only
 * `image-version` keeps the runner's custom image).
 */
function pinOf(runner, now) {
    const had = now?.image_details ?? undefined;
    const id = runner.imageId ?? had?.id;
    const source = runner.imageId === undefined ? had?.source : (runner.imageSource ?? 'github');
    // A new image named without its version starts from its newest, which retention keeps anyway.
    const version = runner.imageVersion ?? (id === had?.id ? (had?.version ?? undefined) : undefined);
    return {
        name: runner.name,
        image_details: source === 'custom' && id !== undefined ? { id, source: 'custom', version: version ?? undefined } : null
    };
}
function deleteRunner(runner) {
    const write = plannedWrite(DELETE_RUNNER, { hosted_runner_id: runner.id }, `delete runner '${runner.name}'`);
    return { ...write, goneIsDone: true };
}
function deleteGroup(group) {
    const write = plannedWrite(DELETE_GROUP, { runner_group_id: group.id }, `delete runner group '${group.name}'`);
    return { ...write, goneIsDone: true };
}
/** Each API field a write sets, by the fleet file key of the kind's row that sets it. */
const FILE_KEYS = new Map([HOSTED_RUNNER_KIND, RUNNER_GROUP_KIND].flatMap((kind) => kind.fields.map((row) => [row.update, row.fleetKey])));
/** API field names become the file's keys (the kinds' rows); ids become the names the run learned. */
function readableFields(fields, labels) {
    const key = (field) => FILE_KEYS.get(field) ?? field;
    const show = (field, value) => {
        if (value === null || value === undefined)
            return null;
        // A group, or a network configuration, that the plan creates: by its name.
        if (isGroupToCreate(value))
            return value.toBeCreated;
        if (field === 'runner_group_id')
            return labels.groups.get(value) ?? value;
        if (field === 'image_id')
            return labels.images.get(value) ?? value;
        if (['repositories', 'organizations', 'runners'].includes(field) && Array.isArray(value))
            return value.map((id) => labels.members.get(id) ?? id);
        return value;
    };
    return Object.fromEntries(Object.entries(fields).map(([field, { from, to }]) => [
        key(field),
        { from: show(field, from), to: show(field, to) }
    ]));
}

;// CONCATENATED MODULE: ./src/resolve/current-state.ts
// What GitHub holds now for a wanted object, read only as far as the want needs it.




/** The group's lists, read only when the wanted lists were given (a group not `selected` has none). */
async function groupNow(group, wanted, names) {
    const selected = group.visibility === 'selected';
    const [repositoryIds, organizationIds, runnerIds] = await Promise.all([
        wanted.repositoryIds === undefined || !selected ? undefined : names.groupRepositoryIds(group.id),
        wanted.organizationIds === undefined || !selected ? undefined : names.groupOrganizationIds(group.id),
        wanted.runnerIds === undefined ? undefined : names.groupRunnerIds(group.id)
    ]);
    return { group, repositoryIds, organizationIds, runnerIds };
}
/**
 * The catalogue entry `image-id` names. When it already is the runner's image (its id, or for a GitHub
 * or partner image its display name) and source, nothing is read: a re-run reads no catalogue.
 */
async function wantedImage(inputs, names, now) {
    const source = imageSourceOf(inputs);
    if (source === undefined)
        return undefined;
    const given = inputs.imageId;
    const details = now?.image_details;
    const same = details?.source === source &&
        (details.id === given ||
            (source !== 'custom' && details.display_name?.toLowerCase() === given.toLowerCase()));
    if (details && same)
        return { id: details.id, source, name: details.display_name, platform: now?.platform };
    return names.image(given, source);
}
const VERSIONS = IMAGE_VERSIONS;
async function imageVersions(gateway, imageId) {
    const { image_versions } = await gateway.read(VERSIONS, { image_definition_id: imageId }, anObject({ image_versions: aListOf(IMAGE_VERSION) }));
    return image_versions;
}
/**
 * A group's settings as the inputs want them, its network configuration resolved from id or name (no
 * listing when it already is the group's own id), or one of `newConfigurations` that apply creates.
 */
async function groupSettingsWanted(inputs, names, now, newConfigurations = []) {
    const given = inputs.networkConfigurationId;
    const ref = given === undefined || given === now?.network_configuration_id
        ? given
        : await names.withInputs({ networkConfigurationId: given }).networkConfigurationRef(newConfigurations);
    const networkConfigurationId = typeof ref === 'object' && 'id' in ref ? ref.id : ref;
    return { ...groupSettingsOf(inputs), networkConfigurationId };
}
/** The group the inputs want: its settings, and its member lists by id when they were given. */
async function wantedGroupOf(inputs, names) {
    return {
        ...(await groupSettingsWanted(inputs, names)),
        name: inputs.groupName,
        repositoryIds: inputs.repositories === undefined ? undefined : await names.repositoryIds(),
        organizationIds: inputs.organizations === undefined ? undefined : await names.organizationIds(),
        runnerIds: inputs.runners === undefined ? undefined : await names.runnerIds()
    };
}

;// CONCATENATED MODULE: ./src/fleet/wanted-group.ts




const GROUP_NAMES = { input: 'group-name', what: 'runner groups' };
/**
 * The group's current member lists, read only where the file gives that list (its own request each: the
 * API's minimum), and kept in `live.members` for the plan.
 */
async function currentMembers(inputs, live, names) {
    const now = matchLive(live.groups, inputs.groupName, inputs.previousNames, GROUP_NAMES);
    if (!now)
        return undefined;
    const given = (list) => (list === undefined ? undefined : []);
    const current = await groupNow(now, {
        name: inputs.groupName,
        repositoryIds: given(inputs.repositories),
        organizationIds: given(inputs.organizations),
        runnerIds: given(inputs.runners)
    }, names);
    // Ascending, as the plan shows them: the listing's order changes no plan.
    const sorted = (ids) => ids && [...ids].sort((a, b) => a - b);
    live.members.set(now.id, {
        repositoryIds: sorted(current.repositoryIds),
        organizationIds: sorted(current.organizationIds),
        runnerIds: sorted(current.runnerIds)
    });
    return current;
}
/** The repository names of a group item that its current members do not hold: those a plan must look up. */
function repositoriesToLookUp(inputs, current, names) {
    return splitRefs(inputs.repositories, current?.repositoryIds, names, repositoryNameOf(names)).missing;
}
/** The group as the file wants it, its member names turned into ids, given its current members. */
async function wantedGroup(inputs, live, names, current, newConfigurations = []) {
    const now = matchLive(live.groups, inputs.groupName, inputs.previousNames, GROUP_NAMES);
    return {
        ...(await groupSettingsWanted(inputs, names, now, newConfigurations)),
        name: inputs.groupName,
        previousNames: inputs.previousNames,
        repositoryIds: await memberIds(inputs.repositories, current?.repositoryIds, names, (missing) => names.withInputs({ repositories: missing }).repositoryIds(), repositoryNameOf(names)),
        organizationIds: await memberIds(inputs.organizations, current?.organizationIds, names, (missing) => names.withInputs({ organizations: missing }).organizationIds()),
        runnerIds: await memberIds(inputs.runners, current?.runnerIds, names, (missing) => names.withInputs({ runners: missing }).runnerIds())
    };
}
const repositoryNameOf = (names) => {
    const org = names.gateway.scope.kind === 'org' ? names.gateway.scope.org : '';
    return (ref) => repositoryLabel(ref, org);
};
/** Ids of the refs: given ids, names found among the current members, and only the rest looked up. */
async function memberIds(refs, current, names, lookUp, nameOf) {
    if (refs === undefined)
        return undefined;
    const { ids, missing } = splitRefs(refs, current, names, nameOf);
    if (missing.length > 0)
        for (const id of await lookUp(missing))
            ids.push(id);
    return [...new Set(ids)];
}
/** The refs that are ids or current members (their ids), and the rest, which must be looked up. */
function splitRefs(refs, current, names, nameOf = (ref) => ref.name) {
    const ids = [];
    const missing = [];
    // By name under the one rule: one index of the current members, not a scan per ref.
    const members = new name_rule/* NameIndex */.SJ(current ?? [], (id) => names.labels.get(id) ?? '');
    for (const ref of refs ?? []) {
        if ('id' in ref) {
            ids.push(ref.id);
            continue;
        }
        // Two members it picks alike are left to the lookup, which refuses the name as ambiguous.
        const found = members.pick(nameOf(ref));
        if (found.length === 1)
            ids.push(found[0]);
        else
            missing.push(ref);
    }
    return { ids, missing };
}

;// CONCATENATED MODULE: ./src/fleet/group-refs.ts
// Which runner group a hosted runner item names: by id, by name among the live groups (or by a name the
// file renames a group to), or a group the plan creates; never one that prune is about to delete.
// Looked up through name indexes made once per plan, so a plan of many runners stays linear.





function declaredGroups(fleet, newGroups) {
    const claims = fleet.groups.flatMap((item) => [String(item.inputs.groupName), ...(item.inputs.previousNames ?? [])].map((name) => ({ name, item })));
    return {
        items: new name_rule/* NameIndex */.SJ(claims),
        created: new name_rule/* NameIndex */.SJ(newGroups.map((name) => ({ name })))
    };
}
/** The group a runner names: by id, by name among the groups, or a group the plan creates. */
function groupIdOf(ref, prune, { groups, fileGroups, creating, scope }) {
    if (ref === undefined) {
        if (!creating)
            return undefined;
        const fallback = groups.find((g) => g.default);
        if (!fallback)
            throw new errors/* UserError */.yo('lookup', 'runner-group', "There is no default runner group: give 'runner-group'.");
        return fallback.id;
    }
    // A group the file renames is found by its new name too.
    const item = 'name' in ref
        ? fileGroups.items
            .pick(ref.name)
            .find((claim) => (0,name_rule/* sameName */.q)(String(claim.item.inputs.groupName), ref.name))?.item
        : undefined;
    const existing = 'id' in ref
        ? groups.find((g) => g.id === ref.id)
        : matchLive(groups, ref.name, item?.inputs.previousNames, {
            input: 'runner-group',
            what: 'runner groups'
        });
    const name = existing?.name ?? ('name' in ref ? ref.name : String(ref.id));
    const declared = fileGroups.items.find(name) !== undefined;
    // By id or by name alike: a runner may not be put in a group that prune is about to delete.
    if (existing && prune && !declared && prunable(existing, scope))
        throw new errors/* UserError */.yo('input', 'runner-group', `runner-group '${name}' is not declared under runner-groups, so prune: true would delete it: declare it.`);
    if (existing)
        return existing.id;
    if ('id' in ref)
        return ref.id;
    const planned = fileGroups.created.find(ref.name);
    if (planned)
        return groupToCreate(planned.name);
    throw new errors/* UserError */.yo('lookup', 'runner-group', `no runner group named '${ref.name}', in the file or on GitHub.${(0,name_rule/* didYouMean */.au)(ref.name, [
        ...groups.map((g) => g.name),
        ...fileGroups.created.names()
    ])}`);
}

;// CONCATENATED MODULE: ./src/resources/fleet-kind.ts
const plansItself = (entry) => entry.list !== undefined && entry.plan !== undefined && entry.toCreate !== undefined;

;// CONCATENATED MODULE: ./src/fleet/resolve-kinds.ts



/** The kinds the file has items of, with the scope's objects of each. */
async function resolveKinds(fleet, names) {
    const declared = KINDS.filter(plansItself).filter((entry) => (fleet.sections[entry.kind.section] ?? []).length > 0);
    return Promise.all(declared.map(async (entry) => ({ entry, live: await entry.list(names) })));
}
/** The names of the objects of a section that the plan creates (a group may name them). */
function toCreate(fleet, kinds, section) {
    const found = kinds.find(({ entry }) => entry.kind.section === section);
    if (!found)
        return [];
    const items = (fleet.sections[section] ?? []).map((item) => item.inputs);
    return found.entry.toCreate(items, found.live);
}
/** The changes of every kind's section, in the registry's order; an item's error names its line. */
function planKinds(fleet, kinds) {
    return kinds.flatMap(({ entry, live }) => (fleet.sections[entry.kind.section] ?? []).flatMap((item) => {
        try {
            return entry.plan([item.inputs], live);
        }
        catch (error) {
            const name = String(item.inputs[entry.kind.name.input]);
            throw atItem(fleet, item, `${entry.kind.object.replace('-', ' ')} '${name}'`, error);
        }
    }));
}

;// CONCATENATED MODULE: ./src/fleet/resolve.ts
// What the plan compares: the live state, read with one listing per kind (and one request per member
// list that must be compared), and the file's names turned into ids. A name already among a group's
// members, or an image the runner already runs, costs no further request.











const RUNNER_NAMES = { input: 'runner-name', what: 'hosted runners' };
async function resolveFleet(fleet, names) {
    const retained = fleet.retention.length > 0;
    const [listedGroups, listedRunners] = await Promise.all([names.runnerGroups(), names.hostedRunners()]);
    // In the order of their ids, not of GitHub's listing: the same file and the same objects give the same
    // plan (its prunes, its digest) whatever order GitHub lists them in.
    const groups = byId(listedGroups);
    const runners = byId(listedRunners);
    const scope = names.gateway.scope.kind;
    const live = { groups, runners, members: new Map(), scope };
    const kinds = await resolveKinds(fleet, names);
    // A group may name a network configuration the file's section creates.
    const newConfigurations = toCreate(fleet, kinds, NETWORK_CONFIGURATION_KIND.section);
    // Every group's current members first, then every name they do not hold, resolved together.
    const current = [];
    const what = (item) => `runner group '${item.inputs.groupName}'`;
    for (const item of fleet.groups)
        current.push(await withErrorsAtItem(fleet, item, what(item), () => currentMembers(item.inputs, live, names)));
    if (scope === 'org')
        await names.gatherRepositories(fleet.groups.flatMap((item, i) => repositoriesToLookUp(item.inputs, current[i], names)));
    const wantedGroups = [];
    for (const [i, item] of fleet.groups.entries())
        wantedGroups.push(await withErrorsAtItem(fleet, item, what(item), () => wantedGroup(item.inputs, live, names, current[i], newConfigurations)));
    const newGroups = wantedGroups
        .filter((group) => !matchLive(groups, group.name, group.previousNames))
        .map((group) => group.name);
    const images = new Map();
    const imageLabels = new Map();
    for (const runner of runners)
        if (runner.image_details?.id)
            imageLabels.set(runner.image_details.id, `${runner.image_details.display_name} (${runner.image_details.id})`);
    const fileGroups = declaredGroups(fleet, newGroups);
    const wantedRunners = [];
    for (const item of fleet.runners) {
        const name = item.inputs.runnerName;
        wantedRunners.push(await withErrorsAtItem(fleet, item, `hosted runner '${name}'`, async () => {
            const now = matchLive(runners, name, item.inputs.previousNames, RUNNER_NAMES);
            if (!now && (item.inputs.imageId === undefined || item.inputs.size === undefined))
                throw new errors/* UserError */.yo('input', 'image-id', "the runner does not exist: to create it, give 'image-id' and 'size'.");
            const image = await wantedImage(item.inputs, names, now);
            if (image) {
                images.set(name, image);
                imageLabels.set(image.id, `${image.name} (${image.id})`);
            }
            const runnerGroupId = groupIdOf(item.inputs.runnerGroup, fleet.prune, {
                groups,
                fileGroups,
                creating: !now,
                scope
            });
            // Every setting by the kind's rows; the image and the group as looked up.
            return {
                ...wantedRunnerSettings(item.inputs),
                name,
                imageId: image?.id,
                runnerGroupId,
                previousNames: item.inputs.previousNames
            };
        }));
    }
    const retention = [];
    if (retained) {
        // An item without custom-image covers every image no other item names.
        const named = fleet.retention.filter((item) => item.inputs.customImage !== undefined);
        const rest = fleet.retention.find((item) => item.inputs.customImage === undefined);
        const covered = new Set();
        const retain = async (item, image) => {
            // One entry per image: by name and by id, two entries would plan the same deletions twice.
            if (covered.has(image.id))
                throw atItem(fleet, item, 'image retention', new errors/* UserError */.yo('input', 'custom-image', `custom image '${image.name}' (id ${image.id}) has another retention entry already: give each image one entry.`));
            covered.add(image.id);
            const versions = await imageVersions(names.gateway, image.id);
            retention.push({
                image,
                versions,
                policy: policyOf(item.inputs, new Date())
            });
        };
        for (const item of named)
            await retain(item, await withErrorsAtItem(fleet, item, 'image retention', () => names.withInputs({ customImage: item.inputs.customImage }).customImage()));
        if (rest)
            for (const image of await names.customImages())
                if (!covered.has(image.id))
                    await retain(rest, image);
    }
    const wanted = { groups: wantedGroups, runners: wantedRunners, retention, prune: fleet.prune };
    live.selfHosted = await selfHostedRunners(prunedGroups(wanted, live), names);
    return {
        wanted,
        live,
        newGroups,
        images,
        imageLabels,
        kinds
    };
}
/** The self-hosted runners each group holds now: a group prune would delete must hold none. */
async function selfHostedRunners(groups, names) {
    const held = new Map();
    for (const group of groups) {
        const ids = [...(await names.groupRunnerIds(group.id))].sort((a, b) => a - b);
        held.set(group.id, ids.map((id) => ({ id, name: names.labels.get(id) ?? String(id) })));
    }
    return held;
}
const byId = (items) => [...items].sort((a, b) => a.id - b.id);
/** Runs `work`; an error it throws is told with the fleet file line of `item` (atItem). */
async function withErrorsAtItem(fleet, item, what, work) {
    try {
        return await work();
    }
    catch (error) {
        throw atItem(fleet, item, what, error);
    }
}

;// CONCATENATED MODULE: ./src/fleet/owner.ts
// The owner a fleet file names (`organization:` or `enterprise:`) must be the step's scope: an unset
// `enterprise` variable would otherwise turn an enterprise's file into a plan (and a prune) of an
// organization. Checked before any request.


function checkOwner(fleet, scope) {
    const { owner } = fleet;
    if (!owner)
        return;
    const actual = scope.kind === 'org' ? scope.org : scope.enterprise;
    // Logins and slugs are case-insensitive on GitHub.
    if (owner.kind === scope.kind && owner.name.toLowerCase() === actual.toLowerCase())
        return;
    const hint = owner.kind === 'enterprise' && scope.kind === 'org'
        ? " Is the step's 'enterprise' input empty (an unset variable)?"
        : owner.kind === 'org' && scope.kind === 'enterprise'
            ? " Remove the step's 'enterprise' input to work on an organization."
            : '';
    throw new errors/* UserError */.yo('input', 'config', `${fleet.file} line ${owner.line}: the file describes ${(0,common_scope/* scopeName */.OK)(owner.kind)} '${owner.name}', but this step works on ${(0,common_scope/* describeScope */.OI)(scope)}: nothing was sent.${hint}`);
}

;// CONCATENATED MODULE: ./src/report/markdown-table.ts
// Markdown tables for the step summary. A cell never cuts its value: one longer than `maxCell` shows its
// start and folds the whole into a `<details>` a reader opens. Rows past `maxRows` are left out with a
// line that says how many and where the whole list is.

/** Rows a table shows, and characters a cell shows before it folds: a terminal shows everything. */
const TABLE_LIMITS = { maxRows: 50, maxCell: 120 };
function table(headers, rows, { maxRows = TABLE_LIMITS.maxRows } = {}) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    const shown = rows.slice(0, maxRows).map(line);
    const more = rows.length > maxRows
        ? [
            `\n…and ${rows.length - maxRows} more rows, left out here: the \`result\` output (and the file in \`result-file\`) has them all.`
        ]
        : [];
    return [line(headers), line(headers.map(() => '---')), ...shown].join('\n') + more.join('');
}
/** A value in one table cell: whole, on one line, its pipes escaped; folded when it is long. */
function cell(value) {
    const raw = plainText(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
    if (raw.length <= TABLE_LIMITS.maxCell)
        return raw.replace(/\|/g, '\\|');
    const start = raw.slice(0, TABLE_LIMITS.maxCell);
    return `<details><summary>${inHtml(start)}… (${raw.length} characters)</summary>${inHtml(raw)}</details>`;
}
/** Text inside an HTML element: markup characters (and the table's pipe) as entities, so a value cannot open or close one. */
const inHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');

;// CONCATENATED MODULE: ./src/operations/apply-report.ts
// What `apply` leaves for a person and for the next step: each change of the plan with its status
// (`planned`, `done`, `failed`, `not-done`), which part of a change was applied when only part was, and
// the step summary's table, with names wherever a person reads.


const writeStatus = (state) => state === undefined || state.state === 'skipped' ? 'not-done' : state.state;
/** A change as the `plan` output shows it: `planned` (a dry run, or a plan refused before any write), else as run. */
function changeRecord(entry, record, planned) {
    if (planned)
        return { ...entry.change, status: 'planned' };
    const parts = entry.writes.map((write) => ({
        change: write.change,
        status: writeStatus(record.writes.get(write))
    }));
    const status = record.statusOf(entry);
    const mixed = new Set(parts.map((p) => p.status)).size > 1;
    const skipped = entry.writes.map((w) => record.writes.get(w)).find((s) => s?.state === 'skipped');
    return {
        ...entry.change,
        status,
        ...(mixed ? { parts } : {}),
        ...(skipped?.state === 'skipped' ? { note: skipped.why } : {})
    };
}
const shown = (value) => value === null || value === undefined
    ? '(none)'
    : Array.isArray(value)
        ? value.join(', ') || '(none)'
        : String(value);
function changesText(change) {
    const fields = Object.entries(change.fields).map(([key, { from, to }]) => change.kind === 'create' ? `${key}: ${shown(to)}` : `${key}: ${shown(from)} → ${shown(to)}`);
    return [
        ...fields,
        ...(change.reason ? [change.reason] : []),
        ...(change.warning ? [change.warning] : [])
    ].join('; ');
}
/** What GitHub does beyond a change, each told apart from the plan's table: `update runner-group 'x' (id 3): …`. */
const planWarnings = (changes) => changes.flatMap((c) => (c.warning ? [`${changeLabel(c)}: ${c.warning}.`] : []));
function statusText(record) {
    const parts = record.parts
        ?.map((p) => `${p.status}: ${p.change}`)
        .join('; ')
        .replace(/^/, ' (')
        .concat(')');
    return `${record.status}${parts ?? ''}${record.note ? ` (${record.note})` : ''}`;
}
function summarize(file, records, note) {
    if (records.length === 0)
        return `Nothing to change: GitHub already matches \`${cell(file)}\`.`;
    const count = (kind) => records.filter((r) => r.kind === kind).length;
    const totals = `Plan of \`${cell(file)}\`: ${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete.`;
    const rows = records.map((r) => [r.kind, r.object, r.name, changesText(r), statusText(r)]);
    const columns = ['kind', 'object', 'name', 'changes', 'status'];
    const warnings = planWarnings(records).map((warning) => `**Warning:** ${warning}`);
    return [totals, note, ...warnings, table(columns, rows, { maxRows: Infinity })].filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/resources/hosted-runner/rules.ts
// What GitHub refuses about a hosted runner, checked before the write that GitHub would refuse is sent
// (and in dry-run, before it is planned), each refusal saying what to do instead: pure, over the facts
// that operations/runner-writes.ts reads (only what the write needs).
// docs/github-behaviour.md gives the source of each rule.

const isMacOs = (platform) => /^(mac|osx)/i.test(platform ?? '');
/** The first rule of GitHub's that the write breaks, or undefined. */
function refusalOf(write, facts) {
    const { current, image, sizes, publicIps, where } = facts;
    const now = current?.image_details;
    const changesImage = (write.imageId !== undefined && write.imageId !== now?.id) ||
        (write.imageSource !== undefined && write.imageSource !== now?.source) ||
        write.imageVersion !== undefined;
    if (current && now?.source === 'partner' && changesImage) {
        return new errors/* UserError */.yo('refusal', 'image-id', `Runner '${current.name}' runs the partner image ${now.id} (${now.display_name}), and GitHub does not change a partner image on an existing runner: delete the runner (delete-runner with wait-for: deleted) and create it again with the new image.`);
    }
    const source = write.imageSource ?? now?.source ?? 'github';
    if (write.imageVersion !== undefined && source !== 'custom') {
        return new errors/* UserError */.yo('refusal', 'image-version', `Input 'image-version' is only for custom images: the runner's image source is '${source}', whose images always run their latest version. Remove 'image-version'.`);
    }
    const platform = image?.platform ?? current?.platform;
    if (write.enableStaticIp === true && isMacOs(platform)) {
        return new errors/* UserError */.yo('refusal', 'enable-static-ip', `Input 'enable-static-ip': GitHub has no static IP addresses for macOS runners (platform ${platform}). Remove 'enable-static-ip', or pick a Linux or Windows image.`);
    }
    if (write.size !== undefined && sizes && !sizes.some((size) => size.id === write.size)) {
        return new errors/* UserError */.yo('refusal', 'size', `Input 'size': GitHub offers no machine size '${write.size}' to ${where}. Sizes offered: ${sizes.map((size) => size.id).join(', ') || 'none'} (list-machine-sizes).`);
    }
    const ruled = platformRefusal(write, facts) ?? storageRefusal(write, facts) ?? networkRefusal(write, facts);
    if (ruled)
        return ruled;
    if (turnsStaticIpOn(write, current) && publicIps && publicIps.current_usage >= publicIps.maximum) {
        return new errors/* UserError */.yo('refusal', 'enable-static-ip', `Input 'enable-static-ip': ${where} already uses ${publicIps.current_usage} of its ${publicIps.maximum} static public IP addresses (get-limits). Turn static IPs off on a runner that no longer needs them, or ask GitHub Support for a higher limit.`);
    }
    return undefined;
}
const turnsStaticIpOn = (write, current) => write.enableStaticIp === true && current?.public_ip_enabled !== true;
/** The write changes a runner's custom image, its version or its size: the storage rule applies. */
const storageMatters = (write, current) => (write.imageSource ?? current?.image_details?.source) === 'custom' &&
    (!current || write.size !== undefined || write.imageId !== undefined || write.imageVersion !== undefined);
/** The runner would have a static IP in a group it was not in with one: the private networking rule applies. */
function staticIpGroupMatters(write, current) {
    const staticIp = write.enableStaticIp ?? current?.public_ip_enabled === true;
    const moves = write.runnerGroupId !== undefined && write.runnerGroupId !== current?.runner_group_id;
    return staticIp && (turnsStaticIpOn(write, current) || moves);
}
/** The size the runner would have, and its storage in GB when known. */
function storageAfter(write, { current, sizes }) {
    const id = write.size ?? current?.machine_size_details?.id;
    const listed = sizes?.find((size) => size.id === id)?.storageGb;
    const storageGb = listed ?? (write.size === undefined ? current?.machine_size_details?.storage_gb : undefined);
    return { id, storageGb };
}
// GitHub Docs, "Using custom images" (github/docs content/actions/how-tos/manage-runners/larger-runners/
// use-custom-images.md), installing a custom image: "Platform: Select the same platform that you used to
// generate the image" and "Size: Choose a runner size with storage equal to or larger than your image's size."
function platformRefusal(write, { current, image }) {
    if (!current || image?.source !== 'custom' || write.imageId === undefined)
        return undefined;
    const [wanted, now] = [image.platform, current.platform];
    if (!wanted || !now || wanted.toLowerCase() === now.toLowerCase())
        return undefined;
    return new errors/* UserError */.yo('refusal', 'image-id', `Input 'image-id': the custom image '${image.name}' is built for ${wanted}, and runner '${current.name}' is ${now}; GitHub runs a custom image only on the platform it was built for. Pick a custom image built for ${now}, or create a new runner for ${wanted} (create-runner).`);
}
function storageRefusal(write, facts) {
    const version = facts.customVersion;
    const size = storageAfter(write, facts);
    if (!version || size.storageGb === undefined || size.storageGb >= version.sizeGb)
        return undefined;
    const input = write.size !== undefined ? 'size' : write.imageVersion !== undefined ? 'image-version' : 'image-id';
    const which = version.version === 'latest'
        ? 'at its latest version'
        : `version ${version.version}${version.followsLatest ? ' (latest)' : ''}`;
    const fitting = facts.sizes?.filter((s) => s.storageGb !== undefined && s.storageGb >= version.sizeGb);
    const fits = !fitting
        ? `Pick a size with at least ${version.sizeGb} GB of storage (list-machine-sizes)`
        : fitting.length > 0
            ? `Sizes that hold it: ${fitting.map((s) => `${s.id} (${s.storageGb} GB)`).join(', ')}`
            : `No size offered to ${facts.where} has ${version.sizeGb} GB of storage`;
    return new errors/* UserError */.yo('refusal', input, `Input '${input}': the size '${size.id}' has ${size.storageGb} GB of storage, and the custom image '${version.image}' ${which} is ${version.sizeGb} GB; GitHub needs a size whose storage holds the image. ${fits}, or use a smaller version of the image.`);
}
// GitHub Docs, data/reusables/actions/static-ip-limitation-vnet.md: "Private networking for GitHub-hosted
// runners does not support static IP addresses for larger runners."
function networkRefusal(write, { current, group }) {
    const configuration = group?.networkConfigurationId;
    if (!group || !configuration || !staticIpGroupMatters(write, current))
        return undefined;
    const uses = `runner group '${group.name}' uses private networking (network configuration ${configuration}), and GitHub's private networking does not support static IP addresses`;
    if (write.enableStaticIp === true)
        return new errors/* UserError */.yo('refusal', 'enable-static-ip', `Input 'enable-static-ip': ${uses}. Remove 'enable-static-ip' (or set it to false), or put the runner in a group without a network configuration.`);
    return new errors/* UserError */.yo('refusal', 'runner-group', `Input 'runner-group': runner '${current?.name}' has a static IP, and ${uses}. Set 'enable-static-ip: false' with the move, or pick a group without a network configuration.`);
}
/**
 * A group that takes a network configuration must hold no hosted runner with a static IP (the rule above,
 * from the group's side: GitHub checks it on the group's write, before any runner write of the same plan).
 */
function groupNetworkRefusal(group, staticIpRunners) {
    if (staticIpRunners.length === 0)
        return undefined;
    const more = staticIpRunners.length > 10 ? ` and ${staticIpRunners.length - 10} more` : '';
    return new errors/* UserError */.yo('refusal', 'network-configuration-id', `Input 'network-configuration-id': runner group '${group}' holds hosted runners with static IPs (${(0,errors/* quotedNames */.l9)(staticIpRunners.slice(0, 10))}${more}), and GitHub's private networking does not support static IP addresses. Turn their static IPs off first (update-runner with 'enable-static-ip: false') or move them to another group, then give the group its network configuration.`);
}

;// CONCATENATED MODULE: ./src/core/static-ip-budget.ts
// GitHub's static public IP limit, checked across a whole plan before its first write: each runner the
// plan turns static IPs on for takes one more address of the scope's `/limits` (`public_ips`), so four
// new runners against two free addresses are refused whole, not two created and then a 422. Addresses
// the plan frees (a runner deleted, or turned off) are not counted: the deletes come after the creates.

/** The refusal when the runners turning static IPs on need more addresses than are free, else undefined. */
function staticIpShortfall(file, where, turningOn, limits) {
    const free = Math.max(0, limits.maximum - limits.current_usage);
    if (turningOn.length <= free)
        return undefined;
    return new errors/* UserError */.yo('refusal', 'enable-static-ip', `The plan of ${file} turns static IPs on for ${turningOn.length} runners (${(0,errors/* quotedNames */.l9)(turningOn)}), but ${where} uses ${limits.current_usage} of its ${limits.maximum} static public IP addresses, so ${free} ${free === 1 ? 'is' : 'are'} free (get-limits). Nothing was sent. Turn static IPs on for at most ${free} of them, turn them off on runners that no longer need them, or ask GitHub Support for a higher limit.`);
}

;// CONCATENATED MODULE: ./src/resources/hosted-runner/size-rules.ts
// GitHub's rules about a hosted runner's size, its platform and its image, and its group's private
// networking, checked before the write that GitHub would refuse is sent: pure, over the facts that
// lookups/runner-facts.ts reads. Each rule says its source; the GPU rule is not checked, because GitHub's
// machine sizes carry no GPU (id, cpu_cores, memory_gb, storage_gb: its description).

const MIN_PRIVATE_VCPU = 2;
const MAX_PRIVATE_VCPU = 64;
const X64_ONLY_VCPU = 96;
/** The write creates the runner, or changes its size, its image or its group: the size rules apply. */
const sizeRulesMatter = (write, { current }) => !current || write.size !== undefined || write.imageId !== undefined || write.runnerGroupId !== undefined;
/** The size the runner would have, with its vCPUs when the listing or the runner's answer says. */
function vcpusAfter(write, { current, sizes }) {
    const id = write.size ?? current?.machine_size_details?.id;
    const listed = sizes?.find((size) => size.id === id)?.cpuCores;
    const cpuCores = listed ?? (write.size === undefined ? current?.machine_size_details?.cpu_cores : undefined);
    return { id, cpuCores };
}
/** The size needs private networking's range: a group with a network configuration has to be read. */
const beyondPrivateNetworking = (cpuCores) => cpuCores !== undefined && (cpuCores < MIN_PRIVATE_VCPU || cpuCores > MAX_PRIVATE_VCPU);
const fitting = (sizes, fits, otherwise) => {
    const found = sizes?.filter((size) => size.cpuCores !== undefined && fits(size.cpuCores));
    return found && found.length > 0
        ? `Sizes that fit: ${found.map((size) => `${size.id} (${size.cpuCores} vCPU)`).join(', ')}`
        : otherwise;
};
/** The first of the size rules that the write breaks, or undefined. */
function sizeRefusal(write, facts) {
    if (!sizeRulesMatter(write, facts))
        return undefined;
    const { id, cpuCores } = vcpusAfter(write, facts);
    if (cpuCores === undefined)
        return undefined;
    const { image, current, group, sizes } = facts;
    const platform = image?.platform ?? current?.platform;
    const input = write.size !== undefined ? 'size' : write.imageId !== undefined ? 'image-id' : 'runner-group';
    const runner = current ? `runner '${current.name}'` : 'the runner';
    // GitHub Docs, "Larger runners reference": the 96-vCPU size is listed for x64 alone ("96 | 384 GB |
    // 2040 GB | x64 | Ubuntu, Windows"); arm64 goes up to 64 vCPU.
    if (cpuCores >= X64_ONLY_VCPU && /arm64/i.test(platform ?? '')) {
        const fits = fitting(sizes, (cpu) => cpu <= MAX_PRIVATE_VCPU, 'Give it a size of at most 64 vCPU (list-machine-sizes lists them)');
        return new errors/* UserError */.yo('refusal', input, `Input '${input}': the size '${id}' has ${cpuCores} vCPU, and GitHub offers ${X64_ONLY_VCPU} vCPU on x64 only; ${runner} would run ${platform}. ${fits}, or pick an x64 image.`);
    }
    // "Larger runners reference": "The 4-vCPU Windows runner only works with the Windows Server 2025 or the
    // Base Windows 11 Desktop image." Checked on GitHub's own and partner images by their display name (that
    // the names say so is a guess); a custom image's base is not known here.
    const name = image ? image.name : current?.image_details?.display_name;
    const source = image ? image.source : current?.image_details?.source;
    if (cpuCores === 4 &&
        /^win/i.test(platform ?? '') &&
        source !== 'custom' &&
        name &&
        !/server 2025|windows 11/i.test(name)) {
        const fits = fitting(sizes, (cpu) => cpu > 4 && cpu < X64_ONLY_VCPU + 1, 'Give it a size of 8 vCPU or more');
        return new errors/* UserError */.yo('refusal', input, `Input '${input}': the 4-vCPU Windows size '${id}' runs only the Windows Server 2025 and Windows 11 Desktop images, and ${runner} would run '${name}'. Pick one of those images, or another size. ${fits}.`);
    }
    // GitHub Docs, "About Azure private networking for GitHub-hosted runners in your organization" (and "in
    // your enterprise"): "2-64 vCPU Ubuntu and Windows runners are supported with Azure VNET."
    if (group?.networkConfigurationId && beyondPrivateNetworking(cpuCores)) {
        const fits = fitting(sizes, (cpu) => cpu >= MIN_PRIVATE_VCPU && cpu <= MAX_PRIVATE_VCPU, `Give it a size of ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU`);
        return new errors/* UserError */.yo('refusal', input, `Input '${input}': the size '${id}' has ${cpuCores} vCPU, and runner group '${group.name}' uses private networking (network configuration ${group.networkConfigurationId}), which GitHub supports for ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU. ${fits}, or put the runner in a group without a network configuration.`);
    }
    return undefined;
}
/**
 * A group that takes a network configuration must hold no hosted runner beyond private networking's sizes
 * (the rule above, from the group's side).
 */
function groupSizeRefusal(group, runners) {
    const large = runners.filter((runner) => beyondPrivateNetworking(runner.cpuCores));
    if (large.length === 0)
        return undefined;
    const named = large
        .slice(0, 10)
        .map((runner) => `'${runner.name}' (${runner.cpuCores} vCPU)`)
        .join(', ');
    return new errors/* UserError */.yo('refusal', 'network-configuration-id', `Input 'network-configuration-id': runner group '${group}' holds hosted runners beyond the ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU that GitHub's private networking supports (${named}${large.length > 10 ? ` and ${large.length - 10} more` : ''}). Give them a size of ${MIN_PRIVATE_VCPU} to ${MAX_PRIVATE_VCPU} vCPU or move them to another group first, then give the group its network configuration.`);
}

;// CONCATENATED MODULE: ./src/resolve/runner-facts.ts
// The facts GitHub's rules about a runner write are checked against (resources/hosted-runner/rules.ts), each read only
// when its rule applies and at most once per run: the machine sizes, the custom image version the runner
// would run, and the group it would be in.







/** The machine sizes offered, with their storage (one listing per run). */
function machineSizes(names) {
    return names.perRun.once('machine-sizes', async () => {
        const shape = anObject({ machine_specs: aListOf(MACHINE_SPEC) });
        const answer = await names.gateway.read(MACHINE_SIZES, {}, shape);
        return answer.machine_specs.map((spec) => ({
            id: spec.id,
            storageGb: spec.storage_gb,
            cpuCores: spec.cpu_cores
        }));
    });
}
/** The scope's static public IP limit and its use (`/limits`), read once per run. */
function publicIpLimits(names) {
    return names.perRun.once('limits', async () => {
        const answer = await names.gateway.read(SCOPE_LIMITS, {}, LIMITS);
        return answer.public_ips;
    });
}
/**
 * The custom image version the runner would run after the write, with its size. A write that changes only
 * the size keeps the version the runner runs, whose size the runner's answer holds (no request); a new
 * image or version is read (`latest`, or no version on a new image, is the image's `latest_version`).
 * Unknown (undefined) when GitHub does not say: GitHub's own answer to the write then decides.
 */
async function customVersionAfter(names, write, { current, image }) {
    const now = current?.image_details;
    const imageId = write.imageId ?? now?.id;
    if (imageId === undefined || !/^\d+$/.test(imageId))
        return undefined;
    const changesImage = write.imageId !== undefined && write.imageId !== now?.id;
    if (!changesImage && write.imageVersion === undefined) {
        if (typeof now?.size_gb !== 'number' || now.version === undefined)
            return undefined;
        const followsLatest = now.version === 'latest';
        return { image: now.display_name, version: now.version, followsLatest, sizeGb: now.size_gb };
    }
    const images = await names.customImages();
    const definition = images.find((candidate) => String(candidate.id) === imageId);
    const name = image?.name ?? definition?.name ?? now?.display_name ?? imageId;
    const wanted = write.imageVersion ?? (changesImage ? 'latest' : now?.version);
    const followsLatest = wanted === 'latest';
    const version = followsLatest ? definition?.latest_version : wanted;
    if (!version)
        return undefined;
    const read = await names.perRun.once(`image-version:${imageId}:${version}`, () => names.gateway
        .read(routes_IMAGE_VERSION, { image_definition_id: Number(imageId), version }, IMAGE_VERSION)
        .catch((error) => {
        if (error.status !== 404)
            throw error;
        throw new errors/* UserError */.yo('lookup', 'image-version', `Input 'image-version': the custom image '${name}' has no version ${version} (list-image-versions lists them).`);
    }));
    if (typeof read.size_gb !== 'number')
        return undefined;
    return { image: name, version, followsLatest, sizeGb: read.size_gb };
}
/** The group with the id, from the groups' listing (read once per run); undefined when it is not there. */
async function groupNetwork(names, id) {
    const group = (await names.runnerGroups()).find((candidate) => candidate.id === id);
    return group && { name: group.name, networkConfigurationId: group.network_configuration_id };
}
/**
 * Refuses a group write that gives the group a network configuration it does not have yet while hosted
 * runners with static IPs are in it (reads the runners' listing once per run, only then).
 */
async function checkGroupNetwork(names, group, networkConfigurationId) {
    if (!networkConfigurationId || networkConfigurationId === group.network_configuration_id)
        return;
    const runners = await names.hostedRunners();
    const pinned = runners.filter((runner) => runner.runner_group_id === group.id && runner.public_ip_enabled);
    const refusal = groupNetworkRefusal(group.name, pinned.map((runner) => runner.name)) ??
        groupSizeRefusal(group.name, runners
            .filter((runner) => runner.runner_group_id === group.id)
            .flatMap((runner) => {
            const cpuCores = runner.machine_size_details?.cpu_cores;
            return typeof cpuCores === 'number' ? [{ name: runner.name, cpuCores }] : [];
        }));
    if (refusal)
        throw refusal;
}
/** update-group's settings as the inputs want them, checked: a new network configuration reads the group. */
async function checkedGroupSettings(inputs, names) {
    const settings = await groupSettingsWanted(inputs, names);
    if (settings.networkConfigurationId !== undefined)
        await checkGroupNetwork(names, await names.runnerGroup(), settings.networkConfigurationId);
    return settings;
}

;// CONCATENATED MODULE: ./src/operations/runner-writes.ts






/** Reads what the write's rules need, then throws the first refusal. */
async function checkRunnerWrite(names, write, { groupOf, ...known }) {
    const { gateway } = names;
    let facts = { ...known, where: (0,common_scope/* describeScope */.OI)(gateway.scope) };
    const check = async (more) => {
        facts = { ...facts, ...more };
        const refusal = refusalOf(write, facts);
        if (refusal)
            throw refusal;
        // GitHub's size rules (resources/hosted-runner/size-rules.ts) after the others: a size not offered is named first. A
        // write that sends no size (a move to another group, another image) has not read the sizes: they are
        // read when a rule refuses it, so that the refusal names the sizes that would fit.
        const sizeRule = sizeRefusal(write, facts);
        if (sizeRule && !facts.sizes) {
            const sizes = await machineSizes(names).catch(() => undefined);
            throw (sizes && sizeRefusal(write, { ...facts, sizes })) ?? sizeRule;
        }
        if (sizeRule)
            throw sizeRule;
    };
    await check({ sizes: write.size === undefined ? undefined : await machineSizes(names) });
    const customVersion = storageMatters(write, known.current)
        ? await customVersionAfter(names, write, known)
        : undefined;
    // Sizes that would hold the image are named when the runner's own size does not.
    const short = customVersion && !facts.sizes && (storageAfter(write, facts).storageGb ?? Infinity) < customVersion.sizeGb;
    const groupId = write.runnerGroupId ?? known.current?.runner_group_id;
    // The group is read when a static IP lands in it, or when the size is beyond private networking's.
    const sizeMatters = sizeRulesMatter(write, known) && beyondPrivateNetworking(vcpusAfter(write, facts).cpuCores);
    const group = groupId !== undefined && (staticIpGroupMatters(write, known.current) || sizeMatters)
        ? await (groupOf ?? ((id) => (typeof id === 'number' ? groupNetwork(names, id) : undefined)))(groupId)
        : undefined;
    await check({ customVersion, group, sizes: short ? await machineSizes(names) : facts.sizes });
    if (!turnsStaticIpOn(write, known.current))
        return;
    await check({ publicIps: await publicIpLimits(names) });
}
/** The parameters of `create-runner`: the image resolved to its id, checked against GitHub's rules. */
async function createParams(i, names) {
    const source = imageSourceOf(i);
    const image = await names.image(i.imageId, source);
    const runnerGroupId = await names.runnerGroupIdOrDefault();
    const wanted = {
        ...wantedRunnerSettings(i),
        name: i.runnerName,
        imageId: image.id,
        runnerGroupId
    };
    await checkRunnerWrite(names, { ...wanted, imageSource: source }, { image });
    return createBody(RUNNER_FIELDS, wanted);
}
/** The parameters of `update-runner`: the runner is read only when a rule needs its current state. */
async function updateParams(i, names) {
    const hosted_runner_id = await names.runnerId();
    // The runner's image, size, static IP and group decide whether a change of any of them breaks a rule.
    const needsCurrent = i.imageId !== undefined ||
        i.imageVersion !== undefined ||
        i.size !== undefined ||
        i.runnerGroup !== undefined ||
        i.enableStaticIp === true;
    const current = !needsCurrent
        ? undefined
        : i.runnerId !== undefined
            ? await names.runnerById(i.runnerId)
            : await names.runnerNamed(i.runnerName);
    const source = imageSourceOf(i);
    const image = source && (await names.image(i.imageId, source));
    const wanted = {
        ...wantedRunnerSettings(i),
        imageId: image ? image.id : undefined,
        runnerGroupId: i.runnerGroup === undefined ? undefined : await names.runnerGroupId()
    };
    await checkRunnerWrite(names, wanted, { current, image: image || undefined });
    return {
        hosted_runner_id,
        ...updateBody(RUNNER_FIELDS, 
        // With both, `runner-id` picks the runner and `runner-name` is its new name.
        { ...wanted, name: i.runnerId !== undefined ? i.runnerName : undefined }, current)
    };
}

;// CONCATENATED MODULE: ./src/resources/hosted-runner/rollout-progress.ts
// Where a rollout is, runner by runner: planned, sent, read Ready, failed, set back or never sent, and the
// image each is set to now. The wave runner (operations/rollout-waves.ts) moves it on; the report reads it.

function startProgress(plan, dryRun) {
    const runners = plan.waves.flatMap((wave) => wave.runners.map((runner) => ({ runner, wave: wave.label, step: dryRun ? 'planned' : 'not sent' })));
    return { plan, runners: runners.map((r) => ({ ...r })) };
}
function progressOf(progress, name) {
    return progress.runners.find((r) => r.runner.name === name);
}
/** The image a runner is set to now, as far as the run knows: the new one once sent, the old one when set back. */
function imageNow({ runner, step }) {
    const before = step === 'planned' || step === 'not sent' || step.startsWith('set back');
    return rollout_imageText(before ? runner.before : runner.after);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/report/outputs.ts
// The step's outputs, as docs/reference.md names them, and how each is written: as text, with `result`
// also in a file under RUNNER_TEMP (`result-file`), and in its place a note when it is too large.






function outputText(outputs) {
    const text = { result: JSON.stringify(outputs.result ?? {}) };
    const put = (name, value) => {
        if (value !== undefined)
            text[name] = typeof value === 'string' ? value : JSON.stringify(value);
    };
    put('count', outputs.count);
    put('runner-id', outputs.runnerId);
    put('runner-name', outputs.runnerName);
    put('status', outputs.status);
    put('runner-group-id', outputs.runnerGroupId);
    put('network-configuration-id', outputs.networkConfigurationId);
    put('changed', outputs.changed);
    put('deleted', outputs.deleted);
    put('plan', outputs.plan);
    put('plan-digest', outputs.planDigest);
    return text;
}
/**
 * Sets every output; `result` is written to `result-file` too, and only there when it is too large (so
 * is `plan`, which `result` holds).
 */
function outputs_writeOutputs(outputs, env = process.env) {
    const text = outputText(outputs);
    const file = join(env.RUNNER_TEMP || tmpdir(), `hosted-runners-result-${randomUUID()}.json`);
    writeFileSync(file, text.result ?? '{}', 'utf8');
    text['result-file'] = file;
    const limit = `${MAX_OUTPUT_BYTES / 1024 / 1024} MiB, GitHub's limit for an output`;
    if (Buffer.byteLength(text.result ?? '') > MAX_OUTPUT_BYTES) {
        text.result = JSON.stringify({
            note: `The result is larger than ${limit}: read it from the file in the result-file output.`,
            result_file: file
        });
    }
    // apply's `result` holds its plan under `plan`: the file has it whole.
    if (text.plan !== undefined && Buffer.byteLength(text.plan) > MAX_OUTPUT_BYTES) {
        text.plan = JSON.stringify({
            note: `The plan is larger than ${limit}: read it from the file in the result-file output, under its "plan" key.`,
            result_file: file
        });
    }
    for (const [name, value] of Object.entries(text))
        core.setOutput(name, value);
}
function isHostedRunner(value) {
    const runner = value;
    return (typeof runner?.id === 'number' && typeof runner.name === 'string' && typeof runner.status === 'string');
}
function runnerOutputs(runner) {
    return { runnerId: runner.id, runnerName: runner.name, status: runner.status };
}

;// CONCATENATED MODULE: ./src/report/run-tables.ts


const PREFERRED_COLUMNS = [
    'id',
    'name',
    'full_name',
    'display_name',
    'version',
    'status',
    'state',
    'visibility',
    'platform',
    'source',
    'image_details',
    'machine_size_details',
    'runner_group_id',
    'cpu_cores',
    'memory_gb',
    'storage_gb',
    'size_gb',
    'created_on',
    'default'
];
/** The columns that say most about list items; none for a list of plain values. */
function columnsOf(items) {
    const keys = new Set(items.flatMap((item) => (isObject(item) ? Object.keys(item) : [])));
    const columns = PREFERRED_COLUMNS.filter((key) => keys.has(key));
    return columns.length > 0 ? columns : [...keys].slice(0, 6);
}
/** A table of list items, with the columns that say most about them. */
function itemsTable(items, labels) {
    if (items.length === 0)
        return '_No items._';
    const columns = columnsOf(items);
    if (columns.length === 0 || !items.every(isObject))
        return table(['value'], items.map((item) => [item]));
    return table(columns, items.map((item) => columns.map((key) => fieldText(key, item[key], labels))));
}
/** One log line per list item, with the same columns as its table. */
function itemLines(items, labels) {
    const columns = columnsOf(items);
    return items.map((item) => isObject(item)
        ? bodyText(Object.fromEntries(columns.map((key) => [key, item[key]])), labels)
        : plainText(item));
}
/** A field/value table of one object. */
function fieldsTable(value, labels) {
    if (!isObject(value) || Object.keys(value).length === 0)
        return '';
    return table(['field', 'value'], Object.entries(value).map(([key, v]) => [key, fieldText(key, v, labels)]));
}
/** The writes sent, each with what it concerned (a name, or its body) when `details` says. */
function sentTable(sent, details = () => '') {
    const rows = sent.map((w) => [w.method, w.path, w.status, details(w)]);
    const shown = rows.some((row) => row[3] !== '') ? rows : rows.map((row) => row.slice(0, 3));
    return table(['method', 'path', 'status', 'details'].slice(0, shown[0]?.length ?? 3), shown);
}
function plannedTable(planned, labels) {
    const rows = planned.map((r) => [r.method, r.path, bodyText(r.body, labels)]);
    return `Dry run: nothing was sent. Planned requests:\n\n${table(['method', 'path', 'details'], rows)}`;
}

;// CONCATENATED MODULE: ./src/execute/runner-wait.ts
// Waiting for a hosted runner to be Ready, or to be gone: a pure verdict per sighting, and one
// polling loop, used by wait-runner and by every write that takes `wait-for`.






const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000;
/** The first interval; each next one is 1.5 times longer, up to a minute (provisioning takes minutes). */
const DEFAULT_POLL_INTERVAL_MS = 15_000;
const BACKOFF = 1.5;
const MAX_BACKOFF_MS = 60_000;
/** How long to wait before look number `sightings + 1`: `poll-interval`, growing ×1.5 up to 60 s. */
function pollDelayMs(firstMs, sightings) {
    return Math.round(Math.min(Math.max(firstMs, MAX_BACKOFF_MS), firstMs * BACKOFF ** (sightings - 1)));
}
const CHECK = "Check the runner in the organization's settings (Actions → Runners)";
/**
 * What one sighting of the runner means for the wait. `previous` is the status at the look before:
 * Shutdown fails once it is seen twice in a row (a runner may pass through it).
 */
function verdictOf(seen, target, elapsedMs, timeoutMs, previous) {
    if ('gone' in seen)
        return target === 'deleted' ? { done: true } : { fail: 'it was deleted while waiting for Ready' };
    const { status } = seen.runner;
    if (target === 'ready' && status === 'Ready')
        return { done: true };
    if (status === 'Stuck')
        return {
            fail: `its status is Stuck: GitHub could not provision it. ${CHECK}, its image and size; delete it and create it again`
        };
    if (target === 'ready' && status === 'Shutdown' && previous === 'Shutdown')
        return {
            fail: `its status stayed Shutdown across two looks: GitHub stopped it. ${CHECK}, the organization's Actions spending limit and billing, and its runner group's network configuration`
        };
    if (elapsedMs >= timeoutMs) {
        return { fail: `timed out after ${(0,formats/* describeMs */.e0)(timeoutMs)}; last status seen: ${status}` };
    }
    return { pollAgain: true };
}
function waitOptions(inputs, target, clock) {
    return {
        target,
        timeoutMs: inputs.waitTimeout ?? DEFAULT_WAIT_TIMEOUT_MS,
        pollMs: inputs.pollInterval ?? DEFAULT_POLL_INTERVAL_MS,
        clock
    };
}
/** While the status stays the same, a line at least this often says the wait goes on. */
const STILL_WAITING_EVERY_MS = 60_000;
/**
 * Polls the runner until the verdict is done or failed, logging each change of status with the time
 * spent, and a line a minute while it stays the same. Network errors and 5xx are retried by the
 * client; any other error (401, 403, a 404 when waiting for Ready) stops at once.
 */
async function waitForRunner(gateway, log, runner, options, labels) {
    const { clock } = options;
    const started = clock.now();
    const wanted = options.target === 'ready' ? 'Ready' : 'deleted';
    let last;
    let lastStatus;
    let loggedAt = 0;
    let changedAt = 0;
    for (let sightings = 1;; sightings++) {
        const seen = await observe(gateway, runner.id, options.target);
        const elapsed = clock.now() - started;
        const status = 'runner' in seen ? seen.runner.status : 'deleted';
        const who = `Runner ${last?.name ?? runner.name ?? runner.id}`;
        const previous = lastStatus;
        if (previous === undefined)
            log.info(status === wanted
                ? `${who} is ${status}.`
                : `${who} is ${status}: waiting up to ${(0,formats/* describeMs */.e0)(options.timeoutMs)} for ${wanted}, looking every ${(0,formats/* describeMs */.e0)(options.pollMs)} at first.`);
        else if (status !== previous)
            log.info(`${who} is ${status} after ${elapsedText(elapsed)} (${previous} for ${elapsedText(elapsed - changedAt)}).`);
        else if (elapsed - loggedAt >= STILL_WAITING_EVERY_MS)
            log.info(`${who} is still ${status} after ${elapsedText(elapsed)}.`);
        if (status !== previous)
            changedAt = elapsed;
        if (status !== previous || elapsed - loggedAt >= STILL_WAITING_EVERY_MS)
            loggedAt = elapsed;
        lastStatus = status;
        if ('runner' in seen)
            last = seen.runner;
        const verdict = verdictOf(seen, options.target, elapsed, options.timeoutMs, previous);
        if ('pollAgain' in verdict) {
            const delay = pollDelayMs(options.pollMs, sightings);
            await clock.sleep(Math.min(delay, Math.max(0, options.timeoutMs - elapsed)));
            continue;
        }
        const outcome = report(runner, 'gone' in seen ? undefined : last, sightings, elapsed, wanted, labels);
        if ('done' in verdict)
            return outcome;
        const name = last?.name ?? runner.name ?? String(runner.id);
        const failure = new Error(`Runner '${name}' (id ${runner.id}) did not become ${wanted}: ${verdict.fail}.`);
        throw new errors/* PartialFailure */.CI(failure, outcome.outputs, outcome.summary);
    }
}
/** `45s`, `2m 5s`: time spent, rounded to the second. */
function elapsedText(ms) {
    const seconds = Math.round(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m${seconds % 60 ? ` ${seconds % 60}s` : ''}`;
}
/**
 * The outputs and summary of a finished wait: the runner as last seen (once), or `deleted`. A wait
 * that found the runner as wanted at the first look waited for nothing and says nothing of waiting.
 */
function report(runner, last, sightings, elapsedMs, wanted, labels) {
    const name = last?.name ?? runner.name;
    const state = last ?? { id: runner.id, name, status: 'deleted' };
    const outputs = last ? runnerOutputs(last) : { runnerId: runner.id, runnerName: name, status: 'deleted' };
    const waited = sightings > 1
        ? `Waited ${elapsedText(elapsedMs)} (${sightings} looks) for runner \`${name ?? runner.id}\` to be ${wanted}.`
        : '';
    return {
        outputs: { result: state, ...outputs },
        summary: [waited, fieldsTable(state, labels)].filter(Boolean).join('\n\n')
    };
}
/** Whether a write that concerns this runner is followed by a wait (`wait-for`, never in dry-run). */
function willWait({ gateway, inputs }, runnerId) {
    return Boolean(inputs.waitFor) && !gateway.dryRun && runnerId !== undefined;
}
/**
 * After a write that concerns a runner: waits when `wait-for` asks (never in dry-run), so the runner
 * outputs are its state after the wait. `result` stays the write's, or becomes the runner's.
 */
async function waitAfterWrite(context, written, { result }) {
    const { gateway, inputs, log, names } = context;
    const { runnerId, runnerName } = written.outputs;
    if (!inputs.waitFor || !willWait(context, runnerId))
        return written;
    const after = (waited) => ({
        outputs: {
            ...written.outputs,
            ...waited.outputs,
            result: result === 'write' ? written.outputs.result : waited.outputs.result
        },
        summary: `${written.summary}\n\n${waited.summary}`
    });
    const options = waitOptions(inputs, inputs.waitFor, context.waitClock);
    const target = { id: runnerId, name: runnerName };
    try {
        return after(await waitForRunner(gateway, log, target, options, names.tableLabels));
    }
    catch (error) {
        // The write happened: a failed wait still reports it (`changed`, its summary) beside the wait's state.
        if (!(error instanceof errors/* PartialFailure */.CI))
            throw error;
        const { outputs, summary } = after(error);
        throw new errors/* PartialFailure */.CI(error.cause, outputs, summary);
    }
}
async function observe(gateway, id, target) {
    try {
        return {
            runner: await gateway.read(RUNNER, { hosted_runner_id: id }, HOSTED_RUNNER)
        };
    }
    catch (error) {
        if (target === 'deleted' && error.status === 404)
            return { gone: true };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/engine/execute.ts
// The one executor: every write the action sends goes through here, as a write of a change of a plan
// (endpoint operations, ensure-*, cleanup-image-versions, apply). Dry-run is the same plan, unsent.
// Just before a change's first write it checks again what the change depends on (the changes before
// it were done; the kind's own precondition, read with the fewest requests): a change that fails its
// check is skipped, and so is every change that depends on it. It owns lost-answer safety for creates,
// stops at the first failed write, and keeps the record: each write's and each change's status.



/** What the run did: each write's state, and why a change was skipped. */
class ExecutionRecord {
    dryRun;
    writes = new Map();
    /** Skipped changes, by key: why. */
    skipped = new Map();
    bodies = [];
    constructor(dryRun) {
        this.dryRun = dryRun;
    }
    statusOf(entry) {
        if (this.dryRun)
            return 'planned';
        const states = entry.writes.map((w) => this.writes.get(w)?.state);
        if (states.includes('failed'))
            return 'failed';
        return states.length > 0 && states.every((s) => s === 'done') ? 'done' : 'not-done';
    }
}
/**
 * Sends `writes` (every write of `entries`, in the order they are safe to send) and returns the record.
 * A write that fails stops the run: the writes before it stay recorded, none after it is sent. When
 * changes were skipped, the step fails naming them after the rest was sent.
 */
async function executePlan({ gateway, retries }, entries, writes = entries.flatMap((e) => e.writes), hooks = {}) {
    const record = hooks.record ?? new ExecutionRecord(gateway.dryRun);
    const entryOf = new Map();
    for (const entry of entries)
        for (const write of entry.writes)
            entryOf.set(write, entry);
    const byKey = new Map(entries.map((entry) => [changeKey(entry.change), entry]));
    const started = new Set();
    let wave;
    // Said at info level: a run that changes nothing is not a silent one.
    if (writes.length === 0)
        gateway.log.info('Nothing to change: everything already matches.');
    for (const planned of writes) {
        const entry = entryOf.get(planned);
        const waveNow = hooks.waveOf?.(planned);
        if (waveNow !== undefined && wave !== undefined && waveNow !== wave)
            await hooks.boundary?.(waveNow, record);
        wave = waveNow ?? wave;
        const key = changeKey(entry.change);
        if (record.skipped.has(key))
            continue;
        try {
            if (!started.has(entry)) {
                started.add(entry);
                const why = gateway.dryRun ? undefined : await whyNot(entry, byKey, record, hooks, gateway);
                if (why !== undefined) {
                    record.skipped.set(key, why);
                    for (const write of entry.writes)
                        record.writes.set(write, { state: 'skipped', why });
                    gateway.log.warning(`Skipped ${changeLabel(entry.change)}: ${why}.`);
                    hooks.skipped?.(entry, why);
                    continue;
                }
                await hooks.beforeChange?.(entry);
            }
            const write = (await hooks.prepare?.(planned, entry)) ?? planned;
            const sent = await send(gateway, write, retries);
            record.writes.set(planned, { state: 'done', status: sent?.status ?? 0 });
            record.bodies.push(sent?.data);
            hooks.afterWrite?.(planned, sent?.data, entry, { status: sent?.status, gone: sent?.gone });
            if (entry.writes.at(-1) === planned)
                await hooks.afterChange?.(entry, record);
        }
        catch (error) {
            if (!(record.writes.get(planned)?.state === 'done'))
                record.writes.set(planned, { state: 'failed' });
            const left = hooks.report?.(`**Stopped at:** ${changeLabel(entry.change)}${entry.writes.length > 1 ? ` (${planned.change})` : ''}; the writes before it were sent, none after it.`, record);
            if (!left)
                throw error;
            throw new errors/* PartialFailure */.CI(error, left.outputs, left.summary);
        }
    }
    if (record.skipped.size > 0) {
        const skipped = [...record.skipped].map(([key, why]) => {
            const entry = byKey.get(key);
            return `${changeLabel(entry.change)}: ${why}`;
        });
        const message = `Not done, because what they depend on changed since the plan: ${skipped.join('; ')}. Nothing else was left out; re-run to plan again.`;
        const report = hooks.report?.(`**Not done:** ${record.skipped.size} change(s) skipped.`, record);
        throw new errors/* PartialFailure */.CI(new Error(message), report?.outputs ?? { result: {}, changed: true }, report?.summary ?? '');
    }
    return record;
}
/** Why a change may not be sent now: a change it depends on was not done, or its own check. */
async function whyNot(entry, byKey, record, hooks, gateway) {
    for (const key of entry.change.depends_on ?? []) {
        const before = byKey.get(key);
        if (!before || record.statusOf(before) !== 'done')
            return `it depends on ${before ? changeLabel(before.change) : key}, which was not done`;
    }
    if (!hooks.check)
        return undefined;
    // Read as late as can be: after the wait for the write's slot, so that the write follows at once.
    await gateway.untilWriteSlot();
    return hooks.check(entry);
}
/** One write: a create so that a lost answer never makes two; a delete that finds the object gone is done. */
async function send(gateway, write, retries) {
    if (write.findCreated)
        return createOnce(gateway, write.route, write.params, write.findCreated, retries);
    return gateway.write(write.route, write.params).catch((error) => {
        if (write.goneIsDone && error.status === 404)
            return { status: 404, data: {}, gone: true };
        throw error;
    });
}
/**
 * A create of something that has a name, sent so that a run never creates it twice: when the answer is
 * lost (network error, or a 5xx after which GitHub may have acted), the name is looked up before the
 * create is sent again.
 */
async function createOnce(gateway, route, params, findCreated, retries) {
    if (gateway.dryRun)
        return gateway.write(route, params);
    for (let attempt = 0;; attempt++) {
        try {
            // The client's own retries are off here: they would send the create again unchecked.
            return await gateway.write(route, params, WITHOUT_RETRIES);
        }
        catch (error) {
            const failure = error;
            const status = failure.response ? (failure.status ?? 0) : 0;
            if (!(status === 0 || status >= 500))
                throw error;
            const created = await findCreated();
            if (created !== undefined) {
                const planned = gateway.describe(route, params);
                gateway.record(planned, 201);
                gateway.log.info(`${planned.method} ${planned.path}: the answer was lost, but it was created; not sending it again.`);
                return { status: 201, data: created };
            }
            if (attempt >= retries.count)
                throw error;
            await retries.sleep(retries.backoffUnitMs * (attempt + 1) ** 2);
        }
    }
}

;// CONCATENATED MODULE: ./src/operations/rollout-waves.ts
// The wave runner of a rollout: the plan's other writes first (groups, creates, updates that touch no
// image), then each wave through the one executor, each runner of the wave read until Ready by the one
// runner wait, and the deletions last. A wave that fails stops the rollout: with `rollback`, its runners
// are set back to the images they had and read until Ready again; the runners of later waves are never sent.





const isDelete = (write) => write.route.startsWith('DELETE ');
/**
 * Sends the plan's writes; with a rollout, its image changes go wave by wave, and the deletions wait
 * until every wave is Ready (a group left by a rolled-out runner, a version retention would delete).
 */
async function executeWithRollout(context, entries, writes, rollout, hooks) {
    if (!rollout) {
        await executePlan(context, entries, writes, hooks);
        return;
    }
    const rolled = new Set(rolledOut(rollout.plan).map((runner) => runner.write));
    const others = writes.filter((write) => !rolled.has(write));
    // One record across the phases: a change of a later phase depends on those of earlier ones.
    const send = async (some, extra = hooks) => {
        if (some.length > 0)
            await executePlan(context, entries, some, extra);
    };
    await send(others.filter((write) => !isDelete(write)));
    const { waves } = rollout.plan;
    for (const [index, wave] of waves.entries()) {
        const where = `Rollout ${wave.label} (wave ${index + 1} of ${waves.length})`;
        const verb = context.gateway.dryRun ? 'would change' : 'changing';
        context.log.info(`${where}: ${verb} ${wave.runners.map((r) => r.name).join(', ')}.`);
        const steps = wave.runners.map((runner) => progressOf(rollout.progress, runner.name));
        const log = { ...context.log, info: (message) => context.log.info(`${where}: ${message}`) };
        await send(wave.runners.map((runner) => runner.write), {
            ...hooks,
            afterWrite(write, body, entry, answer) {
                const step = steps.find((s) => s.runner.write === write);
                if (step && !context.gateway.dryRun)
                    step.step = 'sent';
                hooks.afterWrite?.(write, body, entry, answer);
            }
        }).catch(async (error) => {
            // A write of the wave refused (a 422…) after others of it were sent: with rollback, those go back.
            const sent = steps.filter((s) => s.step === 'sent');
            if (context.gateway.dryRun || !rollout.plan.settings.rollback || sent.length === 0)
                throw error;
            throw hooks.stopped(await writeFailed(context, log, { rollout, steps, wave: wave.label, error }));
        });
        if (context.gateway.dryRun)
            continue;
        for (const step of steps) {
            step.step = 'waiting';
            const failure = await waitUntilReady(context, log, step, rollout.plan.settings.waitTimeoutMs).catch((error) => {
                // A read refused (401, 403, 404): the step fails with the rollout's state, and the request's status.
                rollout.progress.stoppedAt = step.runner.name;
                const read = (0,errors/* describeFailure */.Ic)(`reading runner '${step.runner.name}'`, error);
                const message = `The rollout stopped in wave '${wave.label}': ${read} ${notSentText(rollout.progress)}`;
                throw hooks.stopped(Object.assign(new Error(message.trim()), { status: statusOf(error) }));
            });
            if (failure === undefined)
                continue;
            rollout.progress.stoppedAt = step.runner.name;
            throw hooks.stopped(await stop(context, log, { rollout, steps, failed: step, failure, wave: wave.label }));
        }
    }
    await send(others.filter(isDelete));
}
/** Reads the runner until it is Ready; the reason it is not, when it failed. */
async function waitUntilReady(context, log, step, timeoutMs) {
    const options = {
        target: 'ready',
        timeoutMs,
        pollMs: context.inputs.pollInterval ?? DEFAULT_POLL_INTERVAL_MS,
        clock: context.waitClock
    };
    const { id, name } = step.runner;
    try {
        const outcome = await waitForRunner(context.gateway, log, { id, name }, options, context.names.tableLabels);
        step.status = outcome.outputs.status;
        if (step.step === 'waiting')
            step.step = 'ready';
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* PartialFailure */.CI))
            throw error;
        step.status = error.outputs.status;
        const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
        return cause.replace(/^Runner '[^']*' \(id \d+\) /, '');
    }
}
/** The failed wave set back (with `rollback`), and the error that names the runner, its state and image. */
async function stop(context, log, stopping) {
    const { rollout, steps, failed, failure, wave } = stopping;
    failed.step = 'failed';
    failed.failedAs = failed.status ?? 'not Ready';
    const { name, after, before } = failed.runner;
    const lines = [
        `The rollout stopped in wave '${wave}': runner '${name}' is ${failed.status ?? 'not Ready'} on image ${rollout_imageText(after)}; it ${failure}`
    ];
    const sent = steps.filter((s) => s.step !== 'not sent');
    const { rollback, waitTimeoutMs } = rollout.plan.settings;
    if (rollback)
        lines.push(await setBackWave(context, log, sent, waitTimeoutMs));
    else {
        const who = sent.map((s) => `'${s.runner.name}'`).join(', ');
        lines.push(`Rollback is off: ${who} ${sent.length === 1 ? 'stays' : 'stay'} on ${rollout_imageText(after)}, and had ${rollout_imageText(before)}.`);
    }
    lines.push(notSentText(rollout.progress));
    return new Error(lines.filter(Boolean).join(' '));
}
function notSentText(progress) {
    const notSent = progress.runners.filter((r) => r.step === 'not sent');
    return notSent.length === 0
        ? ''
        : `Not sent, so on their image still: ${describe(notSent.map((r) => r.runner))}.`;
}
/** A write of the wave failed after others of it were sent: those are set back, and the error says so. */
async function writeFailed(context, log, { rollout, steps, wave, error }) {
    const cause = error instanceof errors/* PartialFailure */.CI ? error.cause : error;
    const failed = steps.find((s) => s.step === 'not sent');
    rollout.progress.stoppedAt = failed?.runner.name;
    const sent = steps.filter((s) => s.step === 'sent');
    const back = await setBackWave(context, log, sent, rollout.plan.settings.waitTimeoutMs);
    const text = [
        `The rollout stopped in wave '${wave}': ${(0,errors/* describeFailure */.Ic)(`the change of runner '${failed?.runner.name ?? '?'}'`, cause)}.`,
        back,
        notSentText(rollout.progress)
    ];
    return Object.assign(new Error(text.filter(Boolean).join(' ')), { status: statusOf(cause) });
}
/** Sets every sent runner of the wave back to the image it had, then reads each until Ready again. */
async function setBackWave(context, log, sent, timeoutMs) {
    const back = new Map(sent.map((s) => [setBack(s.runner), s]));
    // Each set-back is a change of its own, bound to the runner: the one executor sends it.
    const entries = [...back].map(([write, step]) => ({
        change: {
            kind: 'update',
            object: 'hosted-runner',
            id: step.runner.id,
            name: step.runner.name,
            fields: {}
        },
        writes: [write]
    }));
    try {
        await executePlan(context, entries, undefined, {
            afterWrite: (write) => {
                const step = back.get(write);
                if (step)
                    step.step = 'set back';
            }
        });
    }
    catch (error) {
        const notBack = [...back.values()].filter((s) => !s.step.startsWith('set back'));
        return `Setting back failed (${error instanceof Error ? error.message : String(error)}): ${describe(notBack.map((s) => s.runner))} may still be on the new image.`;
    }
    const notReady = [];
    for (const step of back.values()) {
        const failure = await waitUntilReady(context, log, step, timeoutMs);
        if (failure !== undefined) {
            step.step = 'set back, not ready';
            notReady.push(`'${step.runner.name}' ${failure}`);
        }
    }
    const names = describe([...back.values()].map((s) => s.runner));
    return notReady.length === 0
        ? `Set back to the image each had, and Ready again: ${names}.`
        : `Set back to the image each had: ${names}; not Ready again: ${notReady.join('; ')}`;
}
const describe = (runners) => runners.map((r) => `'${r.name}' (${rollout_imageText(r.before)})`).join(', ') || 'none';
const statusOf = (error) => error?.status;

;// CONCATENATED MODULE: ./src/operations/rollout-report.ts
// What a rollout leaves for a person: its waves, where each runner of each wave is and the image it is
// set to now, for the summary (also after a stop or a cancel) and for `plan`.




function settingsText({ settings }) {
    const batch = 'count' in settings.batch ? String(settings.batch.count) : `${settings.batch.percent}%`;
    return `canary ${settings.canary}, batch ${batch}, wait-timeout ${(0,formats/* describeMs */.e0)(settings.waitTimeoutMs)}, rollback ${settings.rollback ? 'on' : 'off'}`;
}
const stepText = ({ step, status, failedAs }) => {
    const failed = failedAs === undefined ? '' : `failed (${failedAs})`;
    if (step === 'failed')
        return failed;
    const now = step === 'set back, not ready' ? `${step} (${status ?? 'unknown'})` : step;
    return failed ? `${failed}, ${now}` : now;
};
/** The summary's rollout section: the waves in order, each runner with its image now and where it is. */
function rolloutSection(progress) {
    if (!progress)
        return '';
    const { waves } = progress.plan;
    const order = waves.map((w) => `${w.label}: ${w.runners.map((r) => r.name).join(', ')}`).join('; ');
    const heading = `**Rollout** of image changes in ${waves.length} wave${waves.length === 1 ? '' : 's'} (${settingsText(progress.plan)}): ${cell(order)}.`;
    const rows = progress.runners.map((r) => [
        r.wave,
        r.runner.name,
        `${rollout_imageText(r.runner.before)} → ${rollout_imageText(r.runner.after)}`,
        imageNow(r),
        stepText(r)
    ]);
    return `${heading}\n\n${table(['wave', 'runner', 'image change', 'image now', 'state'], rows, { maxRows: Infinity })}`;
}
/**
 * The records of `plan` with each rolled-out runner's wave; once the rollout stopped, the failed runner
 * is `failed`, a runner set back or never sent is `not-done`, each with a note saying so.
 */
function withRollout(records, progress) {
    if (!progress)
        return records;
    return records.map((record) => {
        const at = record.object === 'hosted-runner' ? progressOf(progress, record.name) : undefined;
        if (!at)
            return record;
        const stopped = progress.stoppedAt;
        const setBack = at.step.startsWith('set back') ? `${at.step} to ${rollout_imageText(at.runner.before)}` : '';
        if (at.failedAs !== undefined)
            return {
                ...record,
                wave: at.wave,
                status: 'failed',
                note: [`${at.failedAs} on ${rollout_imageText(at.runner.after)}`, setBack].filter(Boolean).join('; ')
            };
        if (setBack)
            return { ...record, wave: at.wave, status: 'not-done', note: setBack };
        if (stopped && at.step === 'not sent' && record.status !== 'failed')
            return {
                ...record,
                wave: at.wave,
                status: 'not-done',
                note: `not sent: the rollout stopped at '${stopped}'`
            };
        return { ...record, wave: at.wave };
    });
}

;// CONCATENATED MODULE: ./src/engine/gate.ts
// The one gate a plan passes before its first write, for `apply` and `cleanup-image-versions` alike: a
// list of rules, each one entry. The first rule that refuses stops the run: nothing is sent, the step
// fails naming the plan's changes (objects and ids), and the outputs and summary show the plan.


/** The failure of a drift check: the plan holds changes. */
class PlanNotEmpty extends Error {
    name = 'PlanNotEmpty';
}
/** Whether a run's failure is a drift check's. */
const isPlanNotEmpty = (error) => (error instanceof errors/* PartialFailure */.CI ? error.cause : error) instanceof PlanNotEmpty;
/** At most this many changes are named in a refusal's message; the summary shows every one. */
const gate_NAMED = 10;
/** The plan's changes as a refusal names them: `delete hosted-runner 'tmp' (id 42)`. */
function namedChanges(changes) {
    if (changes.length === 0)
        return 'it changes nothing';
    const named = changes.slice(0, gate_NAMED).map(changeLabel).join('; ');
    return `its changes: ${named}${changes.length > gate_NAMED ? `; and ${changes.length - gate_NAMED} more (see the step summary)` : ''}`;
}
/** `fail-on-changes: true`: a plan that is not empty fails before anything is sent. */
const noChanges = ({ failOnChanges, changes }) => {
    if (!failOnChanges || changes.length === 0)
        return undefined;
    const count = changes.length;
    const message = `The plan holds ${count} change${count === 1 ? '' : 's'} and input 'fail-on-changes' is true: nothing was sent. ` +
        'GitHub differs from what is declared: review the plan in the summary, then apply it or change the declaration.';
    return {
        message,
        note: '**Changes found:** nothing was sent.',
        asPlanned: true,
        error: new PlanNotEmpty(message)
    };
};
/** `require-reviewed-plan: true`: a run that sends writes must be given the digest of its own plan. */
const reviewRequired = ({ requireReviewedPlan, dryRun, expectedDigest, changes }) => {
    if (!requireReviewedPlan || dryRun || (expectedDigest ?? '') !== '')
        return undefined;
    return {
        message: `require-reviewed-plan: true, and 'expected-plan-digest' is ${expectedDigest === undefined ? 'not given' : 'empty'}: nothing was sent. ` +
            `Run the plan (dry-run) job, review its plan and pass its 'plan-digest' output. The plan: ${namedChanges(changes)}.`,
        note: '**Refused: no reviewed plan.** Nothing was sent.'
    };
};
/** A given `expected-plan-digest` must be this plan's, and a blank one is refused, never skipped. */
const reviewedDigest = ({ expectedDigest, digest, changes }) => {
    if (expectedDigest === undefined || expectedDigest.toLowerCase() === digest)
        return undefined;
    const given = expectedDigest.trim() === '' ? 'blank' : expectedDigest;
    return {
        message: `The plan is not the reviewed one: its digest is ${digest}, 'expected-plan-digest' is ${given}. ` +
            'Nothing was sent. GitHub or the file changed since the review (an object may have been replaced by another of the same name): ' +
            `review the plan in the step summary and run the plan job again. This run's plan: ${namedChanges(changes)}.`,
        note: '**Not the reviewed plan:** nothing was sent.'
    };
};
/** `max-deletions`: a plan that deletes more is refused whole. */
const deletionCap = ({ changes, maxDeletions, deletes, capAdvice }) => {
    const count = changes.filter((c) => c.kind === 'delete').length;
    if (count <= maxDeletions)
        return undefined;
    return {
        message: `The plan would delete ${count} ${deletes}, more than max-deletions (${maxDeletions}): nothing was sent. ` +
            `Check the plan in the step summary, then set 'max-deletions' to ${count} or more, ${capAdvice}.`,
        note: '**Stopped by the safety cap:** nothing was sent.',
        asPlanned: true
    };
};
/** The rules, in the order they are asked. One more rule is one more entry. */
const GATE_RULES = [noChanges, reviewRequired, reviewedDigest, deletionCap];
/**
 * Passes the plan through every rule; the first refusal throws, with what `report` leaves (its outputs
 * and summary, under the refusal's note).
 */
function passGate(facts, report) {
    for (const rule of GATE_RULES) {
        const refusal = rule(facts);
        if (!refusal)
            continue;
        const { outputs, summary } = report(refusal.note, refusal.asPlanned ?? false);
        throw new errors/* PartialFailure */.CI(refusal.error ?? new Error(refusal.message), outputs, summary);
    }
}

;// CONCATENATED MODULE: ./src/engine/plan.ts
// A plan's digest: the canonical serialisation of its changes (src/core/change.ts), ids, seen values
// and dependencies included. A reviewed dry run's `plan-digest`, given back as `expected-plan-digest`,
// lets a later run send its writes only when its own plan is that very plan, on the very same objects.

const byKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Writes `value` as JSON with every object's keys in sorted order, so that equal plans give equal text,
 * piece by piece: a plan of thousands of changes is hashed without its text ever being held whole.
 */
function writeCanonical(value, write) {
    if (Array.isArray(value)) {
        write('[');
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                write(',');
            // As the first release's `join`: a hole, a function or a symbol is written as nothing.
            const item = value[i];
            if (i in value && typeof item !== 'function' && typeof item !== 'symbol')
                writeCanonical(item, write);
        }
        write(']');
    }
    else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        write('{');
        entries.sort(byKey).forEach(([key, item], i) => {
            write(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
            writeCanonical(item, write);
        });
        write('}');
    }
    else {
        // A function or a symbol as a value is `undefined`, as the first release's template wrote it.
        write(String(JSON.stringify(value ?? null)));
    }
}
/** The canonical JSON text of `value` (see writeCanonical). */
function canonicalJson(value) {
    const parts = [];
    writeCanonical(value, (text) => parts.push(text));
    return parts.join('');
}
/** The pieces are gathered into chunks of about this many characters before each goes to the hash. */
const CHUNK = 16_384;
function hashCanonical(value) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let pending = '';
    writeCanonical(value, (text) => {
        pending += text;
        if (pending.length >= CHUNK) {
            hash.update(pending);
            pending = '';
        }
    });
    return hash.update(pending).digest('hex');
}
/**
 * The digest of a plan: every change with its object's id, the values it saw and wants, and what it
 * depends on; and how its image changes roll out (settings and waves) when the file says. A change's
 * reason is left out: a retention reason names a cut-off that moves with the clock, and the same deletes
 * are the same plan.
 */
function planDigest(changes, rollout) {
    const plan = changes.map(({ kind, object, id, name, seen, fields, depends_on }) => ({
        kind,
        object,
        id,
        name,
        seen: seen ?? {},
        fields,
        depends_on: [...(depends_on ?? [])].sort()
    }));
    // A plan without a rollout keeps the digest it has without one.
    return hashCanonical(rollout === undefined ? plan : { changes: plan, rollout });
}

;// CONCATENATED MODULE: ./src/resources/image-retention/recheck.ts

const isRetentionDelete = (entry) => entry.change.object === 'image-version' && 'provisioned' in entry;
/** Why the version must not be deleted now, or undefined. */
function keptNow(entry, runners) {
    const image = { id: entry.image_id };
    const unknown = runners.filter((runner) => imageUnknown(runner, String(entry.image_id)));
    if (unknown.length > 0)
        return `the answer for hosted runner${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => r.name).join(', ')} does not say which image and version ${unknown.length > 1 ? 'they use' : 'it uses'}: ${unknown.length > 1 ? 'they' : 'it'} may use this one`;
    const known = runners;
    const pinned = pinnedBy(known, image, entry.version);
    if (pinned)
        return `the retention rule now keeps it: ${pinned}`;
    const rolling = rollingOut(known.filter((runner) => !sentByPlan(runner, entry.provisioned)), image);
    return rolling ? `the retention rule now keeps it: ${rolling}` : undefined;
}
/**
 * Unknown: no `image_details`; or, unless it names GitHub's or a partner's image or another id, no id, no
 * version, or a source other than `custom`.
 */
function imageUnknown(runner, imageId) {
    const details = runner.image_details;
    if (details === null)
        return false;
    if (details === undefined)
        return true;
    if (details.source === 'github' || details.source === 'partner')
        return false;
    if (details.id !== undefined && details.id !== imageId)
        return false;
    return details.source !== 'custom' || details.id === undefined || details.version === undefined;
}
/**
 * Provisioning because this plan sent it to this image: the plan kept the version it had (the runner's
 * row as read) and the one it goes to, so its provisioning keeps nothing more. A runner that ended Stuck
 * or Shutdown, or that reports another image than the plan sent, is not the plan's doing.
 */
function sentByPlan(runner, provisioned) {
    const now = runner.image_details;
    return (runner.status === 'Provisioning' &&
        provisioned.some(({ name, image_details: sent }) => {
            const version = sent?.version;
            return (name === runner.name &&
                sent?.id === now?.id &&
                sent?.source === now?.source &&
                (version === undefined || version === now?.version));
        }));
}

;// CONCATENATED MODULE: ./src/engine/prechecks.ts
// What the executor reads again just before a delete, by kind, with the fewest requests: that the
// object still carries the name and values the plan saw (one GET), and for a group, that it holds no
// runner the plan does not move or delete (two more: its self-hosted and its hosted runners); before a
// group's new runner list, that it drops no runner registered since the plan (one read); before an
// image version's delete, that the retention rule still deletes it by the hosted runners as they are
// (one read: their listing). A change whose check fails is not sent (src/engine/execute.ts skips it and
// what depends on it).





/** Gone already: the DELETE finds it gone too, which is done. */
const goneIsUndefined = (error) => {
    if (error.status === 404)
        return undefined;
    throw error;
};
/** The seen values the answer says otherwise (only values the answer holds are compared). */
function changedSince(seen, now) {
    const differing = Object.entries(seen).filter(([key, value]) => (value === null || typeof value !== 'object') && key in now && now[key] !== value && key !== 'name');
    if (differing.length === 0)
        return undefined;
    return `its ${differing.map(([key, value]) => `${key} is now ${JSON.stringify(now[key])}, not ${JSON.stringify(value)}`).join(', ')} as the plan saw`;
}
function renamed(entry, now) {
    const name = String(entry.change.seen?.name ?? entry.change.name);
    if (now.name === name)
        return undefined;
    return `it is now named '${String(now.name)}', not '${name}' as the plan saw`;
}
const runnerDelete = async (gateway, entry) => {
    const now = await gateway
        .read(RUNNER, { hosted_runner_id: entry.change.id }, NAMED)
        .catch(goneIsUndefined);
    if (now === undefined)
        return undefined;
    return renamed(entry, now) ?? changedSince(entry.change.seen ?? {}, now);
};
const groupDelete = async (gateway, entry) => {
    const runner_group_id = entry.change.id;
    const now = await gateway.read(GROUP, { runner_group_id }, NAMED).catch(goneIsUndefined);
    if (now === undefined)
        return undefined;
    const name = renamed(entry, now);
    if (name)
        return name;
    const [selfHosted, hosted] = await Promise.all([
        gateway.readAll(GROUP_RUNNERS, { runner_group_id }, 'runners', NAMED),
        hostedRunnersIn(gateway, runner_group_id)
    ]);
    // Expected there now: only the runners the plan deletes, and runners GitHub is deleting. A runner the
    // plan saw there and moved out, or a self-hosted one another group's list took, is gone by now; one that
    // is there again (moved back meanwhile, a move GitHub did not make) would go to the default group.
    const deleted = new Set((entry.change.depends_on ?? [])
        .flatMap((key) => /^delete hosted-runner (\d+)$/.exec(key)?.[1] ?? [])
        .map(Number));
    const going = (runner) => deleted.has(runner.id) || runner.status === 'Deleting';
    const newcomers = [
        ...selfHosted.map((r) => `self-hosted runner '${r.name}' (id ${r.id})`),
        ...hosted.filter((r) => !going(r)).map((r) => `hosted runner '${r.name}' (id ${r.id})`)
    ];
    if (newcomers.length === 0)
        return undefined;
    return `it now holds ${newcomers.join(', ')}, which the plan does not move or delete, and GitHub would move to the default group`;
};
/**
 * A group's new self-hosted runner list replaces the old one whole, and GitHub moves a runner it drops to
 * the default group: just before it is sent, the group must hold no runner that the plan did not see there
 * (registered since) and that the list would drop.
 */
const groupRunnerList = async (gateway, entry) => {
    const list = entry.writes.find((write) => write.route === SET_RUNNERS);
    const ids = list?.fields?.runners;
    if (!list || !ids)
        return undefined;
    const known = new Set([...ids.from, ...ids.to]);
    const now = await gateway.readAll(GROUP_RUNNERS, { runner_group_id: list.params.runner_group_id }, 'runners', NAMED);
    const dropped = now.filter((runner) => !known.has(runner.id));
    if (dropped.length === 0)
        return undefined;
    const named = dropped.map((r) => `self-hosted runner '${r.name}' (id ${r.id})`).join(', ');
    return `it now holds ${named}, which the plan did not see there: its new runner list would drop ${dropped.length === 1 ? 'it' : 'them'}, and GitHub would move ${dropped.length === 1 ? 'it' : 'them'} to the default group`;
};
/**
 * A group's hosted runners: its own list at organization scope (one request); an enterprise's group has
 * none (GitHub's GHEC description), so the enterprise's hosted runners are read and filtered.
 */
async function hostedRunnersIn(gateway, groupId) {
    const item = NAMED;
    if (gateway.scope.kind === 'org')
        return gateway.readAll(GROUP_HOSTED_RUNNERS, { runner_group_id: groupId }, 'runners', item);
    const all = (await gateway.readAll(RUNNERS, {}, 'runners', item));
    // Fail closed: a runner whose answer does not say its group may be in this one.
    return all.filter((runner) => runner.runner_group_id === groupId || typeof runner.runner_group_id !== 'number');
}
/**
 * The retention rule read the hosted runners once, then deletes one version a second: a runner moved onto
 * a version, or a rollout started, since that read keeps the version (recheck.ts). The scope's runner
 * listing is read again before every delete (one request per 100 runners), never kept for the next one:
 * writes go at least a second apart (GitHub's spacing), so a kept listing would be a second older at each
 * delete, the window this check is there to close. Read each time, it is at most one spacing old when the
 * DELETE goes, and costs no time: it is read while the delete waits for its turn. Fail closed: a runner
 * whose answer does not say its image keeps the version. The version itself is not read (one more
 * request): the rule deletes only Ready and Failed versions, whose number and date do not change; the one
 * later state GitHub documents, disabled by its own retention, leaves a version no runner can use
 * (docs/github-behaviour.md). A version already gone is done.
 */
const versionDelete = async (gateway, entry) => {
    if (!isRetentionDelete(entry))
        return 'internal: an image version delete without its retention plan';
    const runners = await gateway.readAll(RUNNERS, {}, 'runners', HOSTED_RUNNER);
    return keptNow(entry, runners);
};
/** The checks, by kind of object and what is done to it. */
const CHECKS = {
    'delete hosted-runner': runnerDelete,
    'delete runner-group': groupDelete,
    'update runner-group': groupRunnerList,
    'delete image-version': versionDelete
};
/** The executor's `check` hook: the kind's precondition, when it has one. */
const precheck = (gateway) => (entry) => {
    const { kind, object } = entry.change;
    const check = kind === 'create' ? undefined : CHECKS[`${kind} ${object}`];
    return check && entry.change.id !== null ? check(gateway, entry) : Promise.resolve(undefined);
};

;// CONCATENATED MODULE: ./src/resources/network-configuration/created.ts
// The ids of the network configurations a plan creates, learned from their creates' answers, put into
// the runner group writes that name them (a group's create or PATCH is sent after them).



class CreatedConfigurations {
    #ids = new Map();
    /** After a write is answered: a configuration's create gives the id of its name. */
    sent(write, body) {
        const id = body?.id;
        const name = write.params.name;
        if (write.route === CREATE_CONFIGURATION && typeof name === 'string' && typeof id === 'string')
            this.#ids.set(name.toLowerCase(), id);
    }
    /**
     * The write with the id of a configuration created before it in place of its name (a note in dry-run);
     * when the create's answer held no id, the configuration is looked up by its name.
     */
    async fill(write, { dryRun, findNamed }) {
        const wanted = write.params.network_configuration_id;
        if (!isGroupToCreate(wanted))
            return write;
        const name = wanted.toBeCreated;
        const at = (id) => ({ ...write, params: { ...write.params, network_configuration_id: id } });
        if (dryRun)
            return at(`(id of the new network configuration '${name}')`);
        if (!this.#ids.has(name.toLowerCase())) {
            const found = await findNamed(name);
            if (!found)
                throw new errors/* UnexpectedAnswer */.M7(`GitHub's answer to the create of network configuration '${name}' held no id, and none of that name is there now: ${write.change} was not sent`);
            this.#ids.set(name.toLowerCase(), found.id);
        }
        return at(this.#ids.get(name.toLowerCase()));
    }
}

;// CONCATENATED MODULE: ./src/operations/apply.ts
// `apply`: the fleet file (src/fleet/read-fleet-file.ts) compared with what GitHub has (src/fleet/resolve.ts)
// gives a plan (src/engine/fleet-plan.ts); dry-run shows it, otherwise one executor sends its writes in the
// safe order, filling in the ids of groups created on the way.






























const APPLY = {
    name: 'apply',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: ['config', 'maxDeletions', 'expectedPlanDigest', 'failOnChanges', 'pollInterval'],
    run: runApply
};
async function runApply(context) {
    const { gateway, inputs, names, log, progress, workspace } = context;
    const fleet = readFleetFile(inputs.config, workspace, gateway.scope.kind);
    checkOwner(fleet, gateway.scope);
    for (const warning of fleet.warnings)
        log.warning(warning);
    const resolved = await resolveFleet(fleet, names);
    const groupLabels = new Map(names.groupLabels);
    const labels = { groups: groupLabels, members: names.labels, images: resolved.imageLabels };
    // The kinds' sections first: their writes go before the groups that name them.
    const entries = [...planKinds(fleet, resolved.kinds), ...planFleet(resolved.wanted, resolved.live, labels)];
    const groupItems = new name_rule/* NameIndex */.SJ(fleet.groups, (i) => String(i.inputs.groupName));
    const wantedGroups = new name_rule/* NameIndex */.SJ(resolved.wanted.groups);
    for (const { change } of entries.filter((e) => e.change.object === 'runner-group' && e.change.kind === 'update')) {
        const item = groupItems.find(change.name);
        const wanted = wantedGroups.find(change.name);
        const now = wanted && matchLive(resolved.live.groups, wanted.name, wanted.previousNames);
        // The runners' listing is read already: this costs no request.
        if (now)
            await checkGroupNetwork(names, now, wanted.networkConfigurationId).catch((error) => {
                throw item ? atItem(fleet, item, `runner group '${change.name}'`, error) : error;
            });
    }
    const staticIpsTurnedOn = [];
    const runnerItems = new name_rule/* NameIndex */.SJ(fleet.runners, (i) => String(i.inputs.runnerName));
    for (const entry of entries.filter((e) => e.change.object === 'hosted-runner' && e.change.kind !== 'delete')) {
        // GitHub's rules (a size not offered, a static IP on macOS…) are the file's errors: named by line.
        const item = runnerItems.find(entry.change.name);
        const turnsOn = await checkRunner(context, entry, resolved, item?.inputs.previousNames).catch((error) => {
            throw item ? atItem(fleet, item, `hosted runner '${entry.change.name}'`, error) : error;
        });
        if (turnsOn)
            staticIpsTurnedOn.push(entry.change.name);
    }
    // A create whose answer is lost is looked up by name before it is sent again, as create-runner does.
    const findCreated = {
        'network-configuration': (name) => names.findNetworkConfigurationNamed(name, { fresh: true }),
        'runner-group': (name) => names.findRunnerGroupNamed(name, { fresh: true }),
        'hosted-runner': (name) => names.findRunnerNamed(name, { fresh: true })
    };
    for (const { change, writes } of entries)
        if (change.kind === 'create' && writes[0] && change.object in findCreated)
            writes[0].findCreated = () => findCreated[change.object](change.name);
    const plan = entries.map((entry) => entry.change);
    log.group(`Plan of ${fleet.file}: ${plan.length} change${plan.length === 1 ? '' : 's'}`, plan.map((c) => {
        const text = changesText(c);
        return text ? `${changeLabel(c)}: ${text}` : changeLabel(c);
    }));
    // Told before the gate and the first write, in dry-run too: a runner list that drops runners.
    for (const warning of planWarnings(plan))
        log.warning(warning);
    const writes = orderedWrites(entries);
    const rolloutPlan = planRollout(entries, fleet.rollout, resolved.live.runners, resolved.imageLabels);
    const rollout = rolloutPlan && { plan: rolloutPlan, progress: startProgress(rolloutPlan, gateway.dryRun) };
    // The digest covers the changes (and the rollout), not their run's status: what was reviewed is what is compared.
    const digest = planDigest(plan, rolloutDigest(rolloutPlan, fleet.rollout));
    // Filled in as the writes are sent: a cancel, a failure or the end reports from it.
    const record = new ExecutionRecord(gateway.dryRun);
    const report = (note, { planned = gateway.dryRun } = {}) => {
        const records = withRollout(entries.map((entry) => changeRecord(entry, record, planned)), rollout?.progress);
        return {
            outputs: {
                result: { dry_run: gateway.dryRun, file: fleet.file, changes: plan.length, plan: records },
                plan: records,
                planDigest: digest,
                changed: gateway.dryRun
                    ? plan.length > 0
                    : [...record.writes.values()].some((s) => s.state === 'done')
            },
            summary: [summarize(fleet.file, records, note), rolloutSection(rollout?.progress)]
                .filter(Boolean)
                .join('\n\n')
        };
    };
    const stranded = strandings(entries, resolved.live, resolved.live.groups);
    if (stranded.length > 0) {
        const { outputs, summary } = report('**Refused:** prune would strand runners; nothing was sent.', {
            planned: true
        });
        throw new errors/* PartialFailure */.CI(new Error(describeStrandings(fleet.file, stranded)), outputs, summary);
    }
    if (staticIpsTurnedOn.length > 0) {
        const limits = await publicIpLimits(names);
        const where = (0,common_scope/* describeScope */.OI)(gateway.scope);
        const shortfall = staticIpShortfall(fleet.file, where, staticIpsTurnedOn, limits);
        if (shortfall) {
            const { outputs, summary } = report('**Refused:** too few static IP addresses; nothing was sent.', {
                planned: true
            });
            throw new errors/* PartialFailure */.CI(shortfall, outputs, summary);
        }
    }
    passGate({
        changes: plan,
        digest,
        dryRun: gateway.dryRun,
        failOnChanges: inputs.failOnChanges,
        expectedDigest: inputs.expectedPlanDigest,
        requireReviewedPlan: fleet.requireReviewedPlan,
        maxDeletions: inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS,
        deletes: 'objects',
        capAdvice: 'or declare what should stay'
    }, (note, asPlanned) => report(note, { planned: asPlanned || gateway.dryRun }));
    /** The ids of the groups created so far, by name. */
    const created = new Map();
    // What a create makes is new: an answer giving the id of an object the plan read is not trusted (what
    // names the new object would point at that one); it is then looked up by its name, as when the id is missing.
    const existing = new Set([
        ...resolved.live.groups.map((group) => group.id),
        ...resolved.kinds.flatMap(({ live }) => live.map((object) => object.id))
    ]);
    const newId = (write, body) => write.route.startsWith('POST ') && existing.has(body?.id) ? {} : body;
    const configurations = new CreatedConfigurations();
    const findNamed = (name) => names.findNetworkConfigurationNamed(name, { fresh: true });
    await executeWithRollout(context, entries, writes, rollout, {
        prepare: async (write) => withGroupIds(await configurations.fill(write, { dryRun: gateway.dryRun, findNamed }), {
            created,
            context
        }),
        check: precheck(gateway),
        waveOf: orderOf,
        afterWrite(write, answer) {
            const body = newId(write, answer);
            configurations.sent(write, body);
            const id = body?.id;
            const name = write.params.name;
            const wholeId = typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
            if (isGroupCreate(write) && typeof name === 'string' && wholeId) {
                created.set(name, id);
                groupLabels.set(id, name);
            }
            progress(() => report('Cancelled before the rest of the plan was carried out.'));
        },
        report: (note) => report(note),
        record,
        stopped(error) {
            const { outputs, summary } = report('**Rollout stopped:** the runners after the failed wave were not sent.');
            return new errors/* PartialFailure */.CI(error, outputs, summary);
        }
    });
    const note = plan.length === 0 ? '' : gateway.dryRun ? 'Dry run: nothing was sent.' : '';
    return report(note);
}
const isGroupCreate = (write) => write.route === CREATE_GROUP;
/** GitHub's rules, checked for each runner create or update before any write is sent; true when it turns a static IP on. */
async function checkRunner({ names }, entry, { live, images, wanted }, previousNames) {
    const [write] = entry.writes;
    if (!write)
        return false;
    const current = matchLive(live.runners, entry.change.name, previousNames);
    const rule = runnerWriteOf(write.params);
    await checkRunnerWrite(names, rule, {
        current,
        image: images.get(entry.change.name),
        groupOf: async (id) => groupAfterPlan(id, { live, wanted })
    });
    return turnsStaticIpOn(rule, current);
}
/** A group as the plan leaves it: its name and network configuration, from the file where it says. */
function groupAfterPlan(id, { live, wanted }) {
    const now = isGroupToCreate(id) ? undefined : live.groups.find((group) => group.id === id);
    const name = isGroupToCreate(id) ? id.toBeCreated : now?.name;
    if (name === undefined)
        return undefined;
    const declared = wanted.groups.find((group) => now ? matchLive([now], group.name, group.previousNames) : group.name === name);
    const configuration = declared?.networkConfigurationId ?? now?.network_configuration_id;
    return {
        name: declared?.name ?? name,
        networkConfigurationId: isGroupToCreate(configuration)
            ? `'${configuration.toBeCreated}', to be created`
            : configuration
    };
}
/**
 * A runner's group that the plan creates gets its id from the create's answer (a note in dry-run);
 * when that answer held no id (a 204, HTML, `{}`), the group is looked up by its name.
 */
async function withGroupIds(write, { created, context }) {
    const group = write.params.runner_group_id;
    if (!isGroupToCreate(group))
        return write;
    const name = group.toBeCreated;
    if (context.gateway.dryRun)
        return { ...write, params: { ...write.params, runner_group_id: `(id of the new group '${name}')` } };
    if (!created.has(name)) {
        const found = await context.names.findRunnerGroupNamed(name, { fresh: true });
        if (!found)
            throw new errors/* UnexpectedAnswer */.M7(`GitHub's answer to the create of runner group '${name}' held no id, and no group of that name is there now: ${write.change} was not sent`);
        created.set(name, found.id);
    }
    return { ...write, params: { ...write.params, runner_group_id: created.get(name) } };
}

;// CONCATENATED MODULE: ./src/operations/cleanup.ts














const IMAGES = CUSTOM_IMAGES;
const cleanupImageVersions = {
    name: 'cleanup-image-versions',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: [...RETENTION_INPUTS, 'maxDeletions', 'expectedPlanDigest', 'failOnChanges'],
    run: runCleanup
};
async function runCleanup(context) {
    const { gateway, inputs, log, progress } = context;
    const policy = policyOf(inputs, new Date());
    const maxDeletions = inputs.maxDeletions ?? DEFAULT_MAX_DELETIONS;
    const images = await readScope(context);
    const runners = images.some(({ versions }) => versions.length > 0)
        ? await context.names.hostedRunners()
        : [];
    const plan = planCleanup(images, runners, policy);
    const result = resultOf(plan, policy, maxDeletions, gateway.dryRun);
    const planned = toDelete(plan);
    log.group(`Retention plan: ${planned.length} of ${result.images.reduce((n, i) => n + i.versions.length, 0)} versions to delete`, plan.flatMap((image) => image.versions.map((v) => `${image.image_name} ${v.version} (${v.state}): ${v.decision}, ${v.detail}`)));
    // The same changes as apply's image retention: one delete per version, through the one gate and executor.
    const entries = retentionEntries(plan);
    const targetOf = new Map(entries.map((entry, i) => [entry, planned[i]]));
    const digest = planDigest(entries.map((entry) => entry.change));
    // Versions whose check just before the delete kept them, by `image_id@version`: why.
    const skipped = new Map();
    const report = (deleted, gone, note) => ({
        outputs: { result, deleted, count: deleted.length, changed: deleted.length > 0, planDigest: digest },
        summary: cleanup_summarize(result, { deleted, gone, skipped }, note)
    });
    passGate({
        changes: entries.map((entry) => entry.change),
        digest,
        dryRun: gateway.dryRun,
        failOnChanges: inputs.failOnChanges,
        expectedDigest: inputs.expectedPlanDigest,
        requireReviewedPlan: false,
        maxDeletions,
        deletes: 'image versions',
        capAdvice: "or raise 'keep' or 'older-than'"
    }, (note) => report([], [], note.replace('**Stopped by the safety cap:** nothing was sent.', '**Stopped by the safety cap:** nothing was deleted.')));
    const deleted = [];
    const gone = [];
    if (entries.length > 0)
        await executePlan(context, entries, undefined, {
            // The same check as apply's image-retention: the runners read again just before each delete.
            check: precheck(gateway),
            skipped(entry, why) {
                const target = targetOf.get(entry);
                skipped.set(`${target.image_id}@${target.version}`, why);
            },
            afterWrite(_write, _body, entry, answer) {
                const target = targetOf.get(entry);
                if (answer.gone) {
                    log.info(`Already gone (404): ${label(target)}.`);
                    gone.push({ ...target, already_gone: true });
                }
                else
                    (answer.status === 404 ? gone : deleted).push(target);
                progress(() => report([...deleted], [...gone], 'Cancelled before the rest of the plan was carried out.'));
            },
            report: (note, done) => {
                const at = entries.find((entry) => done.statusOf(entry) === 'failed');
                const target = at && targetOf.get(at);
                // Without a failed delete, the run ended with skipped ones: the executor's note says so.
                if (!target)
                    return report(deleted, gone, note);
                return report(deleted, gone, `**Stopped at ${label(target)}:** ${deleted.length} of ${planned.length} planned versions were deleted before it.`);
            }
        });
    return report(deleted, gone, planned.length === 0 ? 'Nothing to change: no version matches the policy.' : '');
}
/** The images in scope with their versions: one request for the image(s), then one per image. */
async function readScope({ gateway, inputs, names }) {
    const images = inputs.customImage
        ? [await names.customImage()]
        : (await gateway.read(IMAGES, {}, anObject({ images: aListOf(CUSTOM_IMAGE) }))).images;
    const scope = [];
    for (const image of images)
        scope.push({ image, versions: await imageVersions(gateway, image.id) });
    return scope;
}
/** In each image, oldest first: a run that stops part way has removed the oldest versions. */
function toDelete(plan) {
    return plan.flatMap((image) => image.versions
        .filter((version) => version.decision === 'delete')
        .reverse()
        .map((version) => ({
        image_id: image.image_id,
        image_name: image.image_name,
        version: version.version
    })));
}
function resultOf(plan, policy, maxDeletions, dryRun) {
    const { keep, olderThanMs, now } = policy;
    return {
        dry_run: dryRun,
        keep,
        older_than: olderThanMs === undefined ? null : (0,formats/* describeMs */.e0)(olderThanMs),
        cutoff: olderThanMs === undefined ? null : new Date(now.getTime() - olderThanMs).toISOString(),
        max_deletions: maxDeletions,
        planned_deletions: toDelete(plan).length,
        images: plan
    };
}
function label(target) {
    return `${target.image_name} (id ${target.image_id}) version ${target.version}`;
}
function cleanup_summarize(result, { deleted, gone, skipped }, note) {
    const done = new Set(deleted.map((d) => `${d.image_id}@${d.version}`));
    const alreadyGone = new Set(gone.map((d) => `${d.image_id}@${d.version}`));
    const versions = result.images.reduce((sum, image) => sum + image.versions.length, 0);
    const verb = result.dry_run ? 'would be deleted (dry run: nothing was sent)' : 'deleted';
    const policy = `This run's rule: keep the ${result.keep} newest Ready versions per image; ` +
        (result.cutoff
            ? `delete only versions created before ${result.cutoff} (older than ${result.older_than})`
            : 'regardless of age') +
        `; max-deletions ${result.max_deletions}. ` +
        // GitHub Docs, "Enforcing policies for GitHub Actions in your enterprise", custom images retention.
        "GitHub's own custom image retention policy (an enterprise setting) runs beside this one and may delete unused versions first.";
    const totals = `${result.images.length} image${result.images.length === 1 ? '' : 's'}, ${versions} version${versions === 1 ? '' : 's'}: ` +
        `${deleted.length} ${verb}, ${versions - result.planned_deletions} kept` +
        (gone.length > 0 ? `, ${gone.length} already gone` : '') +
        (deleted.length + gone.length < result.planned_deletions
            ? `, ${result.planned_deletions - deleted.length - gone.length} planned but not deleted.`
            : '.');
    const decisionOf = (imageId, version, decision) => {
        if (decision === 'keep')
            return 'keep';
        if (alreadyGone.has(`${imageId}@${version}`))
            return 'already gone';
        const why = skipped.get(`${imageId}@${version}`);
        if (why !== undefined)
            return `delete: not done (${why})`;
        if (!done.has(`${imageId}@${version}`))
            return 'delete: not done';
        return result.dry_run ? 'would delete' : 'deleted';
    };
    const tables = result.images.map((image) => {
        const heading = `#### \`${cell((0,errors/* oneLine */.TN)(image.image_name))}\` (id ${image.image_id}, latest ${image.latest_version || 'none'})`;
        if (image.versions.length === 0)
            return `${heading}\n\n_No versions._`;
        const rows = image.versions.map((v) => [
            v.version,
            v.state,
            v.created_on,
            decisionOf(image.image_id, v.version, v.decision),
            v.detail
        ]);
        // Every version it judged, not the first 50: the summary is the audit of a deletion run.
        const columns = ['version', 'state', 'created_on', 'decision', 'reason'];
        return `${heading}\n\n${table(columns, rows, { maxRows: Infinity })}`;
    });
    const body = result.images.length === 0 ? ['_No custom images in scope._'] : tables;
    return [totals, policy, note, ...body].filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/operations/endpoint-change.ts

/** The kind of object a route writes, by the resource its path names last. */
const endpoint_change_KINDS = [
    [/\/versions\/\{version\}$/, 'image-version'],
    [/\/images\/custom\/\{image_definition_id\}$/, 'custom-image'],
    [/\/hosted-runners(\/\{hosted_runner_id\})?$/, 'hosted-runner'],
    [/\/runner-groups(\/\{runner_group_id\})?$/, 'runner-group'],
    [/\/network-configurations(\/\{network_configuration_id\})?$/, 'network-configuration']
];
function endpointChange(request, route, params) {
    const [method, path] = route.split(' ');
    const object = endpoint_change_KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'request';
    const idName = [...path.matchAll(/\{(\w+)\}/g)].at(-1)?.[1];
    const id = method === 'POST' || idName === undefined || idName === 'org' || idName === 'enterprise'
        ? null
        : params[idName];
    const kind = method === 'DELETE' ? 'delete' : method === 'POST' ? 'create' : 'update';
    const label = `${request.method} ${request.path}`;
    const body = request.body;
    return {
        change: {
            kind,
            object,
            id: typeof id === 'number' || typeof id === 'string' ? id : null,
            name: typeof body?.name === 'string' ? body.name : label,
            fields: Object.fromEntries(Object.entries(body ?? {}).map(([key, to]) => [key, { from: null, to }]))
        },
        writes: [plannedWrite(route, params, label)]
    };
}

;// CONCATENATED MODULE: ./src/operations/run-endpoint.ts
// An endpoint operation: one row of the table (its route, how inputs map to parameters, what it
// outputs) and the one way every row runs: build the parameters, send (or plan) the requests, and
// turn the answers into outputs and a summary.









/** One row of the endpoint table; the route's parameter types check `params`. */
function endpoint(name, route, row = {}) {
    const { scopes = common_scope/* BOTH_SCOPES */.sw, reads = [], requires, picksRunner, renamesRunner, check } = row;
    const runRow = row;
    return {
        name,
        scopes,
        reads,
        requires,
        picksRunner,
        renamesRunner,
        check,
        run: (context) => runEndpoint(name, route, runRow, context)
    };
}
async function runEndpoint(name, route, row, context) {
    const { inputs, names } = context;
    const paramSets = row.paramsPerItem
        ? await row.paramsPerItem(inputs, names)
        : [(await row.params?.(inputs, names)) ?? {}];
    return route.startsWith('GET ')
        ? read(name, route, row, context, paramSets[0])
        : write(route, row, context, paramSets);
}
async function read(name, route, row, context, params) {
    const { gateway, names, log } = context;
    if (!row.list) {
        const body = await gateway.read(route, params, row.answer ?? anObject());
        return {
            outputs: { result: body, ...(await subjectOutputs(row, context, params, body)) },
            summary: fieldsTable(body, names.tableLabels)
        };
    }
    const { key, paged, item } = row.list;
    const items = paged
        ? await gateway.readEvery(route, params, key, item)
        : ((await gateway.read(route, params, anObject({ [key]: aListOf(item) })))[key] ?? []);
    log.group(`${name}: ${items.length} found`, itemLines(items, names.tableLabels));
    return {
        outputs: {
            result: items,
            count: items.length,
            ...(await subjectOutputs(row, context, params, undefined))
        },
        summary: `${items.length} found.\n\n${itemsTable(items, names.tableLabels)}`
    };
}
async function write(route, row, context, paramSets) {
    const { gateway, inputs, names, log } = context;
    const { findCreated } = row;
    const notice = paramSets[0] && (await row.notice?.(paramSets[0], context));
    if (notice)
        log[notice.level](notice.text);
    const outcome = async (body) => {
        const labels = names.tableLabels;
        const outputs = {
            result: gateway.dryRun
                ? { dry_run: true, requests: gateway.planned }
                : row.paramsPerItem
                    ? gateway.sent
                    : body,
            changed: gateway.dryRun ? gateway.planned.length > 0 : gateway.sent.length > 0,
            ...(await subjectOutputs(row, context, paramSets[0] ?? {}, body))
        };
        const group = outputs.runnerGroupId;
        const heading = group !== undefined && labels.groups.has(group)
            ? `Runner group \`${labels.groups.get(group)}\` (id ${group}).`
            : '';
        // The name of what each per-item write's last path segment names, or the body a write carried.
        const details = row.paramsPerItem
            ? (w) => labels.members.get(Number(w.path.split('/').pop())) ?? ''
            : (w) => bodyText(gateway.sentBody(w), labels);
        // After a wait, the runner's state is shown once, as the wait found it.
        const state = willWait(context, outputs.runnerId) ? '' : fieldsTable(body, labels);
        const done = gateway.dryRun
            ? plannedTable(gateway.planned, labels)
            : [sentTable(gateway.sent, details), state].filter(Boolean).join('\n\n');
        const told = notice && (notice.level === 'warning' ? `**Warning:** ${notice.text}` : notice.text);
        return { outputs, summary: [heading, told, done].filter(Boolean).join('\n\n') };
    };
    // An endpoint operation is a plan of one change (one per item for per-item rows), run by the executor.
    const entries = paramSets.map((params) => endpointChange(gateway.describe(route, params), route, params));
    if (findCreated && entries[0]?.writes[0])
        entries[0].writes[0].findCreated = () => findCreated(inputs, names);
    const record = await executePlan(context, entries, undefined, {
        // The writes before a failed one happened: they stay in the outputs and the summary.
        report: () => undefined
    }).catch(async (error) => {
        if (gateway.sent.length === 0)
            throw error;
        const { outputs, summary } = await outcome();
        throw new errors/* PartialFailure */.CI(error, outputs, summary);
    });
    // After a wait for `deleted`, the DELETE's answer stays the result.
    return waitAfterWrite(context, await outcome(record.bodies.at(-1)), {
        result: inputs.waitFor === 'deleted' ? 'write' : 'runner'
    });
}
/** The outputs naming what the operation was about (runner, group or network configuration), from the answer when it is one, else from what the inputs named. */
async function subjectOutputs(row, context, params, body) {
    if (row.outputsFor === 'runner') {
        if (isHostedRunner(body))
            return runnerOutputs(body);
        return {
            runnerId: row.picksRunner ? await context.names.runnerId() : undefined,
            runnerName: context.inputs.runnerName
        };
    }
    if (row.outputsFor === 'network-configuration') {
        const fromBody = body?.id;
        const id = params.network_configuration_id ?? fromBody;
        return { networkConfigurationId: typeof id === 'string' ? id : undefined };
    }
    if (row.outputsFor === 'group') {
        const fromBody = body?.id;
        return {
            runnerGroupId: params.runner_group_id ??
                (typeof fromBody === 'number' ? fromBody : undefined)
        };
    }
    return {};
}

;// CONCATENATED MODULE: ./src/operations/group-removal.ts
// `delete-group`: the group it may delete (never the default one), and the runners that group holds,
// which GitHub moves to the default group (GitHub Docs, "Managing access to self-hosted runners using
// groups", "Removing a runner group": runners "are automatically returned to the default group when their
// group is removed"), whose visibility is usually every repository: the step names them, self-hosted and
// hosted, before the DELETE is sent. `set-group-runners`: the self-hosted runners its new list drops,
// which GitHub moves there too (resources/runner-group/dropped-runners.ts), named before the PUT.



/** The group `runner-group` names, to delete: never the default group, which GitHub does not delete. */
async function groupToDelete(names) {
    const group = await names.runnerGroup();
    if (group.default) {
        throw new errors/* UserError */.yo('refusal', 'runner-group', `Runner group '${group.name}' (id ${group.id}) is the default group, which GitHub does not delete. Nothing to do; to empty it, move its runners to another group.`);
    }
    return { runner_group_id: group.id };
}
/** delete-group's notice: the runners its DELETE moves (would move, in dry-run). */
const runnersMovedNotice = ({ runner_group_id }, { names, gateway }) => runnersMovedOnDelete(runner_group_id, names, gateway.dryRun);
/** Which runners the deletion of the group moves to the default group, said in one line. */
async function runnersMovedOnDelete(groupId, names, dryRun) {
    const [selfHostedIds, hosted, groups] = await Promise.all([
        names.groupRunnerIds(groupId),
        names.hostedRunners(),
        names.runnerGroups()
    ]);
    const group = groups.find((g) => g.id === groupId);
    const groupName = group ? `'${group.name}'` : `${groupId}`;
    const selfHosted = selfHostedIds.map((id) => names.labels.get(id) ?? String(id));
    const held = {
        selfHosted,
        hosted: hosted.filter((r) => r.runner_group_id === groupId).map((r) => r.name),
        // A runner whose answer does not say its group may be in this one: named as such, never counted out.
        hostedGroupUnknown: hosted.filter((r) => typeof r.runner_group_id !== 'number').map((r) => r.name)
    };
    if (selfHosted.length + held.hosted.length + held.hostedGroupUnknown.length === 0)
        return {
            level: 'info',
            text: `Runner group ${groupName} holds no runners: none moves to the default group.`
        };
    const fallback = defaultGroupOf(groups);
    const target = fallback
        ? `the default group '${fallback.name}' (visibility ${fallback.visibility})`
        : 'the default group';
    const verb = dryRun ? 'would move' : 'moves';
    // A warning: the runners' access widens.
    return {
        level: 'warning',
        text: `Deleting runner group ${groupName}: GitHub ${verb} its ${heldRunners(held)} to ${target}: whoever that group admits can then use them.`
    };
}
/**
 * set-group-runners' notice: the runners its list drops, which GitHub moves to the default group. One read
 * of the group's runners; the groups are read (once) only when the list drops one, to name the default.
 */
async function runnersDroppedNotice({ runner_group_id, runners }, { names }) {
    const from = await names.groupRunnerIds(runner_group_id);
    const nameOf = (id) => names.labels.get(id) ?? String(id);
    if (!runnersMovedToDefault(from, runners, { nameOf }))
        return undefined;
    const groups = await names.runnerGroups();
    const group = groups.find((g) => g.id === runner_group_id);
    const moved = runnersMovedToDefault(from, runners, { nameOf, defaultGroup: defaultGroupOf(groups) });
    return { level: 'warning', text: groupWarning(group?.name ?? String(runner_group_id), moved) };
}

;// CONCATENATED MODULE: ./src/operations/endpoints.ts
// The endpoint operations: one row each, its route, how inputs map to parameters, what it outputs.

















const ONE_RUNNER = {
    reads: ['runnerId', 'runnerName'],
    requires: [['runnerId', 'runnerName']],
    picksRunner: true,
    outputsFor: 'runner',
    answer: HOSTED_RUNNER,
    params: async (_, names) => ({ hosted_runner_id: await names.runnerId() })
};
const ONE_IMAGE = {
    answer: CUSTOM_IMAGE,
    reads: ['customImage'],
    requires: ['customImage'],
    params: async (_, names) => ({
        image_definition_id: await names.customImageId()
    })
};
const ONE_IMAGE_VERSION = {
    answer: IMAGE_VERSION,
    reads: ['customImage', 'imageVersion'],
    requires: ['customImage', 'imageVersion'],
    check: vocabulary/* checkOneVersion */.lx,
    params: async (i, names) => ({
        image_definition_id: await names.customImageId(),
        version: i.imageVersion
    })
};
const ONE_GROUP = {
    answer: RUNNER_GROUP,
    reads: ['runnerGroup'],
    requires: ['runnerGroup'],
    outputsFor: 'group',
    params: async (_, names) => ({
        runner_group_id: await names.runnerGroupId()
    })
};
const EACH_REPOSITORY = {
    scopes: common_scope/* ORG_ONLY */.gj,
    reads: ['runnerGroup', 'repositories'],
    requires: ['runnerGroup', 'repositories'],
    outputsFor: 'group',
    check: nonEmpty('repositories'),
    paramsPerItem: async (_, names) => {
        const group = await selectedGroup(names, 'repository');
        return (await names.repositoryIds()).map((repository_id) => ({ ...group, repository_id }));
    }
};
const EACH_ORGANIZATION = {
    scopes: common_scope/* ENTERPRISE_ONLY */.ps,
    reads: ['runnerGroup', 'organizations'],
    requires: ['runnerGroup', 'organizations'],
    outputsFor: 'group',
    check: nonEmpty('organizations'),
    paramsPerItem: async (_, names) => {
        const group = await selectedGroup(names, 'organization');
        return (await names.organizationIds()).map((org_id) => ({ ...group, org_id }));
    }
};
const EACH_RUNNER = {
    reads: ['runnerGroup', 'runners'],
    requires: ['runnerGroup', 'runners'],
    outputsFor: 'group',
    check: nonEmpty('runners'),
    paramsPerItem: async (_, names) => {
        const runner_group_id = await names.runnerGroupId();
        return (await names.runnerIds()).map((runner_id) => ({ runner_group_id, runner_id }));
    }
};
/** A paginated list of one group's members. */
const groupMembers = (key, item) => ({ ...ONE_GROUP, list: { key, paged: true, item } });
/** A list GitHub answers whole, on one page. */
const onePageList = (key, item = anyValue) => ({ list: { key, paged: false, item } });
const ENDPOINT_OPERATIONS = [
    endpoint('list-runners', RUNNERS, {
        list: { key: 'runners', paged: true, item: HOSTED_RUNNER }
    }),
    endpoint('get-runner', RUNNER, ONE_RUNNER),
    endpoint('create-runner', CREATE_RUNNER, {
        reads: ['runnerName', ...RUNNER_SETTINGS, ...vocabulary/* WAIT_INPUTS */.WW],
        requires: ['runnerName', 'imageId', 'size'],
        outputsFor: 'runner',
        check: vocabulary/* checkImageInputs */.tu,
        findCreated: (i, names) => names.findRunnerNamed(i.runnerName, { fresh: true }),
        params: createParams
    }),
    endpoint('update-runner', UPDATE_RUNNER, {
        ...ONE_RUNNER,
        reads: ['runnerId', 'runnerName', ...RUNNER_SETTINGS, ...vocabulary/* WAIT_INPUTS */.WW],
        renamesRunner: true,
        check: (i) => {
            const renames = i.runnerId !== undefined && i.runnerName !== undefined;
            if (!renames)
                needsAChange(i, RUNNER_SETTINGS, "'runner-name' (with 'runner-id')");
            (0,vocabulary/* checkImageInputs */.tu)(i);
        },
        params: updateParams
    }),
    endpoint('delete-runner', DELETE_RUNNER, {
        ...ONE_RUNNER,
        reads: ['runnerId', 'runnerName', ...vocabulary/* WAIT_INPUTS */.WW]
    }),
    endpoint('list-github-images', GITHUB_IMAGES, onePageList('images')),
    endpoint('list-partner-images', PARTNER_IMAGES, onePageList('images')),
    endpoint('list-machine-sizes', MACHINE_SIZES, onePageList('machine_specs')),
    endpoint('list-platforms', PLATFORMS, onePageList('platforms')),
    endpoint('get-limits', SCOPE_LIMITS),
    endpoint('list-images', CUSTOM_IMAGES, onePageList('images', CUSTOM_IMAGE)),
    endpoint('get-image', routes_CUSTOM_IMAGE, ONE_IMAGE),
    endpoint('delete-image', DELETE_IMAGE, ONE_IMAGE),
    endpoint('list-image-versions', IMAGE_VERSIONS, {
        ...ONE_IMAGE,
        ...onePageList('image_versions', IMAGE_VERSION)
    }),
    endpoint('get-image-version', routes_IMAGE_VERSION, ONE_IMAGE_VERSION),
    endpoint('delete-image-version', DELETE_VERSION, ONE_IMAGE_VERSION),
    endpoint('list-groups', GROUPS, {
        reads: ['visibleToRepository', 'visibleToOrganization'],
        list: { key: 'runner_groups', paged: true, item: RUNNER_GROUP },
        params: (i) => ({
            visible_to_repository: i.visibleToRepository,
            // The enterprise twin of the route takes this one (GitHub's GHEC description).
            ...{ visible_to_organization: i.visibleToOrganization }
        })
    }),
    endpoint('get-group', GROUP, ONE_GROUP),
    endpoint('create-group', CREATE_GROUP, {
        reads: GROUP_INPUTS,
        requires: ['groupName'],
        outputsFor: 'group',
        findCreated: (i, names) => names.findRunnerGroupNamed(i.groupName, { fresh: true }),
        check: (i) => {
            for (const key of ['repositories', 'organizations']) {
                if (i[key] !== undefined && i.visibility !== 'selected')
                    throw new errors/* UserError */.yo('input', key, `Input '${key}' needs 'visibility: selected': only such groups have a list of ${key}.`);
            }
        },
        // The create of ensure-group, for a group that does not exist yet.
        params: async (i, names) => planGroup(undefined, await wantedGroupOf(i, names))[0]?.params
    }),
    endpoint('update-group', UPDATE_GROUP, {
        ...ONE_GROUP,
        reads: ['runnerGroup', 'groupName', ...GROUP_SETTINGS],
        check: (i) => needsAChange(i, ['groupName', ...GROUP_SETTINGS]),
        params: async (i, names) => ({
            runner_group_id: await names.runnerGroupId(),
            // GitHub requires `name` on every update: when not renaming, send the current one.
            name: i.groupName ?? (await names.runnerGroup()).name,
            ...updateBody(GROUP_FIELDS, await checkedGroupSettings(i, names), undefined)
        })
    }),
    endpoint('delete-group', DELETE_GROUP, {
        ...ONE_GROUP,
        params: (_, names) => groupToDelete(names),
        notice: runnersMovedNotice
    }),
    endpoint('list-group-hosted-runners', GROUP_HOSTED_RUNNERS, {
        ...groupMembers('runners', HOSTED_RUNNER),
        scopes: common_scope/* ORG_ONLY */.gj
    }),
    endpoint('list-group-repos', GROUP_REPOSITORIES, {
        ...groupMembers('repositories', REPOSITORY),
        scopes: common_scope/* ORG_ONLY */.gj
    }),
    endpoint('set-group-repos', SET_REPOSITORIES, {
        ...ONE_GROUP,
        scopes: common_scope/* ORG_ONLY */.gj,
        reads: ['runnerGroup', 'repositories'],
        requires: ['runnerGroup', 'repositories'],
        params: async (_, names) => ({
            ...(await selectedGroup(names, 'repository')),
            selected_repository_ids: await names.repositoryIds()
        })
    }),
    endpoint('add-group-repo', ADD_REPOSITORY, EACH_REPOSITORY),
    endpoint('remove-group-repo', REMOVE_REPOSITORY, EACH_REPOSITORY),
    endpoint('list-group-orgs', GROUP_ORGANIZATIONS, {
        ...groupMembers('organizations', ORGANIZATION),
        scopes: common_scope/* ENTERPRISE_ONLY */.ps
    }),
    endpoint('set-group-orgs', SET_ORGANIZATIONS, {
        ...ONE_GROUP,
        scopes: common_scope/* ENTERPRISE_ONLY */.ps,
        reads: ['runnerGroup', 'organizations'],
        requires: ['runnerGroup', 'organizations'],
        params: async (_, names) => ({
            ...(await selectedGroup(names, 'organization')),
            selected_organization_ids: await names.organizationIds()
        })
    }),
    endpoint('add-group-org', ADD_ORGANIZATION, EACH_ORGANIZATION),
    endpoint('remove-group-org', REMOVE_ORGANIZATION, EACH_ORGANIZATION),
    endpoint('list-group-runners', GROUP_RUNNERS, groupMembers('runners', NAMED)),
    endpoint('set-group-runners', SET_RUNNERS, {
        ...ONE_GROUP,
        reads: ['runnerGroup', 'runners'],
        requires: ['runnerGroup', 'runners'],
        params: async (_, names) => ({
            runner_group_id: await names.runnerGroupId(),
            runners: await names.runnerIds()
        }),
        notice: runnersDroppedNotice
    }),
    endpoint('add-group-runner', ADD_RUNNER, EACH_RUNNER),
    endpoint('remove-group-runner', REMOVE_RUNNER, EACH_RUNNER)
];
/** Repository (or organization) access is only for groups whose visibility is `selected`: GitHub requires it. */
async function selectedGroup(names, member) {
    const group = await names.runnerGroup();
    if (group.visibility !== 'selected') {
        throw new errors/* UserError */.yo('input', 'runner-group', `Runner group '${group.name}' has visibility '${group.visibility}': ${member} access needs visibility 'selected' (set it with update-group).`);
    }
    return { runner_group_id: group.id };
}
function needsAChange(i, keys, alternative) {
    if (keys.some((key) => i[key] !== undefined))
        return;
    const names = keys.map((key) => `'${(0,formats/* inputName */.yu)(key)}'`).join(', ');
    throw new errors/* UserError */.yo('input', (0,formats/* inputName */.yu)(keys[0]), `Nothing to change: give at least one of ${names}${alternative ? `, or ${alternative}` : ''}.`);
}
function nonEmpty(key) {
    return (i) => {
        if (i[key]?.length === 0)
            throw new errors/* UserError */.yo('input', key, `Input '${key}' must name at least one item.`);
    };
}

;// CONCATENATED MODULE: ./src/report/plan-table.ts

function planTable(gateway, writes) {
    if (writes.length === 0)
        return 'Nothing to change: everything already matches.';
    const rows = writes.map((w) => {
        const request = gateway.describe(w.route, w.params);
        return [w.change, `${request.method} ${request.path}`];
    });
    const verb = gateway.dryRun ? 'Dry run: nothing was sent. Would change' : 'Changed';
    return `${verb}:\n\n${table(['change', 'request'], rows)}`;
}

;// CONCATENATED MODULE: ./src/operations/ensure-loop.ts



async function createOrUpdate(context, spec, current) {
    const run = async (now) => {
        const writes = await spec.plan(now);
        if (writes[0] && !now)
            writes[0].findCreated = () => spec.find(true);
        const entry = {
            change: {
                kind: now ? 'update' : 'create',
                object: spec.object,
                id: now?.id ?? null,
                name: spec.name,
                ...(now ? { seen: { name: now.name } } : {}),
                fields: Object.assign({}, ...writes.map((w) => w.fields ?? {}))
            },
            writes
        };
        const record = await executePlan(context, writes.length > 0 ? [entry] : [], writes, {
            // The same checks as apply's: a group's new runner list drops no runner registered since the read.
            check: precheck(context.gateway),
            report: (_note, done) => {
                const sent = writes.filter((w) => done.writes.get(w)?.state === 'done');
                if (sent.length === 0)
                    return undefined;
                return {
                    outputs: { result: { changes: sent.map((w) => w.change) }, changed: sent.length > 0 },
                    summary: `${planTable(context.gateway, sent)}\n\nNot done: ${writes
                        .filter((w) => !sent.includes(w))
                        .map((w) => w.change)
                        .join('; ')}.`
                };
            }
        });
        return { before: now, writes, bodies: record.bodies };
    };
    try {
        return await run(current);
    }
    catch (error) {
        // Two runs at once: the other one created the object first, and GitHub answered this run's create 422.
        const lostRace = !current && error.status === 422;
        const made = lostRace ? await spec.find(true) : undefined;
        if (!made)
            throw error;
        context.log.info(`${spec.object === 'hosted-runner' ? 'Runner' : 'Runner group'} '${spec.name}' was created meanwhile by another run: ensuring its settings instead.`);
        return run(made);
    }
}

;// CONCATENATED MODULE: ./src/operations/ensure-group.ts
// ensure-group: create the runner group named `group-name`, or change only what differs: its settings,
// and when given, its repositories (organizations, for an enterprise's group) and self-hosted runners
// exactly.









const ENSURE_GROUP = {
    name: 'ensure-group',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: GROUP_INPUTS,
    requires: ['groupName'],
    async run(context) {
        const { gateway, inputs, names, log } = context;
        const name = inputs.groupName;
        const wanted = await wantedGroupOf(inputs, names);
        const nameOf = (id) => names.labels.get(id) ?? String(id);
        const plan = async (now) => {
            // The groups are read already (the group was found among them): naming the default group costs nothing.
            const defaultGroup = now && defaultGroupOf(await names.runnerGroups());
            const writes = planGroup(now && (await groupNow(now, wanted, names)), wanted, nameOf, { defaultGroup });
            if (now)
                await checkGroupNetwork(names, now, wanted.networkConfigurationId);
            for (const warning of warningsOf(writes))
                log.warning(warning);
            return writes;
        };
        const warningsOf = (writes) => writes.flatMap((w) => (w.warning ? [groupWarning(name, w.warning)] : []));
        const found = await names.findRunnerGroupNamed(name);
        const find = (fresh) => names.findRunnerGroupNamed(name, { fresh });
        const ensured = await createOrUpdate(context, { object: 'runner-group', name, find, plan }, found);
        const { before: group, writes, bodies } = ensured;
        const answered = bodies.find(isGroup);
        const created = group ? undefined : answered;
        const after = created ?? group;
        const kept = (answered ?? group)?.visibility;
        if (!gateway.dryRun &&
            inputs.visibility !== undefined &&
            kept !== undefined &&
            kept !== inputs.visibility)
            log.warning(`Runner group '${name}': GitHub keeps visibility '${kept}' where '${inputs.visibility}' was asked (for organization groups it stores 'private' as 'all'); ensure-group does not ask again.`);
        return {
            outputs: {
                result: { ...ensureResult(group !== undefined, writes, gateway.dryRun), group: after ?? null },
                changed: writes.length > 0,
                runnerGroupId: after?.id
            },
            summary: [...warningsOf(writes).map((w) => `**Warning:** ${w}`), planTable(gateway, writes)].join('\n\n')
        };
    }
};
const isGroup = (body) => typeof body?.id === 'number' &&
    typeof body.visibility === 'string';

;// CONCATENATED MODULE: ./src/operations/ensure-runner.ts
// ensure-runner: create the runner named `runner-name`, or change only the settings that differ.












const ENSURE_RUNNER = {
    name: 'ensure-runner',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: ['runnerId', ...RUNNER_INPUTS, ...vocabulary/* WAIT_INPUTS */.WW],
    requires: ['runnerName'],
    picksRunner: true,
    renamesRunner: true,
    check: vocabulary/* checkImageInputs */.tu,
    async run(context) {
        const { gateway, inputs, names } = context;
        const name = inputs.runnerName;
        const plan = async (now) => {
            const image = await wantedImage(inputs, names, now);
            const runnerGroupId = now && inputs.runnerGroup === undefined ? undefined : await names.runnerGroupIdOrDefault();
            const writes = planRunner(now, { ...wantedRunnerSettings(inputs), imageId: image?.id, name, runnerGroupId }, names.tableLabels);
            if (writes[0])
                await checkRunnerWrite(names, runnerWriteOf(writes[0].params), { current: now, image });
            return writes;
        };
        const found = await currentRunner(inputs, names);
        const find = (fresh) => names.findRunnerNamed(name, { fresh });
        const ensured = await createOrUpdate(context, { object: 'hosted-runner', name, find, plan }, found);
        const { before: current, writes, bodies } = ensured;
        const body = bodies.at(-1);
        const runner = isHostedRunner(body) ? body : current;
        const outputs = {
            result: { ...ensureResult(current !== undefined, writes, gateway.dryRun), runner: runner ?? null },
            changed: writes.length > 0,
            ...(runner ? runnerOutputs(runner) : { runnerName: name })
        };
        // The result stays what ensure did; the runner outputs become its state after any wait, and the
        // summary shows that state once.
        const shown = runner && !gateway.dryRun && !willWait(context, outputs.runnerId);
        const state = shown ? fieldsTable(runner, names.tableLabels) : '';
        const summary = [planTable(gateway, writes), state].filter(Boolean).join('\n\n');
        return waitAfterWrite(context, { outputs, summary }, { result: 'write' });
    }
};
async function currentRunner(inputs, names) {
    if (inputs.runnerId !== undefined)
        return names.runnerById(inputs.runnerId);
    return names.findRunnerNamed(inputs.runnerName);
}

;// CONCATENATED MODULE: ./src/operations/network-endpoints.ts
// Private networking: the hosted compute network configurations a runner group may use, one row each.
// The action names the organization routes; at enterprise scope they go to their enterprise twins.








const SETTINGS_INPUTS = CONFIGURATION_SETTINGS;
const ONE_CONFIGURATION = {
    answer: NETWORK_CONFIGURATION,
    reads: ['networkConfigurationId'],
    requires: ['networkConfigurationId'],
    outputsFor: 'network-configuration',
    params: async (_, names) => ({
        network_configuration_id: await names.networkConfigurationId()
    })
};
/** The body fields of an update: only what was given (the kind's rows). */
const configurationFields = (i) => ({
    name: i.networkConfigurationName,
    ...configurationBody(i, 'update')
});
/**
 * get-network-configuration: a value of an id's form is read directly, with no listing first (it may be
 * the enterprise's configuration, seen from an organization); a name is found in the scope's listing.
 */
const GET_CONFIGURATION = {
    name: 'get-network-configuration',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: ['networkConfigurationId'],
    requires: ['networkConfigurationId'],
    run: async ({ names }) => {
        const configuration = await names.networkConfiguration();
        return {
            outputs: { result: configuration, networkConfigurationId: configuration.id },
            summary: fieldsTable(configuration, names.tableLabels)
        };
    }
};
const NETWORK_OPERATIONS = [
    endpoint('list-network-configurations', CONFIGURATIONS, {
        list: { key: 'network_configurations', paged: true, item: NETWORK_CONFIGURATION }
    }),
    GET_CONFIGURATION,
    endpoint('create-network-configuration', CREATE_CONFIGURATION, {
        reads: ['networkConfigurationName', ...SETTINGS_INPUTS],
        requires: ['networkConfigurationName', 'networkSettingsId'],
        outputsFor: 'network-configuration',
        answer: NETWORK_CONFIGURATION,
        findCreated: (i, names) => names.findNetworkConfigurationNamed(i.networkConfigurationName, { fresh: true }),
        params: (i) => ({
            ...configurationBody(i, 'create'),
            name: i.networkConfigurationName
        })
    }),
    endpoint('update-network-configuration', UPDATE_CONFIGURATION, {
        ...ONE_CONFIGURATION,
        reads: ['networkConfigurationId', 'networkConfigurationName', ...SETTINGS_INPUTS],
        check: (i) => {
            if ([i.networkConfigurationName, ...SETTINGS_INPUTS.map((key) => i[key])].every((v) => v === undefined))
                throw new errors/* UserError */.yo('input', 'network-configuration-name', `Operation 'update-network-configuration' has nothing to change: give 'network-configuration-name' or any of ${SETTINGS_INPUTS.map((key) => `'${(0,formats/* inputName */.yu)(key)}'`).join(', ')}.`);
        },
        params: async (i, names) => ({
            network_configuration_id: await names.networkConfigurationId(),
            ...configurationFields(i)
        })
    }),
    endpoint('delete-network-configuration', DELETE_CONFIGURATION, ONE_CONFIGURATION),
    endpoint('get-network-settings', routes_NETWORK_SETTINGS, {
        answer: NETWORK_SETTINGS,
        reads: ['networkSettingsId'],
        requires: ['networkSettingsId'],
        params: (i) => ({ network_settings_id: i.networkSettingsId })
    })
];

;// CONCATENATED MODULE: ./schema/hosted-runners.schema.json
const hosted_runners_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Fleet file of hosted-runners-action (operation: apply)","description":"GitHub-hosted runners, runner groups, network configurations and custom image retention, declared for `operation: apply`. Item keys are the action\'s input names; every value is also checked by the parser of the input of that name. Generated by `npm run generate`.","type":"object","additionalProperties":false,"properties":{"organization":{"description":"the login of the organization this file describes (letters, digits, single hyphens). A step whose scope is another organization, or an enterprise, is refused before any request. This or `enterprise` is required with prune: true.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","examples":["acme"]},"enterprise":{"description":"the slug of the enterprise this file describes (letters, digits, single hyphens). A step whose scope is another enterprise, or an organization (an empty `enterprise` input), is refused before any request. This or `organization` is required with prune: true.","type":"string","pattern":"^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,99}$","examples":["octo-ent"]},"network-configurations":{"description":"Network configurations (private networking), each as create-network-configuration takes it, by name. Created or updated before the runner groups that name them in network-configuration-id; never pruned.","type":"array","items":{"$ref":"#/$defs/network-configuration"}},"runner-groups":{"description":"Runner groups, each as ensure-group takes it. A group not listed is left alone (unless prune is true).","type":"array","items":{"$ref":"#/$defs/runner-group"}},"hosted-runners":{"description":"Hosted runners, each as ensure-runner takes it. A runner not listed is left alone (unless prune is true).","type":"array","items":{"$ref":"#/$defs/hosted-runner"}},"image-retention":{"description":"Retention of custom image versions, each as cleanup-image-versions takes it; an item without custom-image covers every custom image no other item names.","type":"array","items":{"$ref":"#/$defs/image-retention"}},"prune":{"description":"true: delete the hosted runners and runner groups this file does not declare (never the default group, never an inherited one), capped by the step\'s max-deletions.","type":"boolean","default":false},"require-reviewed-plan":{"description":"true: apply (not a dry run) sends nothing unless the step\'s expected-plan-digest is the plan-digest of its own plan; a missing, empty or blank digest is refused, not skipped.","type":"boolean"},"rollout":{"description":"How apply changes the image (id, source or version) of hosted runners: canary runners first, each read until Ready, then the rest a batch at a time, each batch Ready before the next. A runner that ends Stuck or Shutdown, or is not Ready at wait-timeout, stops the rollout. The step\'s poll-interval sets how often a runner is read.","type":"object","additionalProperties":false,"properties":{"canary":{"description":"how many runners change first, in the file\'s order (default 1; 0: no canary)","type":"integer","minimum":0,"maximum":1000},"batch":{"description":"then how many at a time: a number, or a percentage of the runners the rollout changes, rounded up (default 25%)","type":["string","integer"],"pattern":"^(?=\\\\d{1,4}%?$)0*(?:(?:[1-9]|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-9]\\\\d{3})|(?:[1-9]|[1-9]\\\\d{1}|100)%)$","minimum":1,"maximum":9999},"wait-timeout":{"description":"how long each runner may take to be Ready, such as 30m (default 15m)","type":["string","integer"],"pattern":"^(?=\\\\d{1,7}[smh]?$)(?:0*(?:[1-9]|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-9]\\\\d{3}|[1-7]\\\\d{4}|8(?:[0-5]\\\\d{3}|6(?:[0-3]\\\\d{2}|400)))s?|0*(?:[1-9]|[1-9]\\\\d{1}|[1-9]\\\\d{2}|1(?:[0-3]\\\\d{2}|4(?:[0-3]\\\\d{1}|40)))m|0*(?:[1-9]|1\\\\d{1}|2[0-4])h)$","minimum":1,"maximum":86400},"rollback":{"description":"true: when a wave fails, every runner of that wave is set back to the image it had, and read until Ready again (default false)","type":"boolean"}}}},"oneOf":[{"required":["organization"],"properties":{"organization":true,"enterprise":false}},{"required":["enterprise"],"properties":{"organization":false,"enterprise":true}},{"properties":{"organization":false,"enterprise":false}}],"allOf":[{"if":{"required":["prune"],"properties":{"prune":{"const":true}}},"then":{"anyOf":[{"required":["organization"],"properties":{"organization":true}},{"required":["enterprise"],"properties":{"enterprise":true}}]}},{"if":{"required":["organization"],"properties":{"organization":true}},"then":{"properties":{"runner-groups":{"type":"array","items":{"type":"object","properties":{"organizations":false}}}}}},{"if":{"required":["enterprise"],"properties":{"enterprise":true}},"then":{"properties":{"runner-groups":{"type":"array","items":{"type":"object","properties":{"repositories":false,"visibility":{"enum":["all","selected"]}}}}}}}],"$defs":{"network-configuration":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The network configuration\'s name to create or rename to: 1–100 of `a-z A-Z 0-9 . - _`. Required by `create-network-configuration`; renames on `update-network-configuration`.","type":"string","pattern":"^[A-Za-z0-9._-]{1,100}$"},"network-settings-id":{"description":"The id of a hosted compute network settings resource (created in Azure). Required by `create-network-configuration` and `get-network-settings`; changes it on `update-network-configuration`.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S"},"compute-service":{"description":"`none` or `actions`: which hosted compute service the network configuration serves (default `actions` on `create-network-configuration`).","enum":["none","actions"]},"failover-network-settings-id":{"description":"The id of the network settings resource to fail over to, on `create-network-configuration` and `update-network-configuration`.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S"},"failover-network-enabled":{"description":"`true` / `false`: whether the failover network settings resource is used, on `create-network-configuration` and `update-network-configuration`.","type":"boolean"}}},"runner-group":{"type":"object","additionalProperties":false,"required":["group-name"],"properties":{"group-name":{"description":"Runner group name, at most 64 characters (spaces allowed). On `create-group` and `ensure-group` (required): the group\'s name, which `ensure-group` looks the group up by. On `update-group`: the new name.","type":["string","integer"],"maxLength":64,"pattern":"\\\\S","examples":["release"]},"visibility":{"description":"Which repositories may use the group: `all`, `selected` or `private`. Read by `create-group`, `update-group` and `ensure-group`.","enum":["all","selected","private"],"examples":["selected"]},"allows-public-repositories":{"description":"`true` or `false`: whether public repositories may use the group. Read by `create-group`, `update-group` and `ensure-group`.","type":"boolean"},"restricted-to-workflows":{"description":"`true` or `false`: whether only the `selected-workflows` may use the group. Read by `create-group`, `update-group` and `ensure-group`.","type":"boolean"},"selected-workflows":{"description":"Workflow refs that may use the group when `restricted-to-workflows` is `true` (for example `octo-org/app/.github/workflows/deploy.yml@refs/heads/main`), in the same list formats as `repositories`. Read by `create-group`, `update-group` and `ensure-group`.","type":["array","string"],"items":{"type":"string","pattern":"^[^\\\\s\\\\p{Cc}]{1,512}$"},"pattern":"\\\\S","examples":[["octo-org/app/.github/workflows/deploy.yml@refs/heads/main"]]},"network-configuration-id":{"description":"A hosted compute network configuration (private networking), by its id or its name, resolved against the scope\'s network configurations before any write; an id not found there (upper-case letters and digits) is sent as given, with a notice, since an organization\'s group may use its enterprise\'s configuration, while a name must be found. On `create-group`, `update-group` and `ensure-group`: the configuration the group\'s runners use. Required by `get-network-configuration` (which reads an id directly), `update-network-configuration` and `delete-network-configuration`.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S","examples":["corp-vnet"]},"repositories":{"description":"Repositories, each an id, `owner/name` or a bare name in `org`: one per line, comma separated, or a YAML/JSON list (digits are an id; in the fleet file a string is a name, `\\"2024\\"`, and a YAML integer an id). `set-group-repos` replaces the group\'s list with them, `add-group-repo` and `remove-group-repo` add or remove each one, `create-group` and `ensure-group` give the group exactly these. The group\'s visibility must be `selected`.","type":["array","string"],"items":{"type":["string","integer"],"pattern":"\\\\S"},"pattern":"\\\\S","examples":[["app","octo-org/infra"]]},"organizations":{"description":"Enterprise scope: organization logins or ids, in the same list formats as `repositories`. `set-group-orgs` replaces the enterprise group\'s organizations with them, `add-group-org` and `remove-group-org` add or remove each one, `create-group` and `ensure-group` give the group exactly these. The group\'s visibility must be `selected`.","type":["array","string"],"items":{"type":["string","integer"],"pattern":"\\\\S"},"pattern":"\\\\S","examples":[["acme"]]},"runners":{"description":"Self-hosted runner ids or names, in the same list formats as `repositories`. `set-group-runners` replaces the group\'s runners with them, `add-group-runner` and `remove-group-runner` add or remove each one, `create-group` and `ensure-group` give the group exactly these. GitHub moves a runner the new list drops to the default group: `set-group-runners`, `ensure-group` and `apply` name each one in a warning and the summary before the list is sent.","type":["array","string"],"items":{"type":["string","integer"],"pattern":"\\\\S"},"pattern":"\\\\S","examples":[["build-01"]]},"previous-names":{"description":"Names this object may still have on GitHub: when the name is missing and exactly one of these exists, the plan renames it (a PATCH), never a create and a prune.","type":["array","string"],"items":{"type":["string","integer"],"maxLength":64,"pattern":"\\\\S"},"pattern":"\\\\S","examples":[["old-name"]]}}},"hosted-runner":{"type":"object","additionalProperties":false,"required":["runner-name"],"properties":{"runner-name":{"description":"Hosted runner name: 1–64 of `a-z A-Z 0-9 . - _`. The name of the runner to create (`create-runner`, `ensure-runner`: required), or of the runner to act on, matched exactly (`get-runner`, `update-runner`, `delete-runner`, `wait-runner`).","type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$","examples":["release-linux"]},"image-id":{"description":"Runner image: its id or its name, as listed by `list-github-images`, `list-partner-images` or `list-images` (the catalogue of `image-source`). GitHub-owned and partner images match by id or display name, ignoring case; custom images by id or name. GitHub-owned ids are numeric strings: `\\"2306\\"` or `Ubuntu Latest (24.04)`. Resolved before any write; the id is what is sent and compared. Read by `create-runner` (required), `update-runner` and `ensure-runner`.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S","examples":["Ubuntu Latest (24.04)","2306"]},"image-source":{"description":"Where `image-id` comes from: `github`, `partner` or `custom`. Read by `create-runner`, `update-runner` and `ensure-runner` together with `image-id`. Default: `github`.","enum":["github","partner","custom"],"default":"github"},"image-version":{"description":"Image version. On `create-runner`, `update-runner` and `ensure-runner`: the custom image version the runner uses, `x.y.z`, or `latest` to follow the image\'s newest version (GitHub then reports `latest`; custom images only: GitHub-owned and partner images always run `latest`). On `get-image-version` and `delete-image-version` (required): the one version `x.y.z` to read or delete.","type":"string","pattern":"^(\\\\d+\\\\.\\\\d+\\\\.\\\\d+|latest)$","examples":["1.2.0","latest"]},"size":{"description":"Machine size, as listed by `list-machine-sizes` (for example `4-core`). Read by `create-runner` (required), `update-runner` and `ensure-runner`.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S","examples":["4-core"]},"runner-group":{"description":"Runner group id or name, matched ignoring case (the exact name wins where two differ only in case; digits only: an id, but in the fleet file a string is a name and a YAML integer an id). On `create-runner`, `update-runner` and `ensure-runner`: the group the runner belongs to (default on creation: the organization\'s default group). Required by `get-group`, `update-group`, `delete-group`, `list-group-hosted-runners` and the `*-group-repos` and `*-group-runners` operations.","type":["string","integer"],"maxLength":64,"pattern":"\\\\S","examples":["release"]},"maximum-runners":{"description":"Maximum number of machines the hosted runner scales up to, a positive whole number. Read by `create-runner`, `update-runner` and `ensure-runner`.","type":"integer","minimum":1,"examples":[10]},"enable-static-ip":{"description":"`true` or `false`: give the hosted runner static public IP addresses (see `get-limits`). Read by `create-runner`, `update-runner` and `ensure-runner`.","type":"boolean"},"image-gen":{"description":"`true` or `false`: use the hosted runner to generate custom images. Read by `create-runner`, `update-runner` and `ensure-runner`.","type":"boolean"},"previous-names":{"description":"Names this object may still have on GitHub: when the name is missing and exactly one of these exists, the plan renames it (a PATCH), never a create and a prune.","type":["array","string"],"items":{"type":["string","integer"],"maxLength":64,"pattern":"\\\\S"},"pattern":"\\\\S","examples":[["old-name"]]}},"dependentRequired":{"image-source":["image-id"]},"if":{"required":["image-id","image-version"],"properties":{"image-id":true,"image-version":true}},"then":{"required":["image-source"],"properties":{"image-source":{"const":"custom"}}}},"image-retention":{"type":"object","additionalProperties":false,"properties":{"custom-image":{"description":"Custom image id or name, matched ignoring case (the exact name wins where two differ only in case; digits only: an id, but in the fleet file a string is a name and a YAML integer an id). Required by `get-image`, `delete-image`, `list-image-versions`, `get-image-version` and `delete-image-version`. On `cleanup-image-versions`: the one image to clean up; empty for every custom image of the organization.","type":["string","integer"],"maxLength":256,"pattern":"\\\\S","examples":["golden-ubuntu"]},"keep":{"description":"`cleanup-image-versions`: how many of the newest `Ready` versions of each image are kept, a whole number (`0` or more). Default: `5`. GitHub\'s own retention policy for custom images (an enterprise setting, by default 20 versions, 30 days unused, 60 days of age) runs beside it: above its limit GitHub deletes the oldest unused versions itself.","type":"integer","minimum":0,"maximum":10000,"default":5,"examples":[5]},"older-than":{"description":"`cleanup-image-versions`: delete only versions created longer ago than this duration, such as `30d`, `12h` or `90m` (bare numbers are seconds). Default: any age.","type":["string","integer"],"pattern":"^(?=\\\\d{1,7}[smhd]?$)(?:0*(?:\\\\d|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-9]\\\\d{3}|[1-9]\\\\d{4}|[1-9]\\\\d{5}|[1-9]\\\\d{6})s?|0*(?:\\\\d|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-9]\\\\d{3}|[1-9]\\\\d{4}|[1-9]\\\\d{5}|[1-4]\\\\d{6}|5(?:[0-1]\\\\d{5}|2(?:[0-4]\\\\d{4}|5(?:[0-5]\\\\d{3}|6000))))m|0*(?:\\\\d|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-9]\\\\d{3}|[1-7]\\\\d{4}|8(?:[0-6]\\\\d{3}|7(?:[0-5]\\\\d{2}|600)))h|0*(?:\\\\d|[1-9]\\\\d{1}|[1-9]\\\\d{2}|[1-2]\\\\d{3}|3(?:[0-5]\\\\d{2}|6(?:[0-4]\\\\d{1}|50)))d)$","minimum":0,"maximum":9999999,"examples":["30d","12h"]}}}}}');
;// CONCATENATED MODULE: ./src/fleet/schema-file.ts
// The fleet file's schema, written by `export` beside the file it writes, which names it by a relative
// path (`# yaml-language-server: $schema=hosted-runners.schema.json`). yaml-language-server resolves a
// relative modeline path against the YAML file (redhat-developer/yaml-language-server#499), so the
// editor loads, offline and on any GitHub host, the schema of the very release that wrote the file.



const SCHEMA_FILE_NAME = 'hosted-runners.schema.json';
const SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_FILE_NAME}`;
const SCHEMA_TEXT = `${JSON.stringify(hosted_runners_schema_namespaceObject, null, 2)}\n`;
/**
 * Writes the schema beside `fleetFile`, never over another file: `written`, `same` (this schema was
 * there), or `kept` (another file or a link is there, left as it is).
 */
function writeSchemaBeside(fleetFile) {
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(fleetFile), SCHEMA_FILE_NAME);
    try {
        (0,external_node_fs_.writeFileSync)(path, SCHEMA_TEXT, { flag: 'wx' });
        return { path, outcome: 'written' };
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const same = (0,external_node_fs_.lstatSync)(path).isFile() && (0,external_node_fs_.readFileSync)(path, 'utf8') === SCHEMA_TEXT;
    return { path, outcome: same ? 'same' : 'kept' };
}

;// CONCATENATED MODULE: ./src/fleet/export-writer.ts
// A scope's runner groups and hosted runners as a fleet file: each item's keys come from the kinds' rows
// (src/resources/) that apply compares with, so that applying the file plans nothing.





/** A runner group as a file item, by its rows; a `selected` group lists exactly who it grants. */
function groupItem(group, members, names) {
    const entries = exportedItem(RUNNER_GROUP_KIND, group, names);
    for (const [key, names] of Object.entries(members))
        if (names && (names.length > 0 || key !== 'runners'))
            entries.push({ key, value: names });
    return entries;
}
/** The fleet as the `result` output: the file's keys and values. */
function fleetJson({ scope, kinds, groups, runners }) {
    const asObject = (item) => Object.fromEntries(item.map((e) => [e.key, e.value]));
    return {
        ...ownerKey(scope),
        ...Object.fromEntries(kinds.map(({ section, items }) => [section, items.map(asObject)])),
        [RUNNER_GROUP_KIND.section]: groups.map(asObject),
        [HOSTED_RUNNER_KIND.section]: runners.map(asObject),
        prune: false
    };
}
const ownerKey = (scope) => scope.kind === 'org' ? { organization: scope.org } : { enterprise: scope.enterprise };
/** The fleet file's text. */
function fleetYaml(fleet) {
    const [[ownerName, owner]] = Object.entries(ownerKey(fleet.scope));
    const section = (name, items) => items.length === 0 ? [`${name}: []`] : [`${name}:`, ...items.flatMap(export_writer_itemLines)];
    return [
        SCHEMA_COMMENT,
        '# Written by operation: export. Applying it as it is changes nothing.',
        `${ownerName}: ${scalar(owner)}`,
        ...fleet.kinds.flatMap(({ section: name, items }) => section(name, items)),
        ...section(RUNNER_GROUP_KIND.section, fleet.groups),
        ...section(HOSTED_RUNNER_KIND.section, fleet.runners),
        '# true: delete the runners and groups this file does not declare.',
        'prune: false',
        ''
    ].join('\n');
}
function export_writer_itemLines(item) {
    return item.map(({ key, value, comment }, i) => {
        const text = Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value);
        return `${i === 0 ? '  - ' : '    '}${key}: ${text}${comment ? ` # ${comment}` : ''}`;
    });
}
// Characters a plain scalar may hold in a block value and in a flow list (`[a, b]`) alike.
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9 ._/-]*$/;
/** Whether YAML reads `text` written plain back as that same string: under 1.2, and in an editor still on 1.1. */
function readsBackAsText(text) {
    return [js_yaml/* CORE_SCHEMA */.OU, js_yaml/* YAML11_SCHEMA */.Wj].every((schema) => {
        try {
            const read = (0,js_yaml/* load */.Hh)(`[${text}]`, { schema });
            return Array.isArray(read) && read.length === 1 && read[0] === text;
        }
        catch {
            return false;
        }
    });
}
/**
 * A value as YAML: a number or boolean as itself; text plain when YAML reads it back as the same text,
 * else double-quoted (JSON), so that a name (`"22"`, `"true"`, `"1e3"`) stays a name and never an id.
 */
function scalar(value) {
    if (typeof value !== 'string')
        return String(value);
    return PLAIN.test(value) && readsBackAsText(value) ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/fleet/fleet-glance.ts

const whoMayUse = (group, members) => {
    const granted = members.repositories ?? members.organizations;
    const who = group.visibility === 'selected'
        ? granted && granted.length > 0
            ? granted.join(', ')
            : 'no one yet (selected, none granted)'
        : group.visibility === 'private'
            ? 'private repositories'
            : `all ${members.organizations ? 'organizations' : 'repositories'}`;
    const workflows = group.restricted_to_workflows
        ? `; workflows: ${(group.selected_workflows ?? []).join(', ') || 'none'}`
        : '';
    return who + workflows;
};
/** `2 network configurations, 1 runner group and 0 hosted runners`. */
function counted(written) {
    const parts = written.map(([count, noun]) => `${count} ${count === 1 ? noun.replace(/s$/, '') : noun}`);
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
}
function fleetGlance(glance) {
    const { file, written, groups, runners, staticIps, imageStorageGb } = glance;
    const sections = groups.map(({ group, members }) => {
        const mine = runners.filter((r) => r.runner_group_id === group.id);
        const rows = mine.map((r) => [
            r.name,
            r.machine_size_details?.id,
            r.image_details?.display_name ?? r.image_details?.id,
            r.status,
            r.last_active_on ?? 'never'
        ]);
        const head = `**${cell(group.name)}**${group.default ? ' (default)' : ''}${group.inherited ? ' (inherited)' : ''}: ${cell(whoMayUse(group, members))}`;
        return mine.length === 0
            ? `${head}. No hosted runners.`
            : `${head}\n\n${table(['runner', 'size', 'image', 'status', 'last active'], rows, { maxRows: Infinity })}`;
    });
    const staticIpText = staticIps
        ? `${staticIps.used} of ${staticIps.maximum}`
        : 'unknown (limits not readable)';
    const storageText = imageStorageGb === undefined ? 'unknown (custom images not readable)' : `${imageStorageGb} GB`;
    const totals = table(['hosted runners', 'static IPs used', 'custom image storage'], [[runners.length, staticIpText, storageText]]);
    return [
        // What the file holds; the tables below show every group, GitHub's own (default, inherited) too.
        `Exported ${counted(written)} to \`${cell(file)}\`. Nothing was sent to GitHub.`,
        totals,
        ...sections
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/resources/network-configuration/export-names.ts
// How export writes a runner group's network configuration: by its name, which apply resolves back to
// the same id, when the scope lists it under a name that picks it alone; else by its id, as GitHub holds
// it (an organization's group may use its enterprise's configuration, which the organization's listing
// does not show: apply sends such an id as given).



function configurationNames(live) {
    return (id) => {
        const configuration = live.find((candidate) => candidate.id === id);
        if (!configuration)
            return id;
        const picked = (0,name_rule/* pickNamed */.RQ)(live, configuration.name);
        // Another configuration's id equal to this name would be found first by id.
        const clash = live.some((candidate) => candidate.id === configuration.name);
        const fits = nameFits(NETWORK_CONFIGURATION_KIND, configuration.name);
        return picked.length === 1 && !clash && fits ? configuration.name : id;
    };
}

;// CONCATENATED MODULE: ./src/operations/export.ts
// `export`: reads the scope's runner groups, their members and hosted runners, and writes them as a
// fleet file in the workspace (config), so that `apply` of it plans nothing. Sends no write to GitHub.















const EXPORT = {
    name: 'export',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: ['config'],
    run: runExport
};
async function runExport(context) {
    const { gateway, inputs, names } = context;
    // Checked before any request: a path out of the workspace fails at once.
    const target = workspaceFile(inputs.config, context.workspace, { forWriting: true });
    const [groups, runners] = await Promise.all([names.runnerGroups(), names.hostedRunners()]);
    // The default group and inherited groups are GitHub's: apply never creates or prunes them.
    const exported = groups.filter((group) => prunable(group, gateway.scope.kind));
    const members = await Promise.all(exported.map((group) => membersOf(context, group)));
    const live = runners.filter((r) => r.status !== 'Deleting');
    // A runner's group by name (quoted when YAML would read it as anything else); by id, a YAML integer,
    // where the name would pick more than one group.
    const groupName = (id) => {
        const name = names.groupLabels.get(id);
        return name === undefined || (0,name_rule/* pickNamed */.RQ)(groups, name).length !== 1 ? id : name;
    };
    const kinds = await Promise.all(KINDS.filter(plansItself).map(async ({ kind, list }) => ({ kind, live: await list(names) })));
    const configurationName = configurationNames(await names.networkConfigurations());
    const exportNames = { groupName, configurationName };
    const fleet = {
        scope: gateway.scope,
        kinds: kinds.map(({ kind, live }) => ({
            section: kind.section,
            items: live
                .filter((object) => export_named(context, kind, object))
                .map((object) => exportedItem(kind, object, exportNames))
        })),
        groups: exported.map((group, i) => groupItem(group, members[i], exportNames)),
        runners: live.map((runner) => exportedItem(HOSTED_RUNNER_KIND, runner, exportNames))
    };
    for (const group of exported) {
        const others = (0,name_rule/* pickNamed */.RQ)(groups, group.name).filter((other) => other.id !== group.id);
        if (others.length > 0)
            context.log.warning(`Runner group '${group.name}' (id ${group.id}) shares its name with group id ${others.map((o) => o.id).join(', ')}: apply refuses the name as ambiguous until one of them is renamed.`);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target.full), { recursive: true });
    writeNewFile(target.full, target.given, fleetYaml(fleet));
    const schema = writeSchemaBeside(target.full);
    if (schema.outcome === 'kept')
        context.log.warning(`${SCHEMA_FILE_NAME} beside ${target.relative} is not this release's schema: left as it is (delete it and export again to have an editor check the file with this release's rules).`);
    const kindCounts = fleet.kinds.map(({ section, items }) => `${items.length} ${section}`);
    context.log.info(`Wrote ${target.relative}: ${[...kindCounts, `${fleet.groups.length} groups`, `${fleet.runners.length} runners`].join(', ')}.`);
    const [staticIps, imageStorageGb] = await Promise.all([staticIpUse(context), imageStorage(context)]);
    // The summary shows every group, GitHub's own too, with who may use the exported ones.
    const everyGroup = groups.map((group) => ({
        group,
        members: prunable(group, gateway.scope.kind) ? members[exported.indexOf(group)] : {}
    }));
    return {
        outputs: {
            result: fleetJson(fleet),
            count: fleet.kinds.reduce((sum, { items }) => sum + items.length, 0) +
                fleet.groups.length +
                fleet.runners.length
        },
        summary: fleetGlance({
            file: target.relative,
            written: [
                ...fleet.kinds.map(({ section, items }) => [
                    items.length,
                    section.replace(/-/g, ' ')
                ]),
                [fleet.groups.length, 'runner groups'],
                [fleet.runners.length, 'hosted runners']
            ],
            groups: everyGroup,
            runners: live,
            staticIps,
            imageStorageGb
        })
    };
}
/** Created, never opened: `wx` fails on anything there, a link too, made while the export read GitHub. */
function writeNewFile(full, given, text) {
    try {
        (0,external_node_fs_.writeFileSync)(full, text, { encoding: 'utf8', flag: 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST')
            throw existingFile(given, false);
        throw error;
    }
}
/** Who the group grants, by name: repositories (bare names in the organization) or organizations. */
async function membersOf({ gateway, names }, group) {
    const label = (id) => names.labels.get(id) ?? String(id);
    const scope = gateway.scope;
    const members = {};
    if (group.visibility === 'selected') {
        if (scope.kind === 'org') {
            const prefix = `${scope.org.toLowerCase()}/`;
            members.repositories = (await names.groupRepositoryIds(group.id)).map((id) => {
                const name = label(id);
                return name.toLowerCase().startsWith(prefix) ? name.slice(prefix.length) : name;
            });
        }
        else
            members.organizations = (await names.groupOrganizationIds(group.id)).map(label);
    }
    members.runners = (await names.groupRunnerIds(group.id)).map(label);
    return members;
}
/** Static IPs in use against the limit; unknown when the limits cannot be read (the export stands). */
async function staticIpUse({ names, log }) {
    try {
        const public_ips = await publicIpLimits(names);
        return { used: public_ips.current_usage, maximum: public_ips.maximum };
    }
    catch (error) {
        log.warning(`The static IP limits could not be read: ${error.message}`);
        return undefined;
    }
}
async function imageStorage({ names, log }) {
    try {
        const images = await names.customImages();
        return images.reduce((sum, image) => sum + (image.total_versions_size ?? 0), 0);
    }
    catch (error) {
        log.warning(`The custom images could not be read: ${error.message}`);
        return undefined;
    }
}
/** An object whose name the file could not hold is left out of it, with a warning (apply leaves it alone). */
function export_named({ log }, kind, object) {
    const name = kind.name.read(object);
    if (nameFits(kind, name))
        return true;
    log.warning(`Export left out ${kind.object.replace('-', ' ')} ${JSON.stringify(name)}: its name is not one the fleet file's '${kind.name.fleetKey}' takes; apply leaves it as it is.`);
    return false;
}

;// CONCATENATED MODULE: ./src/operations/wait-runner.ts
// wait-runner: polls a hosted runner until it is Ready, or gone (`wait-for: deleted`).




const WAIT_RUNNER = {
    name: 'wait-runner',
    scopes: common_scope/* BOTH_SCOPES */.sw,
    reads: ['runnerId', 'runnerName', ...vocabulary/* WAIT_INPUTS */.WW],
    requires: [['runnerId', 'runnerName']],
    picksRunner: true,
    async run({ gateway, names, inputs, log, waitClock }) {
        const target = inputs.waitFor ?? 'ready';
        let id;
        try {
            id = await names.runnerId();
        }
        catch (error) {
            // A runner that no longer has a name to find is as deleted as it gets; but this run never saw
            // it, and a typo in a teardown would leave the runner meant (and billed) running: said loudly.
            // The step still succeeds: a teardown run again finds its runner gone.
            if (target === 'deleted' && (0,errors/* isUserError */.iU)(error, 'lookup')) {
                log.warning(`wait-for: deleted: ${error.message.replace(/^Input 'runner-name': /, '')} This run never saw runner '${inputs.runnerName}', so there was nothing to wait for: check the name, or a runner you meant to delete may still be running.`);
                return {
                    outputs: {
                        result: { name: inputs.runnerName, status: 'deleted', found: false },
                        runnerName: inputs.runnerName,
                        status: 'deleted'
                    },
                    summary: `**Not found:** no hosted runner is named \`${inputs.runnerName}\`, so there was nothing to wait for (a runner already gone, or a misspelt name: see the warning).`
                };
            }
            throw error;
        }
        const options = waitOptions(inputs, target, waitClock);
        return waitForRunner(gateway, log, { id, name: inputs.runnerName }, options, names.tableLabels);
    }
};

;// CONCATENATED MODULE: ./src/operations/index.ts
// The catalog of operations: the endpoint table and the composite operations, one shape for all.








const ALL = [
    ...ENDPOINT_OPERATIONS,
    ...NETWORK_OPERATIONS,
    WAIT_RUNNER,
    ENSURE_RUNNER,
    ENSURE_GROUP,
    APPLY,
    EXPORT,
    cleanupImageVersions
];
const OPERATIONS = Object.fromEntries(ALL.map((op) => [op.name, op]));
const OPERATION_NAMES = ALL.map((op) => op.name);
/** The fleet file's keys (the command line words hints about the other inputs as flags). */


;// CONCATENATED MODULE: ./src/github/kept-bytes.ts
// What one listing keeps of its items, counted page by page: each answer may hold 16 MiB, and a server
// that pads every page cannot make one listing keep more than MAX_LISTING_BYTES.


const kept_bytes_MIB = 1024 * 1024;
class KeptBytes {
    bound;
    #bytes = 0;
    /** `bound`: MAX_LISTING_BYTES, unless the run was given another (tests: a smaller one, see Timing). */
    constructor(bound = bounds/* MAX_LISTING_BYTES */.qH) {
        this.bound = bound;
    }
    /** Counts what a page keeps; past the bound the listing fails, naming it and the bound, before it is kept. */
    count(kept, url, page) {
        this.#bytes += memoryOf(kept);
        if (this.#bytes > this.bound)
            throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from GET ${(0,errors/* pathOf */.XM)(url)}: the items it keeps take about ${Math.ceil(this.#bytes / kept_bytes_MIB)} MiB by page ${page}, more than the bound of ${this.bound / kept_bytes_MIB} MiB one listing may keep, ${bounds/* LISTING_BYTES_SOURCE */.No}`);
    }
}
/**
 * About what V8 takes for parsed JSON: 16 bytes a value, 64 more an object or list, a string's
 * characters (Latin-1; others take twice). Not JSON's length: 16 MiB of `{},` is 350 MB of objects.
 * Walked without recursion, so that no nesting overflows the stack, and without serializing, so that
 * a long string costs nothing to measure.
 */
function memoryOf(list) {
    let bytes = 0;
    const pending = [list];
    for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
        bytes += 64;
        for (const value of Array.isArray(container) ? container : Object.values(container)) {
            bytes += 16;
            if (typeof value === 'string')
                bytes += value.length;
            else if (typeof value === 'object' && value !== null)
                pending.push(value);
        }
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/github/request-gateway.ts






const PER_PAGE = 100;
/** The lists whose `total_count` GitHub's description leaves optional (GHEC: the enterprise's self-hosted runners). */
const COUNT_OPTIONAL = new Set(['GET /enterprises/{enterprise}/actions/runners']);
const whole = (item) => item;
class RequestGateway {
    client;
    scope;
    dryRun;
    log;
    listingBytes;
    /** Dry-run: the writes that would have been sent. */
    planned = [];
    /** The writes that were sent and answered, in order: the record of what the run did. */
    sent = [];
    /** The write sent and not yet answered: after a cancel, GitHub may or may not have acted on it. */
    inFlight;
    #stopped = false;
    #bodies = new WeakMap();
    #request;
    constructor(client, scope, dryRun, log, listingBytes) {
        this.client = client;
        this.scope = scope;
        this.dryRun = dryRun;
        this.log = log;
        this.listingBytes = listingBytes;
        this.#request = client.request;
    }
    /** What one listing may keep, counted page by page (src/github/kept-bytes.ts). */
    keptBytes = () => new KeptBytes(this.listingBytes);
    /** One answer, checked against `shape` before anything is read from it. */
    async read(route, params, shape = anObject()) {
        const answer = await this.#request(...this.#at(route, params));
        return checked(answer, shape);
    }
    /**
     * Every item of a paginated list (`{total_count, <key>: [...]}`), 100 a page. Octokit's paginate is
     * not used: it trusts each page's shape and every `next` link, and this must bound both.
     */
    async readAll(route, params, key, item) {
        return (await this.readEvery(route, params, key, item));
    }
    /**
     * `readAll` for a route chosen at run time (a catalogue row): the items, checked by `item` alone. With
     * `keep`, only what it returns of each item is kept: a listing read to resolve names stays small.
     * What it keeps is bounded in bytes (KeptBytes), whatever the pages hold.
     */
    async readEvery(route, params, key, item, keep = whole) {
        const items = [];
        const kept = this.keptBytes();
        const seen = new Set();
        const limit = (0,bounds/* listingLimit */.Mm)(route);
        const maxPages = Math.ceil(limit.items / PER_PAGE);
        const bound = `the bound of ${limit.items} ${limit.what}, ${limit.source}`;
        const [at, all] = this.#at(route, params);
        let answer = await this.#request(at, { ...all, per_page: PER_PAGE });
        for (let pages = 1;; pages++) {
            const page = checked(answer, anObject({ [key]: aListOf(item) }));
            const pageKept = page[key].map(keep);
            kept.count(pageKept, answer.url, pages);
            for (const each of pageKept)
                items.push(each);
            const next = /<([^<>]+)>;\s*rel="?next"?/.exec(String(answer.headers.link ?? ''))?.[1];
            const total = page.total_count;
            const where = `unexpected answer from GET ${(0,errors/* pathOf */.XM)(answer.url)}`;
            // A count that is missing or not a whole number would skip the check that the list is whole, and a
            // list read short can decide a delete: GitHub's description requires the count on every list read
            // here but one (COUNT_OPTIONAL), where it is checked when given.
            if (total === undefined && !COUNT_OPTIONAL.has(at))
                throw new errors/* UnexpectedAnswer */.M7(`${where}: no total_count, so whether the list is whole is unknown`);
            if (total !== undefined && !(Number.isSafeInteger(total) && total >= 0))
                throw new errors/* UnexpectedAnswer */.M7(`${where}: total_count is ${JSON.stringify(total)?.slice(0, 40)}, not a whole number`);
            if (typeof total === 'number' && total > limit.items)
                throw new errors/* UnexpectedAnswer */.M7(`${where}: total_count is ${total}, more than ${bound}`);
            if (page[key].length > PER_PAGE)
                throw new errors/* UnexpectedAnswer */.M7(`${where}: a page of more than ${PER_PAGE} items`);
            if (!next) {
                // A list shorter than its own count is not the whole list: what relies on it must not run.
                if (typeof total === 'number' && items.length < total)
                    throw new errors/* UnexpectedAnswer */.M7(`${where}: ${items.length} of ${total} items and no next page`);
                return items;
            }
            if (seen.has(next) || next === answer.url)
                throw new errors/* UnexpectedAnswer */.M7(`${where}: its next page link repeats a page already read`);
            if (pages >= maxPages)
                throw new errors/* UnexpectedAnswer */.M7(`${where}: still a next page after ${maxPages} pages, more than ${bound}`);
            if (typeof total === 'number' && items.length >= total)
                throw new errors/* UnexpectedAnswer */.M7(`${where}: a next page after all ${total} items were read`);
            seen.add(next);
            answer = await this.#request({ method: 'GET', url: next });
        }
    }
    /**
     * One page (100 items) of a list GitHub answers as a bare array (an organization's repositories), and
     * how many pages the list has: the `last` link's page, this page when there is no other, or
     * Number.MAX_SAFE_INTEGER (unknown) when a `next` link comes without a `last` one. The
     * caller bounds how many it reads: a count past its bound is a reason to take another path. The
     * items are what `keep` returns of each, counted in the listing's `kept`, one for all its pages.
     */
    async readPage(route, params, page, item, kept, keep = whole) {
        const [at, all] = this.#at(route, params);
        const answer = await this.#request(at, { ...all, per_page: PER_PAGE, page });
        const read = checked(answer, aListOf(item));
        const link = String(answer.headers.link ?? '');
        const last = /<([^<>]+)>;\s*rel="?last"?/.exec(link)?.[1];
        // A next page without a last one: how many pages there are is unknown, so the list is not whole here
        // and no count can make reading it pay (the caller takes another path).
        const unknown = !last && /<[^<>]+>;\s*rel="?next"?/.test(link);
        const pages = unknown
            ? Number.MAX_SAFE_INTEGER
            : last
                ? Number(new URL(last, answer.url).searchParams.get('page'))
                : page;
        if (read.length > PER_PAGE || !Number.isSafeInteger(pages) || pages < page)
            throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from GET ${(0,errors/* pathOf */.XM)(answer.url)}: a page of ${read.length} items, of ${pages} pages`);
        const items = read.map(keep);
        kept.count(items, answer.url, page);
        return { items, pages };
    }
    /** Sends a mutating request, or in dry-run records it and returns undefined. */
    async write(route, params, requestOptions = {}) {
        const planned = this.describe(route, params);
        const label = `${planned.method} ${planned.path}`;
        if (this.dryRun) {
            this.planned.push(planned);
            const body = planned.body === undefined ? '' : ` ${JSON.stringify(planned.body)}`;
            this.log.info(`[dry-run] ${label}${body}`);
            return undefined;
        }
        if (this.#stopped)
            throw new Error(`not sending ${label}: the run was cancelled`);
        this.log.info(`Sending ${label}`);
        this.inFlight = planned;
        try {
            const [at, all] = this.#at(route, params);
            const answer = await this.#request(at, { ...all, ...requestOptions });
            this.inFlight = undefined;
            this.log.info(`${label} → ${answer.status}`);
            this.record(planned, answer.status);
            return { status: answer.status, data: bodyOf(answer.data) };
        }
        catch (error) {
            this.inFlight = undefined;
            if (!(planned.method === 'DELETE' &&
                error.status === 404 &&
                wasRetried(error)))
                throw error;
            // The first try's answer was lost and the retry found nothing to delete: this run deleted it.
            this.log.info(`${label}: the answer was lost and it is now gone: deleted.`);
            this.record(planned, 404);
            return { status: 404, data: {} };
        }
    }
    /** After a cancel: no further write is sent. */
    stop() {
        this.#stopped = true;
    }
    /** Records a write whose outcome was learned otherwise (a lost answer, found done). */
    record(planned, status) {
        const write = { method: planned.method, path: planned.path, status };
        this.sent.push(write);
        if (planned.body !== undefined)
            this.#bodies.set(write, planned.body);
    }
    /** The JSON body a sent write carried, for the summary. */
    sentBody = (write) => this.#bodies.get(write);
    untilWriteSlot = () => this.client.untilWriteSlot();
    /** Method, path (without the base URL) and JSON body of a request, as it would be sent. */
    describe(route, params) {
        const endpoint = this.client.request.endpoint(...this.#at(route, params));
        const baseUrl = this.client.request.endpoint.DEFAULTS.baseUrl;
        const path = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.length) : endpoint.url;
        return { method: endpoint.method, path, ...(endpoint.body === undefined ? {} : { body: endpoint.body }) };
    }
    /** The route and parameters at this run's scope, each path parameter one plain segment. */
    #at(route, params) {
        const { route: at, params: all } = (0,common_scope/* scoped */.P1)(route, { ...params }, this.scope);
        for (const [, name] of at.matchAll(/\{(\w+)\}/g))
            refuseUnsafeSegment(at, name, all[name]);
        return [at, all];
    }
}
/**
 * A path parameter is one plain segment: ids and versions taken from answers go into paths, and `..`
 * or a slash would turn `DELETE …/versions/{version}` into a request on another resource.
 */
function refuseUnsafeSegment(route, name, value) {
    const text = String(value);
    if (typeof value === 'number'
        ? Number.isSafeInteger(value) && value >= 0
        : /^(?!\.\.?$)[\w.-]{1,200}$/.test(text))
        return;
    throw new errors/* UnexpectedAnswer */.M7(`refused to send ${route.split(' ')[0]} with {${name}} = ${JSON.stringify(text.slice(0, 40))}: not a plain id, name or version`);
}
function checked(answer, shape) {
    const problem = answer.status === 204 ? 'no body (HTTP 204)' : shape(answer.data, 'the answer');
    if (problem)
        throw new errors/* UnexpectedAnswer */.M7(`unexpected answer from GET ${(0,errors/* pathOf */.XM)(answer.url)}: HTTP ${answer.status}, ${problem}`);
    return answer.data;
}
/** A 204 has no body: Octokit gives `""`, the action's outputs give `{}`. */
function bodyOf(data) {
    return data === undefined || data === '' ? {} : data;
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
// Every input becomes one typed, validated Settings object here, before any request is sent.





const DEFAULT_API_VERSION = '2026-03-10';
/** The variable an input arrives in, as @actions/core reads it. */
const inputVariable = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
function readSettings(read, catalogue, env = process.env) {
    const get = (name) => read(name).trim();
    const operation = readOperation(get('operation'), catalogue);
    const token = get('token');
    if (token === '')
        throw new errors/* UserError */.yo('input', 'token', "Input 'token' is required: a token that may manage the organization's runners.");
    if (/[\s\p{Cc}]/u.test(token))
        throw new errors/* UserError */.yo('input', 'token', "Input 'token' must not contain spaces or line breaks.");
    const enterprise = get('enterprise');
    // With `enterprise`, `org` is not read: its default from action.yml always fills it.
    const scope = enterprise
        ? { kind: 'enterprise', enterprise: (0,formats/* enterpriseSlug */.lQ)(enterprise, 'enterprise') }
        : { kind: 'org', org: (0,formats/* organization */.kw)(get('org'), 'org') };
    checkScope(operation, scope.kind, (key) => get((0,formats/* inputName */.yu)(key)) !== '');
    const inputs = {};
    const warnings = [];
    const warn = (message) => warnings.push(message);
    const given = (key) => get((0,formats/* inputName */.yu)(key)) !== '';
    for (const key of operation.reads) {
        const name = (0,formats/* inputName */.yu)(key);
        if (given(key))
            Object.assign(inputs, { [key]: vocabulary/* VALUE_INPUTS */._x[key](get(name), name, warn) });
        // A digest given blank (spaces) is kept as given: the gate refuses it, never skips the review. An
        // empty one cannot be told from none: the runner sets INPUT_* to '' for every input not given
        // (actions/runner#1176); `require-reviewed-plan: true` in the fleet file refuses that case.
        else if (key === 'expectedPlanDigest' &&
            (read(name) !== '' || /^\s+$/.test(env[inputVariable(name)] ?? '')))
            inputs.expectedPlanDigest = '';
    }
    checkRequirements(operation, inputs);
    return {
        operation,
        token,
        scope,
        apiUrl: readApiUrl(get('api-url') || env.GITHUB_API_URL?.trim() || 'https://api.github.com'),
        apiVersion: readApiVersion(get('api-version') || DEFAULT_API_VERSION),
        dryRun: (0,formats/* boolean */.zM)(get('dry-run') || 'false', 'dry-run'),
        retries: (0,formats/* wholeNumber */.rD)(10)(get('retries') || '3', 'retries'),
        inputs,
        ignored: Object.keys(vocabulary/* VALUE_INPUTS */._x)
            .filter((key) => !operation.reads.includes(key) && given(key))
            .map(formats/* inputName */.yu),
        warnings
    };
}
function readOperation(name, catalogue) {
    const OPERATION_NAMES = Object.keys(catalogue);
    if (name === '')
        throw new errors/* UserError */.yo('input', 'operation', `Input 'operation' is required: one of ${OPERATION_NAMES.join(', ')}.`);
    const operation = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
    if (operation)
        return operation;
    const guess = (0,name_rule/* didYouMean */.au)(name, OPERATION_NAMES, (n) => `\`${n}\``);
    throw new errors/* UserError */.yo('input', 'operation', `Input 'operation': unknown operation ${(0,formats/* quote */.hD)(name)}.${guess} Valid operations: ${OPERATION_NAMES.join(', ')}.`);
}
/** An operation, or an input, that does not exist at the scope is refused naming where it does. */
function checkScope(operation, kind, given) {
    if (!operation.scopes.includes(kind)) {
        const where = operation.scopes.map(common_scope/* scopeName */.OK).join(' or ');
        const fix = kind === 'enterprise' ? "remove the 'enterprise' input" : "give the 'enterprise' input";
        throw new errors/* UserError */.yo('input', 'enterprise', `Operation '${operation.name}' exists at ${where} scope only, not at ${(0,common_scope/* scopeName */.OK)(kind)} scope: ${fix}.`);
    }
    const other = kind === 'org' ? 'enterprise' : 'org';
    for (const key of vocabulary/* SCOPE_ONLY_INPUTS */.Y0[other]) {
        if (operation.reads.includes(key) && given(key)) {
            throw new errors/* UserError */.yo('input', (0,formats/* inputName */.yu)(key), `Input '${(0,formats/* inputName */.yu)(key)}' is for ${(0,common_scope/* scopeName */.OK)(other)} scope; this run is at ${(0,common_scope/* scopeName */.OK)(kind)} scope.`);
        }
    }
}
function checkRequirements(operation, inputs) {
    for (const requirement of operation.requires ?? []) {
        const anyOf = typeof requirement === 'string' ? [requirement] : requirement;
        if (!anyOf.some((key) => inputs[key] !== undefined)) {
            const names = anyOf.map((key) => `'${(0,formats/* inputName */.yu)(key)}'`).join(' or ');
            throw new errors/* UserError */.yo('input', (0,formats/* inputName */.yu)(anyOf[0]), `Operation '${operation.name}' needs input ${names}.`);
        }
    }
    if (operation.picksRunner &&
        !operation.renamesRunner &&
        inputs.runnerId !== undefined &&
        inputs.runnerName !== undefined) {
        throw new errors/* UserError */.yo('input', 'runner-id', `Operation '${operation.name}' picks one runner: give 'runner-id' or 'runner-name', not both.`);
    }
    operation.check?.(inputs);
}
function readApiVersion(raw) {
    const version = (0,formats/* matching */.wC)(/^\d{4}-\d{2}-\d{2}$/, 'a date `YYYY-MM-DD`, such as `2026-03-10`')(raw, 'api-version');
    const date = new Date(`${version}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== version) {
        throw new errors/* UserError */.yo('input', 'api-version', `Input 'api-version' must be a real date; got ${(0,formats/* quote */.hD)(raw)}.`);
    }
    return version;
}
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
function readApiUrl(raw) {
    const shown = (0,formats/* quote */.hD)(withoutCredentials(raw));
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UserError */.yo('input', 'api-url', `Input 'api-url' must be an absolute URL such as https://api.github.com; got ${shown}.`);
    }
    if (url.username || url.password) {
        throw new errors/* UserError */.yo('input', 'api-url', `Input 'api-url' must not carry credentials (user:password@); got ${shown}.`);
    }
    if (raw.includes('?') || raw.includes('#')) {
        throw new errors/* UserError */.yo('input', 'api-url', `Input 'api-url' must not carry a query or a fragment; got ${shown}.`);
    }
    const plainLoopback = url.protocol === 'http:' && LOOPBACK.test(url.hostname);
    if (url.protocol !== 'https:' && !plainLoopback) {
        throw new errors/* UserError */.yo('input', 'api-url', `Input 'api-url' must use https:// (plain http:// only for a loopback host); got ${shown}.`);
    }
    return url.href.replace(/\/+$/, '');
}
/** A URL as it may be shown: `user:password@` removed, whether or not it parses. */
function withoutCredentials(raw) {
    return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}

;// CONCATENATED MODULE: ./src/inputs/unknown-inputs.ts
// Outside GitHub Actions (a local run that sets INPUT_* variables by hand), nothing warns about a
// variable that is no input of the action: `INPUT_API_URL` for `INPUT_API-URL` would silently send the
// token to the default API. GitHub's runner warns about unexpected inputs itself, so this runs only
// where it does not.


/** How @actions/core names an input's variable: spaces become underscores, hyphens stay. */
const variableOf = (input) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
/** A warning for each INPUT_* variable that names no input of the action, with the closest inputs. */
function unknown_inputs_unknownInputWarnings(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return [];
    const known = new Set(INPUT_NAMES.map(variableOf));
    return Object.keys(env)
        .filter((variable) => variable.startsWith('INPUT_') && !known.has(variable))
        .sort()
        .map((variable) => {
        const given = variable.slice('INPUT_'.length).toLowerCase();
        return `Environment variable ${variable} is no input of this action and is ignored.${didYouMean(given, INPUT_NAMES)}`;
    });
}

;// CONCATENATED MODULE: ./src/report/summary-writer.ts
// Writes the step summary. GitHub refuses one over 1 MiB: a longer summary keeps its start and its last
// paragraph (where a run's outcome or failure is said), and says in place of the rest how many lines
// were left out and where the whole is (the `result-file` output); the log says so too.


/** Appends to the step summary, shortened to stay under GitHub's limit. */
async function summary_writer_writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const { text, leftOut } = fitSummary(markdown);
    if (leftOut > 0)
        core.warning(`The step summary is longer than GitHub allows: ${leftOut} of its lines were left out (the summary says where). The whole result is in the file named by the result-file output.`);
    await core.summary.addRaw(text, true).write();
}
/** The last paragraph is kept when it is at most this share of the limit. */
const LAST_PARAGRAPH_SHARE = (/* unused pure expression or super */ null && (1 / 8));
/** Room kept for the line that says what was left out. */
const NOTE_BYTES = 1024;
/** The summary within `limit` bytes, and how many of its lines were left out for that. */
function fitSummary(markdown, limit = MAX_SUMMARY_BYTES) {
    if (Buffer.byteLength(markdown) <= limit)
        return { text: markdown, leftOut: 0 };
    const lines = markdown.replace(/\n+$/, '').split('\n');
    const lastBreak = lines.lastIndexOf('');
    const tail = lastBreak > 0 ? lines.slice(lastBreak + 1) : [];
    const tailBytes = Buffer.byteLength(tail.join('\n'));
    const keptTail = tailBytes <= limit * LAST_PARAGRAPH_SHARE ? tail : [];
    const budget = limit - NOTE_BYTES - (keptTail.length > 0 ? tailBytes + 2 : 0);
    const head = [];
    let size = 0;
    for (const line of lines) {
        size += Buffer.byteLength(line) + 1;
        if (size > budget)
            break;
        head.push(line);
    }
    const leftOut = lines.length - head.length - keptTail.length;
    const note = `**Left out here:** lines ${head.length + 1} to ${head.length + leftOut} of this summary's ${lines.length} ` +
        "(GitHub's step summary is limited to 1 MiB). Nothing is lost: the whole result is in the file named by the `result-file` output.";
    return {
        text: [head.join('\n'), note, ...(keptTail.length > 0 ? [keptTail.join('\n')] : [])].join('\n\n') + '\n',
        leftOut
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// One step: inputs → settings → operation → client → outputs and summary. Where the inputs come from
// and where the rest goes are the sinks: the action's are @actions/core's (below), the command line's
// are in src/cli. A cancel (SIGINT/SIGTERM) still leaves the outputs and summary of what was done.













/** Server text goes into these lines flattened, and never at a line's start: it cannot become a workflow command. */
const log = {
    info: (message) => lib_core/* info */.pq((0,errors/* oneLine */.TN)(message).replace(/^::/, '» ::')),
    warning: (message) => lib_core/* warning */.$e((0,errors/* oneLine */.TN)(message)),
    debug: (message) => lib_core/* debug */.Yz((0,errors/* oneLine */.TN)(message)),
    group(title, lines) {
        if (lines.length === 0)
            return;
        lib_core/* startGroup */.Oh((0,errors/* oneLine */.TN)(title));
        for (const line of lines)
            log.info(line);
        lib_core/* endGroup */.N4();
    }
};
/** The action fails with one error line, or with one annotation per problem of the fleet file. */
function failStep(message, _stage, annotations) {
    if (annotations.length === 0)
        return core.setFailed(message);
    for (const { file, line, message: text } of annotations)
        core.error(oneLine(text), { file, startLine: line });
    process.exitCode = core.ExitCode.Failure;
}
function actionSinks() {
    return {
        read: core.getInput,
        announce: log.info,
        unknownInputs: () => unknownInputWarnings(process.env),
        secret: core.setSecret,
        log,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        outputs: writeOutputs,
        summary: writeSummary,
        fail: failStep
    };
}
class Cancelled extends Error {
}
/** A failed run's `result`: the error first, then what the operation reported as done. */
function withError(error, result) {
    const done = result !== null && typeof result === 'object' && !Array.isArray(result) ? result : { result };
    return { error, ...done };
}
/** The writes a run sent before it was cancelled, when its operation reported no progress of its own. */
function outcomeOfWritesSent(gateway) {
    const { sent } = gateway;
    return {
        outputs: { result: { cancelled: true, writes: sent }, changed: sent.length > 0 },
        summary: sent.length > 0 ? sentTable(sent) : ''
    };
}
/** Runs the step; resolves to 'cancelled' when a signal ended it (the caller then exits). */
function run(timing = PRODUCTION_TIMING) {
    return runOperation(actionSinks(), timing);
}
/** Runs one operation with these sinks; resolves to 'cancelled' when a signal ended it. */
async function runOperation(sinks, timing) {
    const { log } = sinks;
    // Masked before anything else can print it.
    const token = sinks.read('token');
    if (token)
        sinks.secret(token);
    // Said after the first line (the API URL and scope), or with an input error, which they may explain.
    const unknownInputs = sinks.unknownInputs?.() ?? [];
    const tokenKind = { appInstallation: token?.trim().startsWith('ghs_') };
    const given = sinks.read('operation');
    // The input is not validated yet: only a known name goes into the summary and the error.
    const operationName = Object.hasOwn(OPERATIONS, given) ? given : 'unknown operation';
    let heading = `### \`${operationName}\``;
    let latest;
    let gateway;
    let onSignal;
    const cancelled = new Promise((_, reject) => {
        onSignal = (signal) => reject(new Cancelled(`${operationName} was cancelled (${signal})`));
    });
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    let stage = 'inputs';
    try {
        const settings = readSettings(sinks.read, OPERATIONS);
        const where = settings.scope.kind === 'org' ? settings.scope.org : `enterprise ${settings.scope.enterprise}`;
        heading = `### \`${operationName}\` on \`${where}\`${settings.dryRun ? ' (dry run)' : ''}`;
        sinks.announce?.(`${operationName} on ${(0,common_scope/* describeScope */.OI)(settings.scope)} through ${settings.apiUrl}${settings.dryRun ? ' (dry run: nothing will be sent)' : ''}`);
        for (const warning of unknownInputs)
            log.warning(warning);
        for (const name of settings.ignored)
            log.warning(`Input '${name}' is not read by operation '${operationName}': ignored.`);
        for (const warning of settings.warnings)
            log.warning(warning);
        stage = 'run';
        const client = createClient(settings, log, timing);
        gateway = new RequestGateway(client, settings.scope, settings.dryRun, log, timing.listingBytes);
        const context = {
            inputs: settings.inputs,
            gateway,
            names: new NameResolver(gateway, settings.inputs),
            log,
            workspace: sinks.workspace,
            retries: {
                count: settings.retries,
                backoffUnitMs: timing.backoffUnitMs,
                sleep: timing.sleep ?? realSleep
            },
            waitClock: timing.waitClock ?? REAL_CLOCK,
            progress: (partial) => (latest = partial)
        };
        const outcome = await Promise.race([settings.operation.run(context), cancelled]);
        sinks.outputs(outcome.outputs);
        await sinks.summary(`${heading}\n\n${outcome.summary}\n`);
        return 'done';
    }
    catch (error) {
        if (stage === 'inputs')
            for (const warning of unknownInputs)
                log.warning(warning);
        const cancel = error instanceof Cancelled;
        gateway?.stop();
        const done = error instanceof errors/* PartialFailure */.CI
            ? error
            : cancel && gateway
                ? (latest?.() ?? outcomeOfWritesSent(gateway))
                : undefined;
        const message = cancel
            ? `${error.message}: the outputs and the summary say what was done before it.`
            : (0,errors/* describeFailure */.Ic)(operationName, error instanceof errors/* PartialFailure */.CI ? error.cause : error, tokenKind);
        // `result` is set on every failure, input errors included: the error, and what was done before it.
        const cause = error instanceof errors/* PartialFailure */.CI ? error.cause : error;
        const status = cause?.status;
        const record = { message, ...(typeof status === 'number' ? { status } : {}) };
        const outputs = done
            ? { ...done.outputs, result: withError(record, done.outputs.result) }
            : { result: { error: record }, changed: (gateway?.sent.length ?? 0) > 0 };
        try {
            sinks.outputs(outputs);
        }
        catch {
            // The outputs file itself failed: the error below still fails the step.
        }
        const inFlight = cancel && gateway?.inFlight;
        const unknown = inFlight
            ? `**Sent, answer unknown:** \`${inFlight.method} ${inFlight.path}\` was in flight when the run was cancelled: GitHub may have acted on it; check before running again.\n\n`
            : '';
        const before = (done?.summary ? `${done.summary}\n\n` : '') + unknown;
        await sinks
            .summary(`${heading}\n\n${before}**${cancel ? 'Cancelled' : 'Failed'}:** ${message}\n`)
            .catch(() => undefined);
        // An error of the fleet file is an annotation on its file and line (a pull request shows it on the diff).
        const annotations = annotationsOf(error instanceof errors/* PartialFailure */.CI ? error.cause : error).map((a) => ({
            ...a,
            message: `${operationName}: ${a.message}`
        }));
        sinks.fail(message, stage, annotations, error);
        return cancel ? 'cancelled' : 'done';
    }
    finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
}

// EXTERNAL MODULE: ./src/cli/arguments.ts
var cli_arguments = __webpack_require__(1506);
;// CONCATENATED MODULE: ./src/cli/flag-terms.ts
// The action's messages speak of inputs (`Input 'token' is required`); on a terminal the same message
// speaks of flags and environment variables (`--token (or GH_TOKEN) is required`).


/** How a terminal gives each input: its flag, and for the token the environment variables read. */
const flagOf = (name) => name === 'token' ? '--token (or GH_TOKEN)' : name === 'operation' ? 'the operation' : `--${name}`;
const alternation = (names) => `(${[...names].sort((a, b) => b.length - a.length).join('|')})`;
const NAME = alternation(vocabulary/* INPUT_NAMES */.Qh);
/**
 * Inputs that no fleet file holds as a key (`max-deletions`, `config`, `expected-plan-digest`…): a quoted
 * one in a hint (`set 'max-deletions' to 3`) can only mean the step's input, so on a terminal its flag.
 * A fleet key (`remove 'image-version'` at a file's line) stays as the file spells it.
 */
const FLEET_KEYS = fleetKeyNames();
const STEP_ONLY = alternation(vocabulary/* INPUT_NAMES */.Qh.filter((name) => !FLEET_KEYS.has(name) && name !== 'operation'));
/**
 * `Input 'x'`, `input 'x' or 'y'`, `the step's 'x' input`, `the 'x' input` (or `` the `x` input ``), and a
 * step-only `'x'`.
 */
const PHRASES = [
    new RegExp(`\\b[Ii]nputs? '${NAME}'((?: or '${NAME}')*)`, 'g'),
    new RegExp(`\\bthe (?:step's )?(?:'${NAME}'|\`${NAME}\`) input\\b`, 'g'),
    new RegExp(`'${NAME}' input\\b`, 'g'),
    new RegExp(`'${STEP_ONLY}'`, 'g')
];
/** The message with every phrase naming an input said as its flag. */
function inFlagTerms(message) {
    const [head, article, bare, stepOnly] = PHRASES;
    return message
        .replace(head, (_, name, more) => [name, ...[...more.matchAll(/'([a-z-]+)'/g)].map((m) => m[1])].map(flagOf).join(' or '))
        .replace(article, (_, quoted, backticked) => flagOf((quoted ?? backticked)))
        .replace(bare, (_, name) => flagOf(name))
        .replace(stepOnly, (_, name) => flagOf(name));
}

// EXTERNAL MODULE: ./node_modules/string-width/index.js + 6 modules
var string_width = __webpack_require__(4292);
// EXTERNAL MODULE: ./src/cli/text-layout.ts
var text_layout = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/cli/terminal.ts
// The step summary's Markdown as a terminal shows it: headings, paragraphs wrapped to the width, tables
// aligned to it (a cell too long for its column is wrapped, never cut), colour only when asked for.
// The summary holds text from the server: control characters are removed before anything is drawn.
// Widths are screen columns (string-width): a CJK character or an emoji takes two.




/** Columns a text takes on a terminal. */
const widthOf = (text) => (0,string_width/* default */.A)(text);
/** The text padded with spaces to `width` columns. */
const padTo = (text, width) => text + ' '.repeat(Math.max(0, width - widthOf(text)));
const headFitting = (text, room) => text_layout/* headFitting */.g2(text, room, widthOf);
const wrap = (text, width) => text_layout/* wrap */.LV(text, width, widthOf);
const paragraph = (markdown, style, indent = '') => text_layout/* paragraph */.FY(markdown, style, indent, widthOf);
const GAP = 2;
/** A column narrower than this breaks words too often to read: such a table is shown as records. */
const NARROWEST_WORD = 16;
/** The cells of one Markdown table line (`| a | b \\| c |`). */
const cellsOf = (line) => line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => (0,text_layout/* plainInline */.Sv)(cell.trim()));
/** The widest piece of a column that should not be broken: its longest word, or piece of a header. */
function narrowest(cells, header) {
    const longest = (parts) => Math.max(0, ...parts.map(widthOf));
    const words = cells.flatMap((cell) => cell.split(' '));
    return Math.max(longest((0,text_layout/* pieces */.IE)(header)), Math.min(NARROWEST_WORD, longest(words)));
}
/**
 * Column widths that fit `available`, each at least its narrowest; what is left goes first to the
 * columns that need least to be whole. Undefined when even the narrowest do not fit.
 */
function fitColumns(natural, least, available) {
    const widths = natural.map((width, column) => Math.min(width, least[column]));
    let left = available - widths.reduce((sum, width) => sum + width, 0);
    if (left < 0)
        return undefined;
    const order = natural.map((width, column) => ({ need: width - widths[column], column }));
    order.sort((a, b) => a.need - b.need);
    for (const [position, { need, column }] of order.entries()) {
        // Whole when it fits; else the columns left share what remains.
        const share = need <= left ? need : Math.floor(left / (order.length - position));
        widths[column] = widths[column] + share;
        left -= share;
    }
    return widths;
}
function terminal_table(lines, style) {
    const [header = [], , ...rows] = lines.map(cellsOf);
    const all = [header, ...rows];
    const natural = header.map((_, column) => Math.max(...all.map((row) => widthOf(row[column] ?? ''))));
    const least = header.map((name, column) => narrowest(rows.map((row) => row[column] ?? ''), name));
    const widths = fitColumns(natural, least, style.width - GAP * (header.length - 1));
    if (!widths)
        return records(header, rows, style);
    const gap = ' '.repeat(GAP);
    const draw = (cells, cellStyle) => {
        const wrapped = widths.map((width, column) => wrap(cells[column] ?? '', width));
        const height = Math.max(...wrapped.map((cell) => cell.length));
        return Array.from({ length: height }, (_, lineIndex) => wrapped
            .map((cell, column) => {
            const text = cell[lineIndex] ?? '';
            const padded = column === widths.length - 1 ? text : padTo(text, widths[column]);
            return (0,text_layout/* paint */.nI)(padded, cellStyle, style.colour);
        })
            .join(gap)
            .trimEnd());
    };
    const rule = (0,text_layout/* paint */.nI)(widths.map((width) => '─'.repeat(width)).join(gap), 'dim', style.colour);
    return [...draw(header, 'bold'), rule, ...rows.flatMap((row) => draw(row))];
}
/** A table too wide for the terminal: one block of `field  value` lines per row. */
function records(header, rows, style) {
    const labelWidth = Math.max(...header.map(widthOf));
    const valueWidth = Math.max(10, style.width - labelWidth - GAP);
    return rows.flatMap((row, index) => [
        ...(index > 0 ? [''] : []),
        ...header.flatMap((label, column) => wrap(row[column] ?? '', valueWidth).map((line, i) => `${(0,text_layout/* paint */.nI)(padTo(i === 0 ? label : '', labelWidth), 'bold', style.colour)}${' '.repeat(GAP)}${line}`.trimEnd()))
    ]);
}
const isTableLine = (line) => /^\s*\|.*\|\s*$/.test(line);
/** The whole summary as terminal lines. */
function renderMarkdown(markdown, style) {
    const out = [];
    const lines = (0,text_layout/* withoutControls */.DJ)(markdown).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (isTableLine(line)) {
            const block = [];
            while (i < lines.length && isTableLine(lines[i]))
                block.push(lines[i++]);
            i--;
            out.push(...terminal_table(block, style));
            continue;
        }
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading)
            out.push(...paragraph(`**${(0,text_layout/* plainInline */.Sv)(heading[1])}**`, style));
        else if (line.trim() === '')
            out.push('');
        else
            out.push(...paragraph(line, style));
    }
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}

;// CONCATENATED MODULE: ./src/cli/status-line.ts
// On a terminal, one line at the bottom says what the run is doing and the time spent, redrawn in place
// every second (a wait for a runner takes minutes). Drawn with a carriage return and spaces only: no
// escape codes, so NO_COLOR changes nothing here.

const SYSTEM_CLOCK = {
    now: () => Date.now(),
    every(ms, tick) {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    }
};
/** `42s`, `3m 05s`. */
function timeSpent(ms) {
    const seconds = Math.floor(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
class StatusLine {
    out;
    clock;
    #message = '';
    #drawn = 0;
    #stopTicking;
    #started;
    constructor(out, clock = SYSTEM_CLOCK) {
        this.out = out;
        this.clock = clock;
        this.#started = clock.now();
    }
    show(message) {
        this.#message = message;
        this.#stopTicking ??= this.clock.every(1000, () => this.draw());
        this.draw();
    }
    draw() {
        if (this.#message === '')
            return;
        const width = Math.max(20, (this.out.columns || 80) - 1);
        const full = `[${timeSpent(this.clock.now() - this.#started)}] ${this.#message}`;
        // One line, or the next redraw would land below it: the log (--verbose) has the whole text.
        const text = widthOf(full) > width ? `${headFitting(full, width - 1)}…` : full;
        const length = widthOf(text);
        this.out.write(`\r${text}${' '.repeat(Math.max(0, this.#drawn - length))}`);
        this.#drawn = length;
    }
    /** Writes text above the status line, which is drawn again below it. */
    above(text) {
        this.#erase();
        this.out.write(text);
        this.draw();
    }
    stop() {
        this.#stopTicking?.();
        this.#stopTicking = undefined;
        this.#erase();
        this.#message = '';
    }
    #erase() {
        if (this.#drawn === 0)
            return;
        this.out.write(`\r${' '.repeat(this.#drawn)}\r`);
        this.#drawn = 0;
    }
}

// EXTERNAL MODULE: ./src/cli/terminal-io.ts
var terminal_io = __webpack_require__(829);
;// CONCATENATED MODULE: ./src/cli/run-on-terminal.ts
// The action's pipeline (src/main.ts) with the command line's inputs and the terminal for its sinks.
// Imported by command.ts only when there is an operation to run: this module loads the client.
// Checked first, as in the action: the toolkit reads the proxy variables as it loads.











/** The run's log: warnings always; the rest with --verbose, or else the latest line as the status. */
function terminalLog(term, verbose) {
    const print = (message, style) => term.err((0,errors/* oneLine */.TN)(message), style);
    return {
        info: (message) => (verbose ? print(message) : term.status?.show((0,errors/* oneLine */.TN)(message))),
        warning: (message) => print(`warning: ${inFlagTerms(message)}`, 'yellow'),
        debug: (message) => verbose && print(message, 'dim'),
        group(title, lines) {
            if (!verbose || lines.length === 0)
                return;
            print(title, 'bold');
            for (const line of lines)
                print(`  ${line}`);
        }
    };
}
/** The summary without its last paragraph when that is the error, which stderr tells (once). */
function withoutFailure(summary, message) {
    for (const label of ['Failed', 'Cancelled']) {
        const paragraph = `**${label}:** ${message}\n`;
        if (summary.endsWith(paragraph))
            return summary.slice(0, -paragraph.length);
    }
    return summary;
}
/**
 * What `--json` prints: `result`, with a plan's digest beside it. A failed run's `result` holds the error
 * as the action words it (`Input 'runners': …`): on a terminal it is `said`, in flag terms, as on stderr.
 */
function jsonOf(outputs, said) {
    const result = said === undefined ? (outputs.result ?? {}) : withErrorSaid(outputs.result, said);
    if (outputs.planDigest === undefined)
        return result;
    return result !== null && typeof result === 'object' && !Array.isArray(result)
        ? { ...result, plan_digest: outputs.planDigest }
        : { result, plan_digest: outputs.planDigest };
}
/** A failed run's `result` with its error's message as the terminal says it; the rest as it is. */
function withErrorSaid(result, said) {
    const { error } = (result ?? {});
    if (error === null || typeof error !== 'object')
        return result;
    return { ...result, error: { ...error, message: said } };
}
async function runOnTerminal(line, term, io) {
    // A terminal has room for every row and every character of a value.
    Object.assign(TABLE_LIMITS, { maxRows: Infinity, maxCell: Infinity });
    // On a terminal, the latest line of the log is shown at the bottom, with the time spent.
    if (io.stderr.isTTY)
        term.status = new StatusLine({ write: term.errRaw, columns: io.stderr.columns }, io.clock ?? SYSTEM_CLOCK);
    let outputs;
    let summary = '';
    let failure;
    const sinks = {
        read: (0,cli_arguments/* inputReader */.cN)(line, io.env),
        secret: term.secret,
        log: terminalLog(term, line.verbose),
        workspace: io.cwd,
        outputs: (given) => (outputs = given),
        summary: async (markdown) => {
            summary = markdown;
        },
        fail: (message, stage, _annotations, cause) => (failure = { message, stage, planNotEmpty: isPlanNotEmpty(cause) })
    };
    const ending = await runOperation(sinks, io.timing ?? client_PRODUCTION_TIMING);
    term.status?.stop();
    // The one translation of a failure into the terminal's terms: stderr and --json say the same.
    const said = failure && inFlagTerms(failure.message);
    if (line.json) {
        if (outputs)
            term.out(`${JSON.stringify(jsonOf(outputs, said), null, 2)}\n`);
    }
    else if (failure?.stage !== 'inputs') {
        const shown = failure ? withoutFailure(summary, failure.message) : summary;
        term.out(renderMarkdown(shown, (0,terminal_io/* styleOf */.Vj)(io.stdout, io.env)));
        if (outputs?.planDigest)
            term.out(`\nplan-digest: ${outputs.planDigest}\n`);
    }
    if (failure?.stage === 'inputs')
        return { status: (0,terminal_io/* usage */.CI)(term, said), cancelled: false };
    if (failure)
        term.err(`${ending === 'cancelled' ? 'cancelled' : 'error'}: ${said}`, 'red');
    const status = !failure ? terminal_io/* EXIT */.dc.success : failure.planNotEmpty ? terminal_io/* EXIT */.dc.changes : terminal_io/* EXIT */.dc.failure;
    return { status, cancelled: ending === 'cancelled' };
}


/***/ })

};
