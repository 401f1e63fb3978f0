"""Build ``src/khabar/langpacks/hi/english_words.tsv``: common English words, for loanwords in Hindi.

Reproducible: ``python scripts/build_english_words.py`` (with ``wordfreq==3.1.1`` installed:
``pip install wordfreq==3.1.1``; it is needed only here, not at run time).

The source is wordfreq's English list (Robyn Speer, wordfreq 3.1.1: word frequencies from Wikipedia,
subtitles, news and web text; data under CC BY-SA 4.0): every word of plain lowercase letters, at least
``MIN_LENGTH`` long, with a Zipf frequency of at least ``MIN_ZIPF``. Hindi news writes many English words
in Devanagari (मोबाइल mobile, चार्जशीट charge+sheet, लोडशेडिंग load+shedding); the mention finder reads
a word that sounds like one of these (``khabar.text.english_phonetic``) as a loanword, not a name.
Whether a word is also a name (Green, Bush, Root) is decided at run time from the name lists.
"""

from __future__ import annotations

import re
from pathlib import Path

MIN_ZIPF = 3.0
MIN_LENGTH = 3
WORD = re.compile(r"[a-z]+")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/english_words.tsv"
HEADER = """# Common English words: word<TAB>Zipf frequency (English, general text)<TAB>consonant keys of the
# word's readings (khabar.text.english_phonetic.english_readings, comma-separated: the run-time index).
# Derived by scripts/build_english_words.py from wordfreq 3.1.1 by Robyn Speer
# (https://github.com/rspeer/wordfreq): lowercase words of {min_length}+ letters with Zipf frequency >=
# {min_zipf}; wordfreq's data is licensed CC BY-SA 4.0, and so is this derived list (share-alike).
# Used to tell English loanwords written in Devanagari from names.
"""


def main() -> None:
    from wordfreq import get_frequency_dict, zipf_frequency

    from khabar.text.english_phonetic import english_readings

    words = sorted(
        (
            (word, zipf_frequency(word, "en"))
            for word in get_frequency_dict("en")
            if WORD.fullmatch(word) and len(word) >= MIN_LENGTH
        ),
        key=lambda item: (-item[1], item[0]),
    )
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER.format(min_length=MIN_LENGTH, min_zipf=MIN_ZIPF))
        for word, zipf in words:
            if zipf >= MIN_ZIPF:
                keys = ",".join(sorted({reading.consonants for reading in english_readings(word)}))
                if keys:
                    out.write(f"{word}\t{zipf:.2f}\t{keys}\n")


if __name__ == "__main__":
    main()
