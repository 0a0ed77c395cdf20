#!/usr/bin/env bash
# Install the front-end packages from the npm registry and copy the files the
# pages load into t2m/static/lib (git-ignored). Nothing third-party is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=t2m/static/lib
if [ -f "$lib/.stamp" ] && [ "$lib/.stamp" -nt package-lock.json ] && [ "$lib/.stamp" -nt package.json ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is needed to install the front-end packages (apt-get install npm)." >&2
  exit 1
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
mkdir -p "$lib"
cp node_modules/htmx.org/dist/htmx.min.js "$lib/htmx.min.js"
cp node_modules/hls.js/dist/hls.min.js "$lib/hls.min.js"
cp node_modules/htmx-ext-sse/dist/sse.min.js "$lib/htmx-ext-sse.min.js"
cp node_modules/plyr/dist/plyr.min.js node_modules/plyr/dist/plyr.css node_modules/plyr/dist/plyr.svg "$lib/"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css "$lib/"
touch "$lib/.stamp"
