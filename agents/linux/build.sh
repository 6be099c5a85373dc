#!/bin/sh
# Builds rtk-posix-agent with the system C compiler. Called by the agent-client Maven build:
#   build.sh <source dir> <output dir> [extra cc flags...]
# RTK_AGENT_STALE_DIR, when set, names a folder where copies from an earlier build are removed.
# Without a compiler it writes <output dir>/UNAVAILABLE with the reason and succeeds, so the build goes
# on and the posix backend reports its scenarios UNSUPPORTED with that reason.
set -u
src=$1; out=$2; shift 2
mkdir -p "$out"
# Exactly one of the binary and the note may exist afterwards, here and where a previous build copied them.
rm -f "$out/UNAVAILABLE" "$out/rtk-posix-agent"
if [ -n "${RTK_AGENT_STALE_DIR:-}" ]; then
  rm -f "$RTK_AGENT_STALE_DIR/UNAVAILABLE" "$RTK_AGENT_STALE_DIR/rtk-posix-agent"
fi
CC=${CC:-cc}
if ! command -v "$CC" >/dev/null 2>&1; then
  echo "no C compiler ('$CC') on PATH when rtk-agent-client was built; install one (apt-get install gcc) and rebuild" > "$out/UNAVAILABLE"
  echo "rtk-posix-agent: not built: no C compiler" >&2
  exit 0
fi
if [ "$(uname -s)" != Linux ]; then
  echo "rtk-posix-agent needs Linux (OFD locks, /dev/shm); this build ran on $(uname -s)" > "$out/UNAVAILABLE"
  exit 0
fi
exec "$CC" -std=c11 -O2 -Wall -Wextra -Werror "$@" -o "$out/rtk-posix-agent" \
  "$src/rtk_posix_agent.c" "$src/protocol.c" "$src/rtx_names.c" "$src/shm_objects.c" "$src/guarded_access.c"
