#!/bin/sh
# Compiles agents/rtx64 with mingw-w64, so its sources cannot rot: the rtk-bridge driver (against include/RtkApi.h,
# which matches the public RTX64 prototype, linked with a stub for RtkApi.lib) and the rtx64 agent (the agent SDK's
# main + librtkapi_rtx64.a, which forwards each call to the driver). Nothing built here is run here: a real build
# uses the RTX64 SDK and the WDK (BUILD.md).   build.sh <output dir>
# Output: <out>/rtk-bridge.sys, <out>/rtk-rtx64-agent.exe, or <out>/UNAVAILABLE with the reason (exit 0).
set -u
src=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
mkdir -p "$out"
rm -rf "$out/UNAVAILABLE" "$out/rtk-bridge.sys" "$out/rtk-rtx64-agent.exe" "$out/obj"
CC=${MINGW_CC:-x86_64-w64-mingw32-gcc}
AR=${MINGW_AR:-x86_64-w64-mingw32-ar}
ddk=${MINGW_DDK:-/usr/share/mingw-w64/include/ddk}
for tool in "$CC" "$AR"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "no mingw-w64 cross compiler ('$tool'); install gcc-mingw-w64-x86-64" > "$out/UNAVAILABLE"
    exit 0
  fi
done
if [ ! -f "$ddk/ntddk.h" ]; then
  echo "no mingw-w64 DDK headers in $ddk (ntddk.h); install mingw-w64-common" > "$out/UNAVAILABLE"
  exit 0
fi
set -e
mkdir -p "$out/obj"
flags="-std=c11 -O2 -Wall -Wextra -Werror"
# The driver: kernel mode, native subsystem, entry DriverEntry, ntoskrnl imports only.
"$CC" $flags -I"$ddk" -I"$src/include" -c -o "$out/obj/stub.o" "$src/driver/rtkapi_link_stub.c"
"$AR" rcs "$out/obj/librtkapi_stub.a" "$out/obj/stub.o"
"$CC" $flags -I"$ddk" -I"$src/include" -shared -nostdlib -Wl,--subsystem,native -Wl,--entry,DriverEntry \
  -o "$out/rtk-bridge.sys" "$src/driver/rtk_bridge.c" "$out/obj/librtkapi_stub.a" -lntoskrnl -lhal
# The agent: user mode, the SDK's RtkApi.h (Win32 branch) and main.
sdk=$src/../sdk
CC="$CC" AR="$AR" sh "$sdk/build.sh" "$out/obj/sdk" >/dev/null
aflags="$flags -D__USE_MINGW_ANSI_STDIO=1 -I$sdk/include -I$src/include -I$src/agent"
"$CC" $aflags -c -o "$out/obj/rtkapi_rtx64.o" "$src/agent/rtkapi_rtx64.c"
"$AR" rcs "$out/obj/librtkapi_rtx64.a" "$out/obj/rtkapi_rtx64.o"
"$CC" $aflags -o "$out/rtk-rtx64-agent.exe" "$src/agent/rtk_rtx64_main.c" "$src/agent/rtk_rtx64_hooks.c" "$out/obj/sdk/librtkagent.a" \
  "$out/obj/librtkapi_rtx64.a" -lws2_32
rm -rf "$out/obj"
