#!/usr/bin/env bash
# Boots the host's Linux kernel under qemu on a copy of a pstore partition image and writes the files
# Linux's pstore/blk shows in /sys/fs/pstore into OUTDIR, byte for byte.
#
# usage: linux-pstore-read.sh IMAGE OUTDIR [KMSG_KIB] [PMSG_KIB]
#   KMSG_KIB  pstore_blk kmsg_size (default 64); PMSG_KIB  pstore_blk pmsg_size (default 0)
# environment:
#   LINUX_PSTORE_KERNEL=/boot/vmlinuz-X  kernel to boot (default: the newest /boot/vmlinuz-*)
#   LINUX_PSTORE_TIMEOUT=S               seconds before the guest is killed (default 60)
#   LINUX_PSTORE_PARAMS="max_reason=2"   more pstore_blk module parameters
#   LINUX_PSTORE_KLOG=FILE               keep the guest's kernel log (pstore/zone debug lines included)
#   LINUX_PSTORE_IMAGE_AFTER=FILE        keep the image copy as Linux left it
#   LINUX_PSTORE_SETTLE=S                seconds the guest waits after reading, before power-off
#   LINUX_PSTORE_ACCEL=auto|kvm|tcg      qemu accelerator (auto: KVM if it can boot a stock kernel)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WANTED_MODULES="virtio_pci virtio_blk pstore_zone pstore_blk"

die() {
    echo "linux-pstore-read: $*" >&2
    exit 1
}

[ $# -ge 2 ] && [ $# -le 4 ] || die "usage: linux-pstore-read.sh IMAGE OUTDIR [KMSG_KIB] [PMSG_KIB]"
IMAGE=$1
OUTDIR=$2
KMSG_KIB=${3:-64}
PMSG_KIB=${4:-0}
TIMEOUT=${LINUX_PSTORE_TIMEOUT:-60}

[ -f "$IMAGE" ] || die "no image at $IMAGE"
[[ $KMSG_KIB =~ ^[0-9]+$ ]] || die "KMSG_KIB must be a number of KiB, found \"$KMSG_KIB\""
[[ $PMSG_KIB =~ ^[0-9]+$ ]] || die "PMSG_KIB must be a number of KiB, found \"$PMSG_KIB\""
command -v qemu-system-x86_64 > /dev/null || die "qemu-system-x86_64 not found (run host/interop/install-deps.sh)"
command -v cpio > /dev/null || die "cpio not found (run host/interop/install-deps.sh)"

# --- kernel and modules ---------------------------------------------------------------------------
KERNEL=${LINUX_PSTORE_KERNEL:-$(ls /boot/vmlinuz-* 2> /dev/null | sort -V | tail -n 1 || true)}
[ -n "$KERNEL" ] && [ -f "$KERNEL" ] || die "no kernel in /boot (install linux-image-amd64 or set LINUX_PSTORE_KERNEL)"
[ -r "$KERNEL" ] || die "kernel $KERNEL is not readable"
KVER=${KERNEL##*/vmlinuz-}
MODDIR=/lib/modules/$KVER
[ -f "$MODDIR/modules.dep" ] || die "no $MODDIR/modules.dep for kernel $KVER"

BUSYBOX=/bin/busybox
[[ $(ldd "$BUSYBOX" 2>&1 || true) == *"not a dynamic executable"* ]] || die "$BUSYBOX is not static (install busybox-static)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/linux-pstore-read.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/root
mkdir -p "$ROOT"/{bin,dev,proc,sys,lib/modules/"$KVER"}

# modules.dep line of a module ("kernel/x/name.ko[.xz]: deps..."), '-' and '_' being the same name.
dep_line() {
    local name=${1//-/_}
    awk -v want="$name" -F: '{ n = $1; sub(/.*\//, "", n); sub(/\.ko(\.[a-z]+)?$/, "", n); gsub(/-/, "_", n);
                               if (n == want) { print; exit } }' "$MODDIR/modules.dep"
}

builtin_module() {
    local name=${1//-/_}
    [ -f "$MODDIR/modules.builtin" ] &&
        sed -e 's#.*/##' -e 's/\.ko$//' -e 's/-/_/g' "$MODDIR/modules.builtin" | grep -qx "$name"
}

# Copies a module file into the initramfs, uncompressed.
copy_module() {
    local rel=$1 plain
    plain=$(strip_compression "$rel")
    mkdir -p "$ROOT/lib/modules/$KVER/$(dirname "$plain")"
    case "$rel" in
        *.xz) xz -dc "$MODDIR/$rel" > "$ROOT/lib/modules/$KVER/$plain" ;;
        *.zst) zstd -qdc "$MODDIR/$rel" > "$ROOT/lib/modules/$KVER/$plain" ;;
        *.gz) gzip -dc "$MODDIR/$rel" > "$ROOT/lib/modules/$KVER/$plain" ;;
        *) cp "$MODDIR/$rel" "$ROOT/lib/modules/$KVER/$plain" ;;
    esac
}

strip_compression() {
    sed -E 's/\.ko\.(xz|zst|gz)\b/.ko/g' <<< "$1"
}

# The initramfs gets each wanted module and its dependencies (modules.dep lists them all, in load
# order), with a modules.dep of just those lines so that busybox modprobe resolves them.
needed=""
for module in $WANTED_MODULES; do
    line=$(dep_line "$module")
    if [ -z "$line" ]; then
        builtin_module "$module" && continue
        die "module $module is neither in $MODDIR/modules.dep nor built into $KVER"
    fi
    needed="$needed ${line%%:*} ${line#*:}"
done
for rel in $(tr ' ' '\n' <<< "$needed" | sed '/^$/d' | sort -u); do
    copy_module "$rel"
    strip_compression "$(grep -m 1 "^$rel:" "$MODDIR/modules.dep")" >> "$ROOT/lib/modules/$KVER/modules.dep"
done

cp "$BUSYBOX" "$ROOT/bin/busybox"
cp "$HERE/guest-init.sh" "$ROOT/init"
chmod 755 "$ROOT/init" "$ROOT/bin/busybox"
cat > "$ROOT/pstore.conf" << EOF
KMSG_KIB=$KMSG_KIB
PMSG_KIB=$PMSG_KIB
EXTRA_PARAMS="${LINUX_PSTORE_PARAMS:-}"
SETTLE_SECONDS=${LINUX_PSTORE_SETTLE:-0}
EOF
(cd "$ROOT" && find . -print0 | cpio --null -o -H newc --quiet) > "$WORK/initramfs.cpio"

# Unpacks the ELF kernel inside a bzImage (x86 boot protocol: setup_sects at 0x1f1, payload_offset
# and payload_length at 0x248) if it is xz, gzip or zstd compressed; fails otherwise.
extract_vmlinux() {
    local bz=$1 out=$2 setup_sects payload_offset payload_length start magic
    grep -qx "CONFIG_PVH=y" "/boot/config-$KVER" 2> /dev/null || return 1
    setup_sects=$(od -An -tu1 -j $((0x1f1)) -N 1 "$bz" | tr -d ' ')
    payload_offset=$(od -An -tu4 -j $((0x248)) -N 4 "$bz" | tr -d ' ')
    payload_length=$(od -An -tu4 -j $((0x24c)) -N 4 "$bz" | tr -d ' ')
    start=$(((setup_sects + 1) * 512 + payload_offset))
    magic=$(od -An -tx1 -j "$start" -N 4 "$bz" | tr -d ' ')
    case "$magic" in
        fd377a58) tail -c +$((start + 1)) "$bz" | head -c "$payload_length" | xz -dcq --single-stream > "$out" ;;
        1f8b*) tail -c +$((start + 1)) "$bz" | head -c "$payload_length" | gzip -dcq > "$out" 2> /dev/null ;;
        28b52ffd) tail -c +$((start + 1)) "$bz" | head -c "$payload_length" | zstd -dcq > "$out" ;;
        *) return 1 ;;
    esac
    [ "$(head -c 4 "$out" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]
}

# --- boot ----------------------------------------------------------------------------------------
cp "$IMAGE" "$WORK/disk.img"
# KVM when it can run a stock kernel. kvm_pvm (pagetable-based virtualization, found on hosts without
# hardware virtualization) runs only PVM-enlightened guest kernels: a stock kernel hangs in early boot.
ACCEL_MODE=${LINUX_PSTORE_ACCEL:-auto}
if [ "$ACCEL_MODE" = auto ]; then
    ACCEL_MODE=kvm
    if [ ! -w /dev/kvm ]; then
        echo "linux-pstore-read: /dev/kvm is not usable, using emulation (TCG)" >&2
        ACCEL_MODE=tcg
    elif [ -d /sys/module/kvm_pvm ]; then
        echo "linux-pstore-read: /dev/kvm is kvm_pvm, which cannot boot a stock kernel; using emulation (TCG)" >&2
        ACCEL_MODE=tcg
    fi
fi
case "$ACCEL_MODE" in
    kvm) ACCEL=(-enable-kvm) ;;
    tcg) ACCEL=(-accel tcg) ;;
    *) die "LINUX_PSTORE_ACCEL must be auto, kvm or tcg, found \"$ACCEL_MODE\"" ;;
esac

# Under emulation the bzImage's own decompressor costs seconds: boot the same kernel's uncompressed
# ELF image through its PVH entry point instead (CONFIG_PVH), when the payload is one we can unpack.
BOOT_KERNEL=$KERNEL
if [ "$ACCEL_MODE" = tcg ] && extract_vmlinux "$KERNEL" "$WORK/vmlinux"; then
    BOOT_KERNEL=$WORK/vmlinux
fi

set +e
timeout -k 5 "$TIMEOUT" qemu-system-x86_64 "${ACCEL[@]}" -m 256 -display none -no-reboot \
    -kernel "$BOOT_KERNEL" -initrd "$WORK/initramfs.cpio" \
    -append "console=ttyS0 panic=-1 quiet" \
    -drive "file=$WORK/disk.img,format=raw,if=virtio" \
    -monitor none -serial "file:$WORK/console.log" -serial "file:$WORK/data.log" \
    > "$WORK/qemu.out" 2>&1
rc=$?
set -e

show_console() {
    echo "--- qemu output ---" >&2
    cat "$WORK/qemu.out" >&2
    echo "--- guest console (last 30 lines) ---" >&2
    tail -n 30 "$WORK/console.log" >&2 || true
}
[ $rc -eq 124 ] || [ $rc -eq 137 ] && { show_console; die "guest did not power off within $TIMEOUT s"; }
[ $rc -eq 0 ] || { show_console; die "qemu failed with exit code $rc"; }

# --- decode the frames ---------------------------------------------------------------------------
tr -d '\r' < "$WORK/data.log" > "$WORK/data.txt"
awk -v dir="$WORK/frames" '
    BEGIN { system("mkdir -p \"" dir "\"") }
    /^PSTORE-FILE-BEGIN / { out = dir "/file." $2; printf "" > out; names = names $2 " " $3 "\n"; next }
    /^PSTORE-FILE-END /   { close(out); out = ""; next }
    /^PSTORE-KLOG-BEGIN$/ { out = dir "/klog"; printf "" > out; next }
    /^PSTORE-KLOG-END$/   { close(out); out = ""; next }
    /^PSTORE-STATUS /     { sub(/^PSTORE-STATUS /, ""); print > (dir "/status"); next }
    out != ""             { print >> out }
    END { printf "%s", names > (dir "/names") }
' "$WORK/data.txt"

if [ -f "$WORK/frames/klog" ]; then
    base64 -d < "$WORK/frames/klog" > "$WORK/klog.txt" || die "kernel log frame is not valid base64"
    [ -z "${LINUX_PSTORE_KLOG:-}" ] || cp "$WORK/klog.txt" "$LINUX_PSTORE_KLOG"
fi
[ -z "${LINUX_PSTORE_IMAGE_AFTER:-}" ] || cp "$WORK/disk.img" "$LINUX_PSTORE_IMAGE_AFTER"

status=$(cat "$WORK/frames/status" 2> /dev/null || true)
if [ "$status" != "ok" ]; then
    show_console
    [ -f "$WORK/klog.txt" ] && { echo "--- guest kernel log (pstore lines) ---" >&2; grep -i pstore "$WORK/klog.txt" >&2 || true; }
    die "guest reported: ${status:-nothing (no status frame)}"
fi

mkdir -p "$OUTDIR"
while read -r name size; do
    [ -n "$name" ] || continue
    [[ $name =~ ^[A-Za-z0-9._-]+$ ]] || die "unexpected pstore file name \"$name\""
    base64 -d < "$WORK/frames/file.$name" > "$OUTDIR/$name" || die "frame of $name is not valid base64"
    got=$(stat -c %s "$OUTDIR/$name")
    [ "$got" = "$size" ] || die "$name: guest reported $size bytes, decoded $got"
done < "$WORK/frames/names"
