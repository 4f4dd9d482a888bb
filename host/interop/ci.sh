#!/usr/bin/env bash
# The interop checks CI runs after the tests: Linux's own pstore/blk, booted under qemu, reads the
# fixtures it wrote and the images PstoreNano writes exactly as PstoreNano does.
# Prints one line per check and "interop: N passed, N failed" last.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if ! "$HERE/install-deps.sh"; then
    echo "interop: 0 passed, 1 failed (install-deps.sh)"
    exit 1
fi

passed=0
failed=0
for check in check-fixtures.sh check-engine-dumps.sh check-foreign-pmsg.sh; do
    start=$SECONDS
    if "$HERE/$check"; then
        passed=$((passed + 1))
        echo "interop check $check: passed in $((SECONDS - start)) s"
    else
        failed=$((failed + 1))
        echo "interop check $check: FAILED after $((SECONDS - start)) s"
    fi
done

echo "interop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
