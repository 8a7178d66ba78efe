"""Synthetic graphs shaped like the project's graph: sizes, vocabulary, statutes.

bench.synthetic_claims adds documents and claims and assembles the Turtle text.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

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
