#!/bin/sh
# The one command that runs every test: installs the test dependencies (scripts/install-deps.sh),
# checks formatting and lints, then runs unit, CLI and property tests.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked "$@"
