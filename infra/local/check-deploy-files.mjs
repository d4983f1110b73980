#!/usr/bin/env node
// Checks the provider files and monitoring files that no other tool here validates (run by
// infra/local/checks.sh deploy-files, with the `yaml` package on NODE_PATH):
//   Railway   infra/deploy/railway/*.railway.json: JSON; a DOCKERFILE build whose dockerfilePath exists;
//             the health check on /health/ready; staging and production environments
//   Render    infra/deploy/render/render.yaml: YAML; staging and production; every service has a name,
//             a type and an image; the public gateway checks /health/ready
//   Azure     infra/deploy/azure/*.bicepparam: `using './main.bicep'`, every param set is declared in
//             main.bicep and every main.bicep param without a default is set
//   Monitoring alertmanager.yml and Grafana provisioning YAML parse; the dashboard is JSON with panels
// Prints one line per file and exits 1 on the first broken rule of any file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(`${process.env.NODE_PATH ?? '.'}/`);
const YAML = require('yaml');
const root = new URL('../../', import.meta.url).pathname;
const problems = [];
const check = (file, ok, message) => { if (!ok) problems.push(`${file}: ${message}`); };
const read = (file) => readFileSync(join(root, file), 'utf8');

function parse(file, parser) {
  try {
    return parser(read(file));
  } catch (error) {
    problems.push(`${file}: not valid ${parser === JSON.parse ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`);
    return undefined;
  }
}
const yaml = (text) => YAML.parse(text, { strict: true, uniqueKeys: true });

for (const name of readdirSync(join(root, 'infra/deploy/railway')).filter((f) => f.endsWith('.json'))) {
  const file = `infra/deploy/railway/${name}`;
  const doc = parse(file, JSON.parse);
  if (!doc) continue;
  check(file, doc.build?.builder === 'DOCKERFILE', 'build.builder must be DOCKERFILE');
  check(file, doc.build?.dockerfilePath && existsSync(join(root, doc.build.dockerfilePath)), `build.dockerfilePath ${doc.build?.dockerfilePath} does not exist`);
  check(file, doc.deploy?.healthcheckPath === '/health/ready', 'deploy.healthcheckPath must be /health/ready');
  check(file, doc.environments?.staging && doc.environments?.production, 'staging and production environments expected');
}

{
  const file = 'infra/deploy/render/render.yaml';
  const doc = parse(file, yaml);
  const environments = doc?.projects?.flatMap((p) => p.environments ?? []) ?? [];
  check(file, ['staging', 'production'].every((e) => environments.some((env) => env.name === e)), 'staging and production environments expected');
  for (const env of environments) {
    for (const service of env.services ?? []) {
      const where = `${env.name}/${service.name ?? '?'}`;
      check(file, typeof service.name === 'string' && typeof service.type === 'string', `${where}: name and type required`);
      check(file, typeof service.image?.url === 'string', `${where}: image.url required`);
      if (service.type === 'web') check(file, service.healthCheckPath === '/health/ready', `${where}: healthCheckPath must be /health/ready`);
    }
  }
}

{
  const main = read('infra/deploy/azure/main.bicep');
  const declared = new Map([...main.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => [m[1], Boolean(m[2])]));
  for (const name of readdirSync(join(root, 'infra/deploy/azure')).filter((f) => f.endsWith('.bicepparam'))) {
    const file = `infra/deploy/azure/${name}`;
    const text = read(file);
    check(file, /^using '\.\/main\.bicep'$/m, "must start with using './main.bicep'");
    const set = [...text.matchAll(/^param\s+(\w+)\s*=/gm)].map((m) => m[1]);
    for (const param of set) check(file, declared.has(param), `param ${param} is not declared in main.bicep`);
    for (const [param, hasDefault] of declared) check(file, hasDefault || set.includes(param), `required param ${param} is not set`);
    check(file, new RegExp(`^param environment = '${name.replace('.bicepparam', '')}'$`, 'm').test(text), 'environment must match the file name');
  }
}

for (const file of [
  'infra/monitoring/alertmanager.yml',
  'infra/monitoring/grafana/provisioning/datasources/prometheus.yml',
  'infra/monitoring/grafana/provisioning/dashboards/metabuilder.yml',
]) {
  parse(file, yaml);
}
{
  const file = 'infra/monitoring/grafana/dashboards/metabuilder-overview.json';
  const doc = parse(file, JSON.parse);
  check(file, Array.isArray(doc?.panels) && doc.panels.length > 0, 'a dashboard with panels expected');
}

if (problems.length) {
  console.error(problems.map((p) => `INVALID ${p}`).join('\n'));
  process.exit(1);
}
console.log('deploy and monitoring files: valid');
