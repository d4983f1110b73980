#!/usr/bin/env bash
# Waits until a deployed MetaBuilder answers: /health/ready is 200 through the public origin and, when a
# commit is given, /api/version reports that commit (so the check passes on the NEW version, not the old).
# Usage: health-check.sh BASE_URL [EXPECTED_COMMIT]   (HEALTH_TIMEOUT seconds, default 600)
set -euo pipefail

base="${1:?usage: health-check.sh BASE_URL [EXPECTED_COMMIT]}"
base="${base%/}"
expected="${2:-}"
deadline=$((SECONDS + ${HEALTH_TIMEOUT:-600}))

while :; do
  ready="$(curl -fsS -m 10 -o /dev/null -w '%{http_code}' "$base/health/ready" 2>/dev/null || true)"
  commit="$(curl -fsS -m 10 "$base/api/version" 2>/dev/null | sed -nE 's/.*"commit" *: *"([^"]*)".*/\1/p' || true)"
  new_version=yes
  if [[ -n "$expected" ]] && [[ -z "$commit" || ( "$commit" != "$expected"* && "$expected" != "$commit"* ) ]]; then
    new_version=no
  fi
  if [[ "$ready" == 200 && "$new_version" == yes ]]; then
    echo "healthy: $base (commit ${commit:-?})"
    curl -fsS -m 10 "$base/health" && echo
    exit 0
  fi
  if ((SECONDS >= deadline)); then
    echo "NOT healthy after ${HEALTH_TIMEOUT:-600}s: /health/ready=$ready commit=${commit:-?} expected=${expected:-any}" >&2
    curl -sS -m 10 "$base/health" >&2 || true
    exit 1
  fi
  echo "waiting: /health/ready=${ready:-no answer} commit=${commit:-?}"
  sleep 10
done
