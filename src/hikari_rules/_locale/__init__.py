"""Translations of explanation texts (gettext-style catalogs: English msgid → translation)."""
