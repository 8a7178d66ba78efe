"""Text wrapped at a fixed width (e-mail, PDFs, plain-text archives) gives the claims of the
same text on one line per paragraph, in both languages; headings and lists keep their
breaks. The sentences are our own."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

from kgbuild.claims import Claim
from kgbuild.extraction import extract_claims
from kgbuild.extraction.drafts import _Draft, _State
from kgbuild.extraction.linebreaks import heading_lines, soft_breaks, soften_line_breaks, within
from kgbuild.extraction.periods import _TimeContext
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _wrap(text: str, width: int) -> str:
    """Each line of ``text`` broken at ``width``, as a mail client or a PDF breaks it; the
    line ends the text has already (paragraphs, a list's items) stay where they are."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else line for line in text.split("\n")
    )


def _facts(claims: list[Claim]) -> list[tuple[object, ...]]:
    return sorted(
        repr((c.kind, c.offence, c.period_start, c.period_end, c.count, c.qualifier, *rest))
        for c in claims
        for rest in [(c.min_years, c.max_years, c.life, c.date, c.sentence_years)]
    )


@pytest.mark.parametrize(
    ("before", "after", "soft"),
    [
        ("Суды осудили по статье о", "госизмене 58 человек.", True),
        ("courts convicted", "16 people of treason.", True),
        ("В 2024 году, по данным суда,", "Иванов получил 12 лет.", True),  # a comma goes on
        ("Осуждены 58 человек.", "В 2023 году их было 40.", True),  # the splitter cuts
        ("Итоги года:", "- 58 за госизмену", False),  # a bulleted list
        ("The figures for the year:", "Treason 58, espionage 6.", False),
        ("the figures were:", "58 for treason and 6 for espionage.", True),
        ("Осуждены 58 человек.", "2. Оправданы двое.", False),  # a numbered list
        ("за весь год их было", "96. Почти все получили штрафы.", True),  # a figure, no list
        ("Госизмена", "В 2024 году суды осудили 189 человек за государственную измену.", False),
        ("Treason cases in 2024", "Courts convicted 189 people of treason last year.", False),
        ("Published:\tthe report on Russia for 2024", "next edition:\tunknown", False),  # a form
        ("news\tcampaigns", "research\tvolunteer", False),  # a menu
        ("— госизмена: 49 приговоров", "— шпионаж: 6", False),  # items that open on a dash
        ("— treason: 49 verdicts", "– espionage: 6", False),
        ("в 2024 году суды осудили", "— по данным суда — 58 человек.", True),  # one dash: a wrap
    ],
)
def test_a_break_is_soft_where_the_sentence_goes_on(before: str, after: str, soft: bool) -> None:
    text = f"{before}\n{after}"
    assert bool(soft_breaks(text)) is soft
    softened = soften_line_breaks(text)
    assert len(softened) == len(text)
    assert softened == (f"{before} {after}" if soft else text)


def test_a_wrapped_capital_is_read_by_the_width_of_the_lines() -> None:
    # "Mediazona," would not have fitted after the first line: a wrap, though a capital
    text = (
        "In 2024 the number of people convicted of treason in Russia, according to\n"
        "Mediazona, reached 189 for the year."
    )
    assert soften_line_breaks(text) == text.replace("\n", " ")
    # a short heading over a wide line keeps its break, CRLF and all
    heading = (
        "Court statistics\r\nIn 2024 the number of people convicted of treason reached 189.\r\n"
    )
    assert soften_line_breaks(heading) == heading
    crlf = "courts convicted\r\n16 people of treason."
    assert soften_line_breaks(crlf) == "courts convicted  16 people of treason."


def test_paragraphs_and_blank_lines_stay_apart() -> None:
    text = "Осуждены 58 человек\n\nв прошлом году\n \nи ещё"
    assert soft_breaks(text) == []
    assert soften_line_breaks("one line") == "one line"


ENGLISH = (
    "Russian military courts convicted 24 people of treason and 7 of espionage in the first "
    "half of 2025, according to figures the Judicial Department published on Tuesday. A "
    "year earlier the same courts had convicted 19 people of treason. Treason carries a "
    "sentence of 12 to 20 years or life imprisonment."
)
RUSSIAN = (
    "За первое полугодие 2025 года суды осудили за государственную измену 131 человека, "
    "следует из данных Судебного департамента. Годом ранее за тот же период по этой статье "
    "осудили 96 человек. По статье о шпионаже приговоры получили девять человек. Президент "
    "подписал закон о пожизненном лишении свободы за госизмену 24 апреля 2023 года."
)


@pytest.mark.parametrize("width", [38, 55, 72, 90])
@pytest.mark.parametrize(("lang", "text"), [("en", ENGLISH), ("ru", RUSSIAN)])
def test_wrapped_text_gives_the_claims_of_the_text_on_one_line(
    lexicon: Lexicon, lang: str, text: str, width: int
) -> None:
    published = dt.date(2025, 9, 12)
    plain = extract_claims(text, document="d", lexicon=lexicon, lang=lang, published=published)
    assert len(plain) >= 4
    wrapped = _wrap(text, width)
    assert wrapped.count("\n") >= 3
    got = extract_claims(wrapped, document="d", lexicon=lexicon, lang=lang, published=published)
    assert _facts(got) == _facts(plain)
    for claim in got:  # each quote is the wrapped document's own text
        assert claim.quote == wrapped[claim.start : claim.end]


def test_every_key_passage_wrapped_gives_its_claims(lexicon: Lexicon) -> None:
    changed: list[str] = []
    for key in sorted((ROOT / "tests" / "keys").glob("*.yaml")):
        lang = "ru" if key.name.startswith("ru") else "en"
        for item in yaml.safe_load(key.read_text(encoding="utf-8")):
            if "text" not in item or str(item.get("lang", lang)) != lang:
                continue
            text = str(item["text"])
            published = item.get("published")
            kw: dict[str, object] = {
                "published": dt.date.fromisoformat(str(published)) if published else None
            }
            if lang == "en" and item.get("report_year"):
                kw["report_year"] = int(item["report_year"])
            plain = extract_claims(text, document="k", lexicon=lexicon, lang=lang, **kw)  # type: ignore[arg-type]
            wrapped = extract_claims(
                _wrap(text, 72),
                document="k",
                lexicon=lexicon,
                lang=lang,
                **kw,  # type: ignore[arg-type]
            )
            if _facts(wrapped) != _facts(plain):
                changed.append(f"{key.name}:{item['id']}")
    assert changed == []


def test_russian_markup_is_read_as_the_english_extractor_reads_it(lexicon: Lexicon) -> None:
    # a tagged page and a Markdown link: the claims of the plain text, quotes and offsets
    # in the document as given
    plain = (
        "Троих фигурантов дела о госизмене суд приговорил к пожизненному сроку. "
        "В 2024 году по статье о шпионаже осудили 14 человек."
    )
    tagged = (
        "<p>Троих фигурантов дела о госизмене суд приговорил к пожизненному сроку.</p>\n"
        "<p>В 2024 году по статье о [шпионаже](https://example.org/275) осудили 14 "
        "человек.</p>"
    )
    want = extract_claims(plain, document="d", lexicon=lexicon, lang="ru")
    got = extract_claims(tagged, document="d", lexicon=lexicon, lang="ru")
    assert _facts(got) == _facts(want)
    assert [c.count for c in got if c.kind == "conviction_count"] == [14]
    for claim in got:
        assert claim.quote == tagged[claim.start : claim.end]
        assert claim.quote.startswith("В 2024 году") and "](" in claim.quote


def test_a_dash_after_an_article_number_is_no_range(lexicon: Lexicon) -> None:
    # «207.3 – 15 лет»: the article, a dash (an en dash, as some outlets set it), the term
    for dash in ("—", "–"):
        text = f"Максимальное наказание по статье 207.3 {dash} 15 лет лишения свободы."
        ranges = [
            (c.min_years, c.max_years)
            for c in extract_claims(text, document="d", lexicon=lexicon, lang="ru")
            if c.kind == "penalty_range"
        ]
        assert ranges == [(None, 15.0)], dash
    text = "За шпионаж грозит 10–20 лет лишения свободы."  # a range with its dash
    ranges = [
        (c.min_years, c.max_years)
        for c in extract_claims(text, document="d", lexicon=lexicon, lang="ru")
        if c.kind == "penalty_range"
    ]
    assert ranges == [(10.0, 20.0)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "ru",
            "Суды осудили за шпионаж 40 человек\n"
            "Данные за первое полугодие 2025 года\n\n"
            "В первом полугодии 2025 года за шпионаж осудили 40 человек, сообщил суд.",
            [("espionage", 40, "2025-01-01", "2025-06-30")],
        ),
        (
            "en",
            "Espionage convictions reach 40 in first half\n\n"
            "Russian courts convicted 40 people of espionage in the first half of 2025, "
            "court data show.",
            [("espionage", 40, "2025-01-01", "2025-06-30")],
        ),
        (
            # a heading still sets the context: the year of the report it names
            "en",
            "Annual report on Russia 2024\n\n"
            "Courts convicted 31 people of espionage during the year.",
            None,
        ),
    ],
)
def test_a_heading_gives_no_claims_of_its_own(
    lexicon: Lexicon, lang: str, text: str, want: list[tuple[object, ...]] | None
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang=lang)
    first_line = text.index("\n")
    assert all(c.start > first_line for c in claims)
    if want is not None:
        got = [(c.offence, c.count, c.period_start, c.period_end) for c in claims]
        assert got == want
    body = text[text.rindex("\n") + 1 :]
    alone = extract_claims(body, document="d", lexicon=lexicon, lang=lang)
    if want is None:  # the body's claims as they are after the heading, not alone
        with_heading = [(c.offence, c.count, c.period_start) for c in claims]
        assert with_heading != [(c.offence, c.count, c.period_start) for c in alone]
        assert with_heading == [("espionage", 31, "2024-01-01")]


_JULY = dt.date(2025, 7, 20)


@pytest.mark.parametrize(
    ("lang", "cut"),
    [("en", " ("), ("en", " ["), ("en", " —"), ("ru", " ("), ("ru", " –"), ("ru", " «")],
)
def test_a_paragraph_cut_off_mid_sentence_is_no_heading(
    lexicon: Lexicon, lang: str, cut: str
) -> None:
    """A web page copied without its links leaves a paragraph ending in an open bracket or
    a dash: a sentence cut off, not a title, and its figures are claims."""
    if lang == "en":
        first = (
            "In the first half of this year, the outlet found, 48 people were convicted of "
            "espionage, more than in any whole year since 2016"
        )
        second = "Courts also sentenced 5,100 servicemen for various crimes over the period."
        want = [("espionage", 48)]
    else:
        first = "По подсчетам издания, в первом полугодии 2025 года за шпионаж осудили 48 человек"
        second = "Кроме того, суды вынесли 5100 приговоров военнослужащим за разные преступления."
        want = [("espionage", 48)]
    text = f"{first}{cut}\n\n{second}"
    claims = extract_claims(text, document="d", lexicon=lexicon, lang=lang, published=_JULY)
    assert [(c.offence, c.count) for c in claims] == want
    assert heading_lines(text) == []
    titled = f"{first}\n\n{second}"  # the same line without the cut: a title, no claims
    assert heading_lines(titled) == [(0, len(first))]


def test_a_quoted_enumeration_of_offences_stays_one_list(lexicon: Lexicon) -> None:
    for quote in ("«{}»", "„{}“", '"{}"', "{}"):
        names = ", ".join(quote.format(w) for w in ("госизмене", "шпионаже"))
        text = f"В 2023 году по статьям о {names} и {quote.format('диверсии')} осуждены 95 человек."
        claims = extract_claims(text, document="d", lexicon=lexicon, lang="ru")
        assert [(c.offence, c.count) for c in claims] == [
            (("treason", "espionage", "sabotage"), 95)
        ], text


def test_within_finds_the_heading_that_holds_a_span_and_no_other() -> None:
    text = "Title one\n\nBody of the first part. More.\n\nTitle two\n\nBody two here.\n"
    spans = heading_lines(text)
    assert [text[a:b] for a, b in spans] == ["Title one", "Title two"]
    (a1, b1), (a2, b2) = spans
    assert within(spans, a1, b1) and within(spans, a2 + 1, b2)
    assert not within(spans, a1, b1 + 1)  # runs past the heading
    assert not within(spans, b1 + 2, b1 + 6)  # body text between the headings
    assert not within([], 0, 1)
    assert not within(spans, b2 + 3, len(text))


def test_drafts_since_is_the_tail_from_a_sentence_on() -> None:
    state = _State(published=None, report_year=None, time=_TimeContext(None, None, None))
    for index in (0, 0, 2, 3, 3):
        state.drafts.append(_Draft("conviction_count", 0, 1, 0, "r", sentence_index=index))
    assert [d.sentence_index for d in state.drafts_since(3)] == [3, 3]
    assert [d.sentence_index for d in state.drafts_since(1)] == [2, 3, 3]
    assert len(state.drafts_since(0)) == 5
    assert state.drafts_since(4) == []


def test_a_line_ending_on_an_open_word_is_a_wrap_not_a_heading() -> None:
    text = (
        "Courts convicted 380 people of treason, more than in any year since the\n"
        "Soviet era, the data show."
    )
    assert heading_lines(text) == []
    assert len(soft_breaks(text)) == 1
    titled = "Treason convictions hit a record\n\nCourts convicted 380 people of treason."
    assert heading_lines(titled) == [(0, len("Treason convictions hit a record"))]
