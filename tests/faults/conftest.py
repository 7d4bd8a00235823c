"""The fault suite: every test here is marked ``fault`` (and runs in CI with the rest)."""

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/faults/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.fault)
