#!/bin/sh
# Builds the agent SDK, librtkagent.a, with the headers a vendor compiles against:
#   build.sh <output dir> [extra cc flags...]
# Output: <out>/librtkagent.a, <out>/include/RtkApi.h, <out>/include/rtk_agent.h.
# CC and AR choose the toolchain: the system's by default; for Windows
#   CC=x86_64-w64-mingw32-gcc AR=x86_64-w64-mingw32-ar sh build.sh out/win
# (the Win32 parts are behind #ifdef _WIN32: a vectored exception handler, binary stdio, and the TCP launcher of
# tcp_launcher_win32.c, so a Windows agent links -lws2_32).
# Exits non-zero with the compiler's message on any error; callers that must degrade gracefully check first.
set -eu
sdk=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
CC=${CC:-cc}
AR=${AR:-ar}
mkdir -p "$out/include"
obj=$(mktemp -d "${TMPDIR:-/tmp}/rtk-sdk-obj.XXXXXX")
trap 'rm -rf "$obj"' EXIT
flags="-std=c11 -O2 -Wall -Wextra -Werror -I$sdk/include -I$sdk/src"
case "$("$CC" -dumpmachine 2>/dev/null)" in
  *mingw*) flags="$flags -D__USE_MINGW_ANSI_STDIO=1" ;;
esac
units="agent_main requests protocol manifest bookkeeping view_bounds guarded_access namespace tcp_launcher tcp_launcher_win32 main no_hooks"
for unit in $units; do
  "$CC" $flags "$@" -c -o "$obj/$unit.o" "$sdk/src/$unit.c"
done
rm -f "$out/librtkagent.a"
(cd "$obj" && "$AR" rcs "$out/librtkagent.a" $(for u in $units; do printf '%s.o ' "$u"; done))
cp "$sdk/include/RtkApi.h" "$sdk/include/rtk_agent.h" "$out/include/"
