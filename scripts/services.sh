#!/usr/bin/env bash
# Make sure the PostgreSQL and Redis the suite uses are running when the test
# run asks for them (T2M_TEST_DATABASE_URL / T2M_TEST_REDIS_URL, set by .ci/run).
# Starts them with the machine's own service commands when they are down.
set -uo pipefail

wait_for() {  # wait_for NAME CMD...
  local name=$1; shift
  for _ in $(seq 1 30); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$name did not come up" >&2
  return 1
}

if [ -n "${T2M_TEST_DATABASE_URL:-}" ]; then
  if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
    echo "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    wait_for PostgreSQL pg_isready -h 127.0.0.1 -p 5432 || exit 1
  fi
fi

if [ -n "${T2M_TEST_REDIS_URL:-}" ]; then
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "Starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || true
    wait_for Redis redis-cli -h 127.0.0.1 -p 6379 ping || exit 1
  fi
fi
exit 0
