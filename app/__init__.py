"""newsgraph: build a typed knowledge graph from news articles.

``newsgraph.extract`` turns documents into records, ``newsgraph.graph``
stores, queries and shows them; this package wires the two into the command
line (``newsgraph --help``).
"""

__version__ = "0.1.0"
