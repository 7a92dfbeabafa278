# Finds a JDK >= 21 when JAVA_HOME is unset and the default `java` is older.
# Sourced by ./mvnw and .ci/run (POSIX sh). Linux distributions keep several
# JDKs side by side and often make the oldest the default, so, like Gradle's
# toolchain detection, we look in the places installers use and pick the newest.

required_java=21

# Prints the feature version (17, 21, 25...) of the JDK whose home is $1, or nothing.
jdk_feature_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

# Prints the home of the `java` on PATH, following symbolic links (/usr/bin/java -> ...).
default_java_home() {
  java_on_path=$(command -v java 2>/dev/null) || return 0
  java_real=$(readlink -f "$java_on_path" 2>/dev/null || printf %s "$java_on_path")
  dirname "$(dirname "$java_real")"
}

find_jdk() {
  best_home="" best_version=0
  for candidate in \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/openjdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home \
      /opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
      /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.gradle/jdks/* \
      "$HOME"/.asdf/installs/java/* "$HOME"/.local/share/mise/installs/java/*; do
    [ -d "$candidate" ] || continue
    version=$(jdk_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge "$required_java" ] && [ "$version" -gt "$best_version" ]; then
      best_home=$candidate best_version=$version
    fi
  done
  printf %s "$best_home"
}

if [ -z "${JAVA_HOME-}" ]; then
  set +f  # the wrapper turns globbing off; the search above needs it
  default_home=$(default_java_home)
  default_version=$(jdk_feature_version "${default_home:-/nonexistent}")
  if [ -z "$default_version" ] || [ "$default_version" -lt "$required_java" ]; then
    found_home=$(find_jdk)
    if [ -n "$found_home" ]; then
      echo "Using the JDK at $found_home (the default java is ${default_version:-missing}; this project needs $required_java or newer)." >&2
      JAVA_HOME=$found_home
      export JAVA_HOME
    else
      echo "This project needs JDK $required_java or newer, and none was found." >&2
      echo "The default java is ${default_version:-missing}. Install a JDK $required_java+ (for example: apt install openjdk-21-jdk," >&2
      echo "brew install openjdk@21, or https://adoptium.net) or set JAVA_HOME to one." >&2
      exit 1
    fi
  fi
fi
