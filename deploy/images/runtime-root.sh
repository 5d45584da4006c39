#!/bin/sh
# Makes the file tree of a container image's runtime layer, for an empty (scratch) base: a jlink-made JRE from the
# build's JDK under /opt/java, the C libraries it links against (found with ldd, copied from the build machine),
# the name-service modules and files that host name lookups need, /etc/passwd with the unprivileged user, and /tmp.
# Usage: runtime-root.sh JAVA_HOME OUTPUT_DIR
set -eu
java_home=$1
out=$2
rm -rf "$out"
mkdir -p "$out/etc" "$out/tmp"

"$java_home/bin/jlink" \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.naming.dns,jdk.jfr \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/opt/java"

# Every shared library the runtime's binaries and libraries need, and the dynamic loader itself.
libs=$( { find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null;
          ldd /bin/true; } | awk '/=>/ { print $3 } /^\t\/lib/ { print $1 }' | grep '^/' | grep -v "^$out" | sort -u)
# Host name lookups (getaddrinfo) load these at run time, so ldd does not list them.
nss=$(ls /lib/x86_64-linux-gnu/libnss_files.so.* /lib/x86_64-linux-gnu/libnss_dns.so.* \
         /lib/x86_64-linux-gnu/libresolv.so.* 2>/dev/null || true)
for lib in $libs $nss; do
  real=$(readlink -f "$lib")
  mkdir -p "$out$(dirname "$lib")"
  cp "$real" "$out$lib"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\nybjg:x:10001:10001:ybjg:/tmp:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nybjg:x:10001:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
chmod 1777 "$out/tmp"
