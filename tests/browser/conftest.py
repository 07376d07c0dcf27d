"""A real browser for the tests that use Label Studio as people do: Debian's Chromium driven by
Playwright (the pip package; no browser of its own is downloaded), headless and offline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ..conftest import ROOT

CHROMIUM = os.environ.get("CORPUS_CHROMIUM", "/usr/bin/chromium")
# no connection attempts to Google's services: the machine's network is closed
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# screenshots of every template and step, for a person to look at after the run
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        reason = f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
