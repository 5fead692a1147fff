"""The Japanese catalog, one module per rule module, each a ``MESSAGES`` mapping from the
English template or label (the msgid) to its Japanese text (the msgstr).

The English templates stand beside the rule code that records them; their Japanese
lives here, as it would in a ``.po`` file.  A translation keeps every placeholder
(``{month}``, ``{fee:yen}``) of its msgid and adds none: ``tests/test_texts.py`` checks
it, and that every template and label has a translation.
"""
