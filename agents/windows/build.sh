#!/bin/sh
# Builds librtkapi_win32.a (the RTKAPI calls of the SDK's RtkApi.h on Win32 file mappings) and rtk-win32-agent.exe:
# the agent SDK's rtk_agent_main (agents/sdk, built here with mingw-w64 first) linked with the library, its hooks
# (rtk_win32_hooks.c) and a main that adds the Wine life mutex (rtk_win32_main.c). Called by the agent-client
# Maven build:   build.sh <source dir> <output dir>
# Output: <out>/rtk-win32-agent.exe, <out>/librtkapi_win32.a, <out>/include/RtkApi.h.
# RTK_AGENT_STALE_DIR, when set, names a folder where copies from an earlier build are removed.
# Without the cross compiler it writes <out>/UNAVAILABLE with the reason and succeeds: the win32 backend then
# reports its scenarios UNSUPPORTED with that reason.
set -u
src=$1; out=$2; shift 2
mkdir -p "$out"
rm -rf "$out/UNAVAILABLE" "$out/rtk-win32-agent.exe" "$out/librtkapi_win32.a" "$out/include" "$out/obj"
if [ -n "${RTK_AGENT_STALE_DIR:-}" ]; then
  rm -rf "$RTK_AGENT_STALE_DIR/UNAVAILABLE" "$RTK_AGENT_STALE_DIR/rtk-win32-agent.exe" \
    "$RTK_AGENT_STALE_DIR/librtkapi_win32.a" "$RTK_AGENT_STALE_DIR/include"
fi
CC=${MINGW_CC:-x86_64-w64-mingw32-gcc}
AR=${MINGW_AR:-x86_64-w64-mingw32-ar}
for tool in "$CC" "$AR"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "no mingw-w64 cross compiler ('$tool') on PATH when rtk-agent-client was built; install it (apt-get install gcc-mingw-w64-x86-64) and rebuild" > "$out/UNAVAILABLE"
    echo "rtk-win32-agent: not built: no $tool" >&2
    exit 0
  fi
done
set -e
sdk=$src/../sdk
flags="-std=c11 -O2 -Wall -Wextra -Werror -D__USE_MINGW_ANSI_STDIO=1 -I$sdk/include -I$src"
mkdir -p "$out/obj" "$out/include"
CC="$CC" AR="$AR" sh "$sdk/build.sh" "$out/obj/sdk" "$@"
"$CC" $flags "$@" -c -o "$out/obj/rtkapi_win32.o" "$src/rtkapi_win32.c"
"$AR" rcs "$out/librtkapi_win32.a" "$out/obj/rtkapi_win32.o"
cp "$sdk/include/RtkApi.h" "$out/include/RtkApi.h"
# main and the hooks come before the SDK's archive, so the archive's own main and empty hooks are not linked.
"$CC" $flags "$@" -o "$out/rtk-win32-agent.exe" "$src/rtk_win32_main.c" "$src/rtk_win32_hooks.c" \
  "$out/obj/sdk/librtkagent.a" "$out/librtkapi_win32.a" -lws2_32
rm -rf "$out/obj"
