"""The ontology as an OWL 2 DL document: publishing, the profile check and the HTML docs.

- ``publish``: ontology/*.ttl merged into one ontology under rsl.ttl's header, written as
  Turtle and RDF/XML (what owlready2, HermiT, py-horned-owl and the OWL API read).
- ``profile``: the OWL 2 DL structural conditions that matter here, checked in Python.
- ``docs``: HTML documentation of each ontology file with pyLODE (optional dependency).
"""
