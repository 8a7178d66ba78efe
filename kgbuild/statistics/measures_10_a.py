"""Form 10-а's columns: main article and additional charges, in persons and in offences.

Measure(form, code, ru, en, parent, unit, additive); Rule(code, all_of, none_of). See
kgbuild.statistics.measures for what the fields and rules mean.
"""

from __future__ import annotations

from kgbuild.statistics.breakdowns import SCOPES
from kgbuild.statistics.measure_types import Measure, Rule

# fmt: off
COLUMNS = (
    Measure('10-a', 'convicted_main', 'Число осужденных по основной статье', 'convicted under the main article', None, 'persons', True),
    Measure('10-a', 'convicted_additional', 'Дополнительная квалификация. Осуждено: по числу лиц', 'convicted with this article as an additional charge (persons)', None, 'persons', False),
    Measure('10-a', 'convicted_additional_offences', 'Дополнительная квалификация. Осуждено: по количеству составов преступлений', 'convicted with this article as an additional charge (offences)', None, 'offences', True),
    Measure('10-a', 'acquitted_main', 'Число оправданных по основной статье', 'acquitted under the main article', None, 'persons', True),
    Measure('10-a', 'acquitted_additional', 'Дополнительная квалификация. Оправдано: по числу лиц', 'acquitted of this article as an additional charge (persons)', None, 'persons', False),
    Measure('10-a', 'acquitted_additional_offences', 'Дополнительная квалификация. Оправдано: по количеству составов преступлений', 'acquitted of this article as an additional charge (offences)', None, 'offences', True),
    Measure('10-a', 'terminated_no_crime_main', 'Число лиц, в отношении которых уголовные дела прекращены за отсутствием состава, события преступления, непричастностью к преступлению по основной статье', 'cases terminated for no crime or non-involvement, main article', None, 'persons', True),
    Measure('10-a', 'terminated_no_crime_additional', 'Дополнительная квалификация. Прекращено за отсутствием состава, события преступления, непричастностью к преступлению: по числу лиц', 'cases terminated for no crime, additional charge (persons)', None, 'persons', False),
    Measure('10-a', 'terminated_no_crime_additional_offences', 'Дополнительная квалификация. Прекращено за отсутствием состава, события преступления, непричастностью к преступлению: по количеству составов преступлений', 'cases terminated for no crime, additional charge (offences)', None, 'offences', True),
    Measure('10-a', 'terminated_other_main', 'Число лиц, в отношении которых уголовные дела прекращены по иным основаниям по основной статье', 'cases terminated on other grounds, main article', None, 'persons', True),
    Measure('10-a', 'terminated_other_additional', 'Дополнительная квалификация. Прекращено по иным основаниям: по числу лиц', 'cases terminated on other grounds, additional charge (persons)', None, 'persons', False),
    Measure('10-a', 'terminated_other_additional_offences', 'Дополнительная квалификация. Прекращено по иным основаниям: по количеству составов преступлений', 'cases terminated on other grounds, additional charge (offences)', None, 'offences', True),
    Measure('10-a', 'found_insane', 'Признано невменяемыми: по числу лиц', 'found insane (persons)', None, 'persons', True),
    Measure('10-a', 'found_insane_offences', 'Признано невменяемыми: по количеству составов преступлений', 'found insane (offences)', None, 'offences', True),
    Measure('10-a', 'compulsory_medical_main', 'Принудительные меры медицинского характера в отношении невменяемого: число лиц по основной статье', 'compulsory medical measures, main article (persons)', None, 'persons', True),
    Measure('10-a', 'compulsory_medical_additional_offences', 'Принудительные меры медицинского характера в отношении невменяемого: дополнительная квалификация по судебным постановлениям по количеству составов преступлений', 'compulsory medical measures, additional charge (offences)', None, 'offences', True),
)

# The scoped breakdown sheets (2022-2023) repeat the columns for a subset of the persons.
MEASURES = COLUMNS + tuple(
    Measure(
        m.form,
        f"{m.code}_{scope}",
        f"{m.ru} ({ru})",
        f"{m.en}: {en}",
        f"{m.parent}_{scope}" if m.parent else None,
        m.unit,
        m.additive,
    )
    for scope, (ru, en) in SCOPES.items()
    for m in COLUMNS
)

RULES = (
    Rule('convicted_main', ('осужденных', 'по основной статье'), ()),
    Rule('convicted_additional_offences', ('осужден', 'дополнительн', 'по количеству составов'), ()),
    Rule('convicted_additional', ('осужден', 'дополнительн'), ()),
    Rule('convicted_additional_offences', ('дополнительная квалификация по приговору', 'по количеству составов'), ()),
    Rule('convicted_additional', ('дополнительная квалификация по приговору',), ()),
    Rule('acquitted_main', ('оправданных', 'по основной статье'), ()),
    Rule('acquitted_additional_offences', ('оправдано', 'по количеству составов'), ()),
    Rule('acquitted_additional', ('оправдано',), ()),
    Rule('terminated_no_crime_main', ('прекращены за отсутствием', 'по основной статье'), ()),
    Rule('terminated_other_main', ('прекращены по иным', 'по основной статье'), ()),
    Rule('terminated_other_additional_offences', ('прекращено по иным', 'по количеству составов'), ()),
    Rule('terminated_other_additional', ('прекращено по иным',), ()),
    Rule('terminated_no_crime_additional_offences', ('прекращено', 'по количеству составов'), ()),
    Rule('terminated_no_crime_additional', ('прекращено',), ()),
    Rule('found_insane_offences', ('невменяемыми', 'по количеству составов'), ()),
    Rule('found_insane', ('невменяемыми',), ()),
    Rule('compulsory_medical_additional_offences', ('принудительные меры', 'по количеству составов'), ()),
    Rule('compulsory_medical_main', ('принудительные меры', 'по основной статье'), ()),
)
# fmt: on
