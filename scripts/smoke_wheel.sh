#!/usr/bin/env bash
# The product as shipped: build the sdist and the wheel, install the wheel into fresh
# virtual environments (no extras; then the `batch` extra) outside this checkout, and
# run every command a user is told about there.  Nothing from .venv or src/ is used.
#
#   bash scripts/smoke_wheel.sh            (called by .ci/run; needs .venv for `build`)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
py=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "smoke_wheel: $*" >&2
  exit 1
}

echo "-- build the sdist and the wheel"
.venv/bin/python -m build --sdist --wheel --outdir "$work/dist" . >"$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2
  fail "the build failed"
}
wheel=$(ls "$work"/dist/*.whl)
sdist=$(ls "$work"/dist/*.tar.gz)
echo "   $(basename "$sdist"), $(basename "$wheel")"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/hikari_rules/__init__.py)
[[ -n $version ]] || fail "no __version__ in src/hikari_rules/__init__.py"
[[ $(basename "$wheel") == hikari_rules-$version-* ]] || fail "the wheel is not version $version"
# The sdist is a source of the same product: it must carry the package, its marker
# of types and the bundled examples the README's commands use.
tar -tzf "$sdist" >"$work/sdist.txt"
for f in src/hikari_rules/__init__.py src/hikari_rules/py.typed src/hikari_rules/__main__.py README.md pyproject.toml; do
  grep -q "/$f\$" "$work/sdist.txt" || fail "the sdist has no $f"
done

examples="$root/examples"
csv="$examples/contract_term.contract_month.csv"

# Every command of the README, run from outside the checkout (so nothing is imported from src/).
commands() {
  local env=$1 bin=$1/bin
  cd "$work"
  "$bin/hikari-rules" --version | grep -qx "hikari-rules $version" || fail "--version does not say $version"
  "$bin/python" -m hikari_rules --version | grep -qx "hikari-rules $version" || fail "python -m hikari_rules --version"
  "$bin/hikari-rules" rules >"$work/rules.txt"
  grep -q '^TERM-1 ' "$work/rules.txt" || fail "rules lists no TERM-1"
  "$bin/hikari-rules" rules --lang ja --functions | grep -q '^contract_term.contract_month ' ||
    fail "rules --functions lists no contract_term.contract_month"
  "$bin/python" -m hikari_rules rules >"$work/rules-m.txt"
  cmp -s "$work/rules.txt" "$work/rules-m.txt" || fail "python -m hikari_rules rules differs from hikari-rules rules"
  "$bin/hikari-rules" explain contract_term.is_renewal_month service_start=2026-09-20 month=2029-09 --lang ja |
    grep -q 'TERM-2' || fail "explain does not name TERM-2"
  "$bin/hikari-rules" explain TERM-1 service_start=2026-09-20 month=2029-09 --format json >/dev/null
  "$bin/hikari-rules" check "$examples/cases.jsonl" | tail -n 1 | grep -Eq '^[0-9]+ passed, 0 failed$' ||
    fail "check on the bundled cases does not pass"
  "$bin/hikari-rules" check --format json "$examples/cases.jsonl" >"$work/report.json" 2>/dev/null
  "$bin/python" -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/report.json"
  "$bin/hikari-rules" check "$csv" "$csv" >"$work/csv.out" 2>"$work/csv.err" || fail "check on the bundled CSV file"
  tail -n 1 "$work/csv.out" | grep -Eq '^[0-9]+ passed, 0 failed$' || fail "check on the bundled CSV file"
  "$bin/python" - <<'EOF' || fail "hikari_rules.cases on a plain import"
from hikari_rules import cases
r = cases.run_case({"rule": "contract_term.contract_month",
                    "args": {"service_start": "2026-09-20", "month": "2029-09"}, "expected": 37})
assert r.status == "passed", r
EOF
  # No time-zone database on the system (Windows, slim containers): tzdata supplies Asia/Tokyo.
  PYTHONTZPATH=/nonexistent "$bin/python" -c 'import hikari_rules; print(hikari_rules.dates.JST)' >/dev/null ||
    fail "import hikari_rules without a system time-zone database"
  cd "$root"
}

# An optional module imported without its extra: an ImportError that names the extra.
names_extra() {
  local bin=$1/bin module=$2 extra=$3
  if "$bin/python" -c "import $module" 2>"$work/import.err"; then
    fail "$module imports without its extra"
  fi
  grep -q "ImportError: .*hikari-rules\[$extra\]" "$work/import.err" ||
    fail "importing $module without its extra does not name hikari-rules[$extra]: $(tail -n 1 "$work/import.err")"
}

echo "-- a fresh venv with the wheel alone (no extras)"
"$py" -m venv "$work/plain"
"$work/plain/bin/python" -m pip install --quiet "$wheel" 2>&1 | grep -v '^WARNING: Location' || true
"$work/plain/bin/python" -c 'import hikari_rules' || fail "the wheel did not install"
commands "$work/plain"
[[ $(grep -c 'hikari-rules\[batch\]' "$work/csv.err") == 1 ]] ||
  fail "without the batch extra, check on CSV files must say once that hikari-rules[batch] makes them faster"
names_extra "$work/plain" hikari_rules.strategies strategies
names_extra "$work/plain" hikari_rules.batch batch
echo "   every command works; strategies and batch name their extras"

echo "-- a fresh venv with the wheel and the batch extra"
"$py" -m venv "$work/batch"
"$work/batch/bin/python" -m pip install --quiet "$wheel[batch]" 2>&1 | grep -v '^WARNING: Location' || true
commands "$work/batch"
[[ ! -s "$work/csv.err" ]] || fail "with the batch extra, check on CSV printed: $(cat "$work/csv.err")"
"$work/batch/bin/python" - "$csv" <<'EOF' || fail "the batch fast path is not taken with the extra installed"
import subprocess, sys
# The command imports the columnar module only to check a CSV file with it.
code = "import sys; from hikari_rules.cli import main; main(['check', sys.argv[1]]); assert 'hikari_rules.batch' in sys.modules"
subprocess.run([sys.executable, "-c", code, sys.argv[1]], check=True, stdout=subprocess.DEVNULL)
EOF
echo "   every command works; CSV files take the columnar path"
echo "smoke_wheel: ok ($(basename "$wheel"))"
