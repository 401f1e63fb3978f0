"""Property-based tests against the API's own OpenAPI document (schemathesis): for generated
requests, valid and invalid, no 5xx and every response documented (status code, content type,
schema). The writing endpoints run on a copy of the store.

Left out: the check that every schema-valid request is accepted. Some rules are not schema rules
(a date range must not be reversed; an article needs text, html or a URL) and are answered with a
documented 400/422."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from khabar.server import create_app
from server_support import dev_store_copy, resources

OPERATIONS = [
    ("GET", "/api/health"),
    ("GET", "/api/articles"),
    ("GET", "/api/articles/{article_id}"),
    ("POST", "/api/articles"),
    ("POST", "/api/analyze"),
    ("GET", "/api/search"),
    ("GET", "/api/events"),
    ("GET", "/api/events.csv"),
    ("GET", "/api/timeline"),
    ("GET", "/api/network"),
    ("GET", "/api/map"),
    ("GET", "/api/actors"),
    ("GET", "/api/actors/{key}"),
    ("GET", "/api/quotes"),
    ("GET", "/api/stories"),
    ("GET", "/api/stories/{story_id}"),
    ("GET", "/api/clusters"),
]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    app = create_app(dev_store_copy(tmp_path_factory.mktemp("openapi")), resources(), hosts=["*"])
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_covered(api_schema: Any) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_operation_conforms_to_the_openapi_document(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]
    # Few examples each: the pipeline runs for every generated /analyze and /articles body.
    examples = 8 if method == "POST" else 15

    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()
