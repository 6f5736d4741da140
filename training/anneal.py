"""Stage 2 of the recipe: resume every component of a trained pipeline with a decaying rate.

    python training/anneal.py training/output/full/model-last --output training/output/anneal

Stage 1 (``training/config.cfg``) trains at a constant learning rate of 0.001, so its
weights end noisy. This stage sources every component of the stage-1 pipeline and goes on
training on the same corpora with a rate that falls linearly from ``--rate`` to 0 over
``--steps`` updates, at the final batch size of stage 1 (see ``functions.restore_lemmatizer_labels`` for
what resuming the lemmatizer needs). The config it runs is derived from
``training/config.cfg`` (written beside the output as ``anneal.cfg``), so the two stages
never drift apart. Extra arguments go to ``spacy train`` as overrides.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from thinc.api import Config

HERE = Path(__file__).resolve().parent


def anneal_config(base: Config, source: Path, steps: int, rate: float, batch_words: int) -> Config:
    """Return ``base`` with every component sourced from ``source`` and a linear decay.

    >>> base = Config().from_disk(HERE / "config.cfg")
    >>> cfg = anneal_config(base, Path("stage1"), steps=100, rate=5e-4, batch_words=1000)
    >>> cfg["components"]["parser"]
    {'source': 'stage1'}
    >>> cfg["training"]["optimizer"]["learn_rate"]["total_steps"]
    100
    """
    cfg = Config(base).copy()
    cfg["components"] = {name: {"source": str(source)} for name in cfg["nlp"]["pipeline"]}
    training = cfg["training"]
    training["max_epochs"] = 0
    training["max_steps"] = steps
    training["eval_frequency"] = max(1, steps // 8)
    training["optimizer"]["learn_rate"] = {
        "@schedules": "warmup_linear.v1",
        "warmup_steps": 0,
        "total_steps": steps,
        "initial_rate": rate,
    }
    training["batcher"]["size"] = batch_words
    cfg["initialize"]["after_init"] = {"@callbacks": "newsgraph.restore_lemmatizer_labels.v1"}
    return cfg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the stage-1 pipeline directory")
    parser.add_argument("--output", type=Path, default=HERE / "output" / "anneal")
    parser.add_argument("--steps", type=int, default=3000, help="updates (default 3000)")
    parser.add_argument("--rate", type=float, default=5e-4, help="initial learning rate")
    parser.add_argument("--batch-words", type=int, default=1000, help="words per batch")
    args, overrides = parser.parse_known_args(argv)
    if not (args.source / "config.cfg").is_file():
        parser.error(f"{args.source} is not a spaCy pipeline directory (no config.cfg); "
                     "run stage 1 first: bash training/train.sh")
    base = Config().from_disk(HERE / "config.cfg", interpolate=False)
    cfg = anneal_config(base, args.source.resolve(), args.steps, args.rate, args.batch_words)
    args.output.mkdir(parents=True, exist_ok=True)
    cfg_path = args.output / "anneal.cfg"
    cfg.to_disk(cfg_path)
    command = [sys.executable, "-m", "spacy", "train", str(cfg_path),
               "--code", str(HERE / "functions.py"), "--output", str(args.output), *overrides]
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
