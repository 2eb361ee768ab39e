"""Made-up articles in bulk (no real article text): enough of them to interrupt a run or compare runs."""

from __future__ import annotations

import json
import random
from pathlib import Path

FIRST = ["Jane", "Tom", "Ann", "Bo", "Ruth", "Omar", "Priya", "Liam", "Chen", "Maria", "Ade", "Sofia"]
LAST = ["Porter", "Reed", "Lee", "Chan", "Dale", "Khan", "Shah", "Walsh", "Wei", "Lopez", "Bello", "Rossi"]
VERBS = ["build", "fund", "review", "cancel", "expand", "protect", "reform", "delay", "rethink", "defend"]
THINGS = ["the rail link", "the hospital wing", "the flood defences", "the school budget", "the bus network",
          "the tariffs on steel", "the housing plan", "the border checks", "the defence pact", "the river crossing"]


def write_archive(path: Path, count: int, seed: int = 7) -> Path:
    """`count` articles as JSON Lines; some quotes repeat across articles, as wire copy does."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            paragraphs = [f"Article {number} opens with the news of the day in {rng.choice(LAST)}ville."]
            for _ in range(3):
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                words = f"We will {rng.choice(VERBS)} {rng.choice(THINGS)} before {2025 + rng.randrange(8)}"
                paragraphs.append(f"{name} said: “{words}, and nobody should doubt it.”")
                paragraphs.append(f"{name.split()[0]} added that {rng.choice(THINGS)} would {rng.choice(VERBS)} "
                                  f"jobs in the region.")
            record = {"id": f"s{number}", "url": f"https://synthetic.example/{seed}/{number}", "title": f"Story {number}",
                      "published": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}", "outlet": "Synthetic",
                      "text": "\n\n".join(paragraphs)}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
