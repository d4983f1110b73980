# syntax=docker/dockerfile:1.7
# The public origin: nginx serving the built web app and routing /api to the two services.
#   docker build -f infra/docker/gateway.Dockerfile -t metabuilder/gateway .
# Runtime settings: GATEWAY_PORT (or PORT, as Railway/Render inject it; default 8000),
# COMMAND_UPSTREAM (command-service:8081), QUERY_UPSTREAM (query-service:8082).

FROM node:20-alpine AS web
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY frontend/ ./
ARG VITE_API_URL=""
ARG VITE_APP_NAME="MetaBuilder"
ENV VITE_API_URL=${VITE_API_URL} VITE_APP_NAME=${VITE_APP_NAME}
RUN npm run build

FROM nginx:1.27-alpine
# Node runs infra/gateway/openapi-merge.mjs, which combines the services' OpenAPI documents into
# /api/openapi.json (Node built-ins only: no npm packages in this image).
RUN apk add --no-cache nodejs
ARG VERSION=dev
ARG GIT_COMMIT=unknown
LABEL org.opencontainers.image.title="metabuilder-gateway" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${GIT_COMMIT}"
COPY infra/gateway/nginx.conf.template /etc/metabuilder/nginx.conf.template
COPY --chmod=0755 infra/docker/gateway-entrypoint.sh /usr/local/bin/gateway-entrypoint.sh
COPY infra/gateway/openapi-merge.mjs infra/gateway/api-docs.html /etc/metabuilder/
COPY --from=web /src/frontend/dist /usr/share/metabuilder/web
# The stock image runs its master as root; this one runs entirely as the unprivileged nginx user.
USER nginx
ENV GATEWAY_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT:-$GATEWAY_PORT}/health/live" || exit 1
ENTRYPOINT ["/usr/local/bin/gateway-entrypoint.sh"]
