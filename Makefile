# Midas — make targets (SPEC.md "Make targets").
#
#   make demo      build, generate a sample, prepare, precompute, run, print the summary
#   make test      lint + every test
#   make parity    dynamic and precomputed runs of PIPELINE, then compare (fails on any difference)
#   make demo-real      synthetic chains on the real NIFTY 50 / India VIX path 2019-03 … 2025-12 (data/real/history),
#                       prepare, precompute, run pipelines/nifty-real.yaml; summary and per-regime table
#   make demo-real-eod  real NSE end-of-day NIFTY chains 2024-07-08 … 07-26 (data/real/eod) with the real
#                       histories: prepare, precompute, run pipelines/nifty-real-eod.yaml
#
# Variables: PIPELINE (pipeline file), SYMBOL, TIMEFRAME, DATA (data folder), SEED, FROM, TO.

SWIFT      ?= swift
DATA       ?= data
PIPELINE   ?= pipelines/nifty-daily.yaml
SYMBOL     ?= NIFTY
TIMEFRAME  ?= 1d
SEED       ?= 42
FROM       ?= 2021-01-01
TO         ?= 2025-12-31
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

MIDAS      := .build/release/midas
NAME       := $(basename $(notdir $(PIPELINE)))
RAW        := $(DATA)/raw
PREPARED   := $(DATA)/prepared/$(SYMBOL)-$(TIMEFRAME).sqlite
ARTIFACT   := $(DATA)/artifacts/$(NAME).sqlite
RUN_OUT    := $(DATA)/runs/$(NAME)
DYN_OUT    := $(DATA)/runs/$(NAME)-dynamic

.DELETE_ON_ERROR:
.PHONY: build release test lint format demo generate prepare precompute run run-dynamic parity clean \
	demo-real demo-real-eod

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
	$(MIDAS) run --artifact $(ARTIFACT) --pipeline $(PIPELINE) --out $(RUN_OUT) --jobs $(JOBS)

run-dynamic: release
	$(MIDAS) run --no-precompute --prepared $(PREPARED) --pipeline $(PIPELINE) --out $(DYN_OUT) --jobs $(JOBS)

# Dynamic and precomputed runs of PIPELINE must be byte-identical (manifest and report aside).
parity: run run-dynamic
	$(MIDAS) compare $(RUN_OUT) $(DYN_OUT)

demo: generate prepare precompute run
	@echo
	@echo "Run outputs: $(RUN_OUT)/ (summary.csv, one folder per variant)"

REAL_HISTORY := data/real/history
REAL_RAW     := $(DATA)/real-path
EOD_RAW      := $(DATA)/real-eod

demo-real: release
	$(MIDAS) generate --symbol NIFTY --from 2019-03-01 --to 2025-12-31 --seed $(SEED) \
		--underlying $(REAL_HISTORY)/nifty50.csv --vix $(REAL_HISTORY)/india_vix.csv --out $(REAL_RAW)
	@mkdir -p $(DATA)/prepared
	$(MIDAS) prepare --raw $(REAL_RAW) --symbol NIFTY --timeframe 1d --out $(DATA)/prepared/NIFTY-real-path-1d.sqlite
	$(MIDAS) precompute --prepared $(DATA)/prepared/NIFTY-real-path-1d.sqlite --pipeline pipelines/nifty-real.yaml \
		--out $(DATA)/artifacts/nifty-real.sqlite --jobs $(JOBS)
	$(MIDAS) run --artifact $(DATA)/artifacts/nifty-real.sqlite --pipeline pipelines/nifty-real.yaml \
		--out $(DATA)/runs/nifty-real --jobs $(JOBS) --by-regime

# The raw layout is assembled from the tracked files: chain/<day>.csv from eod/bhavcopy_<day>.csv, the
# histories as bars_1d.csv and vix.csv, and a columns.yaml naming the VIX close.
demo-real-eod: release
	@mkdir -p $(EOD_RAW)/NIFTY/chain $(DATA)/prepared
	@for f in data/real/eod/bhavcopy_*.csv; do cp -p $$f $(EOD_RAW)/NIFTY/chain/$${f##*bhavcopy_}; done
	@cp -p $(REAL_HISTORY)/nifty50.csv $(EOD_RAW)/NIFTY/bars_1d.csv
	@cp -p $(REAL_HISTORY)/india_vix.csv $(EOD_RAW)/NIFTY/vix.csv
	@printf 'vix.csv:\n  close: india_vix\n' > $(EOD_RAW)/NIFTY/columns.yaml
	$(MIDAS) prepare --raw $(EOD_RAW) --symbol NIFTY --timeframe 1d --out $(DATA)/prepared/NIFTY-real-eod-1d.sqlite
	$(MIDAS) precompute --prepared $(DATA)/prepared/NIFTY-real-eod-1d.sqlite --pipeline pipelines/nifty-real-eod.yaml \
		--out $(DATA)/artifacts/nifty-real-eod.sqlite --jobs $(JOBS)
	$(MIDAS) run --artifact $(DATA)/artifacts/nifty-real-eod.sqlite --pipeline pipelines/nifty-real-eod.yaml \
		--out $(DATA)/runs/nifty-real-eod --jobs $(JOBS) --by-regime

clean:
	rm -rf .build $(RAW) $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench $(REAL_RAW) $(EOD_RAW)
