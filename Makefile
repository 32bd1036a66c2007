# Wuye: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE ?= saas.settings.base
HOST ?= 127.0.0.1
PORT ?= 8000
# The port in the URLs the app builds (banner, signup, SMS links, checkout, notify URLs): PORT by default.
PUBLIC_PORT ?= $(PORT)
NAME ?=
PYTEST_ARGS ?=

.PHONY: demo demo-reset serve setup seed test fuzz lint format bench contract contract-baseline smoke db-stop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Wuye needs Python 3.11 or newer")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)  ## migrate, create the template schema and fill the spare pool
	$(BIN)/python manage.py platform_setup

seed: setup  ## the demo company and accounts (idempotent)
	PUBLIC_PORT=$(PUBLIC_PORT) $(BIN)/python manage.py seed_demo

demo-reset: setup  ## drop the demo company and seed it afresh (other companies are left alone)
	PUBLIC_PORT=$(PUBLIC_PORT) $(BIN)/python manage.py seed_demo --reset

demo: seed  ## everything, then serve on :$(PORT) (PORT=8103 make demo)
	PUBLIC_PORT=$(PUBLIC_PORT) CORS_ALLOW_LOCALHOST=$${CORS_ALLOW_LOCALHOST:-true} $(BIN)/python -m saas.server --host $(HOST) --port $(PORT)

serve: $(STAMP)
	PUBLIC_PORT=$(PUBLIC_PORT) CORS_ALLOW_LOCALHOST=$${CORS_ALLOW_LOCALHOST:-true} $(BIN)/uvicorn saas.asgi:application --host $(HOST) --port $(PORT) --lifespan off --reload

test: $(STAMP)  ## the whole suite (embedded PostgreSQL unless DATABASE_URL is set)
	DJANGO_SETTINGS_MODULE=saas.settings.test $(BIN)/pytest $(PYTEST_ARGS)

fuzz: $(STAMP)  ## the GraphQL fuzz suite with many examples (FUZZ_EXAMPLES, default 500 per schema)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-500} DJANGO_SETTINGS_MODULE=saas.settings.test $(BIN)/pytest tests/fuzz -p no:randomly $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=saas.settings.test $(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)  ## benchmarks in tests/bench (NAME=provisioning for one)
	DJANGO_SETTINGS_MODULE=saas.settings.test $(BIN)/python -m tests.bench $(NAME)

contract: $(STAMP)  ## re-export frontend_contract/: SDL from the code, then its TypeScript types (node + npm)
	DJANGO_SETTINGS_MODULE=saas.settings.test $(BIN)/python manage.py export_contract

smoke: $(STAMP)  ## set up, seed, serve, and query the running server once
	bash .ci/smoke

db-stop:  ## stop the embedded PostgreSQL started by make demo/test
	-$(BIN)/python -m saas.settings.embedded_postgres $${WUYE_DATA_DIR:-.data}/postgres

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

contract-baseline:  ## the front ends now build against the current SDL: it becomes the breaking-change baseline
	cp frontend_contract/schema.public.graphql frontend_contract/schema.tenant.graphql frontend_contract/baseline/
