#!/usr/bin/env bash
# The logic of action.yml (the sagelint GitHub Action): get the command-line jar, run `sagelint lint`
# in the repository, write the SARIF file for code scanning, and pass lint's exit code on.
#
# Inputs, as action.yml sets them (all optional):
#   INPUT_PATHS             files or folders to lint, separated by spaces or new lines (default: .)
#   INPUT_FORMATS           reports besides the SARIF file: comma-separated FORMAT or FORMAT:FILE,
#                           FORMAT one of text, json, junit, github (default: github, the annotations)
#   INPUT_FAIL_ON_SEVERITY  error | warning | info | none (default: error)
#   INPUT_BASE_REF          a git ref (or a folder); when set, lint reports only what the change since it
#                           introduced (lint --base REF --new-only; docs/diff-mode.md)
#   INPUT_SARIF_FILE        where the SARIF report goes (default: $RUNNER_TEMP/sagelint.sarif; empty
#                           RUNNER_TEMP: ./sagelint.sarif)
#   INPUT_ARGS              further `sagelint lint` arguments, split on spaces
#   INPUT_JAR               a sagelint.jar to use; else the CLI is built from this action's own source
#                           (GITHUB_ACTION_PATH, this repository at the action's ref) with its Maven wrapper
# GITHUB_WORKSPACE is the folder linted (default: the current one); GITHUB_OUTPUT receives exit-code and
# sarif-file. Exits with lint's exit code: 0 clean, 1 findings at or above the threshold, 2 usage or
# configuration error, 3 an input could not be read.
set -euo pipefail

action_root=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
workspace=${GITHUB_WORKSPACE:-$PWD}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

jar=${INPUT_JAR:-}
if [ -z "$jar" ]; then
  jar="$action_root/cli/target/sagelint.jar"
  if [ ! -f "$jar" ]; then
    echo "::group::Building the sagelint CLI from $action_root"
    "$action_root/mvnw" -B -q -f "$action_root/pom.xml" -pl cli -am package -DskipTests -Dsagelint.cds.skip=true
    echo "::endgroup::"
  fi
fi
if [ ! -f "$jar" ]; then
  echo "::error::sagelint: no jar at $jar (input 'jar')"
  exit 2
fi

sarif=${INPUT_SARIF_FILE:-}
if [ -z "$sarif" ]; then sarif="${RUNNER_TEMP:-.}/sagelint.sarif"; fi

args=(lint --fail-on-severity "${INPUT_FAIL_ON_SEVERITY:-error}" --format "sarif:$sarif")
IFS=',' read -r -a formats <<< "${INPUT_FORMATS-github}"
for f in "${formats[@]}"; do
  f=${f// /}
  if [ -n "$f" ]; then args+=(--format "$f"); fi
done
if [ -n "${INPUT_BASE_REF:-}" ]; then args+=(--base "$INPUT_BASE_REF" --new-only); fi
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}" || true
if [ "${#paths[@]}" -eq 0 ]; then paths=(.); fi
args+=(--)
args+=("${paths[@]}")

cd "$workspace"
set +e
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "${args[@]}"
code=$?
set -e

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  if [ -f "$sarif" ]; then echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"; fi
fi
exit "$code"
