#!/bin/sh
# Builds the charger-board package (the runtime image, the .deb and the tar.gz in dist/target/) and tests it: the
# package read back with dpkg-deb and tar, and the image run against the simulator (DebPackageIT, RuntimeImageIT).
# The other modules are built but their tests are left to `mvn -B verify`. Needs a JDK 17 (its jlink and jdeps)
# and dpkg-deb and tar for the tests; MVN_ARGS, e.g. MVN_ARGS=-o for an offline build.
set -eu
cd "$(dirname "$0")/.."
exec mvn -B -Pdist ${MVN_ARGS:-} -pl dist -am verify \
  -Dtest='org.ocppbridge.dist.*Test' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='org.ocppbridge.dist.*IT' -Dfailsafe.failIfNoSpecifiedTests=false
