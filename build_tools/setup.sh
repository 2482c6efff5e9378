#!/usr/bin/env bash
# Installs what the build (and, with --with-browser, the tests) need into .venv/; with
# --python-only, the Python packages alone (no apt).
# Safe to run again: it only adds what is missing. Needs python3 (3.11+) and apt-get: the share
# cards need Debian's libraqm0 and libfribidi0, which Pillow loads to join and order Arabic
# letters; the browser tests need Debian's chromium (they never download a browser). --with-browser
# also installs the quality tools pinned in build_tools/node/package-lock.json (Lighthouse,
# axe-core, the Nu HTML Checker) with the machine's npm; the checker runs on the machine's Java.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
missing=""
# --python-only: the Python packages alone, enough for check, build and the contributor lane
# (pytest -m "not browser"); the share cards of the site build also need RAQM from apt.
if [ "${1:-}" != "--python-only" ] && ! .venv/bin/python -c "from PIL import features; raise SystemExit(not features.check('raqm'))"; then
  missing="libraqm0 libfribidi0"
fi
if [ "${1:-}" = "--with-browser" ]; then
  [ -x /usr/bin/chromium ] || missing="$missing chromium"
  command -v java >/dev/null || missing="$missing openjdk-17-jre-headless"
  command -v npm >/dev/null || missing="$missing nodejs npm"
fi
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi
if [ "${1:-}" = "--with-browser" ]; then
  # Installed again whenever the lock file differs from the one last installed.
  if ! cmp -s build_tools/node/package-lock.json build_tools/node/node_modules/.installed-lock.json; then
    # --ignore-scripts: vnu-jar's install script would download a Java; the machine has one.
    # Node trusts only its own CA list; add the system's (where a proxy's CA is installed).
    if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
      export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
    fi
    npm ci --prefix build_tools/node --ignore-scripts --no-audit --no-fund --loglevel=error
    cp build_tools/node/package-lock.json build_tools/node/node_modules/.installed-lock.json
  fi
fi
