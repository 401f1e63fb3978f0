"""Compare khabar's sentence splitter with spaCy's rule-based sentencizer and pysbd on gold files.

    python benchmarks/compare_splitters.py corpus/dev/gold.jsonl corpus/dev2/gold.jsonl

Every gold event's ``evidence`` is the first 80 characters of its sentence (docs/gold-format.md), so
where it is found in the clean text its start is a true sentence start, and an evidence shorter than
80 characters is a whole sentence. For each splitter, run on the same clean text (khabar's clean
stage), this reports per language:

- ``start``: share of gold sentence starts that the splitter also starts a sentence at;
- ``kept``: share of gold evidence strings that fall inside one predicted sentence (not cut);
- ``exact``: share of whole gold sentences (evidence < 80 characters) predicted exactly;
- ``sentences``: number of predicted sentences (over-splitting shows here).

pysbd (``char_span=True``) is used when installed; it is not a dependency of khabar.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from khabar.langpacks import load_language_packs
from khabar.model import Document
from khabar.stages.clean import CleanStage
from khabar.stages.segment import SegmentStage

Spans = list[tuple[int, int]]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _find(clean: str, evidence: str) -> tuple[int, int] | None:
    """Span of ``evidence`` in ``clean``, whitespace runs matching any whitespace."""
    import re

    words = [re.escape(w) for w in _norm(evidence).split()]
    if not words:
        return None
    match = re.search(r"\s+".join(words), unicodedata.normalize("NFC", clean))
    return (match.start(), match.end()) if match else None


def _trim(text: str, spans: Spans) -> Spans:
    """Spans without surrounding whitespace, empty ones dropped (as khabar's sentences are)."""
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def khabar_splitter(segment: SegmentStage) -> Callable[[str, str], Spans]:
    return lambda text, lang: [(s.start, s.end) for s in segment.segment(text, lang)]


def spacy_splitter() -> Callable[[str, str], Spans]:
    import spacy

    pipelines = {}

    def split(text: str, lang: str) -> Spans:
        if lang not in pipelines:
            nlp = spacy.blank(lang)
            nlp.add_pipe("sentencizer")
            nlp.max_length = 10_000_000
            pipelines[lang] = nlp
        return _trim(text, [(s.start_char, s.end_char) for s in pipelines[lang](text).sents])

    return split


def pysbd_splitter() -> Callable[[str, str], Spans] | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenters = {}

    def split(text: str, lang: str) -> Spans:
        if lang not in segmenters:
            segmenters[lang] = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        return _trim(text, [(s.start, s.end) for s in segmenters[lang].segment(text)])

    return split


def main(paths: list[str]) -> None:
    packs = load_language_packs()
    clean_stage, segment = CleanStage(packs), SegmentStage(packs)
    splitters: dict[str, Callable[[str, str], Spans]] = {
        "khabar": khabar_splitter(segment),
        "spacy": spacy_splitter(),
    }
    sbd = pysbd_splitter()
    if sbd is not None:
        splitters["pysbd"] = sbd
    # (splitter, part, lang) -> counters
    totals: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold_path in map(Path, paths):
        part = gold_path.parent.name
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = (gold_path.parent / row["file"]).read_text(encoding="utf-8")
            clean = clean_stage(Document(id=row["file"], raw=raw)).clean or ""
            lang = row["lang"]
            gold = {}
            for event in row.get("events", []):
                evidence = event.get("evidence") or ""
                span = _find(clean, evidence)
                if span is not None:
                    gold[span[0]] = (span, len(_norm(evidence)) < 80)
            for name, split in splitters.items():
                predicted = split(clean, lang)
                starts = {s for s, _ in predicted}
                counts = totals[(name, part, lang)]
                counts["sentences"] += len(predicted)
                for (start, end), whole in gold.values():
                    counts["gold"] += 1
                    counts["start"] += start in starts
                    counts["kept"] += any(s <= start and end <= e for s, e in predicted)
                    if whole:
                        counts["whole"] += 1
                        # a whole sentence: predicted exactly (up to closing quotes after its end)
                        counts["exact"] += any(s == start and end <= e <= end + 2 for s, e in predicted)
    header = ("part", "lang", "splitter", "gold", "start", "kept", "exact", "sentences")
    print("{:6} {:4} {:8} {:>5} {:>6} {:>6} {:>6} {:>9}".format(*header))
    for (name, part, lang), c in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        gold_n, whole = c["gold"] or 1, c["whole"] or 1
        print(
            f"{part:6} {lang:4} {name:8} {c['gold']:5d} {c['start'] / gold_n:6.3f} {c['kept'] / gold_n:6.3f} "
            f"{c['exact'] / whole:6.3f} {c['sentences']:9d}"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["corpus/dev/gold.jsonl", "corpus/dev2/gold.jsonl"])
