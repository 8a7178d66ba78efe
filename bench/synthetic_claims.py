"""Synthetic documents and claims, and `generate`: the whole Turtle text of a size."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from bench.synthetic import (
    OFFENCES,
    QUALIFIERS,
    REVIEW,
    SCOPES,
    WORDS,
    _article,
    _date,
    _dec,
    _offence,
    _q,
    _State,
    _Turtle,
)


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
