# Midas — make targets (SPEC.md "Make targets").
# Variables: PIPELINE, SYMBOL, DATA.

SWIFT      ?= swift
DATA       ?= data
SYMBOL     ?= NIFTY
PIPELINE   ?= pipelines/nifty-daily.yaml
MIDAS      := .build/release/midas

.DELETE_ON_ERROR:
.PHONY: build release test lint format demo clean prepare

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

prepare: release
	$(MIDAS) prepare --raw $(DATA)/raw --symbol $(SYMBOL) --out $(DATA)/prepared/$(SYMBOL).sqlite

clean:
	rm -rf .build $(DATA)/raw $(DATA)/prepared $(DATA)/artifacts $(DATA)/runs $(DATA)/bench
