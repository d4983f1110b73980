// Every series the alert rules read (infra/monitoring/alerts.yml) is exported by the services'
// /metrics (COMMAND_URL, QUERY_URL: their own ports), so renaming a metric fails the build instead
// of silencing an alert. Series that Prometheus makes itself (up) are left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { adminToken, api } from './client.mjs';

const COMMAND_URL = process.env.COMMAND_URL;
const QUERY_URL = process.env.QUERY_URL;
const RULES = new URL('../monitoring/alerts.yml', import.meta.url);
const PROMQL_WORDS = new Set([
  'sum', 'avg', 'max', 'min', 'count', 'by', 'without', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left',
  'group_right', 'rate', 'irate', 'increase', 'changes', 'histogram_quantile', 'avg_over_time', 'max_over_time',
  'min_over_time', 'sum_over_time', 'absent', 'offset', 'bool', 'up', 'time', 'vector', 'scalar', 'abs', 'clamp_min',
]);
// Series only query-service has (the projections live there).
const QUERY_ONLY = /^metabuilder_projection_/;

/** Metric names used by the rules' expressions, recording rules (level:metric:op) excluded. */
export function seriesUsedByRules(text) {
  const names = new Set();
  for (const [, expr] of text.matchAll(/^\s*expr:\s*(.+)$/gm)) {
    const bare = expr
      .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
      .replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/"[^"]*"/g, ' ');
    for (const [name] of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
      if (!PROMQL_WORDS.has(name) && !name.includes(':') && !/^\d/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}

async function exported(base) {
  const response = await fetch(`${base}/metrics`);
  assert.equal(response.status, 200, `${base}/metrics answered ${response.status}`);
  const names = new Set();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line);
    if (match) names.add(match[1]);
  }
  return names;
}

describe('metrics the alert rules use', { skip: !(COMMAND_URL && QUERY_URL) && 'COMMAND_URL / QUERY_URL not set' }, () => {
  test('the rules read series (a sanity check of the parser)', () => {
    const used = seriesUsedByRules(readFileSync(RULES, 'utf8'));
    for (const name of ['http_server_requests_seconds_count', 'http_server_requests_seconds_bucket', 'process_cpu_usage',
      'jvm_memory_used_bytes', 'hikaricp_connections_active', 'metabuilder_projection_lag']) {
      assert.ok(used.includes(name), `${name} not found in the rules: ${used}`);
    }
  });

  test('both services export every series the alert rules read', async () => {
    // One API request on each service, so the request histograms have series.
    const token = await adminToken();
    assert.equal((await api('GET', '/api/entities', { token })).status, 200);
    assert.equal((await api('GET', '/api/auth/me', { token })).status, 200);
    const used = seriesUsedByRules(readFileSync(RULES, 'utf8'));
    const services = { 'command-service': await exported(COMMAND_URL), 'query-service': await exported(QUERY_URL) };
    const missing = [];
    for (const name of used) {
      for (const [service, names] of Object.entries(services)) {
        if (service === 'command-service' && QUERY_ONLY.test(name)) continue;
        if (!names.has(name)) missing.push(`${service}: ${name}`);
      }
    }
    assert.deepEqual(missing, [], `series used by alerts.yml but not exported:\n${missing.join('\n')}`);
  });
});
