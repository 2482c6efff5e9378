"""Benchmark: ``python -m build_tools.dev.benchmark_glossary``. Prints figures; asserts nothing.

The time to link synthetic articles against a synthetic glossary (Arabic words with clitics,
multi-word terms), through the same Markdown extensions the site uses, at two sizes: 100
articles and 1,000 terms, then twice that.
"""

from __future__ import annotations

import random
import statistics
import time

import markdown

from build_tools.arabic import TermIndex
from build_tools.glue.bidi_markdown import BidiIsolationExtension
from build_tools.glue.glossary_markdown import GlossaryExtension, GlossaryLinks

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
CLITICS = ["", "", "", "و", "ب", "ال", "وال", "بال", "لل"]


def synthetic(
    terms: int, articles: int, seed: int = 2025
) -> tuple[dict[str, list[str]], list[str]]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7)))

    forms = {
        f"t{n}": [" ".join(word() for _ in range(rng.choice((1, 1, 1, 2, 3))))]
        for n in range(terms)
    }
    pool = [form for written in forms.values() for form in written]
    texts = []
    for _ in range(articles):
        paragraphs = []
        for _ in range(8):
            words = [
                rng.choice(CLITICS) + rng.choice(pool) if rng.random() < 0.1 else word()
                for _ in range(80)
            ]
            paragraphs.append(" ".join(words) + ".")
        texts.append("\n\n".join(paragraphs))
    return forms, texts


def link_all(forms: dict[str, list[str]], texts: list[str]) -> tuple[float, int]:
    """Seconds to build the index and link every article; the number of links made."""
    start = time.perf_counter()
    links = GlossaryLinks(TermIndex(forms), {term: "تعريف" for term in forms})
    md = markdown.Markdown(extensions=[GlossaryExtension(links), BidiIsolationExtension("ar")])
    made = 0
    for text in texts:
        made += md.reset().convert(text).count('class="term"')
    return time.perf_counter() - start, made


def main() -> None:
    rows = []
    for articles, terms in ((100, 1000), (200, 2000)):
        forms, texts = synthetic(terms, articles)
        words = sum(len(t.split()) for t in texts)
        runs = [link_all(forms, texts) for _ in range(3)]
        seconds = statistics.median(r[0] for r in runs)
        rows.append(seconds)
        print(
            f"{articles:4d} articles ({words:,} words) x {terms:5,d} terms: "
            f"{seconds:6.2f} s, {runs[0][1]:,} links   (target <= 2 s at 100 x 1,000)"
        )
    print(f"doubling the input: {rows[1] / rows[0]:.2f}x the time   (target <= 2.2x)")


if __name__ == "__main__":
    main()
