"""The one exception a rule raises for a wrong *value* (wrong types raise ``TypeError``)."""

from __future__ import annotations

__all__ = ["RuleInputError"]


class RuleInputError(ValueError):
    """A value a rule cannot accept.

    The message names the parameter and the rule, e.g.
    ``"TERM-1: month: 2026-08 is before the service start month 2026-09"``.
    ``parameter`` and ``rule`` are kept as attributes for programs.

    >>> err = RuleInputError("must not be negative", parameter="amount", rule="CAP-1")
    >>> str(err)
    'CAP-1: amount: must not be negative'
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, message: str, *, parameter: str, rule: str) -> None:
        self.parameter = parameter
        self.rule = rule
        self.detail = message
        super().__init__(f"{rule}: {parameter}: {message}")

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling (multiprocessing) working
        return (_rebuild, (self.detail, self.parameter, self.rule))


def _rebuild(message: str, parameter: str, rule: str) -> RuleInputError:
    return RuleInputError(message, parameter=parameter, rule=rule)
