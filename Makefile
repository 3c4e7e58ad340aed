# Midas — make targets (SPEC.md "Make targets").
#
#   make demo      build, generate a sample, prepare, precompute, run, print the summary
#   make test      lint + every test
#   make parity    dynamic and precomputed runs of PIPELINE, then compare (fails on any difference)
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
.PHONY: build release test lint format demo generate prepare precompute run run-dynamic parity clean

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

clean:
	rm -rf .build $(RAW) $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench
