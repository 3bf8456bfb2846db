"""A deterministic corpus in the seed format, for the benchmark: articles of realistic length (3-8 KB) with
quotes of every kind, bylines, block quotes, footers and a few defects. Same seed, same files."""

import random
from pathlib import Path

FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Grace", "Omar", "Ines", "Peter", "Keiko", "David", "Sofia", "Jonas",
         "Helena", "Rui", "Claire", "Stefan", "Priya", "Daniel", "Maria", "Karen"]
LAST = ["Novak", "Lopez", "Berg", "Okafor", "Haddad", "Tanaka", "Chen", "Reis", "Vogel", "Dubois", "Richter",
        "Marsh", "Lindqvist", "Sousa", "Kralova", "Whitfield", "Mbeki", "Raman", "Elliott", "Quigley"]
TITLES = ["Mayor", "Finance Minister", "Councillor", "Chief Executive", "Professor", "Judge", "Coach", "Senator"]
BODIES = ["the ministry", "the city council", "the company", "the union", "the police department"]
TOPICS = ["the budget", "the new bridge", "the rail strike", "housing costs", "the flood defences", "the trial",
          "the merger", "the election", "water prices", "the hospital"]
VERBS = ["said", "told reporters", "added", "warned", "explained"]
FILLER = ("Officials spent the week reviewing the figures, and several committees asked for more time before "
          "any decision is taken on {topic}. The debate has divided residents for months, and local groups "
          "have organised meetings in schools and churches to discuss what comes next. ")
FOOTER = "\n\nTo contact the newsroom visit:\n\nexample.org/contact\n"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def article(rng: random.Random, n: int) -> str:
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES)) for _ in range(3)]
    topic = rng.choice(TOPICS)
    authors = " and ".join(f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.choice([1, 1, 2])))
    byline = (f"{authors} {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2025)}"
              if rng.random() > 0.03 else "Our reporters 1 June 2024")
    paragraphs = [f"The debate over {topic} sharpened this week as officials met for a {n}th time."]
    target = rng.randint(3000, 8000)
    size = 0
    while size < target:
        first, last, title = rng.choice(people)
        body = rng.choice(BODIES)
        # mostly ordinary paragraphs and quotes; the defect (a paragraph split by a blank line) is rare
        shape = rng.choices(range(8), weights=[3, 2, 2, 1, 1, 1, 4, 0.2])[0]
        if shape == 0:
            text = f"\"We will not accept delays on {topic},\" {title} {first} {last} {rng.choice(VERBS)}."
        elif shape == 1:
            text = (f"{last} said, \"The plan for {topic} is sound. We have checked every number twice.\" "
                    f"\"Nobody will pay more,\" {('he' if first in FIRST[1::2] else 'she')} added.")
        elif shape == 2:
            text = f"{body.capitalize()} said in a statement that it would \"review every option available.\""
        elif shape == 3:
            text = "Critics call the scheme a \"white elephant\" and the so-called \"rescue fund\" a gimmick."
        elif shape == 4:
            text = (f"{first} {last}, a resident who has lived by the river for thirty years, was blunt. "
                    f"She said:\n\nThis is the third time they have promised us a solution and nothing came.")
        elif shape == 5:
            text = f"\"It is too early to tell,\" according to {first} {last}."
        elif shape == 6:
            text = FILLER.format(topic=topic) + f"The report on {topic} is due next month."
        else:
            text = (f"{title} {last} spoke at length about {topic} and the need for patience, and the meeting "
                    f"went on late into the evening,\n\nwith several members asking for a second vote.")
        if rng.random() < 0.02:
            text = text.replace("o", "?", 1)  # a character lost in transcoding
        paragraphs.append(text)
        size += len(text) + 2
    title = f"{topic.capitalize()}: council divided after {n} meetings"
    return f"## {title}\n\n{byline}\n\n" + "\n\n".join(paragraphs) + "\n" + (FOOTER if rng.random() < 0.5 else "")


def write_corpus(folder: Path, articles: int, seed: int = 7) -> int:
    """Write `articles` files into `folder` (subfolders of 1,000); returns the bytes written."""
    rng = random.Random(seed)
    total = 0
    for n in range(articles):
        path = folder / f"{n // 1000:03d}" / f"article_{n:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = article(rng, n).encode()
        path.write_bytes(data)
        total += len(data)
    return total


# Real news beside this checkout (../shared/data, see its README): measured on, never copied into the project.
REAL_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"


def real_corpus() -> Path | None:
    """The folder of real articles when it is there."""
    return REAL_CORPUS if REAL_CORPUS.is_dir() and any(REAL_CORPUS.glob("*.txt")) else None


def write_copies(source: Path, folder: Path, copies: int) -> int:
    """`copies` copies of the folder's articles, each copy a different text (copy k ends with k more blank lines,
    which parse to the same article), so that every copy loads as its own articles; returns the bytes written."""
    total = 0
    for k in range(copies):
        target = folder / f"copy{k}"
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*.txt")):
            data = path.read_bytes() + b"\n" * k
            (target / path.name).write_bytes(data)
            total += len(data)
    return total
