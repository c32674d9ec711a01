# Build, install and uninstall backcoach with its man page and shell completions.
#   make install PREFIX=/usr/local   builds the release binary and installs it
#   make uninstall PREFIX=/usr/local removes exactly the installed files (and the folders it left empty)
#   make man                          generates the man page with the argument parser's GenerateManual plugin
# BINARY and MANPAGE name an already-built binary and page to install instead of building them.
#   make benchmark                    builds release and prints the benchmark table (a few minutes; not part of
#                                     swift test). BENCHMARK_ARGS="--lines 20000 --runs 5" for a quicker run.

PREFIX ?= /usr/local
SWIFT ?= swift
CONFIGURATION ?= release
BUILD_DIR := .build/$(CONFIGURATION)
BINARY ?=
MANPAGE ?=
BIN := $(or $(BINARY),$(BUILD_DIR)/backcoach)
PAGE := $(or $(MANPAGE),.build/plugins/GenerateManual/outputs/backcoach/backcoach.1)
COMPLETIONS := .build/completions

BIN_DIR := $(DESTDIR)$(PREFIX)/bin
MAN_DIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

INSTALLED := $(BIN_DIR)/backcoach $(MAN_DIR)/backcoach.1 $(BASH_DIR)/backcoach $(ZSH_DIR)/_backcoach \
	$(FISH_DIR)/backcoach.fish
# Folders install may create, deepest first; uninstall removes those left empty, never PREFIX itself.
FOLDERS := $(BIN_DIR) $(MAN_DIR) $(dir $(MAN_DIR)) $(BASH_DIR) $(dir $(BASH_DIR)) $(ZSH_DIR) $(dir $(ZSH_DIR)) \
	$(FISH_DIR) $(dir $(FISH_DIR)) $(DESTDIR)$(PREFIX)/share

BENCHMARK_ARGS ?=
# Release builds carry the Swift runtime and Foundation inside the binary: it loads no Swift shared libraries at
# start (fewer instructions and less memory for the first answer) and runs where Swift is not installed.
# STATIC_STDLIB= builds against the shared libraries instead.
STATIC_STDLIB ?= $(if $(filter release,$(CONFIGURATION)),--static-swift-stdlib,)

.PHONY: all build man completions install uninstall benchmark

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION) --product backcoach $(STATIC_STDLIB)

man:
	$(SWIFT) package plugin generate-manual --configuration $(CONFIGURATION)

completions: $(if $(BINARY),,build)
	mkdir -p $(COMPLETIONS)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS)/backcoach
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS)/_backcoach
	$(BIN) --generate-completion-script fish > $(COMPLETIONS)/backcoach.fish

install: $(if $(BINARY),,build) $(if $(MANPAGE),,man) completions
	install -d $(BIN_DIR) $(MAN_DIR) $(BASH_DIR) $(ZSH_DIR) $(FISH_DIR)
	install -m 755 $(BIN) $(BIN_DIR)/backcoach
	install -m 644 $(PAGE) $(MAN_DIR)/backcoach.1
	install -m 644 $(COMPLETIONS)/backcoach $(BASH_DIR)/backcoach
	install -m 644 $(COMPLETIONS)/_backcoach $(ZSH_DIR)/_backcoach
	install -m 644 $(COMPLETIONS)/backcoach.fish $(FISH_DIR)/backcoach.fish

uninstall:
	rm -f $(INSTALLED)
	-rmdir $(FOLDERS) 2>/dev/null || true

benchmark:
	$(SWIFT) build -c release --product backcoach $(STATIC_STDLIB)
	$(SWIFT) build -c release --product backcoach-benchmark $(STATIC_STDLIB)
	.build/release/backcoach-benchmark --backcoach .build/release/backcoach $(BENCHMARK_ARGS)
