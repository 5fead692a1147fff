#!/usr/bin/env bash
# The main job: check the bundled cases against the rules with the oracle CLI
# (every mismatch with its rule IDs and why, then "N passed, M failed").
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
if [[ $# -eq 0 ]]; then
  set -- examples/cases.jsonl
fi
exec .venv/bin/hikari-rules check "$@"
