"""Stage 4: map the statute register, the documents, the curated claims and the official
statistics to RDF.

- common: the IRI scheme (Iris), slugs, typed literals, the validity and cited-fact patterns;
- statutes: articles, units, versions, sanctions, laws and their effects;
- documents and claims: source documents, curated claims with provenance and anchors;
- notes, categories, confiscation, coverage: the register's notes, gravity periods under
  the Art. 15 in force, the confiscation rule of Art. 104.1, the coverage lists;
- official: the Judicial Department's forms as Data Cube structure and blocks of triples.

IRIs are deterministic (derived from article numbers, law numbers, dates and claim content
hashes); blank nodes are never used for data.
"""

from kgbuild.mapping.claims import map_claims, reporters
from kgbuild.mapping.common import DSD_CONVICTIONS, TEST_DOCUMENT_KIND, Iris, slug
from kgbuild.mapping.documents import map_documents
from kgbuild.mapping.statutes import map_statutes

__all__ = [
    "DSD_CONVICTIONS",
    "TEST_DOCUMENT_KIND",
    "Iris",
    "map_claims",
    "map_documents",
    "map_statutes",
    "reporters",
    "slug",
]
