"""The test oracle for QA teams: check a billing system's results against the rules.

One module per concern:

- :mod:`~hikari_rules.oracle.format` — the case format (:class:`Case`, :class:`CaseResult`, :class:`Report`);
- :mod:`~hikari_rules.oracle.codec` — the one codec: decoding, encoding, comparing and
  describing (JSON Schema) every argument and result type;
- :mod:`~hikari_rules.oracle.functions` — the rule functions a case can name (from the rule
  registry) and their calls compiled per (rule, argument names);
- :mod:`~hikari_rules.oracle.run` — running cases and whole files;
- :mod:`~hikari_rules.oracle.read` — reading JSON Lines and CSV exports (``-``, BOM, encodings);
- :mod:`~hikari_rules.oracle.columnar` — the CSV columnar path (the ``batch`` extra);
- :mod:`~hikari_rules.oracle.parallel` — one large JSON Lines file checked in several processes;
- :mod:`~hikari_rules.oracle.output` — streaming reports: text, JSON, JUnit XML;
- :mod:`~hikari_rules.oracle.schema` — the JSON Schema of a case, per rule function.

``hikari-rules check`` is :func:`check_files` on the command line; the pytest plugin
:mod:`hikari_rules.testing` runs the same cases as test items.  ``hikari_rules.cases``
is the same API under its earlier name.
"""

from __future__ import annotations

from hikari_rules.oracle.codec import CaseError, encode, matches
from hikari_rules.oracle.format import Case, CaseResult, FileProblem, Report
from hikari_rules.oracle.functions import decode_args, rule_functions
from hikari_rules.oracle.read import csv_rule_name, iter_cases, iter_csv, iter_jsonl, load_cases, parse_cli_value
from hikari_rules.oracle.run import CaseRunner, check_files, run_case
from hikari_rules.oracle.schema import case_schema

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
