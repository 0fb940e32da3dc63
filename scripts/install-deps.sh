#!/bin/sh
# Installs what memrun's tests need beyond Rust and gcc, from Debian's packages:
#   golang-go   the reference Go toolchain (go toolchain tests, golden outputs, differential tests)
#   util-linux  unshare/setpriv for the hostile-environment tests (namespaces)
# Safe to run repeatedly; does nothing when everything is present.
set -eu

need=""
command -v go >/dev/null 2>&1 || need="$need golang-go"
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
