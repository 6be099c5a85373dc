#!/bin/sh
# Builds librtkapi_posix.a (the RTKAPI calls of the SDK's RtkApi.h on POSIX shm) and rtk-posix-agent: the agent
# SDK's main (agents/sdk, built here first) linked with the library and its hooks (rtk_posix_hooks.c), exactly
# as a vendor would link it. Called by the agent-client Maven build:
#   build.sh <source dir> <output dir> [extra cc flags...]
# Output: <out>/rtk-posix-agent, <out>/librtkapi_posix.a, <out>/include/RtkApi.h.
# RTK_AGENT_STALE_DIR, when set, names a folder where copies from an earlier build are removed.
# Without a compiler it writes <output dir>/UNAVAILABLE with the reason and succeeds, so the build goes
# on and the posix backend reports its scenarios UNSUPPORTED with that reason.
set -u
src=$1; out=$2; shift 2
mkdir -p "$out"
# Exactly one of the build products and the note may exist afterwards, here and where a previous build copied them.
rm -rf "$out/UNAVAILABLE" "$out/rtk-posix-agent" "$out/librtkapi_posix.a" "$out/include" "$out/obj"
if [ -n "${RTK_AGENT_STALE_DIR:-}" ]; then
  rm -rf "$RTK_AGENT_STALE_DIR/UNAVAILABLE" "$RTK_AGENT_STALE_DIR/rtk-posix-agent" \
    "$RTK_AGENT_STALE_DIR/librtkapi_posix.a" "$RTK_AGENT_STALE_DIR/include"
fi
CC=${CC:-cc}
AR=${AR:-ar}
if ! command -v "$CC" >/dev/null 2>&1; then
  echo "no C compiler ('$CC') on PATH when rtk-agent-client was built; install one (apt-get install gcc) and rebuild" > "$out/UNAVAILABLE"
  echo "rtk-posix-agent: not built: no C compiler" >&2
  exit 0
fi
if [ "$(uname -s)" != Linux ]; then
  echo "rtk-posix-agent needs Linux (OFD locks, /dev/shm); this build ran on $(uname -s)" > "$out/UNAVAILABLE"
  exit 0
fi
if ! command -v "$AR" >/dev/null 2>&1; then
  echo "no archiver ('$AR') on PATH when rtk-agent-client was built; install binutils and rebuild" > "$out/UNAVAILABLE"
  echo "rtk-posix-agent: not built: no archiver" >&2
  exit 0
fi
set -e
sdk=$src/../sdk
flags="-std=c11 -O2 -Wall -Wextra -Werror -I$sdk/include -I$src"
mkdir -p "$out/obj" "$out/include"
CC="$CC" AR="$AR" sh "$sdk/build.sh" "$out/obj/sdk" "$@"
for unit in rtkapi_posix rtx_names shm_objects; do
  "$CC" $flags "$@" -c -o "$out/obj/$unit.o" "$src/$unit.c"
done
"$AR" rcs "$out/librtkapi_posix.a" "$out/obj/rtkapi_posix.o" "$out/obj/rtx_names.o" "$out/obj/shm_objects.o"
cp "$sdk/include/RtkApi.h" "$out/include/RtkApi.h"
# The hooks object comes before the SDK's archive, so the archive's empty default is not linked.
"$CC" $flags "$@" -o "$out/rtk-posix-agent" \
  "$src/rtk_posix_hooks.c" "$out/obj/sdk/librtkagent.a" "$out/librtkapi_posix.a"
rm -rf "$out/obj"
