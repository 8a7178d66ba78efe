"""Russian phrasing categories of round 3 (issue 10), each with traps that must stay out.

Groups given one term: «Троих осуждённых приговорили к пожизненному», «из них четверо
получили пожизненные сроки» count a part of the convicted, so they give neither a count nor
one person's sentence; «ещё одного фигуранта ... приговорили к трём годам» is one person's
sentence and no count of one.

Former ranges: «вместо прежних 8–12 лет», «а не до трёх», «раньше максимум составлял 15
лет» are ranges of their own, never merged into the new one. «Поправки вводят пожизненное
лишение свободы за ...» sets a penalty; «Закон, вводящий пожизненный срок» only names a law.
«За такие действия можно получить ...» takes the offence of the sentence before.

Enactments told over two sentences: «Совет Федерации одобрил его 21 декабря» takes the law,
the offence and the year of the sentence before; «приняла документ» is the law too; «одобрил
его ходатайство» is not. «Статья ... введена в кодекс летом 2022 года» is an enactment
dated by its year.

Periods that refer back: «за тот же период 2023 года» is the months named before, in 2023;
«тремя годами ранее» shifts the year named before by three; «за то же полугодие» after a
baseline means the half-year reported on, not the baseline, and so does a later sentence
with no period; «за те же девять месяцев» is the nine months named before; «по новой статье»
points back to the offence named before.

Counts of cases: «насчитали 40 новых дел о ...» and «таких дел было возбуждено более 60»
count cases, apart from people; a count of verdicts the same verb finds stays verdicts.
«300 дел о содействии террористической деятельности» (a charge the scheme lacks) does not
take the offence named beside it.

«таких дел было 28» after a count of cases is a count of cases too; «в аналогичном периоде
прошлого года», «за те же три месяца прошлого года» are the months before, a year earlier;
«тремя годами позже» shifts forward.

Partial counts in the next sentence: «Из них 150 — за госизмену, 20 — за шпионаж» are counts
by offence, with the period before; «Из них 12 — заочно», «Среди них шестеро женщин» are no
counts.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, load_ru_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEXICON = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
PUBLISHED = dt.date(2025, 6, 20)

Expected = list[tuple[object, ...]]


def _claims(text: str) -> Expected:
    claims: list[Claim] = extract_ru(text, "passage.txt", published=PUBLISHED, lexicon=LEXICON)
    for c in claims:
        assert text[c.start : c.end] == c.quote
    out: Expected = []
    for c in claims:
        if c.kind in {"conviction_count", "case_count"}:
            out.append((c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end))
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, bool(c.life)))
        elif c.kind == "enactment":
            out.append((c.kind, c.offence, c.date))
        else:
            out.append((c.kind, c.offence, c.sentence_years, bool(c.life)))
    return out


def _count(
    offence: object, count: int, start: str, end: str, q: str = "exact"
) -> tuple[object, ...]:
    return ("conviction_count", offence, count, q, start, end)


def _range(
    offence: str, lo: float | None, hi: float | None, life: bool = False
) -> tuple[object, ...]:
    return ("penalty_range", offence, lo, hi, life)


def _term(
    offence: str | tuple[str, ...] | None, years: float | None, life: bool = False
) -> tuple[object, ...]:
    return ("individual_sentence", offence, years, life)


def _case(offence: str, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end)


CASES: list[tuple[str, str, Expected]] = [
    # -- groups given one term ---------------------------------------------------------
    (
        "a collective numeral given life is a part, not a count or a person",
        "В 2023 году за госизмену осудили 44 человека. Пятерых осуждённых за госизмену в 2023 "
        "году приговорили к пожизненному лишению свободы.",
        [_count("treason", 44, "2023-01-01", "2023-12-31")],
    ),
    (
        "«из них ... четверо получили» after the total",
        "Из 58 осуждённых за шпионаж в 2024 году четверо получили пожизненные сроки.",
        [_count("espionage", 58, "2024-01-01", "2024-12-31")],
    ),
    (
        "a group given a term in years",
        "Шестерых фигурантов дела о диверсии на железной дороге приговорили к 19 годам колонии.",
        [],
    ),
    (
        "«ещё одного» is one person's sentence and no count of one",
        "Суд приговорил инженера к 17 годам колонии за шпионаж. Ещё одного участника той же "
        "группы за содействие противнику в 2024 году приговорили к восьми годам колонии.",
        [_term("espionage", 17), _term("assistance_to_the_enemy", 8)],
    ),
    # -- former ranges, «вводит», «за такие действия» ------------------------------------
    (
        "a dash range after «вместо прежних» is the former range",
        "Теперь за разглашение гостайны грозит от 4 до 7 лет лишения свободы вместо прежних "
        "2–5 лет.",
        [_range("disclosure_of_state_secrets", 4, 7), _range("disclosure_of_state_secrets", 2, 5)],
    ),
    (
        "«а не до» without a unit",
        "За дезертирство теперь можно получить до 15 лет, а не до десяти.",
        [_range("desertion", None, 15), _range("desertion", None, 10)],
    ),
    (
        "«раньше максимум составлял» is not merged into the new life term",
        "Сейчас за шпионаж грозит пожизненное лишение свободы, а раньше максимум составлял 20 лет.",
        [_range("espionage", None, None, True), _range("espionage", None, 20)],
    ),
    (
        "a later life term without a former marker still joins the range",
        "За диверсию грозит от 10 до 20 лет, а при гибели людей — и пожизненное лишение свободы.",
        [_range("sabotage", 10, 20, True)],
    ),
    (
        "«вводят пожизненное» sets a penalty",
        "Новые поправки вводят пожизненное лишение свободы за содействие противнику.",
        [_range("assistance_to_the_enemy", None, None, True)],
    ),
    (
        "trap: the participle only names the law",
        "Закон, вводящий пожизненный срок за шпионаж, подписан 22 апреля 2024 года.",
        [("enactment", "espionage", "2024-04-22")],
    ),
    (
        "«за такие действия» takes the offence before",
        "В 2022 году в кодексе появилась статья о конфиденциальном сотрудничестве с иностранным "
        "государством. За такие действия сейчас можно получить до восьми лет колонии.",
        [_range("confidential_cooperation", None, 8)],
    ),
    (
        "trap: ages in a dash range stay out",
        "За шпионаж грозит от 10 до 20 лет. Обвиняемым было 19–23 года.",
        [_range("espionage", 10, 20)],
    ),
    # -- enactments over two sentences ---------------------------------------------------
    (
        "«одобрил его» with a day and month takes the year and offence before",
        "Депутаты приняли закон о наказании за диверсию 11 ноября 2022 года. Совет Федерации "
        "одобрил его 16 ноября.",
        [("enactment", "sabotage", "2022-11-11"), ("enactment", "sabotage", "2022-11-16")],
    ),
    (
        "«документ» is the law",
        "Речь идёт о поправках о шпионаже. Госдума приняла документ в третьем чтении 2 марта "
        "2024 года.",
        [("enactment", "espionage", "2024-03-02")],
    ),
    (
        "trap: a possessive «его ходатайство» is no law",
        "В 2024 году за госизмену осудили 150 человек. Суд одобрил его ходатайство 3 мая.",
        [_count("treason", 150, "2024-01-01", "2024-12-31")],
    ),
    (
        "a passive «статья ... введена» with a season and year",
        "Как напоминает адвокат, статья 275.1 о конфиденциальном сотрудничестве с иностранным "
        "государством была введена в кодекс летом 2022 года.",
        [("enactment", "confidential_cooperation", "2022")],
    ),
    (
        "trap: a measure of restraint «введена» is no law",
        "По делу о шпионаже в отношении инженера введена мера пресечения 3 марта 2024 года.",
        [],
    ),
    # -- periods that refer back ----------------------------------------------------------
    (
        "«за тот же период 2023 года» takes the months before, in 2023",
        "За первые девять месяцев 2024 года за шпионаж осудили 41 человека, а за тот же период "
        "2023 года — 17.",
        [
            _count("espionage", 41, "2024-01-01", "2024-09-30"),
            _count("espionage", 17, "2023-01-01", "2023-09-30"),
        ],
    ),
    (
        "«тремя годами ранее» counts back from the year named",
        "В 2024 году за диверсию осудили 88 человек. Тремя годами ранее таких приговоров было 4.",
        [
            _count("sabotage", 88, *("2024-01-01", "2024-12-31")),
            _count("sabotage", 4, *("2021-01-01", "2021-12-31")),
        ],
    ),
    (
        "«за то же полугодие» after a baseline is the half-year reported on",
        "В первом полугодии 2025 года за шпионаж осудили 23 человека против 12 за аналогичный "
        "период прошлого года. За госизмену за то же полугодие осуждены 97 человек.",
        [
            _count("espionage", 23, "2025-01-01", "2025-06-30"),
            _count("espionage", 12, "2024-01-01", "2024-06-30"),
            _count("treason", 97, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "trap: «за это время» is no baseline and «годами» alone shifts nothing",
        "В 2023 году за госизмену осудили 44 человека. За это время суды рассматривали такие дела "
        "годами.",
        [_count("treason", 44, "2023-01-01", "2023-12-31")],
    ),
    (
        "«за те же шесть месяцев» and a sentence with no period take the period reported on",
        "За шесть месяцев 2025 года за госизмену осудили 90 человек, а за тот же период 2024 "
        "года — 70. За те же шесть месяцев за шпионаж осуждены 15 человек. Ещё 8 человек "
        "осуждены за диверсию.",
        [
            _count("treason", 90, "2025-01-01", "2025-06-30"),
            _count("treason", 70, "2024-01-01", "2024-06-30"),
            _count("espionage", 15, "2025-01-01", "2025-06-30"),
            _count("sabotage", 8, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "«по новой статье» points back",
        "В 2022 году в кодекс ввели статью о содействии противнику. По новой статье грозит до "
        "15 лет лишения свободы.",
        [
            ("enactment", "assistance_to_the_enemy", "2022"),
            _range("assistance_to_the_enemy", None, 15),
        ],
    ),
    # -- counts of cases -------------------------------------------------------------------
    (
        "«насчитали N новых дел» and «таких дел было возбуждено более N»",
        "Юристы насчитали с начала 2025 года 47 новых дел о шпионаже. В 2024 году таких дел было "
        "возбуждено более 70.",
        [
            ("case_count", "espionage", 47, "exact", "2025-01-01", "2025-06-20"),
            ("case_count", "espionage", 70, "more_than", "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: cases about a charge the scheme lacks keep out of the next offence",
        "За 2024 год возбуждено 305 уголовных дел об участии в террористическом сообществе и "
        "58 дел о шпионаже.",
        [("case_count", "espionage", 58, "exact", "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: verdicts counted with «насчитал» stay convictions; detentions stay out",
        "Проект насчитал за 2024 год 35 приговоров по делам о диверсии. Задержаны были более "
        "100 человек.",
        [("conviction_count", "sabotage", 35, "exact", "2024-01-01", "2024-12-31")],
    ),
    # -- partial counts in the next sentence -------------------------------------------------
    (
        "«Из них N — за X» gives counts by offence",
        "За первое полугодие 2025 года по статьям о госизмене и шпионаже осуждены 130 человек. "
        "Из них 111 — за госизмену, 19 — за шпионаж.",
        [
            (
                "conviction_count",
                ("treason", "espionage"),
                130,
                "exact",
                "2025-01-01",
                "2025-06-30",
            ),
            _count("treason", 111, "2025-01-01", "2025-06-30"),
            _count("espionage", 19, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "trap: parts with no offence of their own",
        "В 2023 году за шпионаж осудили 28 человек. Из них 6 — заочно. Среди них шестеро "
        "иностранцев.",
        [_count("espionage", 28, "2023-01-01", "2023-12-31")],
    ),
    (
        "«таких дел было» after cases; «за те же три месяца прошлого года»",
        "С января по март 2025 года возбуждено 61 уголовное дело о шпионаже. В аналогичном "
        "периоде прошлого года таких дел было 33. За те же три месяца прошлого года за шпионаж "
        "осуждены 9 человек.",
        [
            ("case_count", "espionage", 61, "exact", "2025-01-01", "2025-03-31"),
            ("case_count", "espionage", 33, "exact", "2024-01-01", "2024-03-31"),
            _count("espionage", 9, "2024-01-01", "2024-03-31"),
        ],
    ),
    (
        "«двумя годами позже» shifts forward",
        "В 2020 году за госизмену осудили 15 человек, а двумя годами позже — 22.",
        [
            _count("treason", 15, "2020-01-01", "2020-12-31"),
            _count("treason", 22, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "trap: «таких дел» after convictions stays no count of cases",
        "В 2024 году за диверсию осудили 96 человек. Таких дел в судах было много.",
        [_count("sabotage", 96, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
