#!/bin/sh
# Builds the example backend of docs/writing-a-backend.md into a jar: build.sh <rtk-kit.jar> <out.jar>
set -eu
kit=$1 out=$2 here=$(cd "$(dirname "$0")" && pwd)
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac --release 17 -cp "$kit" -d "$classes" "$here"/src/com/example/acme/AcmeBackendProvider.java
cp -r "$here/META-INF" "$classes/"
jar --create --file "$out" -C "$classes" .
