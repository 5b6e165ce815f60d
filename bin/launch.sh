# Shared by the launchers in bin/: runs the function or command named like the launcher.
# Order: a native binary in target/dist/native/, else the jar on the JVM (JAVA_HOME, else java on
# PATH). On JDK 25 and later an AOT cache beside the jar (bin/build-aot-cache makes it) cuts the
# start-up time (JEP 483/514); without one the jar runs as usual.
# shellcheck shell=sh
rhoai_krm_launch() {
  name=$1; shift
  bin=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
  dist=${RHOAI_KRM_DIST:-$(dirname "$bin")/target/dist}
  if [ -x "$dist/native/$name" ]; then
    exec "$dist/native/$name" "$@"
  fi
  jar=$dist/$name.jar
  if [ ! -f "$jar" ]; then
    echo "$name: $jar is missing; build it with: mvn -q package -DskipTests" >&2
    exit 3
  fi
  if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java || echo java); fi
  # Parallel GC: ~1.5x the throughput of G1 on large inputs, and no slower to start.
  set -- -XX:+UseParallelGC -XX:TieredStopAtLevel=${RHOAI_KRM_TIER:-4} -jar "$jar" "$@"
  aot=$dist/$name.aot
  if [ -f "$aot" ] && [ "$(java_major "$java")" -ge 25 ]; then
    set -- "-XX:AOTCache=$aot" -Xlog:aot=off -Xlog:cds=off "$@"
  fi
  exec "$java" "$@"
}

# The JDK's major version from its release file: no JVM start needed to find out.
java_major() {
  home=$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  echo "${v:-0}"
}
