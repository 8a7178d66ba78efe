"""Named queries on a remote SPARQL 1.1 endpoint (`kgbuild query -e URL`).

Parameters are bound as a VALUES block of escaped RDF terms placed at the start of the
outer group (kgbuild.queries.inject_values, as on the local store), so a value can never
change the query's structure; the results come back as
SPARQL 1.1 Query Results JSON and are normalised to what the local store gives
(kgbuild.portable), whatever the server.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kgbuild.errors import fail
from kgbuild.portable import normalise
from kgbuild.queries import XSD, NamedQuery, Results, Value, inject_values


def run_endpoint(
    endpoint: str,
    query: NamedQuery,
    bindings: Mapping[str, ox.NamedNode | ox.Literal],
    timeout: float = 60.0,
) -> Results:
    """Run a SELECT on a SPARQL 1.1 Protocol endpoint (POST, results in JSON).

    The values are normalised to what the local store gives (kgbuild.portable).
    """
    body = urllib.parse.urlencode({"query": inject_values(query.text, bindings)}).encode()
    request = urllib.request.Request(
        endpoint,
        data=body,
        method="POST",
        headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            _refuse_partial(endpoint, response.status, response.headers)
            data = json.load(response)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300]
        raise fail(
            endpoint,
            None,
            f"endpoint answered HTTP {exc.code}: {detail}",
            "check the endpoint URL and that it speaks SPARQL 1.1",
        ) from exc
    except (urllib.error.URLError, OSError, json.JSONDecodeError) as exc:
        raise fail(
            endpoint,
            None,
            f"cannot query the endpoint: {exc}",
            "check that the server runs and the URL is right",
        ) from exc
    try:
        return normalise(_json_results(data), query.booleans)
    except (KeyError, TypeError, AttributeError) as exc:
        raise fail(
            endpoint,
            None,
            f"the endpoint's answer is not SPARQL 1.1 JSON results (no {exc} where expected)",
            "check that the URL is the SPARQL query endpoint, not a web page or another service",
        ) from exc


def _refuse_partial(endpoint: str, status: int, headers: Any) -> None:
    """Virtuoso's "anytime" queries: past its MaxQueryExecutionTime it answers with the rows
    found so far, as a success (HTTP 206, or 200 on older releases) marked only by its
    headers (X-SQL-State: S1TAT). Incomplete rows read as complete would be wrong figures:
    they are an error here (README.ANYTIME.md of virtuoso-opensource)."""
    state = (headers.get("X-SQL-State") or "").strip()
    if status == 206 or state == "S1TAT":
        message = (headers.get("X-SQL-Message") or "").strip()[:160]
        raise fail(
            endpoint,
            None,
            "the endpoint cut the query short and returned incomplete results"
            + (f" ({message})" if message else ""),
            "raise the server's time limit (Virtuoso: MaxQueryExecutionTime in virtuoso.ini "
            "[SPARQL]), or query a smaller graph",
        )


def _json_results(data: Any) -> Results:
    """Results from a parsed SPARQL 1.1 Query Results JSON document."""
    columns = tuple(data["head"]["vars"])
    rows = []
    for binding in data["results"]["bindings"]:
        row: list[Value | None] = []
        for column in columns:
            cell = binding.get(column)
            if cell is None:
                row.append(None)
                continue
            kind = (
                "bnode"
                if cell["type"] == "bnode"
                else ("uri" if cell["type"] == "uri" else "literal")
            )
            datatype = cell.get("datatype")
            if datatype == XSD + "string":
                datatype = None
            row.append(Value(kind, cell["value"], datatype, cell.get("xml:lang")))
        rows.append(tuple(row))
    return Results(columns, tuple(rows))
