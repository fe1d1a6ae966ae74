// Client for dyad's JSON API (docs/api.md).

import {toQuery} from './util.js';

// ApiError carries the HTTP status and the API's error message.
export class ApiError extends Error {
  constructor(status, msg) {
    super(msg);
    this.status = status;
  }
}

// get fetches /api/<path>?<params> and returns the decoded JSON. signal
// (optional) cancels the request when a newer one replaces it.
export async function get(path, params = {}, signal) {
  const qs = toQuery(params);
  const url = `api/${path}${qs ? '?' + qs : ''}`;
  let res;
  try {
    res = await fetch(url, {signal, headers: {Accept: 'application/json'}});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, `the server did not answer (${e.message})`);
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const msg = body && body.error ? body.error : `HTTP ${res.status}`;
    throw new ApiError(res.status, msg);
  }
  return body;
}

// Latest hands out AbortSignals so that only the newest request of a kind
// is kept: starting a new one cancels the previous.
export class Latest {
  constructor() {
    this.ctl = null;
  }
  signal() {
    if (this.ctl) this.ctl.abort();
    this.ctl = new AbortController();
    return this.ctl.signal;
  }
  abort() {
    if (this.ctl) this.ctl.abort();
  }
}

// isAbort reports whether e is a cancelled request (not worth showing).
export function isAbort(e) {
  return e && e.name === 'AbortError';
}

// FILTERS lists the event filter parameters the API understands.
export const FILTERS = ['actor', 'source', 'target', 'dyad', 'country', 'cameo', 'root',
  'plover', 'quad', 'from', 'to', 'q', 'outlet'];

// pickFilters copies the event filters present in obj.
export function pickFilters(obj) {
  const out = {};
  for (const k of FILTERS) if (obj[k]) out[k] = obj[k];
  return out;
}

let statsPromise = null;

// getStats returns /api/stats, fetched once per page load.
export function getStats() {
  if (!statsPromise) statsPromise = get('stats');
  return statsPromise;
}
