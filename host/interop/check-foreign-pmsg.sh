#!/usr/bin/env bash
# What Linux's pstore/blk does with a pmsg zone that does not hold Linux's pmsg format, as PstoreNano's
# pmsg ring (or an erased zone) looks to it. Builds 256 KiB images [pmsg 64 KiB][3 dmesg zones of 64 KiB]
# whose dmesg zones come from a fixture Linux wrote, lets Linux mount them (kmsg_size=64 pmsg_size=64,
# 3 s of settling before power-off), and checks for each pmsg zone content:
#   foreign (erased 0xFF, zeros, PstoreNano ring segments): Linux lists no pmsg file, logs
#     "no valid data in zone pmsg", shows the dmesg records, and writes nothing to the image;
#   Linux's own pmsg header (sig 0x43474243, datalen, start): Linux lists pmsg-pstore_blk-0 (control case).
#
# usage: check-foreign-pmsg.sh [FIXTURE_DIR]   (default as check-fixtures.sh)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ZONE=65536

die() {
    echo "check-foreign-pmsg: $*" >&2
    exit 1
}

DIR=${1:-$REPO/tests/fixtures/linux-6.1-pstore_blk}
[ -d "$DIR" ] || DIR=$REPO/../shared/fixtures/linux-6.1-pstore_blk
[ -f "$DIR/plain.img" ] || die "no plain.img fixture in $DIR (pass the fixture directory)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-foreign-pmsg.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fill() { head -c "$2" /dev/zero | tr '\0' "$1"; }

# One ring segment shaped like PstoreNano's (4 KiB): segment header "PNSG" v1, one chunk, the rest
# erased. The CRC fields are placeholders: Linux looks only at the zone's first 12 bytes.
ring_segment() {
    printf 'PNSG\001\000\034\000\005\000\000\000\003\000\000\000\000\000\000\000\050\000\000\000\022\064\126\170'
    printf '\033\000\003\305\050\000\000\000\003\000\000\000\357\276\255\336hello from the pmsg ring\n\000\000'
    fill '\377' $((4096 - 28 - 16 - 27))
}

pmsg_zone() {
    case "$1" in
        erased) fill '\377' $ZONE ;;
        zeros) fill '\0' $ZONE ;;
        ring) for _ in $(seq 16); do ring_segment; done ;;
        linux) # psz_buffer: sig PSZ_SIG ^ PSTORE_TYPE_PMSG, datalen 27, start 0; then the data
            printf '\103\102\107\103\033\000\000\000\000\000\000\000pmsg written the Linux way\n'
            fill '\0' $((ZONE - 12 - 27)) ;;
    esac
}

failed=0
for kind in erased zeros ring linux; do
    { pmsg_zone "$kind"; head -c $((3 * ZONE)) "$DIR/plain.img"; } > "$WORK/$kind.img"
    [ "$(stat -c %s "$WORK/$kind.img")" -eq $((4 * ZONE)) ] || die "$kind.img has the wrong size"
    LINUX_PSTORE_SETTLE=3 LINUX_PSTORE_KLOG="$WORK/$kind.klog" LINUX_PSTORE_IMAGE_AFTER="$WORK/$kind.after" \
        "$HERE/linux-pstore-read.sh" "$WORK/$kind.img" "$WORK/$kind.out" 64 64
    mkdir -p "$WORK/$kind.out"
    files=$(ls "$WORK/$kind.out" | tr '\n' ' ')
    said=$(grep -o -E 'pstore_zone: (no valid data in zone pmsg|found [a-z]+ zone: pmsg).*' "$WORK/$kind.klog" | head -n 1)
    cmp -s "$WORK/$kind.img" "$WORK/$kind.after" && wrote="image unchanged" || wrote="IMAGE CHANGED"
    echo "check-foreign-pmsg: $kind: lists [$files] - \"$said\" - $wrote"

    [ "$wrote" = "image unchanged" ] || failed=$((failed + 1))
    diff -q "$DIR/plain" "$WORK/$kind.out" -x 'pmsg-*' > /dev/null || {
        echo "check-foreign-pmsg: $kind: the dmesg records differ from the fixture's" >&2
        failed=$((failed + 1))
    }
    if [ "$kind" = linux ]; then
        [ "$(cat "$WORK/$kind.out/pmsg-pstore_blk-0" 2> /dev/null)" = "pmsg written the Linux way" ] || failed=$((failed + 1))
    else
        [ ! -e "$WORK/$kind.out/pmsg-pstore_blk-0" ] && [[ $said == *"no valid data in zone pmsg"* ]] || failed=$((failed + 1))
    fi
done

[ "$failed" -eq 0 ] || die "$failed expectation(s) failed"
echo "check-foreign-pmsg: a foreign pmsg zone is ignored and left untouched; Linux's own is listed"
