# gograd — see README.md. `make run` starts the REPL; `make test` installs
# what the tests need (Debian packages, Go modules) and runs them all.

GO        ?= go
BIN       := bin/gograd
GOFLAGS_BUILD ?= -trimpath
# Debian packages the tests use as real peers and baselines.
APT_PKGS  := python3-jupyter-client python3-jupyter-kernel-test python3-nbclient \
             python3-nbconvert python3-ipykernel jupyter-console libopenblas-dev \
             python3-numpy tmux
FUZZTIME  ?= 30s

.PHONY: all build run test deps lint vet fmt generate bench install clean fuzz test-go

all: build

build:
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/gograd

run: build
	./$(BIN)

# deps installs every Debian package and Go module the tests need. It is
# idempotent: apt runs only when a package is missing.
deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	$(GO) mod download

test: deps lint build test-go fuzz

test-go:
	$(GO) test -timeout 20m -count=1 ./...
	# The pure-Go twins of the assembly kernels, and the optional OpenBLAS
	# backend (cgo, Debian's libopenblas-dev), against the same tables.
	$(GO) test -count=1 -tags noasm ./accel/ ./tensor/... ./gpt/
	$(GO) test -count=1 -tags openblas ./accel/...

# Short fuzz runs of the parsers that read untrusted input.
fuzz:
	GO=$(GO) .ci/fuzz FuzzOpen $(FUZZTIME) ./st
	GO=$(GO) .ci/fuzz FuzzPreTokenize 10s ./tok
	GO=$(GO) .ci/fuzz FuzzDecode 10s ./kernel

lint: fmt vet

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^interp/symbols/') 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Regenerates the yaegi symbol tables (interp/symbols) and the docs used
# for completion and inspection.
generate:
	$(GO) generate ./...

bench: build
	./$(BIN) bench

# Installs the Jupyter kernelspec for the current user.
install: build
	./$(BIN) install --user

clean:
	rm -rf bin
