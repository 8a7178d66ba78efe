#!/usr/bin/env python3
"""Benchmark kgbuild's RDF paths (Oxigraph, canonical writers, set-based checks) against
plain rdflib / pySHACL on synthetic graphs shaped like the project's graph.

    python bench/bench.py                  # 10k, 100k and 1M triples (about 15 minutes)
    python bench/bench.py --sizes 10k,100k
    python bench/bench.py --quick          # 10k only (under a minute)

Every measurement runs in its own worker subprocess (this script with --worker), so peak
memory is per stage and nothing accumulates between stages or sizes. See bench/README.md
for how to read the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
if (ROOT / "kgbuild" / "__init__.py").is_file():
    # Measure the checkout this script is in, not whichever kgbuild is installed.
    sys.path.insert(0, str(ROOT))

# ------------------------------------------------------------------------------ sizes

_SUFFIXES = {"k": 1_000, "m": 1_000_000}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = _SUFFIXES.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in _SUFFIXES else text
    return int(float(number) * factor)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


# ------------------------------------------------------------------------------ synthetic data
#
# Written directly as Turtle text (fast and deterministic), in the shape kgbuild.mapping
# produces: versions of article parts with sanctions and fact records, amending laws and
# their effects, source documents with Data Cube datasets, and claims / observations with
# PROV and a Web Annotation (TextQuoteSelector + TextPositionSelector) as evidence.

OFFENCES = [
    ("treason", "275", "high treason"),
    (
        "confidential_cooperation",
        "275.1",
        "confidential cooperation with a foreign state",
    ),
    ("espionage", "276", "espionage"),
    ("state_secrets", "283", "disclosure of state secrets"),
    ("obtaining_state_secrets", "283.1", "illegally obtaining state secrets"),
    ("sabotage", "281", "sabotage"),
    ("armed_rebellion", "279", "armed rebellion"),
    ("calls_against_security", "280.4", "public calls against state security"),
    ("foreign_agent_evasion", "330.1", "evading foreign-agent duties"),
    ("undesirable_organisation", "284.1", "taking part in an undesirable organisation"),
    ("terrorism", "205", "terrorist act"),
    ("extremist_community", "282.1", "organising an extremist community"),
]
QUALIFIERS = ["exact", "exact", "exact", "at_least", "about", "more_than", "nearly"]
SCOPES = ["all", "all", "all", "russian_citizens"]
REVIEW = ["accepted", "accepted", "accepted", "corrected", "added"]
WORDS = [
    "court",
    "verdict",
    "report",
    "convicted",
    "data",
    "judicial",
    "cases",
    "prison",
]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON escapes are valid Turtle escapes


def _date(day: dt.date) -> str:
    return f'"{day.isoformat()}"^^xsd:date'


def _dec(value: float) -> str:
    return f"{value:.1f}"  # a Turtle decimal literal: xsd:decimal


class _Turtle:
    def __init__(self, base: str) -> None:
        self.base = base
        self.parts: list[str] = []
        self.triples = 0

    def iri(self, path: str) -> str:
        return f"<{self.base}{path}>"

    def node(self, subject: str, pairs: list[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for p, o in pairs:
            grouped.setdefault(p, []).append(o)
        self.triples += len(pairs)
        body = " ;\n    ".join(f"{p} {', '.join(os_)}" for p, os_ in grouped.items())
        self.parts.append(f"{subject} {body} .\n")


@dataclass
class _State:
    rng: random.Random
    out: _Turtle
    article_index: int = 0
    law_index: int = 0
    doc_index: int = 0
    claims_in_doc: int = 0
    doc: dict[str, str] = field(default_factory=dict)
    doc_keys: set[tuple[int, int, int, str]] = field(default_factory=set)
    offences: list[tuple[str, str, str]] = field(default_factory=lambda: list(OFFENCES))
    doc_seen: list[tuple[tuple[int, int, int, str], int]] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _fact(
    st: _State,
    subject: str,
    name: str,
    prop: str,
    value: str,
    pairs: list[tuple[str, str]],
) -> None:
    """A value stated on the subject plus its fact record (source, confidence)."""
    rng, out = st.rng, st.out
    record = f"<{subject[1:-1]}/fact/{name}>"
    pairs.append((prop, value))
    pairs.append(("rsl:statuteFact", record))
    rec = [
        ("rsl:statuteProperty", prop),
        ("rsl:value", value),
        ("rsl:confidence", _q(rng.choice(["high", "high", "medium"]))),
        ("rsl:preferred", "true"),
    ]
    if rng.random() > 0.01:  # planted: ~1% of fact records lack a source (a warning)
        rec.append(("rsl:source", rng.choice(st.sources)))
    out.node(record, rec)
    if rng.random() < 0.05:  # a competing candidate value from another source
        other = f"<{subject[1:-1]}/fact/{name}/candidate-1>"
        pairs.append(("rsl:statuteFact", other))
        out.node(
            other,
            [
                ("rsl:statuteProperty", prop),
                ("rsl:value", value),
                ("rsl:preferred", "false"),
                ("rsl:confidence", _q("low")),
                ("rsl:source", rng.choice(st.sources)),
                ("rdfs:comment", _q("a secondary source gives another date")),
            ],
        )


def _law(st: _State, signed: dt.date) -> str:
    rng, out = st.rng, st.out
    st.law_index += 1
    number = 100 + st.law_index
    node = out.iri(f"eli/ru/fz/{signed.year}/{number}")
    pairs = [
        ("a", "rsl:AmendingLaw"),
        ("a", "eli:LegalResource"),
        ("eli:id_local", _q(f"{number}-FZ")),
        ("rsl:confidence", _q("high")),
        ("rsl:source", rng.choice(st.sources)),
        ("rdfs:label", _q(f"Federal Law No. {number}-FZ of {signed}") + "@en"),
        (
            "eli:title",
            _q(f"О внесении изменений в Уголовный кодекс ({number})") + "@ru",
        ),
    ]
    for key, prop, offset in (
        ("duma_adopted", "rsl:dumaAdoptionDate", -14),
        ("council_approved", "rsl:councilApprovalDate", -7),
        ("signed", "rsl:signatureDate", 0),
        ("published", "eli:date_publication", 1),
        ("in_force", "eli:first_date_entry_in_force", 11),
    ):
        _fact(st, node, key, prop, _date(signed + dt.timedelta(days=offset)), pairs)
    out.node(node, pairs)
    return node


def _offence(out: _Turtle, slug: str, article: str, label: str) -> None:
    out.node(
        f"off:{slug}",
        [
            ("a", "skos:Concept"),
            ("skos:inScheme", "off:scheme"),
            ("skos:prefLabel", _q(label) + "@en"),
            ("skos:notation", _q(article)),
            ("skos:broader", "off:state_security"),
        ],
    )


def _article(st: _State) -> None:
    """One article with 1-4 parts, 2-4 versions per part, 1-3 sanctions per version."""
    rng, out = st.rng, st.out
    st.article_index += 1
    number = f"{200 + st.article_index}"
    if st.article_index <= len(OFFENCES):
        slug, _, label = OFFENCES[st.article_index - 1]
    else:  # the offence scheme grows with the code, so figures do not pile up on 12 keys
        slug, label = f"offence_{number}", f"offence defined in Article {number}"
        st.offences.append((slug, number, label))
        _offence(out, slug, number, label)
    code = out.iri("eli/ru/fz/1996/63")
    art = f"<{code[1:-1]}/art_{number}>"
    out.node(
        art,
        [
            ("a", "rsl:Article"),
            ("eli:is_part_of", code),
            ("eli:number", _q(number)),
            ("rsl:articleNumber", _q(number)),
            ("rsl:guilt", "guilt:intentional"),
            ("rsl:confidence", _q("high")),
            ("rsl:source", rng.choice(st.sources)),
            ("rdfs:label", _q(f"Article {number}: {label}") + "@en"),
            ("rsl:definesOffence", f"off:{slug}"),
        ],
    )
    for part in range(1, rng.randint(1, 4) + 1):
        unit = f"<{art[1:-1]}/part_{part}>"
        out.node(
            unit,
            [
                ("a", "rsl:Part"),
                ("eli:is_part_of", art),
                ("eli:number", _q(str(part))),
                ("rsl:articleNumber", _q(number)),
                ("rsl:partNumber", _q(str(part))),
                ("rdfs:label", _q(f"Article {number} part {part}") + "@en"),
                ("rsl:definesOffence", f"off:{slug}"),
            ],
        )
        n_versions = rng.randint(2, 4)
        starts = sorted(
            {
                dt.date(1997, 1, 1) + dt.timedelta(days=rng.randint(0, 10_000))
                for _ in range(n_versions)
            }
        )
        previous = None
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else None
            node = f"<{unit[1:-1]}/version/{start.isoformat()}>"
            if not st.laws or rng.random() < 0.3:
                st.laws.append(_law(st, start - dt.timedelta(days=11)))
            law = rng.choice(st.laws)
            pairs = [
                ("a", "rsl:UnitVersion"),
                ("eli:realizes", unit),
                ("rsl:articleNumber", _q(number)),
                ("rsl:partNumber", _q(str(part))),
                ("rsl:guilt", "guilt:intentional"),
                ("rsl:confidence", _q(rng.choice(["high", "medium"]))),
                ("rsl:source", rng.choice(st.sources)),
                (
                    "rdfs:label",
                    _q(f"Article {number} part {part}, version in force from {start}") + "@en",
                ),
                ("rsl:enactedBy", law),
            ]
            _fact(
                st,
                node,
                "first_date_entry_in_force",
                "eli:first_date_entry_in_force",
                _date(start),
                pairs,
            )
            if end is not None:
                _fact(
                    st,
                    node,
                    "date_no_longer_in_force",
                    "eli:date_no_longer_in_force",
                    _date(end),
                    pairs,
                )
            if previous is not None:
                pairs.append(("prov:wasRevisionOf", previous))
            max_term = float(rng.choice([4, 6, 8, 10, 12, 15, 20]))
            pairs.append(("rsl:maxImprisonmentYears", _dec(max_term)))
            pairs.append(("rsl:life", "false"))
            roles = ["main", "alternative", "additional"][: rng.randint(1, 3)]
            for role in roles:
                kind = (
                    "imprisonment"
                    if role == "main"
                    else rng.choice(["fine", "restriction_of_liberty", "imprisonment"])
                )
                sanction = f"<{node[1:-1]}/sanction/{role}-{kind.replace('_', '-')}>"
                pairs.append(("rsl:hasSanction", sanction))
                sp = [
                    ("a", "rsl:Sanction"),
                    ("rsl:sanctionType", f"stype:{kind}"),
                    ("rsl:sanctionRole", f"srole:{role}"),
                    ("rsl:optional", "true" if role == "additional" else "false"),
                ]
                if kind == "fine":
                    _fact(
                        st,
                        sanction,
                        "max_amount",
                        "rsl:maxAmount",
                        _dec(rng.choice([100_000, 500_000, 1_000_000])),
                        sp,
                    )
                    sp.append(("schema:currency", _q("RUB")))
                else:
                    top = max_term if role == "main" else float(rng.choice([1, 2, 3]))
                    if rng.random() < 0.6:
                        _fact(
                            st,
                            sanction,
                            "min_years",
                            "rsl:minYears",
                            _dec(max(0.0, top - rng.choice([2, 4, 6]))),
                            sp,
                        )
                    _fact(st, sanction, "max_years", "rsl:maxYears", _dec(top), sp)
                    sp.append(("rsl:termUnit", "unit:year"))
                out.node(sanction, sp)
            out.node(node, pairs)
            effect = f"<{law[1:-1]}/effect/art_{number}_part_{part}/{start.isoformat()}>"
            ep = [
                ("a", "rsl:Effect"),
                ("rsl:amendingLaw", law),
                ("rsl:affectedUnit", unit),
                ("rsl:effectKind", "effect:amended"),
                ("rsl:resultingVersion", node),
            ]
            _fact(st, effect, "in_force", "rsl:inForceFrom", _date(start), ep)
            out.node(effect, ep)
            previous = node


def _document(st: _State) -> None:
    rng, out = st.rng, st.out
    st.doc_index += 1
    doc_id = f"{st.doc_index:04d}_{rng.getrandbits(64):016x}"
    doc = out.iri(f"document/{doc_id}")
    dataset = out.iri(f"dataset/{doc_id}")
    activity = out.iri(f"activity/extraction/{doc_id}")
    publisher = rng.choice(st.orgs)
    published = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3300))
    out.node(
        doc,
        [
            ("a", "prov:Entity"),
            ("a", "schema:CreativeWork"),
            ("dcterms:title", _q(f"Report {doc_id} on convictions for state crimes")),
            ("dcterms:identifier", _q(f"seeds/documents/{doc_id}.txt")),
            ("dcterms:language", _q(rng.choice(["en", "ru"]))),
            ("rsl:sha256", _q(hashlib.sha256(doc_id.encode()).hexdigest())),
            ("rsl:documentKind", _q("news")),
            ("dcterms:publisher", publisher),
            ("prov:wasAttributedTo", publisher),
            ("dcterms:issued", _date(published)),
        ],
    )
    out.node(
        dataset,
        [
            ("a", "qb:DataSet"),
            ("a", "dcat:Dataset"),
            ("qb:structure", out.iri("dsd/convictions")),
            ("dcterms:title", _q(f"Figures reported in: Report {doc_id}") + "@en"),
            ("prov:wasDerivedFrom", doc),
            ("dcterms:publisher", publisher),
        ],
    )
    out.node(
        activity,
        [
            ("a", "prov:Activity"),
            ("prov:used", doc),
            ("rdfs:label", _q(f"kgbuild 0.1.0 extraction of {doc_id}")),
            ("rsl:toolVersion", _q("kgbuild 0.1.0")),
        ],
    )
    st.doc = {
        "doc": doc,
        "dataset": dataset,
        "activity": activity,
        "publisher": publisher,
    }
    st.doc_keys = set()  # the figures this publication reports
    st.doc_seen = []
    st.claims_in_doc = 0


def _claim(st: _State) -> None:
    rng, out = st.rng, st.out
    if not st.doc or st.claims_in_doc >= 40:
        _document(st)
    st.claims_in_doc += 1
    d = st.doc
    kind = rng.choices(["conviction_count", "case_count", "penalty_range"], [8, 1, 1])[0]
    claim_id = f"{rng.getrandbits(64):016x}"
    node = out.iri(f"claim/{claim_id}")
    roll = rng.random()
    if st.doc_seen and roll < 0.02:  # planted: the same figure twice, different counts
        key, count = rng.choice(st.doc_seen)
        count += rng.randint(1, 9)
    elif st.doc_seen and roll < 0.04:  # the same figure repeated (not a conflict)
        key, count = rng.choice(st.doc_seen)
    else:
        while True:  # a figure this publication has not reported yet
            key = (
                rng.randrange(len(st.offences)),
                rng.randint(2012, 2025),
                rng.randint(0, 2),
                rng.choice(SCOPES),
            )
            if key not in st.doc_keys:
                break
        st.doc_keys.add(key)
        count = rng.randint(1, 400)
    o, year, half, scope = key
    slug, article, label = st.offences[o]
    start = dt.date(year, 7 if half == 2 else 1, 1)
    end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    cls = {
        "conviction_count": "rsl:ConvictionObservation",
        "case_count": "rsl:CaseCountObservation",
        "penalty_range": "rsl:PenaltyClaim",
    }[kind]
    pairs = [
        ("a", "rsl:Claim"),
        ("a", cls),
        ("rsl:claimKind", _q(kind)),
        ("dcterms:identifier", _q(claim_id)),
        ("rsl:offence", f"off:{slug}"),
        ("rsl:articleNumber", _q(article)),
        ("rsl:reviewStatus", _q(rng.choice(REVIEW))),
        ("rsl:reportedBy", _q("Judicial Department (via Mediazona)")),
        ("prov:wasDerivedFrom", d["doc"]),
        ("prov:wasGeneratedBy", d["activity"]),
        ("rsl:rule", _q(f"{kind}/v{rng.randint(1, 3)}")),
        ("prov:wasAttributedTo", d["publisher"]),
    ]
    if kind == "penalty_range":
        pairs += [
            ("rsl:minYears", _dec(rng.choice([0, 2, 4]))),
            ("rsl:maxYears", _dec(rng.choice([8, 10, 20]))),
        ]
        quote = f"Article {article} carries up to {rng.choice([8, 10, 20])} years in prison."
    else:
        qualifier = rng.choice(QUALIFIERS)
        if rng.random() < 0.003:
            qualifier = "roughly"  # planted: not in the qualifier scheme (a violation)
        st.doc_seen.append((key, count))
        pairs += [
            ("a", "qb:Observation"),
            ("qb:dataSet", d["dataset"]),
            ("rsl:periodStart", _date(start)),
            ("rsl:periodEnd", _date(end)),
            ("rsl:count", str(count)),
            ("rsl:countQualifier", _q(qualifier)),
            ("rsl:countUnit", _q("people" if kind == "conviction_count" else "cases")),
            ("rsl:scope", _q(scope)),
        ]
        quote = (
            f"In {year} courts convicted {count} people of {label} "
            f"under Article {article} of the Criminal Code."
        )
    attribution = f"<{node[1:-1]}/attribution/originator>"
    annotation = f"<{node[1:-1]}/evidence>"
    target, quote_sel, position = (
        f"<{annotation[1:-1]}/{x}>" for x in ("target", "quote", "position")
    )
    pairs += [("prov:qualifiedAttribution", attribution), ("rsl:evidence", annotation)]
    out.node(node, pairs)
    out.node(
        attribution,
        [
            ("a", "prov:Attribution"),
            ("prov:agent", d["publisher"]),
            ("prov:hadRole", "rsl:Originator"),
        ],
    )
    out.node(
        annotation,
        [
            ("a", "oa:Annotation"),
            ("oa:motivatedBy", "oa:describing"),
            ("oa:hasBody", node),
            ("oa:hasTarget", target),
        ],
    )
    out.node(
        target,
        [
            ("a", "oa:SpecificResource"),
            ("oa:hasSource", d["doc"]),
            ("oa:hasSelector", quote_sel),
            ("oa:hasSelector", position),
        ],
    )
    prefix = " ".join(rng.choice(WORDS) for _ in range(5))[-32:]
    suffix = " ".join(rng.choice(WORDS) for _ in range(5))[:32]
    out.node(
        quote_sel,
        [
            ("a", "oa:TextQuoteSelector"),
            ("oa:exact", _q(quote)),
            ("oa:prefix", _q(prefix)),
            ("oa:suffix", _q(suffix)),
        ],
    )
    begin = rng.randint(0, 20_000)
    finish = begin + len(quote) if rng.random() > 0.002 else begin  # planted: empty span
    out.node(
        position,
        [
            ("a", "oa:TextPositionSelector"),
            ("oa:start", str(begin)),
            ("oa:end", str(finish)),
        ],
    )


def generate(target: int, seed: int = 20240601) -> tuple[str, int]:
    """Turtle text of about `target` triples (a little more), and its exact triple count."""
    from kgbuild.namespaces import DEFAULT_BASE, PREFIXES

    out = _Turtle(DEFAULT_BASE)
    st = _State(random.Random(seed), out)
    for slug, article, label in OFFENCES:
        _offence(out, slug, article, label)
    for i in range(30):
        org = out.iri(f"organisation/outlet-{i}")
        st.orgs.append(org)
        out.node(org, [("a", "prov:Organization"), ("schema:name", _q(f"Outlet {i}"))])
        src = out.iri(f"source/official-{i}")
        st.sources.append(src)
        out.node(
            src,
            [
                ("a", "prov:Entity"),
                ("dcterms:identifier", _q(f"official-{i}")),
                ("dcterms:title", _q(f"Official publication {i}")),
                ("rsl:sourceKind", _q("official")),
            ],
        )
    # Statutes and claims in about equal shares of the triples, interleaved.
    while out.triples < target:
        _article(st)
        goal = out.triples + 900
        while out.triples < goal and out.triples < target:
            _claim(st)
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    return head + "\n" + "\n".join(out.parts), out.triples


# ------------------------------------------------------------------------------ shapes, checks

SHAPES_PREFIXES = """\
@prefix bsh: <https://w3id.org/ru-seclaw/bench/shapes#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix rsl: <https://w3id.org/ru-seclaw/ontology#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix srole: <https://w3id.org/ru-seclaw/sanction-role/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# SHACL Core only: cardinality, datatype, node kind, sh:in, sh:class, ranges, pair
# constraints. Modelled on what shapes/ checks for versions, sanctions, fact records,
# observations, claims and their Web Annotation evidence.
CORE_SHAPES = (
    SHAPES_PREFIXES
    + """
bsh:UnitVersionShape a sh:NodeShape ;
    sh:targetClass rsl:UnitVersion ;
    sh:property [ sh:path eli:first_date_entry_in_force ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:datatype xsd:date ; sh:lessThan eli:date_no_longer_in_force ] ,
        [ sh:path eli:date_no_longer_in_force ; sh:maxCount 1 ; sh:datatype xsd:date ] ,
        [ sh:path eli:realizes ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ,
        [ sh:path rsl:enactedBy ; sh:minCount 1 ; sh:nodeKind sh:IRI ] ,
        [ sh:path rsl:confidence ; sh:minCount 1 ; sh:in ( "high" "medium" "low" ) ] ,
        [ sh:path rsl:hasSanction ; sh:minCount 1 ; sh:class rsl:Sanction ] .

bsh:SanctionShape a sh:NodeShape ;
    sh:targetClass rsl:Sanction ;
    sh:property [ sh:path rsl:sanctionType ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:nodeKind sh:IRI ] ,
        [ sh:path rsl:sanctionRole ; sh:minCount 1 ;
          sh:in ( srole:main srole:alternative srole:additional ) ] ,
        [ sh:path rsl:optional ; sh:maxCount 1 ; sh:datatype xsd:boolean ] ,
        [ sh:path rsl:minYears ; sh:maxCount 1 ; sh:datatype xsd:decimal ;
          sh:minInclusive 0 ; sh:lessThanOrEquals rsl:maxYears ] ,
        [ sh:path rsl:maxYears ; sh:maxCount 1 ; sh:datatype xsd:decimal ;
          sh:maxInclusive 30 ] .

bsh:StatuteFactShape a sh:NodeShape ;
    sh:targetObjectsOf rsl:statuteFact ;
    sh:property [ sh:path rsl:statuteProperty ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path rsl:confidence ; sh:minCount 1 ; sh:in ( "high" "medium" "low" ) ] ,
        [ sh:path rsl:preferred ; sh:minCount 1 ; sh:datatype xsd:boolean ] ,
        [ sh:path rsl:source ; sh:minCount 1 ; sh:nodeKind sh:IRI ;
          sh:severity sh:Warning ] .

bsh:ObservationShape a sh:NodeShape ;
    sh:targetClass qb:Observation ;
    sh:property [ sh:path rsl:offence ; sh:minCount 1 ; sh:nodeKind sh:IRI ] ,
        [ sh:path qb:dataSet ; sh:minCount 1 ; sh:maxCount 1 ; sh:class qb:DataSet ] ,
        [ sh:path rsl:periodStart ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:date ;
          sh:lessThanOrEquals rsl:periodEnd ] ,
        [ sh:path rsl:periodEnd ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:date ] ,
        [ sh:path rsl:count ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ;
          sh:minInclusive 0 ] ,
        [ sh:path rsl:countQualifier ; sh:maxCount 1 ;
          sh:in ( "exact" "at_least" "about" "more_than" "nearly" "fewer_than" ) ] ,
        [ sh:path rsl:scope ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] .

bsh:ClaimShape a sh:NodeShape ;
    sh:targetClass rsl:Claim ;
    sh:property [ sh:path rsl:evidence ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:class oa:Annotation ] ,
        [ sh:path prov:wasDerivedFrom ; sh:minCount 1 ; sh:nodeKind sh:IRI ] ,
        [ sh:path rsl:reportedBy ; sh:minCount 1 ; sh:datatype xsd:string ] ,
        [ sh:path dcterms:identifier ; sh:minCount 1 ; sh:maxCount 1 ] .

bsh:AnnotationShape a sh:NodeShape ;
    sh:targetClass oa:Annotation ;
    sh:property [ sh:path oa:hasBody ; sh:minCount 1 ] ,
        [ sh:path oa:hasTarget ; sh:minCount 1 ; sh:maxCount 1 ;
          sh:class oa:SpecificResource ] .

bsh:TextQuoteSelectorShape a sh:NodeShape ;
    sh:targetClass oa:TextQuoteSelector ;
    sh:property [ sh:path oa:exact ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:datatype xsd:string ; sh:minLength 1 ] ,
        [ sh:path oa:prefix ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
        [ sh:path oa:suffix ; sh:maxCount 1 ; sh:datatype xsd:string ] .

bsh:TextPositionSelectorShape a sh:NodeShape ;
    sh:targetClass oa:TextPositionSelector ;
    sh:property [ sh:path oa:start ; sh:minCount 1 ; sh:maxCount 1 ;
                  sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:lessThan oa:end ] ,
        [ sh:path oa:end ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ] .
"""
)

CROSS_CHECK_MESSAGE = (
    "one publication reports different counts for the same offence, period, scope and unit"
)

# The cross-check, set-based: one GROUP BY ... HAVING over all observations (kgbuild's
# check-query convention: one row per problem with ?focus, ?message, ?value).
CHECK_QUERY = """\
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?focus ?message ?value WHERE {
  {
    SELECT ?ds ?offence ?start ?end ?scope ?unit WHERE {
      ?obs a qb:Observation ; qb:dataSet ?ds ; rsl:offence ?offence ;
           rsl:periodStart ?start ; rsl:periodEnd ?end ; rsl:scope ?scope ;
           rsl:countUnit ?unit ; rsl:count ?count .
    }
    GROUP BY ?ds ?offence ?start ?end ?scope ?unit
    HAVING (COUNT(DISTINCT ?count) > 1)
  }
  ?focus a qb:Observation ; qb:dataSet ?ds ; rsl:offence ?offence ;
         rsl:periodStart ?start ; rsl:periodEnd ?end ; rsl:scope ?scope ;
         rsl:countUnit ?unit ; rsl:count ?value .
  BIND ("@MESSAGE@" AS ?message)
}
ORDER BY ?focus
""".replace("@MESSAGE@", CROSS_CHECK_MESSAGE)

# The same cross-check as a per-node SHACL-SPARQL constraint (the baseline): pySHACL runs
# it once per qb:Observation, comparing the focus node with the other observations.
SPARQL_SHAPE = (
    SHAPES_PREFIXES
    + """
bsh: sh:declare [ sh:prefix "qb" ; sh:namespace "http://purl.org/linked-data/cube#"^^xsd:anyURI ] ,
    [ sh:prefix "rsl" ; sh:namespace "https://w3id.org/ru-seclaw/ontology#"^^xsd:anyURI ] .

bsh:ObservationConsistencyShape a sh:NodeShape ;
    sh:targetClass qb:Observation ;
    sh:severity sh:Warning ;
    sh:sparql [
        a sh:SPARQLConstraint ;
        sh:message "@MESSAGE@" ;
        sh:prefixes bsh: ;
        sh:select \"\"\"
            SELECT $this ?value WHERE {
              $this qb:dataSet ?ds ; rsl:offence ?offence ; rsl:periodStart ?start ;
                    rsl:periodEnd ?end ; rsl:scope ?scope ; rsl:countUnit ?unit ;
                    rsl:count ?value .
              ?other a qb:Observation ; qb:dataSet ?ds ; rsl:offence ?offence ;
                     rsl:periodStart ?start ; rsl:periodEnd ?end ; rsl:scope ?scope ;
                     rsl:countUnit ?unit ; rsl:count ?count .
              FILTER (?other != $this && ?count != ?value)
            }
        \"\"\" ] .
""".replace("@MESSAGE@", CROSS_CHECK_MESSAGE)
)

# ------------------------------------------------------------------------------ competency queries

QUERY_PREFIXES = """\
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
PREFIX stype: <https://w3id.org/ru-seclaw/sanction-type/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

QUERIES: dict[str, tuple[str, dict[str, str]]] = {
    # Conviction observations per offence and reference period, periods filtered as
    # xsd:date bounds (DESIGN.md: rdflib cannot compare xsd:gYear).
    "convictions": (
        QUERY_PREFIXES
        + """
SELECT ?offence ?start ?end (COUNT(?obs) AS ?observations) (SUM(?count) AS ?total)
       (MIN(?count) AS ?low) (MAX(?count) AS ?high)
WHERE {
  ?obs a rsl:ConvictionObservation ; rsl:offence ?offence ;
       rsl:periodStart ?start ; rsl:periodEnd ?end ; rsl:count ?count .
  FILTER (?start >= "2018-01-01"^^xsd:date && ?end <= "2023-12-31"^^xsd:date)
}
GROUP BY ?offence ?start ?end
ORDER BY ?offence ?start ?end
""",
        {},
    ),
    # What did each article part prescribe on a date (a typed parameter)?
    "penalties-in-force": (
        QUERY_PREFIXES
        + """
SELECT ?date ?article ?part ?offence ?min_years ?max_years ?from ?until WHERE {
  ?version a rsl:UnitVersion ; eli:realizes ?unit ; rsl:articleNumber ?article ;
           eli:first_date_entry_in_force ?from ; rsl:hasSanction ?sanction .
  ?sanction rsl:sanctionType stype:imprisonment ; rsl:maxYears ?max_years .
  OPTIONAL { ?version rsl:partNumber ?part }
  OPTIONAL { ?version eli:date_no_longer_in_force ?until }
  OPTIONAL { ?sanction rsl:minYears ?min_years }
  OPTIONAL { ?unit rsl:definesOffence ?offence }
  FILTER (?from <= ?date && (!BOUND(?until) || ?until > ?date))
}
ORDER BY ?article ?part ?max_years
""",
        {"date": "2022-06-01"},
    ),
    # The same quantity reported differently by two publications (a self-join).
    "conflicts": (
        QUERY_PREFIXES
        + """
SELECT ?offence ?start ?end ?count_a ?ds_a ?count_b ?ds_b WHERE {
  ?a a rsl:ConvictionObservation ; rsl:offence ?offence ; rsl:periodStart ?start ;
     rsl:periodEnd ?end ; rsl:scope ?scope ; rsl:count ?count_a ; qb:dataSet ?ds_a .
  ?b a rsl:ConvictionObservation ; rsl:offence ?offence ; rsl:periodStart ?start ;
     rsl:periodEnd ?end ; rsl:scope ?scope ; rsl:count ?count_b ; qb:dataSet ?ds_b .
  FILTER (STR(?ds_a) < STR(?ds_b) && ?count_a != ?count_b)
}
ORDER BY ?offence ?start ?ds_a ?ds_b ?count_a ?count_b
""",
        {},
    ),
}

# ------------------------------------------------------------------------------ worker side


def _rss_kib(field_name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    raise KeyError(field_name)


class PeakMemory:
    """Peak RSS during a block: Linux VmHWM, reset through /proc/self/clear_refs so the
    stage's own peak is measured, not the setup's. Elsewhere: ru_maxrss (whole process)."""

    def __init__(self) -> None:
        self.exact = False
        self.before_mib = 0.0
        self.peak_mib = 0.0

    def __enter__(self) -> PeakMemory:
        gc.collect()
        try:
            self.before_mib = _rss_kib("VmRSS") / 1024
            with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
                handle.write("5")
            self.exact = True
        except OSError:
            self.exact = False
        return self

    def __exit__(self, *exc: object) -> None:
        if self.exact:
            self.peak_mib = _rss_kib("VmHWM") / 1024
        else:
            scale = 1 if sys.platform == "darwin" else 1024
            self.peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


Setup = Callable[[Path], Any]
Run = Callable[[Any], dict[str, Any]]


def _setup_none(path: Path) -> Any:
    return path


def _setup_graph(path: Path) -> Any:
    from kgbuild.namespaces import PREFIXES
    from kgbuild.store import load_graph

    graph = load_graph(path)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def _setup_store(path: Path) -> Any:
    from kgbuild.store import load_store

    return load_store(path)


def _run_parse_kgbuild(path: Path) -> dict[str, Any]:
    from kgbuild.store import load_graph

    return {"triples": len(load_graph(path))}


def _run_parse_rdflib(path: Path) -> dict[str, Any]:
    from rdflib import Graph

    return {"triples": len(Graph().parse(path, format="turtle"))}


def _run_to_turtle(graph: Any) -> dict[str, Any]:
    from kgbuild.export import to_turtle

    return {"bytes": len(to_turtle(graph).encode("utf-8"))}


def _run_oxigraph_dump(store: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    from kgbuild.namespaces import PREFIXES

    data = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    return {"bytes": len(data)}


def _run_rdflib_serialize(graph: Any) -> dict[str, Any]:
    return {"bytes": len(graph.serialize(format="turtle", encoding="utf-8"))}


def _named_query(name: str) -> Any:
    from kgbuild.queries import NamedQuery, Parameter

    text, params = QUERIES[name]
    return NamedQuery(
        name,
        Path(f"{name}.rq"),
        name,
        "bench query",
        "report",
        text,
        tuple(Parameter(p, "xsd:date", "") for p in params),
    )


def _sparql_kgbuild(name: str) -> Run:
    def run(store: Any) -> dict[str, Any]:
        from kgbuild.queries import bind_parameters, run_local

        query = _named_query(name)
        return {"rows": len(run_local(store, query, bind_parameters(query, QUERIES[name][1])).rows)}

    return run


def _setup_graph_sparql(path: Path) -> Any:
    import rdflib.plugins.sparql  # noqa: F401  (its grammar is built at import: not timed)

    return _setup_graph(path)


def _sparql_rdflib(name: str) -> Run:
    def run(graph: Any) -> dict[str, Any]:
        from rdflib import Literal
        from rdflib.namespace import XSD

        params = {k: Literal(v, datatype=XSD.date) for k, v in QUERIES[name][1].items()}
        return {"rows": len(list(graph.query(QUERIES[name][0], initBindings=params)))}

    return run


def _setup_validate(path: Path, with_sparql: bool) -> Any:
    import pyshacl  # noqa: F401  (imported here, not timed)
    from rdflib import Graph

    shapes = Graph().parse(data=CORE_SHAPES, format="turtle")
    if with_sparql:
        shapes.parse(data=SPARQL_SHAPE, format="turtle")
    return _setup_graph(path), shapes


def _setup_validate_kgbuild(path: Path) -> Any:
    return _setup_validate(path, with_sparql=False)


def _setup_validate_pyshacl(path: Path) -> Any:
    return _setup_validate(path, with_sparql=True)


def _check_query() -> Any:
    from kgbuild.queries import NamedQuery

    return NamedQuery(
        "observation-consistency",
        Path("observation-consistency.rq"),
        "observation consistency",
        CROSS_CHECK_MESSAGE,
        "check",
        CHECK_QUERY,
        (),
        "warning",
    )


def _run_validate_kgbuild(state: Any) -> dict[str, Any]:
    from kgbuild.validation import validate_graph

    graph, shapes = state
    check = _check_query()
    # validate_graph without a store converts the rdflib graph (graph_to_store): timed.
    report = validate_graph(graph, shapes, [check])
    cross = {f.focus for f in report.findings if f.rule == check.name}
    core = sum(1 for f in report.findings if f.rule != check.name)
    return {"findings": core, "cross_check_focus": len(cross)}


def _run_validate_pyshacl(state: Any) -> dict[str, Any]:
    import pyshacl
    from rdflib.namespace import RDF, SH

    graph, shapes = state
    _conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        abort_on_first=False,
    )
    core = 0
    cross = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.sourceConstraintComponent) == SH.SPARQLConstraintComponent:
            cross.add(results.value(result, SH.focusNode))
        else:
            core += 1
    return {"findings": core, "cross_check_focus": len(cross)}


def _run_parse_store(path: Path) -> dict[str, Any]:
    return {"triples": len(_setup_store(path))}


def _setup_project_validation(path: Path) -> Any:
    """The project's own shapes/ and check queries (untimed), and the graph file."""
    import pyshacl  # noqa: F401  (imported here, not timed)
    import shacl  # noqa: F401

    from kgbuild.queries import load_catalogue
    from kgbuild.validation import load_shapes

    shapes = load_shapes(ROOT / "shapes")
    checks = [q for q in load_catalogue(ROOT / "queries").values() if q.kind == "check"]
    return path, shapes, checks


def _setup_project_shapes_only(path: Path) -> Any:
    path, shapes, _checks = _setup_project_validation(path)
    return path, shapes, []


def _setup_project_validation_store(path: Path) -> Any:
    _path, shapes, checks = _setup_project_validation(path)
    return _setup_store(path), shapes, checks


def _validate_store(engine: str) -> Run:
    def run(state: Any) -> dict[str, Any]:
        import hashlib

        from kgbuild.validation import validate_store

        source, shapes, checks = state
        report = validate_store(source, shapes, checks, engine)
        identities = sorted(
            repr((f.focus_term, f.path_term, f.shape_term, f.component, f.severity))
            for f in report.findings
        )
        digest = hashlib.sha256("\n".join(identities).encode()).hexdigest()[:16]
        return {"findings": len(report.findings), "results_digest": digest}

    return run


WORKERS: dict[str, tuple[Setup, Run]] = {
    "parse.kgbuild": (_setup_none, _run_parse_kgbuild),
    "parse.oxigraph_store": (_setup_none, _run_parse_store),
    "parse.rdflib": (_setup_none, _run_parse_rdflib),
    "serialise.to_turtle": (_setup_graph, _run_to_turtle),
    "serialise.oxigraph": (_setup_store, _run_oxigraph_dump),
    "serialise.rdflib": (_setup_graph, _run_rdflib_serialize),
    "validate.kgbuild": (_setup_validate_kgbuild, _run_validate_kgbuild),
    "validate.pyshacl": (_setup_validate_pyshacl, _run_validate_pyshacl),
    "validate_store.file.fast": (_setup_project_validation, _validate_store("fast")),
    "validate_store.file.pyshacl": (_setup_project_validation, _validate_store("pyshacl")),
    "validate_store.shapes.fast": (_setup_project_shapes_only, _validate_store("fast")),
    "validate_store.shapes.pyshacl": (_setup_project_shapes_only, _validate_store("pyshacl")),
    "validate_store.store.fast": (_setup_project_validation_store, _validate_store("fast")),
    "validate_store.store.pyshacl": (
        _setup_project_validation_store,
        _validate_store("pyshacl"),
    ),
}
for _name in QUERIES:
    WORKERS[f"sparql.{_name}.oxigraph"] = (_setup_store, _sparql_kgbuild(_name))
    WORKERS[f"sparql.{_name}.rdflib"] = (_setup_graph_sparql, _sparql_rdflib(_name))

# Measurements sharing one worker process (and its setup): the queries of one engine.
# Everything else gets a process of its own, so its peak memory is its own.
GROUPS = {name: name.rsplit(".", 1)[1] for name in WORKERS if name.startswith("sparql.")}


def _emit(out: Path, record: dict[str, Any]) -> None:
    with out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()


def worker(names: list[str], path: Path, out: Path, min_time: float, max_runs: int) -> None:
    """Set up once, then time each measurement (best of up to max_runs while under
    min_time) and append its result to `out` as one JSON line. A "start" line before each
    measurement lets the driver enforce --timeout (it kills the worker: rdflib swallows
    exceptions, so an in-process alarm cannot stop it reliably)."""
    setup = WORKERS[names[0]][0]
    assert all(WORKERS[n][0] is setup for n in names), "a group shares one setup"
    t0 = time.perf_counter()
    state = setup(path)
    setup_seconds = time.perf_counter() - t0
    for name in names:
        run = WORKERS[name][1]
        times: list[float] = []
        info: dict[str, Any] = {}
        with PeakMemory() as memory:
            while True:
                _emit(out, {"name": name, "status": "start"})  # --timeout is per run
                start = time.perf_counter()
                info = run(state)
                times.append(time.perf_counter() - start)
                if len(times) >= max_runs or sum(times) >= min_time:
                    break
        _emit(
            out,
            {
                "name": name,
                "status": "ok",
                "seconds": min(times),
                "runs": len(times),
                "setup": setup_seconds,
                "peak_mib": memory.peak_mib,
                "before_mib": memory.before_mib,
                "exact_peak": memory.exact,
                "info": info,
            },
        )


# ------------------------------------------------------------------------------ driver side


@dataclass(frozen=True)
class Row:
    stage: str
    kgbuild: str
    baseline: str


ROWS = [
    Row("parse Turtle (load_graph)", "parse.kgbuild", "parse.rdflib"),
    Row("parse Turtle (load_store)", "parse.oxigraph_store", "parse.rdflib"),
    Row("serialise Turtle (to_turtle)", "serialise.to_turtle", "serialise.rdflib"),
    Row("serialise Turtle (pyoxigraph)", "serialise.oxigraph", "serialise.rdflib"),
    Row("SPARQL convictions", "sparql.convictions.oxigraph", "sparql.convictions.rdflib"),
    Row(
        "SPARQL penalties-in-force",
        "sparql.penalties-in-force.oxigraph",
        "sparql.penalties-in-force.rdflib",
    ),
    Row("SPARQL conflicts", "sparql.conflicts.oxigraph", "sparql.conflicts.rdflib"),
    Row("validate (Core + cross-check)", "validate.kgbuild", "validate.pyshacl"),
    Row("validate shapes/ (file)", "validate_store.file.fast", "validate_store.file.pyshacl"),
    Row("validate shapes/ (Store)", "validate_store.store.fast", "validate_store.store.pyshacl"),
    Row(
        "validate shapes/ (file, no checks)",
        "validate_store.shapes.fast",
        "validate_store.shapes.pyshacl",
    ),
]


LEGEND = [
    "parse (load_graph)   kgbuild.store.load_graph: Oxigraph parser -> rdflib Graph "
    "/ rdflib Graph.parse",
    "parse (load_store)   kgbuild.store.load_store: Oxigraph parser -> pyoxigraph Store "
    "/ rdflib Graph.parse",
    "serialise            kgbuild.export.to_turtle (canonical, from the rdflib Graph) or "
    "pyoxigraph Store.dump / rdflib Graph.serialize(format='turtle') (one measurement, "
    "shown on both rows)",
    "SPARQL               kgbuild.queries.run_local on a pyoxigraph Store / rdflib "
    "Graph.query on the rdflib Graph (loading not timed)",
    "validate             kgbuild.validation.validate_graph: pySHACL SHACL Core on the rdflib "
    "memory store, graph_to_store, set-based GROUP BY/HAVING check query on Oxigraph",
    "                     / pySHACL with the same Core shapes plus the cross-check as a "
    "per-node sh:sparql constraint",
    "validate shapes/     kgbuild.validation.validate_store with the project's shapes/ and "
    "check queries: engine 'fast' (shacl) / engine 'pyshacl' (the reference)",
    "                     (file): from the Turtle file, parsing timed; (Store): from a "
    "pyoxigraph Store loaded untimed; (file, no checks): the SHACL engines alone",
]


@dataclass
class Result:
    status: str  # ok | skipped | timeout | error
    seconds: float = 0.0
    peak_mib: float = 0.0
    data: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def run_group(names: list[str], path: Path, args: argparse.Namespace) -> dict[str, Result]:
    """Run measurements in a worker subprocess. A step running longer than --timeout is
    stopped by killing the worker; the measurements after it get a fresh worker."""
    results: dict[str, Result] = {}
    pending = list(names)
    while pending:
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
            out = Path(handle.name)
        command = [sys.executable, str(HERE), "--worker", ",".join(pending)]
        command += ["--data", str(path), "--out", str(out)]
        command += ["--min-time", str(args.min_time), "--max-runs", str(args.max_runs)]
        seen = 0
        current: str | None = None
        started = launched = time.monotonic()
        timed_out: str | None = None
        with subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        ) as proc:
            while proc.poll() is None:
                time.sleep(0.2)
                lines = out.read_text(encoding="utf-8").splitlines()
                for line in lines[seen:]:
                    record = json.loads(line)
                    if record["status"] == "start":
                        current, started = record["name"], time.monotonic()
                    else:
                        current = None
                seen = len(lines)
                now = time.monotonic()
                if current is not None and now - started > args.timeout:
                    timed_out = current
                elif current is None and now - launched > args.timeout + 600:
                    timed_out = pending[0]  # stuck in setup
                if timed_out:
                    proc.kill()
                    proc.wait()
                    break
            stderr = proc.stderr.read() if proc.stderr else ""
        lines = out.read_text(encoding="utf-8").splitlines()
        out.unlink(missing_ok=True)
        for line in lines:
            data = json.loads(line)
            if data["status"] == "ok":
                results[data["name"]] = Result("ok", data["seconds"], data["peak_mib"], data)
        if timed_out:
            results[timed_out] = Result(
                "timeout", args.timeout, note=f"timeout (>{args.timeout:g}s)"
            )
        elif proc.returncode != 0:
            last = (stderr.strip().splitlines() or ["no output"])[-1]
            for name in pending:
                results.setdefault(name, Result("error", note=f"error: {last[:100]}"))
        pending = [n for n in pending if n not in results]
    return results


def machine_info() -> list[str]:
    from importlib.metadata import version

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem = f"{memory:.1f} GiB"
    except (ValueError, OSError):
        mem = "unknown"
    libs = ", ".join(f"{p} {version(p)}" for p in ("kgbuild", "rdflib", "pyshacl", "pyoxigraph"))
    return [
        f"date:     {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine:  {cpu}; {os.cpu_count()} cores ({usable} usable); {mem} RAM",
        f"system:   {platform.platform()}",
        f"python:   {platform.python_implementation()} {platform.python_version()}",
        f"packages: {libs}",
        f"load:     {_load()} (1, 5, 15 min load average before the run)",
    ]


def _load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def fmt_seconds(result: Result) -> str:
    if result.status != "ok":
        return result.note
    s = result.seconds
    return f"{s:.3f}" if s < 10 else f"{s:.1f}"


def fmt_ratio(kg: Result, base: Result) -> str:
    if kg.status == "ok" and base.status == "timeout" and base.seconds:
        return f">{base.seconds / max(kg.seconds, 1e-9):.1f}x"  # a lower bound
    if kg.status != "ok" or base.status != "ok":
        return "n/a"
    return f"{base.seconds / max(kg.seconds, 1e-9):.1f}x"


def fmt_mib(result: Result) -> str:
    return f"{result.peak_mib:.0f}" if result.status == "ok" else "-"


def _table(rows: list[list[str]], header: list[str], right: set[int]) -> Iterator[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    yield line(header)
    yield line(["-" * w for w in widths])
    for r in rows:
        yield line(r)


def _skip(before: Result | None, previous: int | None, budget: float) -> Result | None:
    """Skip a measurement when it was skipped, failed or over budget at the last size."""
    if before is None:
        return None
    if before.status == "skipped":
        return Result("skipped", note=before.note)
    if before.status != "ok":
        return Result("skipped", note=f"skipped ({before.status} at {size_label(previous or 0)})")
    if before.seconds > budget:
        return Result("skipped", note=f"skipped (>{budget:g}s budget)")
    return None


def check_agreement(label: str, row: Row, kg: Result, base: Result, triples: int) -> list[str]:
    """Both sides must compute the same thing; say so when they do not."""
    notes = []
    for side, result in (("kgbuild", kg), ("baseline", base)):
        parsed = result.data.get("info", {}).get("triples")
        if parsed is not None and parsed != triples:
            notes.append(
                f"MISMATCH {label} {row.stage}: {side} parsed {parsed} triples, generated {triples}"
            )
    if kg.status != "ok" or base.status != "ok":
        return notes
    a, b = kg.data["info"], base.data["info"]
    for key in ("triples", "rows", "findings", "cross_check_focus", "results_digest"):
        if key in a and key in b and a[key] != b[key]:
            notes.append(f"MISMATCH {label} {row.stage}: {key} kgbuild={a[key]} baseline={b[key]}")
    return notes


EXTRACTION_TARGET = 1.0
"""MB/s that extraction must reach (issue 8)."""


def measure_extraction(target_bytes: int, runs: int = 3) -> tuple[int, float, float, int]:
    """Extract claims from the seed documents repeated to `target_bytes` of UTF-8 text, as
    one document: (bytes, wall seconds, CPU seconds, claims). Dense news text, the kind the
    build reads. The best of `runs` runs."""
    from kgbuild.extraction import extract_claims
    from kgbuild.lexicon import load_lexicon

    root = HERE.parent.parent
    lexicon = load_lexicon(root / "ontology" / "offences.ttl")
    docs = sorted((root / "seeds" / "documents").glob("*.txt"))
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in docs) + "\n\n"
    text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    size = len(text.encode("utf-8"))
    wall = cpu = float("inf")
    claims = 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        claims = len(extract_claims(text, document="bench.txt", lexicon=lexicon, lang="en"))
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return size, wall, cpu, claims


def extraction_line(target_bytes: int, runs: int = 3) -> str:
    size, wall, cpu, claims = measure_extraction(target_bytes, runs)
    rate, cpu_rate = size / 1e6 / wall, size / 1e6 / cpu
    verdict = "meets" if rate >= EXTRACTION_TARGET else "BELOW"
    return (
        f"Extraction throughput: {size / 1e6:.2f} MB of seed documents (repeated, one "
        f"document) in {wall:.1f}s = {rate:.2f} MB/s ({cpu_rate:.2f} MB/s of CPU time; "
        f"best of {runs}), {claims:,} claims ({verdict} the {EXTRACTION_TARGET:g} MB/s target)"
    )


def measure_extraction_ru(target_bytes: int) -> tuple[int, float, float, int]:
    """The Russian extractor on the Russian seed documents and the Russian answer keys'
    passages, repeated to `target_bytes` as one document: (bytes, wall seconds, CPU
    seconds, claims); CPU time shows the speed on a loaded machine too. Nearly
    every sentence holds a figure, the worst case; the word analyses are cached after the
    first repetition."""
    import yaml

    from kgbuild.extraction_ru import extract_ru

    root = HERE.parent.parent
    docs = sorted((root / "seeds" / "documents").glob("*_test_ru_*.txt"))
    keys = sorted((root / "tests" / "keys").glob("ru*.yaml"))
    passages = [
        str(item["text"])
        for key in keys
        for item in yaml.safe_load(key.read_text(encoding="utf-8"))
        if "text" in item
    ]
    unit = "\n\n".join([*(p.read_text(encoding="utf-8") for p in docs), *passages]) + "\n\n"
    text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    size = len(text.encode("utf-8"))
    extract_ru(unit, "warm-up.txt")  # load the dictionaries and the offence scheme
    started, cpu = time.perf_counter(), time.process_time()
    claims = extract_ru(text, "bench-ru.txt", published=dt.date(2025, 6, 30))
    return size, time.perf_counter() - started, time.process_time() - cpu, len(claims)


def extraction_ru_line(target_bytes: int) -> str:
    size, seconds, cpu, claims = measure_extraction_ru(target_bytes)
    rate = size / 1e6 / seconds
    verdict = "meets" if rate >= EXTRACTION_TARGET else "BELOW"
    return (
        f"Russian extraction throughput: {size / 1e6:.2f} MB of Russian test documents and "
        f"key passages (repeated, one document) in {seconds:.1f}s = {rate:.2f} MB/s "
        f"({size / 1e6 / cpu:.2f} MB per CPU second), {claims:,} claims ({verdict} the "
        f"{EXTRACTION_TARGET:g} MB/s target)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes",
        default="10k,100k,1M",
        help="comma-separated graph sizes in triples (default 10k,100k,1M)",
    )
    parser.add_argument("--quick", action="store_true", help="10k triples only")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="skip a measurement at a size when it took more than this many "
        "seconds at the previous size (default 60)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=240.0,
        help="stop a measured step after this many seconds (the worker is killed) and "
        "report it as a timeout (default 240)",
    )
    parser.add_argument(
        "--min-time",
        type=float,
        default=1.0,
        help="repeat a measurement (best of) until it has run this long",
    )
    parser.add_argument("--max-runs", type=int, default=3, help="at most this many runs")
    parser.add_argument(
        "--stages",
        help="run only the rows whose stage starts with one of these comma-separated "
        "texts, e.g. 'validate shapes/' (default: every row)",
    )
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--workdir", type=Path, help="keep the generated graphs here")
    parser.add_argument("--json", type=Path, help="also write all raw results as JSON")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        worker(args.worker.split(","), args.data, args.out, args.min_time, args.max_runs)
        return 0

    sizes = [10_000] if args.quick else [parse_size(s) for s in args.sizes.split(",") if s]
    wanted = [w.strip() for w in (args.stages or "").split(",") if w.strip()]
    rows = [r for r in ROWS if not wanted or any(r.stage.startswith(w) for w in wanted)]
    if not rows:
        parser.error(f"--stages {args.stages!r} matches no row")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kgbuild-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    print("kgbuild benchmark: kgbuild's path vs plain rdflib / pySHACL", flush=True)
    for line in machine_info():
        print(line, flush=True)
    print(
        f"settings: sizes {', '.join(size_label(s) for s in sizes)}; seed {args.seed}; "
        f"budget {args.budget:g}s; timeout {args.timeout:g}s; best of up to "
        f"{args.max_runs} runs while under {args.min_time:g}s",
        flush=True,
    )
    print("", flush=True)

    done: dict[tuple[int, str], Result] = {}
    table: list[list[str]] = []
    notes: list[str] = []
    raw: list[dict[str, Any]] = []
    previous: int | None = None
    try:
        for size in sizes:
            label = size_label(size)
            t0 = time.perf_counter()
            text, triples = generate(size, args.seed)
            path = workdir / f"graph-{label}.ttl"
            path.write_text(text, encoding="utf-8")
            del text
            print(
                f"[{label}] generated {triples:,} triples, {path.stat().st_size / 2**20:.1f}"
                f" MiB of Turtle in {time.perf_counter() - t0:.1f}s",
                flush=True,
            )
            for row in rows:
                for name in (row.kgbuild, row.baseline):
                    if (size, name) in done:
                        continue
                    group = [name]
                    if name in GROUPS:
                        group = [n for n in WORKERS if GROUPS.get(n) == GROUPS[name]]
                    runnable = []
                    for member in group:
                        skip = _skip(
                            done.get((previous, member)) if previous else None,
                            previous,
                            args.budget,
                        )
                        if skip is not None:
                            done[(size, member)] = skip
                        else:
                            runnable.append(member)
                    if runnable:
                        done.update(
                            {(size, n): r for n, r in run_group(runnable, path, args).items()}
                        )
                    for member in group:
                        result = done[(size, member)]
                        raw.append(
                            {
                                "size": size,
                                "measurement": member,
                                "status": result.status,
                                "note": result.note,
                                **result.data,
                            }
                        )
                        print(
                            f"[{label}] {member}: {fmt_seconds(result)}"
                            + (
                                f" s, peak {result.peak_mib:.0f} MiB, setup "
                                f"{result.data['setup']:.1f}s, {result.data['runs']} "
                                f"run(s), {json.dumps(result.data['info'])}"
                                if result.status == "ok"
                                else ""
                            ),
                            flush=True,
                        )
                kg, base = done[(size, row.kgbuild)], done[(size, row.baseline)]
                table.append(
                    [
                        label,
                        f"{triples:,}",
                        row.stage,
                        fmt_seconds(kg),
                        fmt_seconds(base),
                        fmt_ratio(kg, base),
                        fmt_mib(kg),
                        fmt_mib(base),
                    ]
                )
                notes.extend(check_agreement(label, row, kg, base, triples))
            path.unlink()
            previous = size
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    print("", flush=True)
    print(
        "Results (seconds: wall clock of the measured step, best run; ratio = baseline / "
        "kgbuild, >1 means kgbuild is faster; MiB: peak RSS of the worker during the "
        "step)"
    )
    header = [
        "size",
        "triples",
        "stage",
        "kgbuild s",
        "baseline s",
        "ratio",
        "kgbuild MiB",
        "baseline MiB",
    ]
    for line in _table(table, header, right={1, 3, 4, 5, 6, 7}):
        print(line)
    print("")
    print("What each side runs (kgbuild / baseline):")
    for line in LEGEND:
        print("  " + line)
    for note in notes:
        print(note)
    if not notes:
        print("Both sides agreed on every result (triples, rows, findings) they were compared on.")
    print(extraction_line(250_000, runs=1) if args.quick else extraction_line(1_000_000))
    print(extraction_ru_line(250_000 if args.quick else 1_000_000))
    print(f"Total bench time: {time.perf_counter() - began:.0f}s; load average after: {_load()}")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    failed = [r for r in done.values() if r.status == "error"]
    return 1 if failed or notes else 0


if __name__ == "__main__":
    sys.exit(main())
