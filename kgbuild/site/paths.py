"""Where a resource's page lives: IRIs under the build's base map to folders of the site.

``{base}eli/ru/fz/1996/63/art_275`` is served at ``eli/ru/fz/1996/63/art_275/`` with
``index.html``, ``index.ttl`` and ``index.jsonld`` inside, so the base IRI, mapped to the
site's root by a web server, dereferences. IRIs outside the base, and hash IRIs (the
ontology's terms), have no page of their own.
"""

from __future__ import annotations

import posixpath
import urllib.parse

PAGE = "index.html"
TURTLE = "index.ttl"
JSONLD = "index.jsonld"
_SAFE = "/_-.~!$&'()*+,;=:@"


def page_dir(iri: str, base: str) -> str | None:
    """The site folder of a resource (no leading or trailing slash), or None."""
    if not iri.startswith(base) or "#" in iri:
        return None
    local = iri[len(base) :].strip("/")
    if not local or any(part in ("", ".", "..") for part in local.split("/")):
        return None
    return urllib.parse.quote(local, safe=_SAFE)


def iri_for_path(path: str, base: str) -> str:
    """The IRI a request path names: the inverse of page_dir."""
    return base + urllib.parse.unquote(path.strip("/"))


def relative(from_dir: str, to: str) -> str:
    """A link from a page in folder ``from_dir`` ("" for the root) to site path ``to``."""
    return posixpath.relpath(to, from_dir or ".")
