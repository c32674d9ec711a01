#!/bin/sh
# Re-records the golden answers after an intended change of answers (never to make a speed change pass):
#   sh Tests/BackCoachEndToEndTests/Golden/record-golden.sh [BINARY]
# Regenerates golden-input.txt, then runs BINARY (default: a fresh debug build of backcoach) over it with
# `--json --pace instant`, empty XDG folders and a fixed time zone and locale, exactly as GoldenConversationTests
# does, and writes golden-output.jsonl. Review the diff before committing it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
binary=${1:-}
if [ -z "$binary" ]; then
    (cd "$root" && swift build --product backcoach >&2)
    binary="$root/.build/debug/backcoach"
fi
folder=$(mktemp -d "${TMPDIR:-/tmp}/bcgolden-XXXXXX")
trap 'rm -rf "$folder"' EXIT INT TERM
mkdir "$folder/home" "$folder/data" "$folder/state" "$folder/config"
sh "$here/make-golden-input.sh" > "$here/golden-input.txt"
env -i PATH=/usr/bin:/bin HOME="$folder/home" XDG_DATA_HOME="$folder/data" XDG_STATE_HOME="$folder/state" \
    XDG_CONFIG_HOME="$folder/config" TZ=UTC LC_ALL=C \
    "$binary" --json --pace instant < "$here/golden-input.txt" > "$here/golden-output.jsonl"
echo "recorded $(wc -l < "$here/golden-output.jsonl") answers for $(wc -l < "$here/golden-input.txt") lines" >&2
