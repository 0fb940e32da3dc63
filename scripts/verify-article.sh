#!/bin/sh
# The "is `go run`'s binary stored in RAM?" experiment: traces the same hello world run four ways
# and prints where each executed binary lived, for how long, and how many bytes the command tree
# sent to the storage layer.
#   1. go run hello.go            (only when the Go toolchain is installed)
#   2. memrun run hello.go        (the default memfd path)
#   3. memrun run --via tmp       (what go run does, with memrun's compiler)
#   4. a binary built by memrun   (a persistent file, executed directly)
# Usage: scripts/verify-article.sh [path/to/memrun]   (default: builds it with cargo)
set -eu
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
    memrun=$1
else
    cargo build --release --quiet
    memrun=$(pwd)/target/x86_64-unknown-linux-gnu/release/memrun
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cp examples/hello.go "$work/hello.go"
cd "$work"

section() { printf '\n======== %s ========\n' "$1"; }

if command -v go >/dev/null 2>&1; then
    go build -o /dev/null hello.go  # warm the build cache, as a user's second run would be
    section "go run hello.go"
    "$memrun" trace -- go run hello.go
else
    section "go run hello.go"
    echo "(skipped: the Go toolchain is not installed; scripts/install-deps.sh installs golang-go)"
fi

section "memrun run hello.go (memfd)"
"$memrun" trace -- "$memrun" run hello.go

section "memrun run --via tmp hello.go"
"$memrun" trace -- "$memrun" run --via tmp hello.go

section "memrun build hello.go && ./hello"
"$memrun" build -o hello hello.go
"$memrun" trace -- ./hello
