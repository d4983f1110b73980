#!/usr/bin/env node
// Combines the OpenAPI documents that springdoc builds from each service's controllers
// (GET <service>/v3/api-docs) into the one document the gateway serves at /api/openapi.json.
// An operation is taken from the service the gateway routes it to (infra/gateway/nginx.conf.template):
// /api/auth/** -> command-service, /api/admin/projections/** -> query-service, else GET and HEAD ->
// query-service and every other method -> command-service.
// Usage: openapi-merge.mjs COMMAND_BASE_URL QUERY_BASE_URL > openapi.json   (Node built-ins only)

const [commandUrl, queryUrl] = process.argv.slice(2);
if (!commandUrl || !queryUrl) {
  console.error('usage: openapi-merge.mjs COMMAND_BASE_URL QUERY_BASE_URL');
  process.exit(2);
}

// The summaries this project gives its endpoints (the services' own, derived from handler names,
// stay where an endpoint is missing here).
const SUMMARIES = {
  'post /api/auth/login': 'Log in: exchange email and password for a bearer token',
  'get /api/auth/me': 'The user the token belongs to',
  'post /api/users': 'Register a user (ADMIN)',
  'get /api/users': 'List users (ADMIN, AUDITOR)',
  'patch /api/users/{id}': 'Change a user\'s role, password or disabled flag (ADMIN)',
  'post /api/entities': 'Define an entity (ADMIN)',
  'get /api/entities': 'List entities',
  'get /api/entities/{entity}': 'Read an entity with its fields',
  'patch /api/entities/{entity}': 'Rename or relabel an entity (ADMIN)',
  'delete /api/entities/{entity}': 'Archive an entity (ADMIN)',
  'post /api/entities/{entity}/fields': 'Add a field (ADMIN)',
  'post /api/entities/{entity}/records': 'Create a record',
  'get /api/entities/{entity}/records': 'List records (keyset pages)',
  'get /api/entities/{entity}/records/{id}': 'Read a record',
  'get /api/admin/projections': 'Read models: position, lag and status',
  'post /api/admin/projections/{name}/replay': 'Rebuild a read model from the event store (ADMIN)',
  'get /api/version': 'Version, commit and environment of the platform',
  'get /api/audit': 'The audit trail, newest first, filtered (ADMIN, AUDITOR)',
  'get /api/audit/export': 'Stream the audit trail as JSON lines or CSV (ADMIN, AUDITOR)',
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

async function fetchDocument(base) {
  const response = await fetch(`${base.replace(/\/$/, '')}/v3/api-docs`);
  if (!response.ok) throw new Error(`${base}/v3/api-docs answered ${response.status}`);
  return response.json();
}

export function routedTo(path, method) {
  if (path.startsWith('/api/auth/')) return 'command';
  if (path.startsWith('/api/admin/projections')) return 'query';
  return method === 'get' || method === 'head' ? 'query' : 'command';
}

// Schemas of the same name that differ get the service's prefix in the query document.
function renameCollidingSchemas(command, query) {
  const ours = command.components?.schemas ?? {};
  const theirs = query.components?.schemas ?? {};
  let text = JSON.stringify(query);
  for (const name of Object.keys(theirs)) {
    if (ours[name] && JSON.stringify(ours[name]) !== JSON.stringify(theirs[name])) {
      text = text.replaceAll(`"#/components/schemas/${name}"`, `"#/components/schemas/Query${name}"`);
      const parsed = JSON.parse(text);
      parsed.components.schemas[`Query${name}`] = parsed.components.schemas[name];
      delete parsed.components.schemas[name];
      text = JSON.stringify(parsed);
    }
  }
  return JSON.parse(text);
}

// Schemas reachable from the operations (a service's schema for an operation routed to the other
// service is left out).
function usedSchemas(paths, schemas) {
  const used = new Set();
  const pending = [JSON.stringify(paths)];
  while (pending.length) {
    for (const [, name] of pending.pop().matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (!used.has(name) && schemas[name]) {
        used.add(name);
        pending.push(JSON.stringify(schemas[name]));
      }
    }
  }
  return used;
}

export function merge(command, query, version) {
  query = renameCollidingSchemas(command, query);
  const docs = { command, query };
  const paths = {};
  const operationIds = new Set();
  const tags = new Map();
  for (const [service, doc] of Object.entries(docs)) {
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation || routedTo(path, method) !== service) continue;
        let id = operation.operationId ?? `${method}${path.replace(/[^A-Za-z0-9]+/g, '_')}`;
        if (operationIds.has(id)) id = `${id}_${service}`;
        operationIds.add(id);
        paths[path] ??= {};
        if (item.parameters) paths[path].parameters ??= item.parameters;
        const summary = SUMMARIES[`${method} ${path}`] ?? operation.summary;
        paths[path][method] = { ...operation, operationId: id, ...(summary ? { summary } : {}) };
        for (const tag of operation.tags ?? []) tags.set(tag, service);
      }
    }
  }
  const schemas = { ...(command.components?.schemas ?? {}), ...(query.components?.schemas ?? {}) };
  const used = usedSchemas(paths, schemas);
  const sortedPaths = Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'MetaBuilder API',
      version,
      description:
        'Every platform endpoint behind the gateway: schema and record commands (command-service), ' +
        'reads, projections and versions (query-service). Built by springdoc from both services\' ' +
        'controllers and combined by the gateway. Errors are application/problem+json (RFC 9457).',
      license: { name: 'Proprietary', identifier: 'LicenseRef-MetaBuilder' },
    },
    servers: [{ url: '/', description: 'the gateway that serves this document' }],
    tags: [...tags].sort().map(([name, service]) => ({ name, description: `Served by ${service}-service.` })),
    paths: sortedPaths,
    components: {
      schemas: Object.fromEntries(Object.keys(schemas).sort().filter((n) => used.has(n)).map((n) => [n, schemas[n]])),
      securitySchemes: { ...(command.components?.securitySchemes ?? {}), ...(query.components?.securitySchemes ?? {}) },
    },
    security: command.security ?? query.security ?? [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, query] = await Promise.all([fetchDocument(commandUrl), fetchDocument(queryUrl)]);
  const version = command.info?.version ?? query.info?.version ?? '0';
  process.stdout.write(`${JSON.stringify(merge(command, query, version), null, 2)}\n`);
}
