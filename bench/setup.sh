#!/bin/sh
# Install the benchmark's peers idempotently: Hugo from Debian, Eleventy (pinned in
# package.json / package-lock.json) from npm into bench/node_modules.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v hugo >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq hugo
fi
hugo version

if [ ! -x "$here/node_modules/.bin/eleventy" ]; then
    if [ -f "$here/package-lock.json" ]; then
        npm ci --prefix "$here" --no-audit --no-fund
    else
        npm install --prefix "$here" --no-audit --no-fund
    fi
fi
"$here/node_modules/.bin/eleventy" --version
