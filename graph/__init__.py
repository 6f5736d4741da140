"""newsgraph.graph: everything after extraction.

The RDF mapping, the on-disk store, export, SPARQL, the networkx projection
and analytics, pyvis rendering and serving. Never imports spaCy: its input is
the records of :mod:`newsgraph.extract.records`.
"""
