"""newsgraph.graph: everything after extraction.

The RDF mapping, the on-disk store, export, SPARQL, the networkx projection
and analytics, pyvis rendering and serving. Never imports spaCy: its input is
the records of :mod:`newsgraph.extract.records`.

- :mod:`~newsgraph.graph.namespaces`: every IRI, minted stably
- :mod:`~newsgraph.graph.ontology`: ``ontology.ttl`` and ``shapes.ttl`` as shipped
- :mod:`~newsgraph.graph.rdf`: ``DocumentExtraction`` -> quads of one named graph
- :mod:`~newsgraph.graph.store`: the store interface (``oxigraph`` on disk, ``memory``)
- :mod:`~newsgraph.graph.sparql`: query results, their formats, named queries
- :mod:`~newsgraph.graph.shacl`: validation against the shapes
- :mod:`~newsgraph.graph.network`: the networkx projection, paths, centrality
- :mod:`~newsgraph.graph.stats`: counts and central entities
- :mod:`~newsgraph.graph.render`, :mod:`~newsgraph.graph.layout`: the offline HTML view
- :mod:`~newsgraph.graph.export`: RDF formats, GraphML, GEXF
- :mod:`~newsgraph.graph.lock`: one build per output folder
"""
