"""One module per ``newsgraph`` subcommand; each exposes ``register(subparsers)``."""
