#!/usr/bin/env bash
# End to end: PstoreNano writes crash dumps into a partition image (pstore-tool demo, three boots on one
# image: pmsg ring 64 KiB, four 64 KiB dmesg zones of which mount keeps one erased), then
# check-engine-image.sh has Linux's pstore/blk read the image and compares its files with the tool's.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
KMSG_KIB=64
PMSG_KIB=64
PARTITION_KIB=320

WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-engine-dumps.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

sed -e "s/^CONFIG_PSTORE_BLK_KMSG_SIZE=.*/CONFIG_PSTORE_BLK_KMSG_SIZE=$KMSG_KIB/" \
    -e "s/^CONFIG_PSTORE_BLK_PMSG_SIZE=.*/CONFIG_PSTORE_BLK_PMSG_SIZE=$PMSG_KIB/" \
    -e "s/^CONFIG_PSTORENANO_PARTITION_SIZE=.*/CONFIG_PSTORENANO_PARTITION_SIZE=$PARTITION_KIB/" \
    "$REPO/nf.config" > "$WORK/nf.config"

dotnet build "$REPO/host/PstoreNano.Tool/PstoreNano.Tool.csproj" -c Release -nologo -v q -o "$WORK/tool" > "$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; echo "check-engine-dumps: pstore-tool did not build" >&2; exit 1; }

for boot in 1 2 3; do
    keep=$([ "$boot" -gt 1 ] && echo --keep || true)
    dotnet "$WORK/tool/pstore-tool.dll" demo --image "$WORK/part.img" --config "$WORK/nf.config" $keep > "$WORK/demo-$boot.log"
done

"$HERE/check-engine-image.sh" "$WORK/part.img" "$KMSG_KIB" "$PMSG_KIB"
