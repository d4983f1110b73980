# syntax=docker/dockerfile:1.7
# command-service: built from the repository root (the Maven reactor needs shared-events).
#   docker build -f infra/docker/command-service.Dockerfile -t metabuilder/command-service .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY shared-events shared-events
COPY command-service command-service
COPY query-service query-service
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -pl command-service -am package

FROM eclipse-temurin:17-jre
ARG VERSION=dev
ARG GIT_COMMIT=unknown
LABEL org.opencontainers.image.title="metabuilder-command-service" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${GIT_COMMIT}"
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build --chown=app:app /src/command-service/target/command-service.jar app.jar
USER 10001:10001
ENV PORT=8081 \
    ENVIRONMENT=production \
    GIT_COMMIT=${GIT_COMMIT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/health/ready" \
        || wget -q -O /dev/null "http://127.0.0.1:${PORT}/health/ready" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
