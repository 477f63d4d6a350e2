#!/usr/bin/env bash
# The steps of the dxcheck GitHub Action (action.yml), kept in a script so that they can be run and tested
# anywhere (.ci/run runs them against the archive it built, offline).
#   action.sh install   DXCHECK_RELEASE_URL (a dxcheck-VERSION.tar.gz; file:// works) or, when empty, a build of
#                       this repository with Maven; unpacks under RUNNER_TEMP; writes bin=… to GITHUB_OUTPUT
#   action.sh check     DXCHECK_BIN, DXCHECK_PATHS (whitespace-separated), DXCHECK_FAIL_ON, DXCHECK_SARIF,
#                       DXCHECK_CATEGORY, DXCHECK_ARGS; writes the SARIF report and exit-code=… to GITHUB_OUTPUT.
#                       Fails the step only when dxcheck could not run (exit 2); findings (exit 1) are judged after
#                       the upload. With DXCHECK_ACTION_URL and DXCHECK_ACTION_REF (the action's repository and
#                       version) the rules link to their row of that version's docs/rules.md.
set -euo pipefail
action_path="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
out="${GITHUB_OUTPUT:-/dev/null}"

install() {
  local dest="$temp/dxcheck-dist"
  rm -rf "$dest" && mkdir -p "$dest"
  if [ -n "${DXCHECK_RELEASE_URL:-}" ]; then
    echo "dxcheck: installing $DXCHECK_RELEASE_URL"
    curl -fsSL --retry 3 "$DXCHECK_RELEASE_URL" -o "$temp/dxcheck.tar.gz"
  else
    echo "dxcheck: no release-url: building the distribution from $action_path with Maven"
    (cd "$action_path" && mvn -B -q -DskipTests package)
    cp "$(ls "$action_path"/target/dxcheck-*.tar.gz | head -n 1)" "$temp/dxcheck.tar.gz"
  fi
  tar -xzf "$temp/dxcheck.tar.gz" -C "$dest" --strip-components=1
  "$dest/bin/dxcheck" --version
  echo "bin=$dest/bin/dxcheck" >>"$out"
}

check() {
  local code=0
  local -a paths args
  read -r -a paths <<<"${DXCHECK_PATHS:-.}"
  read -r -a args <<<"${DXCHECK_ARGS:-}"
  # a local action (uses: ./) has no repository of its own: then no links rather than broken ones
  if [ -n "${DXCHECK_ACTION_REF:-}" ] && [[ "${DXCHECK_ACTION_URL:-}" =~ ^https?://[^/]+/[^/]+/[^/]+$ ]]; then
    export DXCHECK_DOCS_URL="$DXCHECK_ACTION_URL/blob/$DXCHECK_ACTION_REF"
  fi
  "$DXCHECK_BIN" check --format sarif --output "${DXCHECK_SARIF:-dxcheck.sarif}" \
    --sarif-category "${DXCHECK_CATEGORY:-dxcheck}" --fail-on "${DXCHECK_FAIL_ON:-error}" "${args[@]}" \
    "${paths[@]}" || code=$?
  echo "exit-code=$code" >>"$out"
  case $code in
    0) echo "dxcheck: no findings at or above --fail-on ${DXCHECK_FAIL_ON:-error}" ;;
    1) echo "dxcheck: findings at or above --fail-on ${DXCHECK_FAIL_ON:-error}; see the code scanning alerts" ;;
    *) echo "::error::dxcheck could not run (exit $code): see the lines above"; exit "$code" ;;
  esac
}

"$@"
