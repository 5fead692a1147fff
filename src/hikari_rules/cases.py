"""The oracle's public API under its first name: ``hikari_rules.cases`` is
:mod:`hikari_rules.oracle` (same functions, same classes), kept so that code written
against it goes on working.  New code imports :mod:`hikari_rules.oracle`.

>>> from hikari_rules import cases, oracle
>>> cases.check_files is oracle.check_files, cases.encode is oracle.encode
(True, True)
"""

from __future__ import annotations

from hikari_rules.oracle import (
    Case,
    CaseError,
    CaseResult,
    CaseRunner,
    FileProblem,
    Report,
    case_schema,
    check_files,
    csv_rule_name,
    decode_args,
    encode,
    iter_cases,
    iter_csv,
    iter_jsonl,
    load_cases,
    matches,
    parse_cli_value,
    rule_functions,
    run_case,
)

__all__ = [
    "Case",
    "CaseError",
    "CaseResult",
    "CaseRunner",
    "FileProblem",
    "Report",
    "case_schema",
    "check_files",
    "csv_rule_name",
    "decode_args",
    "encode",
    "iter_cases",
    "iter_csv",
    "iter_jsonl",
    "load_cases",
    "matches",
    "parse_cli_value",
    "rule_functions",
    "run_case",
]
