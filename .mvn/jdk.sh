# Picks a JDK 21 or newer: JAVA_HOME if it is one, else `java` on PATH, else the newest under /usr/lib/jvm.
iccsp_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
iccsp_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(iccsp_java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then export JAVA_HOME="$candidate" PATH="$candidate/bin:$PATH"; return 0; fi
  done
  echo "No JDK 21+ found (default java is older): install Temurin 21 or 25, or set JAVA_HOME to one." >&2
  return 1
}
