#!/usr/bin/env bash
# Run the whole test suite (installs what it needs into .venv first).
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
if [[ $rc -eq 5 ]]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit $rc
