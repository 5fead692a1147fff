#!/usr/bin/env bash
# The main job: explained results of the rules on the bundled examples.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
exec .venv/bin/python examples/demo.py "$@"
