#!/bin/sh
# The one command that runs every test: installs the test dependencies (scripts/install-deps.sh,
# and Go 1.27.3, the reference toolchain, with scripts/install-go.sh), checks formatting and
# lints, then runs unit, CLI, corpus and property tests.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ -z "${MEMRUN_TEST_NO_GO:-}" ]; then
    PATH="$(scripts/install-go.sh):$PATH"
    GOTOOLCHAIN=local
    export PATH GOTOOLCHAIN
fi
for tool in fmt clippy; do
    if ! cargo "$tool" --version >/dev/null 2>&1; then
        rustup component add "$([ "$tool" = fmt ] && echo rustfmt || echo clippy)" >/dev/null 2>&1 ||
            echo "test.sh: cargo $tool is not available; skipping that check" >&2
    fi
done
if cargo fmt --version >/dev/null 2>&1; then
    cargo fmt --all -- --check
fi
if cargo clippy --version >/dev/null 2>&1; then
    cargo clippy --all-targets --locked -- -D warnings
fi
cargo test --locked "$@"
