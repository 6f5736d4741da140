#!/usr/bin/env bash
# Reproduce the bundled pipeline end to end:
#   corpora -> DocBin -> spacy train (2 stages) -> evaluate (PUD, GUM test, news-bench speed) -> package
# into extract/pipelines/en_newsgraph_sm. Usage (from anywhere):
#   bash training/train.sh [extra `spacy train` overrides, e.g. --training.max_epochs 2]
# CORPORA overrides the data folder (default ../shared/corpora relative to the repo root).
# Runs on one core (OMP_NUM_THREADS=1); about 77 minutes on the shared 2-core build machine
# (74 of them training: 14 epochs).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA="${CORPORA:-../shared/corpora}"
OUT=training/output
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
mkdir -p "$OUT"

python training/convert.py --corpora "$CORPORA"

start=$(date +%s)
# stage 1: every component from scratch at a constant learning rate
python -m spacy train training/config.cfg --code training/functions.py --output "$OUT/full" "$@" \
    2>&1 | tee "$OUT/full.log"
# stage 2: resume them all with a learning rate decaying to 0 (training/anneal.py); the pipeline
# at the end of the decay (model-last) is the one shipped
python training/anneal.py "$OUT/full/model-last" --output "$OUT/anneal" 2>&1 | tee "$OUT/anneal.log"
end=$(date +%s)

python training/evaluate.py "$OUT/anneal/model-last" --out "$OUT/eval.json" \
    --news "$CORPORA/news-bench/articles.jsonl"
python training/package.py "$OUT/anneal/model-last" --eval "$OUT/eval.json" \
    --train-log "$OUT/full.log" --train-log "$OUT/anneal.log" --train-seconds $((end - start))
