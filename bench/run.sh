#!/bin/sh
# Builds the bridge and the benchmark (bench profile; never part of `mvn verify`) and runs every benchmark.
# Needs: JDK 17 (java, mvn), curl, openssl, tar, gzip and node (≥ 20) on the PATH (the baselines). Installs nothing.
# Extra arguments go to the benchmark, e.g. `bench/run.sh --quick` or `bench/run.sh --only=startup,firmware`.
set -eu
cd "$(dirname "$0")/.."
for tool in java mvn curl openssl tar gzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/run.sh: needs $tool on the PATH (e.g. apt-get install -y curl openssl)" >&2; exit 2; }
done
# The package benchmark (issue 18) needs the runtime image: the dist profile builds it (with its training run),
# only when that benchmark is among those asked for.
profiles=bench,dist
case " $* " in
  *" --only="*) case " $* " in *package*) ;; *) profiles=bench ;; esac ;;
esac
# The package benchmark's reference station runs on Node.js (>= 20, for its built-in WebSocket).
if [ "$profiles" = "bench,dist" ]; then
  command -v node >/dev/null 2>&1 || { echo "bench/run.sh: the package benchmark needs node (>= 20) on the PATH; or leave it out with --only=..." >&2; exit 2; }
fi
# MVN_ARGS, e.g. MVN_ARGS=-o for an offline build.
mvn -q -B -P"$profiles" -DskipTests ${MVN_ARGS:-} package
exec java -jar bench/target/ocpp-bench.jar --bridge-jar=ocpp-bridge/target/ocpp-bridge.jar "$@"
