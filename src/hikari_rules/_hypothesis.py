"""The ``hypothesis`` entry point of the package (kept apart from :mod:`hikari_rules.strategies`).

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported.  The strategies
module imports Hypothesis itself, so the hook cannot live there (importing that module
first would import Hypothesis, which would load the half-imported module).  The
strategies module registers its strategies when it is imported; the hook imports it,
unless it is being imported right now.  Importing it imports ``hikari_rules`` (about as
long as ``import hikari_rules``); ``HYPOTHESIS_NO_PLUGINS=1`` turns every such hook off.
"""

from __future__ import annotations

import sys
import warnings


def _hypothesis_setup_hook() -> None:
    """Register :mod:`hikari_rules.strategies` with Hypothesis (``st.from_type``, ``st.builds``)."""
    module = sys.modules.get("hikari_rules.strategies")
    if module is not None and not hasattr(module, "register_type_strategies"):
        return  # being imported right now: it registers itself when done
    try:
        import hikari_rules.strategies  # noqa: F401 - registers the strategies
    except Exception as exc:  # a broken install must not break every Hypothesis user
        warnings.warn(f"hikari_rules: strategies not registered with Hypothesis: {exc!r}", stacklevel=2)
