#!/usr/bin/env bash
# Proves the harness shows what Linux showed: reads every fixture image (partitions that Linux's own
# pstore/blk wrote, kmsg_size=64, no pmsg) with linux-pstore-read.sh and compares the files, byte for
# byte, with the /sys/fs/pstore listing saved beside each image (IMAGE.img -> IMAGE/).
#
# usage: check-fixtures.sh [FIXTURE_DIR]
#   default: tests/fixtures/linux-6.1-pstore_blk in this repository, else ../shared/fixtures/... beside it
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
NAME=linux-6.1-pstore_blk

die() {
    echo "check-fixtures: $*" >&2
    exit 1
}

if [ $# -ge 1 ]; then
    DIR=$1
elif [ -d "$REPO/tests/fixtures/$NAME" ]; then
    DIR=$REPO/tests/fixtures/$NAME
else
    DIR=$REPO/../shared/fixtures/$NAME
fi
[ -d "$DIR" ] || die "no fixtures at $DIR (pass the directory as the first argument)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-fixtures.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

checked=0
failed=0
for image in "$DIR"/*.img; do
    [ -f "$image" ] || continue
    name=$(basename "$image" .img)
    expected=$DIR/$name
    [ -d "$expected" ] || die "no listing directory $expected beside $image"
    "$HERE/linux-pstore-read.sh" "$image" "$WORK/$name" 64 0
    mkdir -p "$WORK/$name"
    if diff -r "$expected" "$WORK/$name" > "$WORK/$name.diff" 2>&1; then
        echo "check-fixtures: $name.img: Linux lists $(ls "$WORK/$name" | wc -l) file(s), byte for byte the fixture's: $(ls "$WORK/$name" | tr '\n' ' ')"
    else
        echo "check-fixtures: $name.img: Linux's files differ from the fixture's listing:" >&2
        head -n 40 "$WORK/$name.diff" >&2
        failed=$((failed + 1))
    fi
    checked=$((checked + 1))
done

[ "$checked" -gt 0 ] || die "no *.img in $DIR"
[ "$failed" -eq 0 ] || die "$failed of $checked image(s) differ"
echo "check-fixtures: all $checked image(s) match (kernel $(basename "${LINUX_PSTORE_KERNEL:-$(ls /boot/vmlinuz-* | sort -V | tail -n 1)}"))"
