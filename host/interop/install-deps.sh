#!/usr/bin/env bash
# Installs what the Linux interop harness needs (Debian 12 packages); does nothing if all are present.
#   qemu-system-x86   runs the kernel          linux-image-amd64  the kernel and its pstore/blk modules
#   busybox-static    the guest's only binary  cpio               packs the guest's initramfs
set -euo pipefail

PACKAGES="qemu-system-x86 linux-image-amd64 busybox-static cpio"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing$missing" >&2
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086  # one word per package
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing > /dev/null
