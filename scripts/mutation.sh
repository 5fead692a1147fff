#!/usr/bin/env bash
# Mutation testing of one rule module (too slow for CI; see CONTRIBUTING.md):
#
#   bash scripts/mutation.sh contract_term        # or fees, billing, withdrawal, ...
#
# Copies the working tree to .mutation/<module>/, runs mutmut 3 there on
# src/hikari_rules/<module>.py (or every file of the package <module>/) with the project's
# tests (less the slow Dask and docs tests), and writes .mutation/<module>.txt: the score
# (killed / all mutants) and every surviving mutant with its diff, to be killed by a test or
# listed in the closing note with why it is equivalent.
set -euo pipefail
module=${1:?usage: scripts/mutation.sh MODULE}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/_venv.sh
.venv/bin/python -c "import mutmut" 2>/dev/null || .venv/bin/python -m pip install --quiet "mutmut>=3.8,<4"
if [[ -d src/hikari_rules/$module ]]; then target="src/hikari_rules/$module/*"; else target="src/hikari_rules/$module.py"; fi
work=.mutation/$module
rm -rf "$work"
mkdir -p "$work"
git ls-files -co --exclude-standard | grep -v '^\.mutation/' | tar -cf - -T - | tar -xf - -C "$work"
cat >> "$work/pyproject.toml" <<TOML

[tool.mutmut]
source_paths = ["src"]
only_mutate = ["$target"]
pytest_add_cli_args = ["-q", "-p", "no:cacheprovider", "-o", "addopts=", "-x"]
pytest_add_cli_args_test_selection = ["tests", "--ignore=tests/test_batch_engines.py", "--ignore=tests/test_docs.py"]
also_copy = ["scripts", "examples", "docs", "README.md", "mkdocs.yml"]
TOML
cd "$work"
../../.venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" >mutmut.log 2>&1 || true
../../.venv/bin/mutmut results --all true >results.txt 2>&1 || true
total=$(grep -c ': ' results.txt || true)
killed=$(grep -c ': killed' results.txt || true)
{
  echo "module: $module"
  echo "mutants: $total, killed: $killed, score: $(python3 -c "print(f'{100*$killed/max($total,1):.1f} %')")"
  echo "by status:"; sed 's/.*: //' results.txt | sort | uniq -c
  echo
  echo "survivors (each: killed by a new test, or equivalent for the reason given in the closing note):"
  for m in $(grep -v ': killed' results.txt | grep ': ' | cut -d: -f1); do
    echo "--- $m"
    ../../.venv/bin/mutmut show "$m" 2>/dev/null | sed -n '1,40p'
  done
} >"../$module.txt"
head -n 12 "../$module.txt"
