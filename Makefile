# Midas — make targets (SPEC.md "Make targets").
#
#   make demo      build, generate a sample, prepare, precompute, run, print the summary
#   make test      lint + every test
#   make parity    dynamic and precomputed runs of PIPELINE, then compare (fails on any difference)
#
# Variables: PIPELINE (pipeline file), SYMBOL, TIMEFRAME, DATA (data folder), SEED, FROM, TO,
# WALK_FORWARD (windows of the walk_forward variant of `run`; empty for none) and SELECT (its metric).

SWIFT      ?= swift
DATA       ?= data
PIPELINE   ?= pipelines/nifty-daily.yaml
SYMBOL     ?= NIFTY
TIMEFRAME  ?= 1d
SEED       ?= 42
FROM       ?= 2021-01-01
TO         ?= 2025-12-31
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
WALK_FORWARD ?= train=252,test=63
SELECT     ?= sharpe

MIDAS      := .build/release/midas
NAME       := $(basename $(notdir $(PIPELINE)))
RAW        := $(DATA)/raw
PREPARED   := $(DATA)/prepared/$(SYMBOL)-$(TIMEFRAME).sqlite
ARTIFACT   := $(DATA)/artifacts/$(NAME).sqlite
RUN_OUT    := $(DATA)/runs/$(NAME)
WF_FLAGS   := $(if $(WALK_FORWARD),--walk-forward $(WALK_FORWARD) --select $(SELECT))
DYN_OUT    := $(DATA)/runs/$(NAME)-dynamic
REPORT_RUN ?= $(firstword $(wildcard $(RUN_OUT) $(DYN_OUT)) $(RUN_OUT))
CHROMIUM   ?= $(firstword $(shell command -v chromium chromium-browser google-chrome 2>/dev/null))

.DELETE_ON_ERROR:
.PHONY: build release test lint format demo generate prepare precompute run run-dynamic parity report-screenshot clean

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product midas

lint:
	$(SWIFT) format lint --strict -r Sources Tests

format:
	$(SWIFT) format -i -r Sources Tests

test: lint
	$(SWIFT) test

generate: release
	$(MIDAS) generate --symbol $(SYMBOL) --from $(FROM) --to $(TO) --timeframe $(TIMEFRAME) --seed $(SEED) --out $(RAW)

prepare: release
	@mkdir -p $(dir $(PREPARED))
	$(MIDAS) prepare --raw $(RAW) --symbol $(SYMBOL) --timeframe $(TIMEFRAME) --out $(PREPARED)

precompute: release
	$(MIDAS) precompute --prepared $(PREPARED) --pipeline $(PIPELINE) --out $(ARTIFACT) --jobs $(JOBS)

run: release
	$(MIDAS) run --artifact $(ARTIFACT) --pipeline $(PIPELINE) --out $(RUN_OUT) --jobs $(JOBS) $(WF_FLAGS)

run-dynamic: release
	$(MIDAS) run --no-precompute --prepared $(PREPARED) --pipeline $(PIPELINE) --out $(DYN_OUT) --jobs $(JOBS) $(WF_FLAGS)

# Dynamic and precomputed runs of PIPELINE, walk_forward included, must be byte-identical (manifest and report aside).
parity: run run-dynamic
	$(MIDAS) compare $(RUN_OUT) $(DYN_OUT)

# The demo: one artifact, two pipelines over it (an iron-condor grid, then one variant per strategy).
DEMO_STRATEGIES := pipelines/nifty-strategies.yaml
DEMO_STRATEGIES_OUT := $(DATA)/runs/$(basename $(notdir $(DEMO_STRATEGIES)))

demo: generate prepare precompute run
	$(MIDAS) run --artifact $(ARTIFACT) --pipeline $(DEMO_STRATEGIES) --out $(DEMO_STRATEGIES_OUT) --jobs $(JOBS)
	@echo
	@echo "Run outputs: $(RUN_OUT)/ and $(DEMO_STRATEGIES_OUT)/ (summary.csv, one folder per variant)"
	@echo "Reports:     $(RUN_OUT)/report.html and $(DEMO_STRATEGIES_OUT)/report.html"

# The report of REPORT_RUN (the precomputed run, else the dynamic one) as docs/report.png.
report-screenshot:
	@if [ -z "$(CHROMIUM)" ]; then echo "chromium is not installed: no screenshot (apt-get install chromium)"; \
	else mkdir -p docs && $(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars \
	  --window-size=1100,1500 --screenshot=$(CURDIR)/docs/report.png \
	  file://$(abspath $(REPORT_RUN))/report.html 2>/dev/null && echo "docs/report.png"; fi

clean:
	rm -rf .build $(RAW) $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench
