#!/usr/bin/env bash
# Build the documentation site into site/ in strict mode: a broken link, anchor or
# cross-reference, or a page missing from the navigation, fails the build.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
exec .venv/bin/mkdocs build --strict "$@"
