#!/bin/sh
# Instructions per call (instructions.py) of ours at two or more commits, with this checkout's instructions.py
# and interpreter, each commit's own code in a temporary detached worktree (removed at the end).
#   benchmarks/compare_instructions.sh e2cacc6 HEAD [instructions.py options, e.g. --workloads W3,W4]
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH")
PY=$("${PYTHON:-python3}" -c "import sys; print(sys.executable)")  # absolute: the runs cd
SHAS=""
while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do SHAS="$SHAS $1"; shift; done
TMP=$(mktemp -d)
trap 'for d in "$TMP"/*/; do git -C "$REPO" worktree remove --force "$d" 2>/dev/null || true; done; rm -rf "$TMP"' EXIT
for sha in $SHAS; do
    dir="$TMP/$(git -C "$REPO" rev-parse --short "$sha")"
    git -C "$REPO" worktree add --quiet --detach "$dir" "$sha"
    cp "$BENCH/instructions.py" "$dir/benchmarks/instructions.py"
    echo "== $sha ($(git -C "$dir" log -1 --format='%h %s' | cut -c1-80))"
    (cd "$dir" && nice -n 10 "$PY" benchmarks/instructions.py "$@")
done
