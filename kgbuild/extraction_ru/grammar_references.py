"""Russian wordings that point back to the sentences before: an offence, a period or a
figure named there («по этой статье», «их было», «Годом ранее — 20.»)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.cards import CARD_LINE, CARD_TITLE
from kgbuild.extraction_ru.gated import AnyOf, Gated
from kgbuild.extraction_ru.grammar import AGGRAVATED
from kgbuild.extraction_ru.numbers import read_number

if TYPE_CHECKING:
    from kgbuild.extraction_ru.numbers import Number
    from kgbuild.extraction_ru.offences import OffenceSpan
    from kgbuild.extraction_ru.periods import Period

SHARE = Gated(
    re.compile(
        r"\b(?:пришл[оа]сь|приходил[оа]сь|приходится|приходятся)\s+на\s|\bна\s+долю\s"
        r"|^\s*(?:а\s+)?на\s+[^.;:]{1,60}?\s(?:пришл[оа]сь|приходил[оа]сь|приходится)\b",
        re.IGNORECASE,
    ),
    ("пришл", "приход", "долю"),
)
"""«На долю госизмены из них пришлось 395», «Больше всего — 702 — пришлось на госизмену»:
the share of a total counted before; with no offence of its own, a share of the same
offence («пришлось на Москву», «На Москву пришлось 120 из них»), no count."""

BACK_AND_NAMED = Gated(
    re.compile(
        r"\bпо\s+(?:этой|данной|той\s+же)\s+статье\s+и\s+по\s|"
        r"\bи\s+по\s+(?:этой|данной|той\s+же)\s+статье\b",
        re.IGNORECASE,
    ),
    ("этой", "данной", "той"),
)
"""«по этой статье и по статье о шпионаже вместе осудили 28»: the offence before and the one
named, together."""

ANAPHORA = AnyOf(
    (
        Gated(
            re.compile(
                r"\bпо\s+(?:этой|данной|той\s+же|ней|нему|ним|этим|таким|аналогичн[а-яё]+|"
                r"подобн[а-яё]+|новой\s+стать[а-яё]+|"
                # «по упомянутым статьям», «по указанным статьям»: the articles named before
                r"(?:упомянут|названн|указанн|перечисленн)[а-яё]*\s+стать[а-яё]+)\b",
                re.IGNORECASE,
            ),
            (
                "упомянут",
                "названн",
                "указанн",
                "перечисленн",
                "этой",
                "данной",
                "той",
                "ней",
                "нему",
                "ним",
                "этим",
                "таким",
                "аналогичн",
                "подобн",
                "новой",
            ),
        ),
        Gated(
            re.compile(
                r"\b(?:это|такое|данное|подобное|этого|такого)\s+преступлени", re.IGNORECASE
            ),
            ("преступлени",),
        ),
        Gated(
            re.compile(
                r"\bтаки[хем]\s+(?:же\s+)?(?:дел|приговор|преступлени|осужд|случа)",
                re.IGNORECASE,
            ),
            ("таки",),
        ),
        Gated(
            re.compile(
                r"\b(?:их|таки[хе])\s+(?:было|стало|число|количество|оказалось)\b", re.IGNORECASE
            ),
            ("было", "стало", "число", "количество", "оказалось"),
        ),
        Gated(
            re.compile(r"\b(?:эт[аоиу]|эт[оы]й|данн[ао][йя])\s+стать", re.IGNORECASE),
            ("стать",),
        ),
        Gated(re.compile(r"\bвсе\s+они\b", re.IGNORECASE), ("они",)),
        # «За этот период было вынесено 68 приговоров»: the period, and the offences, of
        # the sentence before
        Gated(
            re.compile(r"\bза\s+(?:этот|данный|указанный|тот\s+же)\s+период\b", re.IGNORECASE),
            ("период",),
        ),
        Gated(re.compile(r"\bпо\s+этим\s+делам\b", re.IGNORECASE), ("этим",)),
        Gated(
            re.compile(
                r"\bза\s+(?:так(?:ое|ие|ую|ой)|подобн[а-яё]+)\s|\bза\s+это\b(?!\s+врем)",
                re.IGNORECASE,
            ),
            ("так", "подобн", "это"),
        ),
        Gated(re.compile(r"^\s*(?:из|среди) них\b", re.IGNORECASE), ("из них", "среди них")),
        # «На долю госизмены из них пришлось 395», «Больше всего — 702 — пришлось на
        # госизмену»: the share of a total counted before
        SHARE,
        # «Приговоры получили 760 из них», «Обвинительными приговорами закончились 88 из
        # них»: a part of the people or cases counted before, and so of their offence
        Gated(re.compile(r"\d\s+из\s+(?:них|которых)\b", re.IGNORECASE), ("из них", "из которых")),
        Gated(
            re.compile(
                r"\bих\s+(?:было\s+)?(?:вынесен[оаы]?|вынесли|осуждено|осудили|насчитал[аи]?)\b",
                re.IGNORECASE,
            ),
            ("вынес", "осуд", "насчитал"),
        ),
        Gated(
            re.compile(r"\b(?:эти|те\s+же)\s+(?:цифры|показатели|числа)\b", re.IGNORECASE),
            ("цифры", "показатели", "числа"),
        ),
        Gated(re.compile(r"\bза\s+(?:него|неё|нее)\b", re.IGNORECASE), ("него", "неё", "нее")),
        # «По первой из этих статей годом ранее осудили 11»: one of the offences before
        ORDINAL_ARTICLE := Gated(
            re.compile(
                # (or the subject: «Первая из этих статей предусматривает ...»)
                r"(?:\bпо\s+|^\s*(?=[А-ЯЁа-яё]+\s+из\s))(?P<o>перв|втор|трет|последн)[а-яё]+\s+"
                r"(?:из\s+(?:этих|них|двух|"
                r"тр[её]х|названных)(?:\s+стат[а-яё]+)?|стать[а-яё]+)\b(?!\s+(?:\d|УК))",
                re.IGNORECASE,
            ),
            ("перв", "втор", "трет", "последн"),
        ),
        # «Она карается ... до восьми лет», «Статья предусматривает до четырех лет»,
        # «Базовый состав предусматривает до трех лет», «Вторая часть статьи
        # предусматривает ...»: the article or offence of the sentence before
        Gated(
            re.compile(
                # (or no subject at all, after an entry's opening on the article:
                # «Предусматривает наказание ... от трех до десяти лет»)
                # («Квалифицированный состав (ч. 2), то есть ..., наказывается ...»)
                r"^\s*(?:(?:она|оно|(?:(?:новая|эта|данная)\s+)?статья|норма|(?:(?:базов|основн|"
                r"прост|(?:особо\s+)?"
                r"квалифицированн)[а-яё]+\s+состав(?:\s*\([^()]{1,30}\))?(?:,[^.;]{1,120}?,)?)|"
                r"(?:перв|втор|трет|четв[её]рт)[а-яё]+\s+част[а-яё]*(?:\s+статьи)?|"
                r"санкци[яи](?:\s+статьи)?)\s+)?(?:карается|наказывается|предусматривает|"
                r"устанавливает)\b",
                re.IGNORECASE,
            ),
            ("карается", "наказывается", "предусматривает", "устанавливает"),
        ),
        # «Предыдущий максимум, 51 приговор, был зафиксирован в июле»: the record before
        # of the figure just counted
        Gated(
            re.compile(
                r"\b(?:предыдущ|прежн)[а-яё]+\s+(?:максимум|рекорд|пик)[а-яё]*\b", re.IGNORECASE
            ),
            ("максимум", "рекорд", "пик"),
        ),
        # «Ему грозит до 20 лет», «Обвиняемым грозит ...»: the offence the person or the
        # people of the sentence before are charged with, or their cases are of
        Gated(
            re.compile(
                r"^\s*(?:(?:теперь|сейчас|всем|каждому)\s+)?(?:ему|ей|им|обвиняем(?:ому|ой|ым)|"
                r"фигурант(?:у|ке|ам)|задержанн(?:ому|ой|ым)|подозреваем(?:ому|ой|ым)|"
                r"подсудим(?:ому|ой|ым))\s+(?:(?:теперь|сейчас|всем|каждому)\s+)?(?:грозит|"
                r"грозят|может\s+грозить)\b",
                re.IGNORECASE,
            ),
            ("грозит", "грозят", "грозить"),
        ),
        # «За те же действия с использованием служебного положения грозит ...», «за то же
        # деяние»: the offence of the sentence before, aggravated
        Gated(
            re.compile(
                r"\bза\s+(?:те\s+же|эти(?:\s+же)?|то\s+же|это\s+же)\s+(?:действи[яе]|деяни[яе]|"
                r"преступлени[яе])\b",
                re.IGNORECASE,
            ),
            ("действи", "деяни", "преступлени"),
        ),
        # «Приговоры за полгода получили 118 человек»: a span with no year is the one
        # reported on before, and so is its subject
        Gated(
            re.compile(
                r"\bза\s+(?:полгода|полугодие|квартал|год|месяц)\b(?!\s*(?:до\b|\d|назад))",
                re.IGNORECASE,
            ),
            ("полугодие", "квартал", "год", "месяц"),
        ),
        # «Приговоры за это время получили 410 человек»: the time reported on before, and
        # so its subject
        Gated(
            re.compile(r"\bза\s+(?:это|то\s+же|этот|тот\s+же)\s+(?:время|период)\b", re.IGNORECASE),
            ("время", "период"),
        ),
        # «За тот же период суды вынесли 41 приговор»: a period that points back to the
        # figures before speaks of their offence too
        Gated(
            re.compile(
                r"^\s*(?:за|в|во)\s+(?:тот\s+же|этот\s+же|аналогичный|такой\s+же)\s+"
                r"(?:период|срок|год|квартал|полугодие)\b",
                re.IGNORECASE,
            ),
            ("тот", "аналогичный", "такой"),
        ),
        Gated(
            re.compile(r"^\s*это\s+[^.;]{0,40}?\b(?:больше|меньше|выше|ниже)\b", re.IGNORECASE),
            ("больше", "меньше", "выше", "ниже"),
        ),
        Gated(
            re.compile(
                r"\b(?:по\s+(?:е[её]|его)\s+)?(?:перв|втор|трет|четв[её]рт)[а-яё]+\s+"
                r"(?:(?:е[её]|его)\s+)?част(?:ь|и|ью)\b(?!\s+(?:стать[а-яё]*\s+(?:\d|УК)|ст\.|\d))",
                re.IGNORECASE,
            ),
            ("част",),
        ),
        # «За оправдание нацизма — 19.»: a count with its verb left to the sentence before
        # (not «За последние пять лет — 130.», a time)
        Gated(
            re.compile(
                r"^\s*(?:за|по)\s+(?![^—–]*(?:год|лет\b|месяц|квартал|полугод|недел|период))"
                r"[^—–.;\d]{3,80}?\s+[—–]\s+(?:ещё\s+|еще\s+)?\d+\s*[.;]?\s*$",
                re.IGNORECASE,
            ),
            ("—", "–"),
        ),
        # «Если же деяние повлекло тяжкие последствия, то грозит от трех до восьми лет»:
        # a condition on the offence of the sentence before
        Gated(re.compile(r"^\s*(?:а\s+|но\s+)?если\b", re.IGNORECASE), ("если",)),
        # «При отягчающих обстоятельствах срок составит ...»: the same
        Gated(
            re.compile(rf"^\s*(?:а\s+|но\s+)?{AGGRAVATED}\b", re.IGNORECASE),
            ("отягчающ", "квалифицирующ", "повторн", "тяжк", "рецидив"),
        ),
        # «Наказание — от трех до десяти лет», «Санкция статьи — ...»: the penalty of the
        # offence just named
        Gated(
            re.compile(
                r"^\s*(?:(?:максимальн|минимальн)[а-яё]+\s+)?(?:наказани[ея]|санкци[яи])"
                # «Санкция статьи — ...», «Наказание по этой статье — ...»
                r"(?:\s+(?:по\s+)?(?:(?:этой|данной)\s+)?стать[еи])?\s*[—–:]",
                re.IGNORECASE,
            ),
            ("наказани", "санкци"),
        ),
    ),
    (
        "если",
        "отягчающ",
        "квалифицирующ",
        "повторн",
        "тяжк",
        "рецидив",
        "время",
        "период",
        "наказани",
        "санкци",
        "этой",
        "данной",
        "той",
        "ней",
        "нему",
        "ним",
        "этим",
        "таким",
        "аналогичн",
        "подобн",
        "преступлени",
        "таки",
        "было",
        "стало",
        "число",
        "количеств",
        "оказалось",
        "стать",
        "они",
        "вынес",
        "осуд",
        "насчитал",
        "за так",
        "за это",
        "новой",
        "из них",
        "из которых",
        "—",
        "–",
        "среди них",
        "цифры",
        "показатели",
        "числа",
        "это",
        "за него",
        "за нее",
        "за неё",
        "част",
        "тот же",
        "этот же",
        "она ",
        "оно ",
        "за полгода",
        "за полугодие",
        "за квартал",
        "за год",
        "за месяц",
        "такой же",
    ),
)
ORDINAL_INDEX = {"перв": 0, "втор": 1, "трет": 2, "последн": -1}
"""Which of the offences named before «по первой / второй / последней из этих статей» is."""
ELIDED_AFTER_PERIOD = re.compile(
    r"^\s*(?P<head>(?:[^—–.;]|(?<=\bг)\.){3,60}?)\s+[—–]\s+(?:ещё\s+|еще\s+|уже\s+)?"
    r"(?:(?:около|более|свыше|почти|не\s+менее|менее)\s+)?"
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d\s+тыс\.?)?|[а-яё]+)"
    r"(?:\s+(?:чел\.|человек|приговор(?:а|ов)?))?\s*[.;]?\s*$",
    re.IGNORECASE,
)
"""«Годом ранее — 20.», «В 2023-м — девять.», «2022 г. — 31 чел.», «В 2024 году — 52
человека.», «2025 — свыше 1,2 тыс.», «Всего в 2024 году — 1 010.»: a period, a dash and a
figure (with the unit of the count before, people or verdicts, or none); the head must be a
period and
:data:`ELIDED_HEAD_WORDS` only."""
ELIDED_HEAD_WORDS = frozenset(
    {"в", "во", "за", "а", "и", "для", "сравнения", "же", "тогда", "всего", "итого"}
)
_ITEM_BREAK = re.compile(r",\s*(?:а\s+|и\s+)?")


def elided_after_period(quote: str, start: int, periods: Sequence[Period]) -> bool:
    """«Годом ранее — 20.», «В 2023-м — девять.», «За предыдущие пять лет — 35.», «В 2024-м —
    52, в 2023-м — 31.», «В феврале — 71, а в марте — 80.»: figures with their verb and
    offence left to the sentence before, each after its period (the sentence ``quote`` at
    ``start`` names ``periods``)."""
    if not periods or ("—" not in quote and "–" not in quote):
        return False
    pieces: list[tuple[int, str]] = []
    at = 0
    for cut in _ITEM_BREAK.finditer(quote):
        pieces.append((at, quote[at : cut.start()]))
        at = cut.end()
    pieces.append((at, quote[at:]))
    if len(pieces) > 1 and not all("—" in p or "–" in p for _, p in pieces):
        pieces = [(0, quote)]  # a comma within one item («Годом ранее, в 2023-м, — 20.»)
    for at, piece in pieces:
        m = ELIDED_AFTER_PERIOD.match(piece)
        if m is None or read_number(re.sub(r"(?<=\d)[ \u00a0](?=\d)", "", m.group("n"))) is None:
            return False
        head = m.group("head")
        for p in sorted(periods, key=lambda p: -p.start):
            a, b = p.start - start - at, p.end - start - at
            if a >= 0 and b <= len(head):
                head = head[:a] + " " + head[b:]
        words = head.lower().replace(",", " ").replace(".", " ").split()
        if not all(w in ELIDED_HEAD_WORDS for w in words):
            return False
    return True


ELIDED_ITEM = re.compile(
    r"^[^\w«(]{0,4}(?:а\s+|и\s+|ещ[её]\s+)?(?:из\s+(?:них|которых)\s+)?"
    r"(?:(?:около|более|свыше|почти|не\s+менее)\s+)?"
    r"(?:\d+|[а-яё]+)\s*[—–]\s*(?:по|за)\s",
    re.IGNORECASE,
)
"""«🔹 6 — по делам о шпионаже;», «9 — за конфиденциальное сотрудничество.», «— из них 704 —
по статье о госизмене;» (a part of the lead's total): an item of a
list after a count, on a line of its own, its verb left to the lead (the sentence must name
an offence)."""

ELIDED_LEAD_ITEM = re.compile(
    r"^(?:\d{1,2}[).]\s+)?[^\w«(]{0,4}\s*(?P<head>[^—–.;:\d]{3,80}?(?:\(\s*(?:ст\.\s*)?\d{3}(?:\.\d{1,2})?"
    r"(?:\s+УК(?:\s+РФ)?)?\s*\)\s*)?)(?:\s+[—–]\s+|\s*:\s*)(?:(?:около|более|свыше|почти|не\s+менее)\s+)?"
    r"(?:\d+|[а-яё]+)(?:\s+(?:приговор|человек|осужд|дел)[а-яё]*)?(?:\s*\([^()]*\))?\s*[.;,]?\s*$",
    re.IGNORECASE,
)
"""«🔸 госизмена — 61 приговор», «🔸 по «шпионской» статье (276 УК) — 9», «— шпионаж: 6»,
«🔥 диверсии — 19 (из них 4 — подростки)», «2) шпионаж — 37;» (after a list number): an
item of a list whose line opens with its offence, a dash (or a colon) and a figure, its
verb left to the lead; the head must be the offence's name and nothing else (see
``Sentence._elided_lead_item``)."""
LIST_ITEM = re.compile(r"^\s*(?:[—–•·*-]|[^\w\s«»\"(),.:;!?]{1,3})\s*\d")
"""A line that opens with a list mark and a figure («— 790 приговоров», «▪️ 96 — ...»)."""
HEADING = re.compile(r":\s*$")
"""A line that ends with a colon («📊 Госизмена в цифрах за 2025 год:»)."""


def heading_kind(quote: str) -> str:
    """What ``quote`` heads: «list» for a line ending with a colon, «card» for an
    article's card title, else nothing («»)."""
    if HEADING.search(quote):
        return "list"
    return "card" if CARD_TITLE.match(quote) else ""


def item_line(quote: str, heading: str) -> bool:
    """Whether ``quote`` is an item under a ``heading`` (:func:`heading_kind`): a list's
    (:data:`LIST_ITEM`), or a card's line (:data:`CARD_LINE`) under a card's title."""
    if not heading:
        return False
    return LIST_ITEM.match(quote) is not None or (
        heading == "card" and CARD_LINE.match(quote) is not None
    )


LEAD_ITEM_WORDS = frozenset(
    {"по", "за", "о", "об", "статье", "статья", "статьям", "делам", "делу", "ст", "ук", "рф"}
)
"""Words an item's head may hold besides its offence («по статье о ...», «(276 УК)»)."""


RANK_LEAD = re.compile(
    r"^\s*(?:(?:а|и)\s+)?(?:на\s+(?:втором|третьем|четв[её]ртом|пятом|последнем)(?:\s+месте)?|"
    r"(?:второе|третье|четв[её]ртое|пятое|последнее)\s+место(?:\s+(?:у|занимает|занимают|"
    r"занял[аио]?))?|замыка(?:ет|ют)\s+(?:тройку|пят[её]рку|десятку|список|рейтинг)|"
    r"следом\s+ид(?:ут|[её]т)|далее\s+(?:ид(?:ут|[её]т)|следу(?:ет|ют)))\s*[—–:,]?\s*",
    re.IGNORECASE,
)
"""«На втором — ...», «Третье место у ...», «Замыкают тройку ...», «Следом идет ...»: a
ranking's place before an item's offence and figure («На втором — дискредитация армии:
640», «Замыкают тройку призывы к ... — 97»)."""


def elided_lead_item(quote: str, start: int, offences: Sequence[OffenceSpan]) -> bool:
    """Whether the sentence ``quote`` (at ``start``), which names ``offences``, is a list
    item that names only its offence before the dash and its figure («🔸 госизмена — 61
    приговор», «🔸 по «шпионской» статье (276 УК) — 9»), or a ranking's next place told so
    after its place (:data:`RANK_LEAD`)."""
    if "—" not in quote and "–" not in quote and ":" not in quote:
        return False
    if _named_item(quote, start, 0, offences):
        return True
    rank = RANK_LEAD.match(quote)
    return rank is not None and _named_item(quote, start, rank.end(), offences)


def _named_item(quote: str, start: int, skip: int, offences: Sequence[OffenceSpan]) -> bool:
    m = ELIDED_LEAD_ITEM.match(quote[skip:])
    if m is None:
        return False
    head = list(m.group("head"))
    at = start + skip + m.start("head")
    for o in offences:
        for k in range(max(o.start - at, 0), min(o.end - at, len(head))):
            head[k] = " "
    words = re.findall(r"\w+", "".join(head).lower())
    return all(w in LEAD_ITEM_WORDS or w.isdigit() for w in words)


"""Wordings that point back to an offence named before: «таких приговоров», «по ним»,
«по этой статье», «их было», «за такие призывы», «за это», «эти цифры», «за него», «по
ее первой части», «вторая часть предусматривает», «Это на 30% больше, чем ..., когда ...»
(a figure compared with the one before); not a bare «тот» («на тот же
срок») nor «за это время»."""


PLURAL_ARTICLES = re.compile(
    r"\bпо\s+(?:этим|данным|тем\s+же|упомянутым|названным|указанным|перечисленным)\s+"
    r"(?:стать[яь]м|обвинениям)\b",
    re.IGNORECASE,
)
"""«по этим статьям», «по упомянутым статьям»: several articles named before."""


def plural_back(quote: str, named: tuple[str, ...], group: tuple[str, ...]) -> tuple[str, ...]:
    """The offences a reference back means: ``named`` (the sentence before's), or, when a
    plural «по этим статьям» follows a sentence that narrowed a ``group`` named before to
    one of its offences, that group."""
    narrowed = len(named) == 1 and len(group) > 1 and named[0] in group
    if narrowed and "стат" in quote and PLURAL_ARTICLES.search(quote):
        return group
    return named


_FIGURE_JOINS = re.compile(r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)")


def figures_in_a_row(text: str, numbers: Sequence[Number]) -> bool:
    """Whether ``numbers`` stand in a row joined by commas and «и» only («В 2025-м таких
    приговоров было 790, 96 и 203.»): one figure for each offence counted before, in order,
    as «соответственно» says."""
    return len(numbers) > 1 and all(
        _FIGURE_JOINS.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(numbers)
    )
