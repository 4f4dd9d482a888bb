#!/usr/bin/env bash
# The interop check for images PstoreNano wrote: Linux's pstore/blk (through linux-pstore-read.sh) must
# show every dmesg record that pstore-tool shows, byte for byte, and no other.
#
# usage: check-engine-image.sh IMAGE KMSG_KIB PMSG_KIB
#   KMSG_KIB, PMSG_KIB: the layout the image was written with (CONFIG_PSTORE_BLK_KMSG_SIZE / _PMSG_SIZE);
#   Linux is given the same kmsg_size and pmsg_size, so both cut the partition alike.
# Records pair by zone index: Linux's dmesg-pstore_blk-N is the tool's dmesg-<device>-N.
# The pmsg zone is PstoreNano's own ring format: Linux must list nothing for it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

die() {
    echo "check-engine-image: $*" >&2
    exit 1
}

[ $# -eq 3 ] || die "usage: check-engine-image.sh IMAGE KMSG_KIB PMSG_KIB"
IMAGE=$1
KMSG_KIB=$2
PMSG_KIB=$3
[ -f "$IMAGE" ] || die "no image at $IMAGE"
[[ $KMSG_KIB =~ ^[0-9]+$ ]] && [[ $PMSG_KIB =~ ^[0-9]+$ ]] || die "KMSG_KIB and PMSG_KIB must be numbers of KiB"
command -v dotnet > /dev/null || die "dotnet not found (pstore-tool needs the .NET SDK)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-engine-image.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- Linux's view ---
"$HERE/linux-pstore-read.sh" "$IMAGE" "$WORK/linux" "$KMSG_KIB" "$PMSG_KIB"
mkdir -p "$WORK/linux"

# --- PstoreNano's view: the tool, with the repository's nf.config but the image's zone sizes ---
dotnet build "$REPO/host/PstoreNano.Tool/PstoreNano.Tool.csproj" -c Release -nologo -v q -o "$WORK/tool" > "$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; die "pstore-tool did not build"; }
sed -e "s/^CONFIG_PSTORE_BLK_KMSG_SIZE=.*/CONFIG_PSTORE_BLK_KMSG_SIZE=$KMSG_KIB/" \
    -e "s/^CONFIG_PSTORE_BLK_PMSG_SIZE=.*/CONFIG_PSTORE_BLK_PMSG_SIZE=$PMSG_KIB/" \
    -e "s/^CONFIG_PSTORENANO_PARTITION_SIZE=.*/CONFIG_PSTORENANO_PARTITION_SIZE=$(($(stat -c %s "$IMAGE") / 1024))/" \
    "$REPO/nf.config" > "$WORK/nf.config"

# Every tool run mounts a fresh copy: mounting may prepare the partition for writing (NOR erase-ahead).
tool() {
    cp "$IMAGE" "$WORK/tool.img"
    dotnet "$WORK/tool/pstore-tool.dll" "$1" --image "$WORK/tool.img" --config "$WORK/nf.config" "${@:2}"
}

tool list > "$WORK/list.txt" || { cat "$WORK/list.txt" >&2; die "pstore-tool list failed"; }
awk '$1 ~ /^dmesg-/ { print $1 }' "$WORK/list.txt" > "$WORK/tool-dmesg"

failed=0
compared=0
# Linux's records, each against the tool's record of the same zone.
for f in "$WORK"/linux/*; do
    [ -f "$f" ] || continue
    name=${f##*/}
    case "$name" in
        dmesg-pstore_blk-*)
            id=${name##*-}
            ours=$(grep -E -- "^dmesg-[a-z_]+-$id\$" "$WORK/tool-dmesg" || true)
            if [ -z "$ours" ]; then
                echo "check-engine-image: Linux shows $name, pstore-tool has no dmesg record for zone $id" >&2
                failed=$((failed + 1))
                continue
            fi
            tool cat "$ours" > "$WORK/ours.$id" || die "pstore-tool cat $ours failed"
            if cmp -s "$f" "$WORK/ours.$id"; then
                echo "check-engine-image: $name = $ours ($(stat -c %s "$f") bytes)"
            else
                echo "check-engine-image: $name differs from $ours:" >&2
                diff <(cat -v "$f") <(cat -v "$WORK/ours.$id") | head -n 20 >&2 || true
                failed=$((failed + 1))
            fi
            compared=$((compared + 1))
            ;;
        *)
            echo "check-engine-image: Linux shows $name, which PstoreNano never writes in Linux's format" >&2
            failed=$((failed + 1))
            ;;
    esac
done

# The tool's records that Linux does not show.
while read -r ours; do
    [ -n "$ours" ] || continue
    [ -f "$WORK/linux/dmesg-pstore_blk-${ours##*-}" ] || {
        echo "check-engine-image: pstore-tool shows $ours, Linux shows no dmesg-pstore_blk-${ours##*-}" >&2
        failed=$((failed + 1))
    }
done < "$WORK/tool-dmesg"

[ "$failed" -eq 0 ] || die "$failed difference(s) between Linux and PstoreNano"
[ "$compared" -gt 0 ] || die "no dmesg records to compare (Linux and pstore-tool both show none)"
echo "check-engine-image: Linux and PstoreNano show the same $compared dmesg record(s)"
