# Midas — make targets (SPEC.md "Make targets").
#
#   make demo      build, generate a sample, prepare, precompute, run, print the summary
#   make test      lint + every test
#   make parity    dynamic and precomputed runs of PIPELINE, then compare (fails on any difference)
#   make demo-real      synthetic chains on the real NIFTY 50 / India VIX path 2019-03 … 2025-12 (data/real/history),
#                       prepare, precompute, run pipelines/real/nifty-real.yaml; summary and per-regime table
#   make demo-real-eod  real NSE end-of-day NIFTY chains 2024-07-08 … 07-26 (data/real/eod) with the real
#                       histories: prepare, precompute, run pipelines/real/nifty-real-eod.yaml
#   make nightly   every pipeline in pipelines/: incremental prepare → precompute → run → parity, only
#                  what changed inputs touch; prints what it rebuilt (a no-op in seconds otherwise)
#   make bench     time every stage on generated data sets S and L; writes bench/RESULTS.md
#
# Variables: PIPELINE (pipeline file), SYMBOL, TIMEFRAME, DATA (data folder), SEED, FROM, TO,
# WALK_FORWARD (windows of the walk_forward variant of `run`; empty for none) and SELECT (its metric);
# for bench: SETS (data sets, default "S L"; "S" is the quick one), RUNS (runs per figure, median).

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
SETS       ?= S L
RUNS       ?= 3

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
.PHONY: build release test lint format demo generate prepare precompute run run-dynamic parity report-screenshot \
	nightly nightly-pipelines bench clean FORCE demo-real demo-real-eod

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

# --- nightly --------------------------------------------------------------------------------------
# Per pipeline NAME (pipelines/NAME.yaml, its symbol S and timeframe T read from the file):
#   stamps/raw-S-T.list        every raw file of S with size and mtime       (recomputed every time)
#   stamps/store-S-T.inputs    the prepared store's input fingerprints        (after an incremental prepare)
#   stamps/NAME.artifact       the pipeline's artifact settings fingerprint   (recomputed every time)
#   stamps/NAME.run            the pipeline's run settings fingerprint        (recomputed every time)
#   artifacts/NAME.sqlite      incremental precompute         ← store inputs, artifact settings
#   runs/NAME/manifest.json    run from the artifact          ← artifact, run settings
#   stamps/NAME.parity         dynamic run, compared with it  ← run
# A stamp is replaced only when its content changes, so make's timestamps follow real changes.
# Pipelines sharing a symbol share its store (one prepare); make -j runs pipelines in parallel;
# prepare and precompute also lock their output (<file>.lock), so no two ever write one file.
PIPELINES   := $(sort $(wildcard pipelines/*.yaml))
NAMES       := $(basename $(notdir $(PIPELINES)))
STAMPS      := $(DATA)/stamps
NIGHTLY_LOG := $(STAMPS)/nightly.log
yaml_field   = $(shell sed -n 's/^$(2):[[:space:]]*\([A-Za-z0-9]*\).*/\1/p' pipelines/$(1).yaml)
series_of    = $(call yaml_field,$(1),symbol)-$(call yaml_field,$(1),timeframe)
# Moves $@.new over $@ only when the content differs.
update_stamp = if cmp -s $@.new $@; then rm -f $@.new; else mv -f $@.new $@; fi
log          = echo "$(1)" >> $(NIGHTLY_LOG)

nightly: release
	@mkdir -p $(STAMPS) && rm -f $(NIGHTLY_LOG)
	@$(MAKE) --no-print-directory nightly-pipelines
	@if [ -s $(NIGHTLY_LOG) ]; then echo "nightly rebuilt:"; sed 's/^/  /' $(NIGHTLY_LOG); \
	else echo "nightly: nothing changed, every pipeline up to date"; fi

nightly-pipelines: $(NAMES:%=$(STAMPS)/%.parity)

.SECONDEXPANSION:
# Stamps, artifacts and run manifests are made by chained pattern rules: keep them (never intermediate).
.SECONDARY:

# A symbol's raw folder, generated when missing (the demo data; real data is dropped in instead).
$(RAW)/%/vix.csv:
	$(MIDAS) generate --symbol $* --from $(FROM) --to $(TO) --seed $(SEED) --out $(RAW)

$(STAMPS)/raw-%.list: $(RAW)/$$(firstword $$(subst -, ,$$*))/vix.csv FORCE
	@mkdir -p $(STAMPS)
	@find $(RAW)/$(firstword $(subst -, ,$*)) -type f -printf '%P %s %T@\n' | LC_ALL=C sort > $@.new
	@$(update_stamp)

$(STAMPS)/store-%.done: $(STAMPS)/raw-%.list
	@mkdir -p $(DATA)/prepared
	$(MIDAS) prepare --raw $(RAW) --symbol $(firstword $(subst -, ,$*)) --timeframe $(lastword $(subst -, ,$*)) \
		--out $(DATA)/prepared/$*.sqlite --quiet
	@$(MIDAS) inspect $(DATA)/prepared/$*.sqlite | awk '/^  [0-9a-f]+  /{print $$1, $$2}' > $(@:.done=.inputs).new
	@f=$(@:.done=.inputs); if cmp -s $$f.new $$f; then rm -f $$f.new; else mv -f $$f.new $$f; $(call log,prepared $*); fi
	@touch $@

$(STAMPS)/store-%.inputs: $(STAMPS)/store-%.done ;

$(STAMPS)/%.artifact $(STAMPS)/%.run: pipelines/%.yaml FORCE
	@mkdir -p $(STAMPS)
	@$(MIDAS) inspect $< --field artifact_fingerprint > $(STAMPS)/$*.artifact.new
	@$(MIDAS) inspect $< --field run_fingerprint > $(STAMPS)/$*.run.new
	@for f in $(STAMPS)/$*.artifact $(STAMPS)/$*.run; do \
		if cmp -s $$f.new $$f; then rm -f $$f.new; else mv -f $$f.new $$f; fi; done

$(DATA)/artifacts/%.sqlite: $(STAMPS)/store-$$(call series_of,$$*).inputs $(STAMPS)/%.artifact
	$(MIDAS) precompute --prepared $(DATA)/prepared/$(call series_of,$*).sqlite --pipeline pipelines/$*.yaml \
		--out $@ --jobs $(JOBS) --quiet
	@$(call log,precomputed $*)

$(DATA)/runs/%/manifest.json: $(DATA)/artifacts/%.sqlite $(STAMPS)/%.run
	$(MIDAS) run --artifact $< --pipeline pipelines/$*.yaml --out $(DATA)/runs/$* --jobs $(JOBS) --quiet
	@$(call log,ran $*)

$(STAMPS)/%.parity: $(DATA)/runs/%/manifest.json
	$(MIDAS) run --no-precompute --prepared $(DATA)/prepared/$(call series_of,$*).sqlite --pipeline pipelines/$*.yaml \
		--out $(DATA)/runs/$*-dynamic --jobs $(JOBS) --quiet
	$(MIDAS) compare $(DATA)/runs/$* $(DATA)/runs/$*-dynamic
	@touch $@
	@$(call log,parity $* (dynamic run identical))

FORCE:

REAL_HISTORY := data/real/history
REAL_RAW     := $(DATA)/real-path
EOD_RAW      := $(DATA)/real-eod

demo-real: release
	$(MIDAS) generate --symbol NIFTY --from 2019-03-01 --to 2025-12-31 --seed $(SEED) \
		--underlying $(REAL_HISTORY)/nifty50.csv --vix $(REAL_HISTORY)/india_vix.csv --out $(REAL_RAW)
	@mkdir -p $(DATA)/prepared
	$(MIDAS) prepare --raw $(REAL_RAW) --symbol NIFTY --timeframe 1d --out $(DATA)/prepared/NIFTY-real-path-1d.sqlite
	$(MIDAS) precompute --prepared $(DATA)/prepared/NIFTY-real-path-1d.sqlite --pipeline pipelines/real/nifty-real.yaml \
		--out $(DATA)/artifacts/nifty-real.sqlite --jobs $(JOBS)
	$(MIDAS) run --artifact $(DATA)/artifacts/nifty-real.sqlite --pipeline pipelines/real/nifty-real.yaml \
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
	$(MIDAS) precompute --prepared $(DATA)/prepared/NIFTY-real-eod-1d.sqlite --pipeline pipelines/real/nifty-real-eod.yaml \
		--out $(DATA)/artifacts/nifty-real-eod.sqlite --jobs $(JOBS)
	$(MIDAS) run --artifact $(DATA)/artifacts/nifty-real-eod.sqlite --pipeline pipelines/real/nifty-real-eod.yaml \
		--out $(DATA)/runs/nifty-real-eod --jobs $(JOBS) --by-regime

bench: release
	python3 bench/bench.py --sets "$(SETS)" --runs $(RUNS) --data $(DATA)/bench --jobs $(JOBS)

clean:
	rm -rf .build $(RAW) $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench $(REAL_RAW) $(EOD_RAW)
	rm -rf .build $(RAW) $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench $(DATA)/stamps
