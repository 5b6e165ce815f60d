# Shared by the launchers in bin/: runs the function or command named like the launcher.
# Order: a native binary in target/dist/native/ (NAME is a link to rhoai-krm), else the one jar,
# rhoai-krm.jar, on the JVM (JAVA_HOME, else java on PATH), started as NAME by
# -Drhoai.krm.function. bin/build-aot-cache puts beside the jar, per name, what cuts the start-up
# time of the JDK it runs with: an AOT cache (<name>.aot) on JDK 25 and later (JEP 483/514/515),
# a class-data-sharing archive (<name>.jsa, AppCDS) on JDK 13 to 24; without one the jar runs as
# usual. The caches are per name because each is trained on what that name runs.
#
# A function is started once per render, so this script forks nothing on the usual path (JAVA_HOME
# set): every $(...) and external command costs a few milliseconds, and they added up to ~35 ms.
# The launcher sets rhoai_krm_bin (its own directory, symlinks followed) before sourcing this.
# shellcheck shell=sh
rhoai_krm_main=dev.rhoaikrm.cli.Main # the jar's Main-Class
rhoai_krm_launch() {
  name=$1; shift
  dist=${RHOAI_KRM_DIST:-$rhoai_krm_bin/../target/dist}
  # Java decodes file names with the locale's character set: under LANG=C or no LANG (the ArgoCD
  # plugin image) a non-ASCII file name could not be read. A UTF-8 locale is kept, else C.UTF-8.
  case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
    *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
    *) LC_ALL=C.UTF-8; export LC_ALL ;;
  esac
  if [ -x "$dist/native/$name" ]; then
    exec "$dist/native/$name" "$@"
  fi
  jar=$dist/rhoai-krm.jar
  if [ ! -f "$jar" ]; then
    echo "$name: $jar is missing; build it with: mvn -q package -DskipTests" >&2
    exit 3
  fi
  as=
  if [ "$name" != rhoai-krm ]; then
    as=-Drhoai.krm.function=$name
  fi
  if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java; home=$JAVA_HOME
  else
    java=$(command -v java || echo java); home=$(readlink -f "$java" 2>/dev/null || echo "$java"); home=${home%/bin/*}
  fi
  # The collector: on JDK 25 and later, Parallel GC (~1.5x the throughput of G1 on large inputs, no
  # slower to start: the AOT cache's heap objects load under any collector). Before JDK 25, G1: JDK 17
  # maps the heap objects of a CDS archive (the JDK's own and ours: interned strings, class mirrors,
  # the full module graph) only under G1, and builds them at every start under another collector
  # (`java -version`: 37 ms with G1, 48 ms with Parallel GC); on 10,000 objects G1 is as fast, on
  # 50,000 ~10% slower. JDK 18 and 19 load archived heap objects under Serial and Parallel GC too
  # (JDK-8273508, JDK-8274788): G1 on JDK 18-24 is a choice not measured here.
  # No perf data: a render is too short to watch with jstat, and the JVM would write
  # /tmp/hsperfdata_<user>/<pid>.
  # C1 only (tier 1): a render is over before C2's code pays for its compile time; measured up to
  # 50,000 objects (23 MB), C1 alone is as fast or faster (10,000 objects: 0.45 s, not 0.65 s).
  # Above that C2 wins (200,000 objects: 3.7 s, not 4.7 s): RHOAI_KRM_TIER=4 for such inputs.
  java_major "$home"
  if [ "$java_major" -ge 25 ]; then gc=-XX:+UseParallelGC; ext=aot; else gc=-XX:+UseG1GC; ext=jsa; fi
  # The jar on the class path with its main class named, not -jar: with -jar the JVM's launcher
  # opens the jar for its manifest (≈ 5 ms: the directory of 1,000 entries, read cold), while
  # classes that come from the start-up cache never need the jar opened (FunctionListTest holds
  # the name to the manifest's Main-Class).
  set -- "$gc" -XX:-UsePerfData -XX:TieredStopAtLevel=${RHOAI_KRM_TIER:-1} ${as:+"$as"} -cp "$jar" $rhoai_krm_main "$@"
  # The JVM prints its warnings on stdout, where they would corrupt the ResourceList or manifests:
  # they go to stderr. A cache made by another JDK build is only ignored (the jar then runs as
  # usual), so its warnings are dropped. A cache older than the jar is not used at all: JDK 25 does
  # not check which jar an AOT cache was made from (any size or time, even under -XX:AOTMode=on) and
  # would run the old classes; this age check is all that keeps a rebuilt jar from them (CliIT).
  # RHOAI_KRM_STARTUP_CACHE: auto (the default: the cache when it is fresh, else none), off (never:
  # to measure without it), require (the cache or nothing: exit 3 when there is no fresh one, and
  # the JVM stops with its reason when it cannot use it; for checks, e.g. after a build).
  # A cache is also stale when another build of the JDK made it (a JDK updated in place): bin/
  # build-aot-cache writes the maker's JAVA_RUNTIME_VERSION beside it (<name>.<ext>.jdk). The JVM
  # would refuse it too, but JDK 17 then runs with no class sharing at all (the static archive
  # replaces the JDK's own), slower than without the cache.
  cache=${RHOAI_KRM_STARTUP_CACHE:-auto}
  made_by=
  if [ "$cache" != off ] && [ -f "$dist/$name.$ext.jdk" ]; then
    IFS= read -r made_by < "$dist/$name.$ext.jdk" || : # a last line without its newline is still read
  fi
  if [ "$cache" = off ] || [ ! -f "$dist/$name.$ext" ] || [ "$jar" -nt "$dist/$name.$ext" ] || [ "$made_by" != "jdk $java_build" ]; then
    if [ "$cache" = require ]; then
      echo "$name: RHOAI_KRM_STARTUP_CACHE=require, and $dist/$name.$ext is missing, older than the jar, or made by another JDK build than $java_build; build it with: bin/build-aot-cache (JAVA_HOME=$home)" >&2
      exit 3
    fi
    set -- -Xlog:all=warning:stderr "$@"
  elif [ "$ext" = aot ]; then
    if [ "$cache" = require ]; then
      set -- -XX:AOTMode=on "-XX:AOTCache=$dist/$name.aot" -Xlog:all=warning:stderr "$@"
    else
      set -- "-XX:AOTCache=$dist/$name.aot" -Xlog:all=warning,cds*=off,aot*=off:stderr "$@"
    fi
  else # JDK 13-24, or a JDK without a release file: the static CDS archive (it replaces the JDK's
    # own, so one the JVM still refuses leaves the render with no class sharing: see above)
    if [ "$cache" = require ]; then
      set -- -Xshare:on "-XX:SharedArchiveFile=$dist/$name.jsa" -Xlog:all=warning:stderr "$@"
    else
      set -- "-XX:SharedArchiveFile=$dist/$name.jsa" -Xlog:all=warning,cds*=off:stderr "$@"
    fi
  fi
  set -- -XX:+DisplayVMOutputToStderr -Xlog:disable "$@"
  exec "$java" "$@"
}

# Sets java_major to the major version of the JDK at $1 and java_build to its full runtime version
# (JAVA_RUNTIME_VERSION, e.g. 17.0.15+6-Debian-1deb12u1), read from its release file by the shell
# itself (no JVM start, no fork); 0 and empty when unknown.
java_major() {
  java_major=0; java_build=
  if [ -r "$1/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=*) java_major=${line#JAVA_VERSION=\"}; java_major=${java_major%%[!0-9]*} ;;
        JAVA_RUNTIME_VERSION=*) java_build=${line#JAVA_RUNTIME_VERSION=\"}; java_build=${java_build%\"} ;;
      esac
    done < "$1/release"
  fi
  java_major=${java_major:-0}
}
