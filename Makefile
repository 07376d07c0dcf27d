# Every target creates what it needs from a bare machine: a virtualenv with the project in it.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS := $(VENV)/bin/corpus
INSTALLED := $(VENV)/.installed
# Label Studio pins many packages of its own, so it lives in a virtualenv of its own.
LABEL_STUDIO_VERSION := 1.23.2
LS_VENV := .labelstudio-venv
LABEL_STUDIO := $(LS_VENV)/bin/label-studio
BENCH_INSTALLED := $(VENV)/.bench-installed
# Debian's Chromium renders `corpus report` and runs the browser tests (headless, offline,
# driven by Playwright from pip, which downloads no browser); the emoji font draws emoji in
# the screenshots the browser tests write to build/screenshots
CHROMIUM := /usr/bin/chromium
EMOJI_FONT := /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO := exports/demo

.PHONY: demo test lint bench install label-studio chromium clean readme

install: $(INSTALLED)

label-studio: $(LABEL_STUDIO)

# setup.py compiles corpus/_fastsegment.pyx (the sentence loop) and corpus/_fastjsonl.pyx (the
# units' JSON Lines) into the package in place
$(INSTALLED): pyproject.toml setup.py $(wildcard corpus/*.pyx)
	@command -v $(PYTHON) >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 python3-venv; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "corpus needs Python 3.11 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[test,formats]'
	touch $@

$(LABEL_STUDIO):
	@command -v $(PYTHON) >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 python3-venv; }
	$(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/pip install -q label-studio==$(LABEL_STUDIO_VERSION)
	@test -x $@ && touch $@

chromium: $(CHROMIUM) $(EMOJI_FONT)

$(CHROMIUM) $(EMOJI_FONT):
	@echo "Installing Debian's chromium and emoji font (for the browser tests)..."
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji

$(BENCH_INSTALLED): $(INSTALLED)
	$(PY) -m pip install -q -e '.[test,formats,bench]'
	touch $@

DEMO_PORT ?= 8080

demo: $(INSTALLED) $(LABEL_STUDIO)
	@mkdir -p $(DEMO)
	$(CORPUS) split examples/ --docs $(DEMO)/docs.jsonl -o $(DEMO)/units.jsonl
	@echo; echo "Comment threads as split (first lines of each comment):"
	@$(PY) -c 'import json, sys; [print("  " * u["depth"] + u["id"] + "  " + u["text"].split("\n")[0][:70]) for u in map(json.loads, open(sys.argv[1])) if u["kind"] == "comment"]' $(DEMO)/units.jsonl
	@echo; echo "Units: $(DEMO)/units.jsonl   Documents: $(DEMO)/docs.jsonl"
	@echo; echo "Starting a private Label Studio (the first start takes about a minute)..."
	$(CORPUS) server start --port $(DEMO_PORT)
	$(CORPUS) push $(DEMO)/units.jsonl --project "corpus demo" --config examples/labeling-config.xml --kinds sentence,comment --gazetteer examples/terms.yml
	$(CORPUS) pull --project "corpus demo" -o $(DEMO)/export.json
	$(CORPUS) export $(DEMO)/export.json -o $(DEMO)/dataset --config $(DEMO)/export.config.xml --units $(DEMO)/units.jsonl --docs $(DEMO)/docs.jsonl --license cc-by-4.0
	@echo; echo "Annotate at the URL above: log in with the e-mail above and the password in .labelstudio/credentials.json."
	@echo "Then pull and export again (the two commands above), and measure agreement and make a report:"
	@echo "  $(CORPUS) agreement $(DEMO)/export.json --config $(DEMO)/export.config.xml"
	@echo "  $(CORPUS) report $(DEMO)/export.json -o $(DEMO)/report.html"
	@echo "Load the dataset:"
	@echo "  $(PY) -c 'import datasets; print(datasets.load_dataset(\"$(DEMO)/dataset\", \"units\"))'"
	@echo "Stop the server with: $(CORPUS) server stop"

test: $(INSTALLED) $(LABEL_STUDIO) $(CHROMIUM) $(EMOJI_FONT)
	$(PY) -m ruff check corpus tests bench setup.py
	CORPUS_HYPOTHESIS_PROFILE=repeatable $(PY) -m pytest

# the README's command reference, from each command's --help
readme: $(INSTALLED)
	$(PY) -m tests.cli_reference

lint: $(INSTALLED)
	$(PY) -m ruff check corpus tests bench setup.py
	$(PY) -m ruff format --check corpus tests bench setup.py

bench: $(BENCH_INSTALLED)
	$(PY) bench/split.py

clean:
	rm -rf $(VENV) $(LS_VENV) .pytest_cache .hypothesis build *.egg-info \
		$(patsubst %.pyx,%.c,$(wildcard corpus/*.pyx)) corpus/*.so
