#!/usr/bin/env bash
# Installs what the build (and, with --with-browser, the tests) need into .venv/.
# Safe to run again: it only adds what is missing. Needs python3 (3.11+) and, for the browser,
# apt-get (Debian's chromium; the tests never download a browser of their own).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
