#!/usr/bin/env node
// GraphQL-over-HTTP conformance audit (https://graphql.github.io/graphql-over-http/)
// using the audits shipped with the `graphql-http` package.
//
// Usage:  node audit.mjs [url]          (default http://localhost:5000/graphql)
// Env:    AUDIT_AUTHORIZATION="Bearer <token>"  sent as `Authorization` on every request
//         AUDIT_TIMEOUT_MS=15000                 per-request timeout
//
// Exit codes: 0 = every MUST and SHOULD audit passed (MAY audits are informational)
//             1 = at least one MUST or SHOULD audit did not pass
//             2 = bad usage, or the server could not be reached at all

import { serverAudits } from 'graphql-http';

const DEFAULT_URL = 'http://localhost:5000/graphql';
const BODY = Symbol('auditBodyBytes');
const BODY_PREVIEW_CHARS = 400;

function usage() {
  return [
    'Usage: node audit.mjs [url]',
    `  url defaults to ${DEFAULT_URL}`,
    '  AUDIT_AUTHORIZATION=<value>  adds "Authorization: <value>" to every request',
    '  AUDIT_TIMEOUT_MS=<ms>        per-request timeout (default 15000)',
  ].join('\n');
}

/** Human-readable description of a thrown error, including undici's `cause` (e.g. ECONNREFUSED). */
function describeError(err) {
  if (!err || typeof err !== 'object') return String(err);
  const parts = [];
  let e = err;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause) {
    if (e.name === 'TimeoutError') {
      parts.push('request timed out');
      continue;
    }
    const bits = [e.code, e.message].filter(Boolean);
    if (bits.length) parts.push(bits.join(' '));
    // AggregateError (e.g. localhost resolving to both ::1 and 127.0.0.1)
    if (Array.isArray(e.errors) && e.errors.length) {
      parts.push(e.errors.map((x) => [x.code, x.message].filter(Boolean).join(' ')).join('; '));
    }
  }
  return [...new Set(parts)].join(': ') || 'unknown error';
}

/** Keep a copy of the response body so it can be shown even after the audit consumed it. */
function rememberBody(res, bytes) {
  res[BODY] = bytes;
  const clone = res.clone.bind(res);
  res.clone = () => rememberBody(clone(), bytes);
  return res;
}

function makeFetch({ authorization, timeoutMs }) {
  return async function auditFetch(input, init = {}) {
    const headers = new Headers(init.headers);
    if (authorization && !headers.has('authorization')) {
      headers.set('authorization', authorization);
    }
    const signal = init.signal ?? AbortSignal.timeout(timeoutMs);
    const res = await fetch(input, { ...init, headers, signal });

    // Buffer the body (bytes, not text, so the UTF-8 audit still sees the raw bytes)
    // and hand the audit an equivalent Response it can read.
    const nullBody = [101, 103, 204, 205, 304].includes(res.status) || init.method === 'HEAD';
    const bytes = nullBody ? new Uint8Array(0) : new Uint8Array(await res.arrayBuffer());
    const copy = new Response(nullBody ? null : bytes, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
    return rememberBody(copy, bytes);
  };
}

function describeResponse(res) {
  if (!res || typeof res !== 'object' || typeof res.status !== 'number') return '';
  const lines = [`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`];
  const ct = res.headers?.get?.('content-type');
  lines.push(`content-type: ${ct ?? '(none)'}`);
  const bytes = res[BODY];
  if (bytes) {
    let text = new TextDecoder('utf-8').decode(bytes).replace(/\s+/g, ' ').trim();
    if (text.length > BODY_PREVIEW_CHARS) text = text.slice(0, BODY_PREVIEW_CHARS) + '…';
    lines.push(`body: ${text || '(empty)'}`);
  }
  return lines.join('; ');
}

function levelOf(name) {
  const level = String(name).split(' ', 1)[0];
  return ['MUST', 'SHOULD', 'MAY'].includes(level) ? level : 'MUST';
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    console.log(usage());
    return 0;
  }
  if (typeof fetch !== 'function') {
    console.error('This script needs Node.js 18 or newer (global fetch).');
    return 2;
  }

  const url = args[0] ?? DEFAULT_URL;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    console.error(`Invalid server URL: ${url}\n${usage()}`);
    return 2;
  }

  const authorization = process.env.AUDIT_AUTHORIZATION?.trim() || undefined;
  const timeoutMs = Number(process.env.AUDIT_TIMEOUT_MS) > 0 ? Number(process.env.AUDIT_TIMEOUT_MS) : 15000;
  const fetchFn = makeFetch({ authorization, timeoutMs });

  console.log(`GraphQL-over-HTTP audit of ${url}`);
  if (authorization) console.log('(sending the Authorization header from AUDIT_AUTHORIZATION)');

  // Preflight: if the server cannot be reached at all, say so once instead of failing every audit.
  try {
    await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  } catch (err) {
    console.error(`Cannot reach ${url}: ${describeError(err)}`);
    console.error('Is the server running? Start it, or pass its GraphQL endpoint URL as the first argument.');
    return 2;
  }

  const counts = {
    MUST: { ok: 0, failed: 0 },
    SHOULD: { ok: 0, failed: 0 },
    MAY: { ok: 0, failed: 0 },
  };
  let errored = 0;

  const audits = serverAudits({ url, fetchFn });
  for (const audit of audits) {
    const level = levelOf(audit.name);
    let label;
    let detail = '';
    try {
      const result = await audit.fn();
      if (result.status === 'ok') {
        label = 'ok';
        counts[level].ok++;
      } else {
        label = level === 'MUST' ? 'FAIL' : 'WARN';
        counts[level].failed++;
        const resp = describeResponse(result.response);
        detail = `${result.reason}${resp ? ` [${resp}]` : ''}`;
      }
    } catch (err) {
      // graphql-http rethrows anything that is not an assertion failure (network errors,
      // timeouts, unexpected exceptions): the audit could not be performed.
      label = level === 'MAY' ? 'WARN' : 'FAIL';
      counts[level].failed++;
      errored++;
      detail = `audit could not run: ${describeError(err)}`;
    }
    console.log(`[${label}] ${audit.name}${audit.id ? ` (${audit.id})` : ''}`);
    if (detail) console.log(`       ${detail}${level === 'MAY' ? ' (MAY: informational)' : ''}`);
  }

  const total = audits.length;
  const passed = counts.MUST.ok + counts.SHOULD.ok + counts.MAY.ok;
  const gatingFailed = counts.MUST.failed + counts.SHOULD.failed;
  console.log('');
  console.log(
    `${total} audits: MUST ${counts.MUST.ok} ok / ${counts.MUST.failed} failed, ` +
      `SHOULD ${counts.SHOULD.ok} ok / ${counts.SHOULD.failed} failed, ` +
      `MAY ${counts.MAY.ok} ok / ${counts.MAY.failed} not met (informational)` +
      (errored ? `, ${errored} could not run` : ''),
  );
  console.log(`Summary: ${passed} passed, ${gatingFailed} failed`);
  return gatingFailed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`audit.mjs: unexpected error: ${describeError(err)}`);
    process.exitCode = 2;
  },
);
