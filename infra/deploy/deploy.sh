#!/usr/bin/env bash
# Rolls a built image tag out to one environment of one provider. Used by .github/workflows/deploy.yml.
# Usage: deploy.sh railway|render|azure staging|production TAG
# Migrations are not a separate step: Flyway runs in each service at startup (command-service owns
# event_store, query-service owns read_model), so a deploy that starts is a deploy that migrated.
#   railway: RAILWAY_TOKEN (a project token of that environment); services command-service,
#            query-service, gateway, each with its infra/deploy/railway/<service>.railway.json
#   render:  RENDER_DEPLOY_HOOK_COMMAND, RENDER_DEPLOY_HOOK_QUERY, RENDER_DEPLOY_HOOK_GATEWAY, IMAGE_PREFIX
#   azure:   a logged-in az CLI, AZURE_RESOURCE_GROUP, IMAGE_PREFIX and the secrets the
#            infra/deploy/azure/<environment>.bicepparam file reads
set -euo pipefail

provider="${1:?usage: deploy.sh railway|render|azure staging|production TAG}"
environment="${2:?environment}"
tag="${3:?image tag}"
cd "$(dirname "$0")/../.."
[[ "$environment" =~ ^(staging|production)$ ]] || { echo "unknown environment: $environment" >&2; exit 2; }

deploy_railway() {
  : "${RAILWAY_TOKEN:?RAILWAY_TOKEN is required}"
  # Each service builds from this checkout with its Dockerfile (config file set per service in Railway).
  for service in command-service query-service gateway; do
    echo "railway: deploying $service to $environment"
    npx --yes @railway/cli@latest up --ci --service "$service" --environment "$environment"
  done
}

deploy_render() {
  : "${IMAGE_PREFIX:?IMAGE_PREFIX is required}"
  local service hook
  for service in COMMAND:command-service QUERY:query-service GATEWAY:gateway; do
    hook="RENDER_DEPLOY_HOOK_${service%%:*}"
    : "${!hook:?$hook is required}"
    echo "render: deploying ${service#*:}:$tag to $environment"
    curl -fsS -X POST --get "${!hook}" \
      --data-urlencode "imgURL=${IMAGE_PREFIX}/metabuilder-${service#*:}:${tag}" >/dev/null
    # command-service first: it migrates the event store that query-service reads.
    [[ "${service%%:*}" == COMMAND ]] && sleep "${RENDER_MIGRATION_WAIT:-60}"
  done
}

deploy_azure() {
  : "${AZURE_RESOURCE_GROUP:?AZURE_RESOURCE_GROUP is required}"
  export IMAGE_TAG="$tag"
  az deployment group create \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "metabuilder-$environment-$tag" \
    --template-file infra/deploy/azure/main.bicep \
    --parameters "infra/deploy/azure/$environment.bicepparam" \
    --query properties.outputs.url.value --output tsv
}

"deploy_$provider"
