#!/bin/busybox sh
# /init of the guest that linux-pstore-read.sh boots: attach pstore/blk to /dev/vda, mount pstorefs,
# send every file to the host over the second serial port (ttyS1), then power off.
#
# Frames on ttyS1, one per line, base64 between the markers:
#   PSTORE-FILE-BEGIN <name> <bytes>  ...  PSTORE-FILE-END <name>
#   PSTORE-KLOG-BEGIN                 ...  PSTORE-KLOG-END        (the guest's kernel log)
#   PSTORE-STATUS ok | PSTORE-STATUS error <what failed>
# Parameters come from /pstore.conf (KMSG_KIB, PMSG_KIB, EXTRA_PARAMS, SETTLE_SECONDS).

/bin/busybox --install -s /bin
export PATH=/bin

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

DATA=/dev/ttyS1
stty -F "$DATA" raw -echo 2>/dev/null
exec 3>"$DATA"

# Kernel messages stay out of the console; the log travels in its own frame.
echo 1 > /proc/sys/kernel/printk

. /pstore.conf

send_klog() {
    echo "PSTORE-KLOG-BEGIN" >&3
    dmesg | base64 >&3
    echo "PSTORE-KLOG-END" >&3
}

finish() {
    send_klog
    echo "PSTORE-STATUS $*" >&3
    exec 3>&-
    sync
    poweroff -f
}

load() {
    modprobe "$@" || finish "error modprobe $* failed"
}

load virtio_pci
load virtio_blk

# virtio_blk probes asynchronously on some kernels: wait for the disk node.
tries=0
while [ ! -b /dev/vda ]; do
    tries=$((tries + 1))
    [ "$tries" -gt 50 ] && finish "error /dev/vda did not appear"
    usleep 100000
done

# dyndbg=+p turns on pstore/zone's pr_debug lines ("no valid data in zone ...") in the klog frame.
load pstore_zone dyndbg=+p
load pstore_blk blkdev=/dev/vda best_effort=y kmsg_size="$KMSG_KIB" pmsg_size="$PMSG_KIB" $EXTRA_PARAMS dyndbg=+p

mkdir -p /sys/fs/pstore
mount -t pstore pstore /sys/fs/pstore || finish "error mount -t pstore failed"

for f in /sys/fs/pstore/*; do
    [ -f "$f" ] || continue
    name=${f##*/}
    echo "PSTORE-FILE-BEGIN $name $(wc -c < "$f")" >&3
    base64 < "$f" >&3
    echo "PSTORE-FILE-END $name" >&3
done

# Give pstore/zone's deferred flush a chance to run, for callers that watch what Linux writes back.
[ "${SETTLE_SECONDS:-0}" -gt 0 ] && sleep "$SETTLE_SECONDS"
finish ok
