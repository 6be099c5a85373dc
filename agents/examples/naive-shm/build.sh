#!/bin/sh
# Builds the example vendor agent: build.sh <output dir>  ->  <out>/naive-shm-agent
# The vendor's library (libnaive_shm.a) knows nothing of the kit; rtk_glue.c is all the glue.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$1
mkdir -p "$out"
sh "$here/../../sdk/build.sh" "$out/sdk"
flags="-std=c11 -O2 -Wall -Wextra -Werror -I$out/sdk/include"
cc $flags -c -o "$out/naive_shm.o" "$here/naive_shm.c"
ar rcs "$out/libnaive_shm.a" "$out/naive_shm.o"
cc $flags -o "$out/naive-shm-agent" "$here/rtk_glue.c" "$out/sdk/librtkagent.a" "$out/libnaive_shm.a"
rm -f "$out/naive_shm.o"
