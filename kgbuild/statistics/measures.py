"""The measure scheme: every column of every form, as a stable code with ru and en labels.

Columns are recognised by the words of their header (all header rows above the column,
outermost first, lower-cased): a rule names the words that must all occur (``all_of``)
and those that must not (``none_of``); the first matching rule of the form wins. The
``ru`` label is the header's wording in the 2024 file (or the last year the column
appears). ``parent`` is the column this one is a breakdown of, where the form says so:
term bands of "Лишение свободы: всего", fine bands of the fine totals. Columns headed
"из графы N" ("of which, from column N") get column N's measure as parent in that file
(see ColumnInfo.parent); they are at most their parent, not parts of a partition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    form: str
    code: str
    ru: str
    en: str
    parent: str | None = None
    unit: str = "persons"
    """'persons', 'offences' (10-а's counts by offence) or 'roubles' (10.3.1 sums)."""
    additive: bool = True
    """Whether rows add up: False for 10-а's persons with an additional charge, since one
    person charged under two articles of a chapter is one person in the chapter's row."""


@dataclass(frozen=True)
class Rule:
    code: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()


def _m(form: str, rows: list[tuple[str, str, str, str | None, str]]) -> tuple[Measure, ...]:
    return tuple(
        Measure(
            form, code, ru, en, parent, unit, not (form == "10-a" and code.endswith("_additional"))
        )
        for code, ru, en, parent, unit in rows
    )


_P, _O, _R = "persons", "offences", "roubles"
_IMP = "imprisonment"

MEASURES_10_3 = _m(
    "10.3",
    [
        ("convicted", "Всего осуждено", "convicted, total", None, _P),
        ("life_imprisonment", "пожизненное лишение свободы", "life imprisonment", None, _P),
        ("imprisonment", "лишение свободы", "imprisonment (deprivation of liberty)", None, _P),
        ("imprisonment_up_to_1y", "до 1 года вкл.", "imprisonment up to 1 year", _IMP, _P),
        ("imprisonment_1_3y", "Свыше 1 до 3 лет вкл.", "imprisonment over 1 to 3 years", _IMP, _P),
        ("imprisonment_3_5y", "Свыше 3 до 5 лет вкл.", "imprisonment over 3 to 5 years", _IMP, _P),
        ("imprisonment_5_8y", "Свыше 5 до 8 лет вкл.", "imprisonment over 5 to 8 years", _IMP, _P),
        (
            "imprisonment_8_10y",
            "свыше 8 до 10 лет вкл.",
            "imprisonment over 8 to 10 years",
            _IMP,
            _P,
        ),
        (
            "imprisonment_10_15y",
            "Свыше 10 до 15 лет вкл.",
            "imprisonment over 10 to 15 years",
            _IMP,
            _P,
        ),
        (
            "imprisonment_15_20y",
            "Свыше 15 до 20 лет вкл.",
            "imprisonment over 15 to 20 years",
            _IMP,
            _P,
        ),
        (
            "imprisonment_below_minimum",
            "Наказание назначено ниже низшего предела: лишение свободы",
            "imprisonment below the statutory minimum",
            None,
            _P,
        ),
        (
            "suspended_imprisonment",
            "условное осуждение к лишению свободы",
            "suspended imprisonment",
            None,
            _P,
        ),
        (
            "suspended_other",
            "условное осуждение к иным мерам",
            "other suspended sentence",
            None,
            _P,
        ),
        (
            "disciplinary_military_unit",
            "содержание в дисциплинарной воинской части",
            "detention in a disciplinary military unit",
            None,
            _P,
        ),
        ("arrest", "арест", "arrest", None, _P),
        ("restriction_of_liberty", "ограничение свободы", "restriction of liberty", None, _P),
        (
            "restriction_of_liberty_or_military",
            "Ограничение свободы/ограничение по воен. службе, содерж. в дисц. в/ч",
            "restriction of liberty, restriction in military service or disciplinary military unit (one column, 2009)",
            None,
            _P,
        ),
        (
            "military_service_restriction",
            "ограничение по военной службе",
            "restriction in military service",
            None,
            _P,
        ),
        ("corrective_labour", "исправительные работы", "corrective labour", None, _P),
        ("compulsory_works", "обязательные работы", "compulsory works", None, _P),
        ("forced_labour", "принудительные работы", "forced labour", None, _P),
        (
            "deprivation_of_right",
            "лишение права занимать определенные должности или заниматься определенной деятельностью",
            "deprivation of the right to hold certain posts or engage in certain activities",
            None,
            _P,
        ),
        ("fine", "штраф", "fine", None, _P),
        (
            "released_detention_credit_from_imprisonment",
            "в связи с зачетом срока содержания под стражей, домашнего ареста: от лишения свободы",
            "released by the verdict, time in custody or house arrest credited: from imprisonment",
            None,
            _P,
        ),
        (
            "released_detention_credit_from_other",
            "в связи с зачетом срока содержания под стражей, домашнего ареста: от иных мер",
            "released by the verdict, time in custody or house arrest credited: from other measures",
            None,
            _P,
        ),
        (
            "released_amnesty",
            "По приговору освобождено осужденных от наказания по амнистии",
            "released by the verdict under an amnesty",
            None,
            _P,
        ),
        (
            "released_amnesty_from_imprisonment",
            "по амнистии: от лишения свободы",
            "released by the verdict under an amnesty: from imprisonment",
            None,
            _P,
        ),
        (
            "released_amnesty_from_other",
            "по амнистии: от иных мер",
            "released by the verdict under an amnesty: from other measures",
            None,
            _P,
        ),
        (
            "released_other_from_imprisonment",
            "по другим основаниям: от лишения свободы",
            "released by the verdict on other grounds: from imprisonment",
            None,
            _P,
        ),
        (
            "released_other_from_other",
            "по другим основаниям: от иных мер",
            "released by the verdict on other grounds, or no punishment imposed: from other measures",
            None,
            _P,
        ),
        ("acquitted", "Оправдано", "acquitted", None, _P),
        (
            "terminated_no_crime",
            "за отсутствием события, состава, непричастностью к преступлению",
            "case terminated: no event or elements of a crime, or not involved",
            None,
            _P,
        ),
        ("terminated_amnesty", "по амнистии", "case terminated under an amnesty", None, _P),
        (
            "terminated_reconciliation",
            "за примирением с потерпевшим",
            "case terminated on reconciliation with the victim",
            None,
            _P,
        ),
        (
            "terminated_active_repentance",
            "в связи с деятельным раскаянием",
            "case terminated for active repentance",
            None,
            _P,
        ),
        (
            "terminated_court_fine",
            "назначена мера уголовно-правового характера судебный штраф",
            "case terminated with a court fine",
            None,
            _P,
        ),
        ("terminated_other", "по другим основаниям", "case terminated on other grounds", None, _P),
        (
            "terminated_criminal_law_notes",
            "на основании примечаний к статьям УК РФ",
            "case terminated under the notes to articles of the Code",
            None,
            _P,
        ),
        (
            "compulsory_medical",
            "Принудительные меры к невменяемым",
            "compulsory medical measures (insane)",
            None,
            _P,
        ),
        (
            "additional_deprivation_of_right",
            "дополнительное наказание: лишение права занимать определенные должности или заниматься определенной деятельностью",
            "additional punishment: deprivation of the right to hold posts or engage in activities",
            None,
            _P,
        ),
        (
            "additional_fine",
            "дополнительное наказание: штраф",
            "additional punishment: fine",
            None,
            _P,
        ),
        (
            "additional_deprivation_of_title",
            "дополнительное наказание: лишение специального, воинского или почетного звания, классного чина и государственных наград",
            "additional punishment: deprivation of rank, title or state awards",
            None,
            _P,
        ),
        (
            "additional_restriction_of_liberty",
            "дополнительное наказание: ограничение свободы",
            "additional punishment: restriction of liberty",
            None,
            _P,
        ),
        (
            "corruption_motive",
            "из числа осужденных имеется коррупционный мотив",
            "of the convicted: corruption motive",
            None,
            _P,
        ),
        (
            "unfinished_offence",
            "Преступление не является оконченным (приготовление, покушение)",
            "offence not completed (preparation, attempt)",
            None,
            _P,
        ),
        (
            "justified_self_defence",
            "необходимая оборона (ст. 37 УК РФ)",
            "act in necessary defence (Art. 37)",
            None,
            _P,
        ),
        (
            "justified_necessity",
            "крайняя необходимость (ст. 39 УК РФ)",
            "act in extreme necessity (Art. 39)",
            None,
            _P,
        ),
        (
            "justified_other",
            "обстоятельства, предусмотренные статьями 38, 40 - 42 УК РФ",
            "circumstances of Arts. 38, 40-42 excluding criminality",
            None,
            _P,
        ),
    ],
)

_REL = ("освобожд",)
_ADD = ("дополнительн", "доп. наказ")
RULES_10_3 = (
    Rule("convicted", ("всего осуждено",)),
    Rule("corruption_motive", ("коррупцион",)),
    Rule("unfinished_offence", ("не является оконченным",)),
    Rule("justified_self_defence", ("необходимая оборона",)),
    Rule("justified_necessity", ("крайняя необходимость",)),
    Rule("justified_other", ("статьями 38",)),
    Rule("terminated_criminal_law_notes", ("примечаний к статьям",)),
    Rule("released_detention_credit_from_imprisonment", ("зачетом срока", "от лишения свободы")),
    Rule("released_detention_credit_from_other", ("зачетом срока", "от иных мер")),
    Rule("released_amnesty_from_imprisonment", ("освобожд", "амнист", "от лишения свободы")),
    Rule("released_amnesty_from_other", ("освобожд", "амнист", "от иных мер")),
    Rule("released_amnesty", ("освобожд", "амнист")),
    Rule("released_other_from_imprisonment", ("освобожд", "от лишения свободы")),
    Rule("released_other_from_other", ("освобожд", "от иных мер")),
    Rule("imprisonment_up_to_1y", ("до 1 года",)),
    Rule("imprisonment_1_3y", ("свыше 1 до 3 лет",)),
    Rule("imprisonment_3_5y", ("свыше 3 до 5 лет",)),
    Rule("imprisonment_5_8y", ("свыше 5 до 8 лет",)),
    Rule("imprisonment_8_10y", ("свыше 8 до 10 лет",)),
    Rule("imprisonment_10_15y", ("свыше 10 до 15 лет",)),
    Rule("imprisonment_15_20y", ("свыше 15 до 20 лет",)),
    Rule("imprisonment_below_minimum", ("ниже низшего предела",)),
    Rule("life_imprisonment", ("пожизненное лишение свободы",)),
    Rule("suspended_imprisonment", ("условное осуждение к лишению свободы",)),
    Rule("suspended_other", ("условное осуждение к иным мерам",)),
    Rule("restriction_of_liberty_or_military", ("ограничение свободы/ограничение по воен",)),
    Rule("additional_deprivation_of_right", ("лишение права занимать", "дополнительн")),
    Rule("additional_fine", ("штраф", "дополнительн")),
    Rule("additional_deprivation_of_title", ("лишение специального",)),
    Rule("additional_restriction_of_liberty", ("ограничение свободы", "дополнительн")),
    Rule("additional_restriction_of_liberty", ("ограничение свободы", "доп. наказ")),
    Rule("terminated_court_fine", ("судебный штраф",)),
    Rule("disciplinary_military_unit", ("дисциплинарной воинской",)),
    Rule("military_service_restriction", ("ограничение по воен",)),
    Rule("restriction_of_liberty", ("ограничение свободы",)),
    Rule("corrective_labour", ("исправительные работы",)),
    Rule("compulsory_works", ("обязательные работы",)),
    Rule("forced_labour", ("принудительные работы",)),
    Rule("compulsory_medical", ("принудительные меры",)),
    Rule("deprivation_of_right", ("лишение права занимать",)),
    Rule("fine", ("штраф",)),
    Rule("imprisonment", ("лишение свободы",), ("условное", "от лишения")),
    Rule("arrest", ("арест",), ("домашн",)),
    Rule("acquitted", ("оправдано",)),
    Rule("terminated_no_crime", ("за отсутствием",)),
    Rule("terminated_amnesty", ("амнист",), _REL),
    Rule("terminated_reconciliation", ("примирением",)),
    Rule("terminated_active_repentance", ("деятельным раскаянием",)),
    Rule("terminated_other", ("по другим основаниям",), _REL),
)

_BANDS = [
    ("up_to_5k", "до 5 тыс.", "up to 5,000 roubles", ("до 5 тыс",), ("свыше",)),
    (
        "5k_25k",
        "свыше 5 тыс. до 25 тыс.",
        "over 5,000 to 25,000 roubles",
        ("5 тыс. до 25 тыс",),
        (),
    ),
    (
        "25k_100k",
        "свыше 25 тыс. до 100 тыс.",
        "over 25,000 to 100,000 roubles",
        ("25 тыс. до 100 тыс",),
        (),
    ),
    (
        "25k_500k",
        "Свыше 25 тыс. до 500 тыс.",
        "over 25,000 to 500,000 roubles (2011-2013)",
        ("25 тыс. до 500 тыс",),
        (),
    ),
    (
        "100k_300k",
        "свыше 100 тыс. до 300 тыс.",
        "over 100,000 to 300,000 roubles",
        ("100 тыс. до 300 тыс",),
        (),
    ),
    (
        "300k_500k",
        "свыше 300 тыс. до 500 тыс.",
        "over 300,000 to 500,000 roubles",
        ("300 тыс. до 500 тыс",),
        (),
    ),
    (
        "500k_1m",
        "свыше 500 тыс. до 1 млн",
        "over 500,000 roubles to 1 million",
        ("500 тыс. до 1 млн",),
        (),
    ),
    ("over_1m", "свыше 1 млн", "over 1 million roubles", ("свыше 1 млн",), ()),
    ("over_100k", "свыше 100 тыс.", "over 100,000 roubles", ("свыше 100 тыс",), ("до 300",)),
]
_TERMS = [
    ("up_to_1y", "до 1 года включительно", "up to 1 year", "до 1 года"),
    ("1_2y", "свыше 1 до 2 лет включительно", "over 1 to 2 years", "свыше 1 до 2 лет"),
    ("2_3y", "свыше 2 до 3 лет включительно", "over 2 to 3 years", "свыше 2 до 3 лет"),
    ("3_5y", "свыше 3 до 5 лет включительно", "over 3 to 5 years", "свыше 3 до 5 лет"),
    ("5_8y", "свыше 5 до 8 лет включительно", "over 5 to 8 years", "свыше 5 до 8 лет"),
    ("8_10y", "свыше 8 до 10 лет включительно", "over 8 to 10 years", "свыше 8 до 10 лет"),
    ("10_15y", "свыше 10 до 15 лет включительно", "over 10 to 15 years", "свыше 10 до 15 лет"),
    ("15_20y", "свыше 15 до 20 лет включительно", "over 15 to 20 years", "свыше 15 до 20 лет"),
]
_FINE_GROUPS = [
    # (prefix, ru group, en group, words that identify the group, parent total)
    (
        "fine_main",
        'Штраф (из гр. "Основное наказание" ф. 10.3), число осужденных лиц по размеру штрафа',
        "main-punishment fine, persons by amount:",
        ("основн",),
        "fine_main_persons",
    ),
    (
        "fine_additional",
        'Штраф (из гр. "Дополнительное наказание" ф. 10.3), число осужденных лиц по размеру штрафа',
        "additional-punishment fine, persons by amount:",
        ("дополнительн",),
        "fine_additional_persons",
    ),
    (
        "court_fine",
        "Судебный штраф как мера уголовно-правового характера (ст. 104.4 УК РФ), число лиц по размеру штрафа",
        "court fine (Art. 104.4), persons by amount:",
        ("судебный штраф",),
        "court_fine_persons",
    ),
]
_COURT_BANDS = ("up_to_5k", "5k_25k", "25k_100k", "over_100k")
_SHARED_BANDS = ("up_to_5k", "5k_25k", "25k_100k")
MEASURES_10_3_1 = _m(
    "10.3.1",
    [
        (
            "imprisonment",
            "Лишение свободы: всего (число лиц)",
            "imprisonment, total (persons)",
            None,
            _P,
        ),
        *[(f"imprisonment_{c}", ru, f"imprisonment {en}", _IMP, _P) for c, ru, en, _ in _TERMS],
        (
            "imprisonment_below_minimum",
            "Наказание назначено ниже низшего предела: лишение свободы",
            "imprisonment below the statutory minimum",
            None,
            _P,
        ),
        *[
            (f"{p}_{c}", f"{gru}: {ru}", f"{gen} {en}", parent, _P)
            for p, gru, gen, _, parent in _FINE_GROUPS
            for c, ru, en, _a, _n in _BANDS
            if (c in _COURT_BANDS) == (p == "court_fine") or c in _SHARED_BANDS
        ],
        (
            "fine_main_persons",
            'Общая сумма штрафов (из гр. 13 "Основное наказание" ф. 10.3): всего лиц',
            "main-punishment fines: persons",
            None,
            _P,
        ),
        (
            "fine_main_roubles",
            'Общая сумма штрафов (из гр. 13 "Основное наказание" ф. 10.3): всего руб.',
            "main-punishment fines: total amount",
            None,
            _R,
        ),
        (
            "fine_additional_persons",
            'Общая сумма штрафов (из гр. 28 "Дополнительное наказание" ф. 10.3): всего лиц',
            "additional-punishment fines: persons",
            None,
            _P,
        ),
        (
            "fine_additional_roubles",
            'Общая сумма штрафов (из гр. 28 "Дополнительное наказание" ф. 10.3): всего руб.',
            "additional-punishment fines: total amount",
            None,
            _R,
        ),
        (
            "court_fine_persons",
            "Общая сумма судебных штрафов, назначенных в соответствии со статьей 104.4 УК РФ: всего лиц",
            "court fines (Art. 104.4): persons",
            None,
            _P,
        ),
        (
            "court_fine_roubles",
            "Общая сумма судебных штрафов, назначенных в соответствии со статьей 104.4 УК РФ: всего руб.",
            "court fines (Art. 104.4): total amount",
            None,
            _R,
        ),
    ],
)
RULES_10_3_1 = (
    Rule("imprisonment", ("лишение свободы: всего",)),
    Rule("imprisonment_below_minimum", ("ниже низшего предела",)),
    *[Rule(f"imprisonment_{c}", (words,), ("штраф",)) for c, _r, _e, words in _TERMS],
    Rule("court_fine_persons", ("общая сумма судебных штрафов", "всего лиц")),
    Rule("court_fine_roubles", ("общая сумма судебных штрафов", "всего руб")),
    Rule("fine_main_persons", ("общая сумма штрафов", "основн", "всего лиц")),
    Rule("fine_main_roubles", ("общая сумма штрафов", "основн", "всего руб")),
    Rule("fine_additional_persons", ("общая сумма штрафов", "дополнительн", "всего лиц")),
    Rule("fine_additional_roubles", ("общая сумма штрафов", "дополнительн", "всего руб")),
    *[
        Rule(f"{p}_{c}", (*group_words, *band_words), (*band_not, "общая сумма"))
        for p, _g, _ge, group_words, _parent in _FINE_GROUPS
        for c, _r, _e, band_words, band_not in _BANDS
    ],
)

MEASURES_10_A = _m(
    "10-a",
    [
        (
            "convicted_main",
            "Число осужденных по основной статье",
            "convicted under the main article",
            None,
            _P,
        ),
        (
            "convicted_additional",
            "Дополнительная квалификация. Осуждено: по числу лиц",
            "convicted with this article as an additional charge (persons)",
            None,
            _P,
        ),
        (
            "convicted_additional_offences",
            "Дополнительная квалификация. Осуждено: по количеству составов преступлений",
            "convicted with this article as an additional charge (offences)",
            None,
            _O,
        ),
        (
            "acquitted_main",
            "Число оправданных по основной статье",
            "acquitted under the main article",
            None,
            _P,
        ),
        (
            "acquitted_additional",
            "Дополнительная квалификация. Оправдано: по числу лиц",
            "acquitted of this article as an additional charge (persons)",
            None,
            _P,
        ),
        (
            "acquitted_additional_offences",
            "Дополнительная квалификация. Оправдано: по количеству составов преступлений",
            "acquitted of this article as an additional charge (offences)",
            None,
            _O,
        ),
        (
            "terminated_no_crime_main",
            "Число лиц, в отношении которых уголовные дела прекращены за отсутствием состава, события преступления, непричастностью к преступлению по основной статье",
            "cases terminated for no crime or non-involvement, main article",
            None,
            _P,
        ),
        (
            "terminated_no_crime_additional",
            "Дополнительная квалификация. Прекращено за отсутствием состава, события преступления, непричастностью к преступлению: по числу лиц",
            "cases terminated for no crime, additional charge (persons)",
            None,
            _P,
        ),
        (
            "terminated_no_crime_additional_offences",
            "Дополнительная квалификация. Прекращено за отсутствием состава, события преступления, непричастностью к преступлению: по количеству составов преступлений",
            "cases terminated for no crime, additional charge (offences)",
            None,
            _O,
        ),
        (
            "terminated_other_main",
            "Число лиц, в отношении которых уголовные дела прекращены по иным основаниям по основной статье",
            "cases terminated on other grounds, main article",
            None,
            _P,
        ),
        (
            "terminated_other_additional",
            "Дополнительная квалификация. Прекращено по иным основаниям: по числу лиц",
            "cases terminated on other grounds, additional charge (persons)",
            None,
            _P,
        ),
        (
            "terminated_other_additional_offences",
            "Дополнительная квалификация. Прекращено по иным основаниям: по количеству составов преступлений",
            "cases terminated on other grounds, additional charge (offences)",
            None,
            _O,
        ),
        ("found_insane", "Признано невменяемыми: по числу лиц", "found insane (persons)", None, _P),
        (
            "found_insane_offences",
            "Признано невменяемыми: по количеству составов преступлений",
            "found insane (offences)",
            None,
            _O,
        ),
        (
            "compulsory_medical_main",
            "Принудительные меры медицинского характера в отношении невменяемого: число лиц по основной статье",
            "compulsory medical measures, main article (persons)",
            None,
            _P,
        ),
        (
            "compulsory_medical_additional_offences",
            "Принудительные меры медицинского характера в отношении невменяемого: дополнительная квалификация по судебным постановлениям по количеству составов преступлений",
            "compulsory medical measures, additional charge (offences)",
            None,
            _O,
        ),
    ],
)
_CNT = ("по количеству составов",)
RULES_10_A = (
    Rule("convicted_main", ("осужденных", "по основной статье")),
    Rule("convicted_additional_offences", ("осужден", "дополнительн", "по количеству составов")),
    Rule("convicted_additional", ("осужден", "дополнительн")),
    Rule("convicted_additional_offences", ("дополнительная квалификация по приговору", *_CNT)),
    Rule("convicted_additional", ("дополнительная квалификация по приговору",)),
    Rule("acquitted_main", ("оправданных", "по основной статье")),
    Rule("acquitted_additional_offences", ("оправдано", *_CNT)),
    Rule("acquitted_additional", ("оправдано",)),
    Rule("terminated_no_crime_main", ("прекращены за отсутствием", "по основной статье")),
    Rule("terminated_other_main", ("прекращены по иным", "по основной статье")),
    Rule("terminated_other_additional_offences", ("прекращено по иным", *_CNT)),
    Rule("terminated_other_additional", ("прекращено по иным",)),
    Rule("terminated_no_crime_additional_offences", ("прекращено", *_CNT)),
    Rule("terminated_no_crime_additional", ("прекращено",)),
    Rule("found_insane_offences", ("невменяемыми", *_CNT)),
    Rule("found_insane", ("невменяемыми",)),
    Rule("compulsory_medical_additional_offences", ("принудительные меры", *_CNT)),
    Rule("compulsory_medical_main", ("принудительные меры", "по основной статье")),
)

MEASURES: dict[str, tuple[Measure, ...]] = {
    "10.3": MEASURES_10_3,
    "10.3.1": MEASURES_10_3_1,
    "10-a": MEASURES_10_A,
}
RULES: dict[str, tuple[Rule, ...]] = {
    "10.3": RULES_10_3,
    "10.3.1": RULES_10_3_1,
    "10-a": RULES_10_A,
}

_HYPHENATION_RE = re.compile(r"(?<=[а-яё])-(?=[а-яё])")
_OF_COLUMN_RE = re.compile(r"из графы (\d+)")


def normalise_header(header: str) -> str:
    """Lower case, Latin look-alikes made Cyrillic, words hyphenated across lines joined."""
    text = header.lower().replace("c", "с").replace("o", "о").replace("p", "р")
    return _HYPHENATION_RE.sub("", text)


def match_measure(form: str, header: str) -> str | None:
    """The measure code of a column header, or None if no rule of the form matches."""
    text = normalise_header(header)
    for rule in RULES[form]:
        if all(w in text for w in rule.all_of) and not any(w in text for w in rule.none_of):
            return rule.code
    return None


def of_column(header: str) -> int | None:
    """N for a header that says "из графы N" (a sub-column of column N), else None."""
    match = _OF_COLUMN_RE.search(normalise_header(header))
    return int(match.group(1)) if match else None


def measure_by_code(form: str) -> dict[str, Measure]:
    return {m.code: m for m in MEASURES[form]}
