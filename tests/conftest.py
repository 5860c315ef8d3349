"""Fixtures shared by several test modules."""

import pytest

from chiptrail_normalise import stance, stance_model


@pytest.fixture
def rules_only(monkeypatch):
    """The stance rules alone, as with no stance model installed: the rules' own
    specification, which the model then weighs (see test_stance_model.py)."""
    monkeypatch.setattr(stance_model, "load_model", lambda: None)
    stance._decided.cache_clear()
    yield
    stance._decided.cache_clear()
