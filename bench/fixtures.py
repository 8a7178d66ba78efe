"""The shapes, the cross-check and the competency queries both sides of the bench run."""

from __future__ import annotations

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
