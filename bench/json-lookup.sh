#!/usr/bin/env bash
# bench/json-lookup.sh: what a JSON-P provider lookup per call costs against one shared factory
# (org.musicrec.platform.json.JsonFactories), reading the activity event the consumers read per record.
# Both variants run in the same JVM, alternately, three rounds; the ratio is the figure.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/test-classes/org/musicrec/platform/json/JsonLookupBench.class ]] || mvn -B -q -DskipTests test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null
cmd=(java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" org.musicrec.platform.json.JsonLookupBench)
echo "command: ${cmd[*]:0:2} <test class path> ${cmd[*]: -1}" >&2
"${cmd[@]}"
