"""Writes tests/data/hostile: files of the kinds a real article folder collects, good and bad.

    .venv/bin/python -m tests.make_hostile

Each entry says what lede must do with the file: `loaded` (perhaps with quality issues) or `failed` with a reason
that contains the given words; `ignored` files never reach the ledger. The large shapes (a 5 MB line, 100,000
paragraphs, a file over the size limit) are made by the tests themselves rather than committed.
"""

import gzip
import io
import json
import zipfile
from pathlib import Path

HOSTILE = Path(__file__).parent / "data" / "hostile"

ARTICLE = ("## Council votes to rebuild the old bridge\n\nMaria Lopez 3 March 2023\n\n"
           "The council voted on Monday to rebuild the old river bridge.\n\n"
           "\"It is the right decision,\" Mayor Jan Kovac said.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 40


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def article(title: str, body: str, byline: str = "Maria Lopez 3 March 2023") -> str:
    return f"## {title}\n\n{byline}\n\n{body}\n"


# name -> (bytes, expectation, words the failure reason contains)
FILES: dict[str, tuple[bytes, str, str]] = {
    "empty.txt": (b"", "failed", "empty file"),
    "whitespace only.txt": (b"  \n\n\t \r\n", "failed", "whitespace"),
    "image.txt": (PNG, "failed", "PNG"),
    "photo.txt": (JPEG, "failed", "JPG"),
    "document.txt": (PDF, "failed", "PDF"),
    "word export.txt": (_zip(), "failed", "DOCX"),
    "compressed.txt": (gzip.compress(ARTICLE.encode()), "failed", "GZ"),
    "program.txt": (ELF, "failed", "NUL bytes"),
    "nul bytes.txt": (b"## Title\n\nSome text\x00with a NUL byte.\n", "failed", "NUL"),
    "control characters.txt": (bytes(range(1, 9)) * 40 + b"text", "failed", "control characters"),
    "utf8.txt": (ARTICLE.encode(), "loaded", ""),
    "utf8 with bom.txt": (b"\xef\xbb\xbf" + ARTICLE.replace("old river", "north river").encode(), "loaded", ""),
    "utf16 le bom.txt": (b"\xff\xfe" + ARTICLE.replace("old river", "south river").encode("utf-16-le"), "loaded",
                         ""),
    "utf16 be bom.txt": (b"\xfe\xff" + ARTICLE.replace("old river", "east river").encode("utf-16-be"), "loaded", ""),
    "windows-1252.txt": (article("Café owners protest", "“We can’t survive this rent,” said Zoë Brönte, owner "
                                 "of a café on the square – one of many.").encode("cp1252"), "loaded", ""),
    "latin-1.txt": (article("Grève à Montréal", "Les employés de la ville font grève, a déclaré André Côté "
                            "à la presse.").encode("latin-1"), "loaded", ""),
    "windows-1250 polish.txt": (article("Strajk w Łodzi", "Pracownicy zakładu w Łodzi rozpoczęli strajk, "
                                        "powiedział rzecznik związku Paweł Żółkiewski.").encode("cp1250"),
                                "loaded", ""),
    "crlf.txt": (ARTICLE.replace("old river", "west river").replace("\n", "\r\n").encode(), "loaded", ""),
    "cr only.txt": (ARTICLE.replace("old river", "stone").replace("\n", "\r").encode(), "loaded", ""),
    "mojibake.txt": (article("Mayor donâ€™t resign", "The mayor said she wonâ€™t resign over the cafÃ© "
                             "scandal.").encode(), "loaded", ""),
    "lost question marks.txt": (article("Rados?aw Sikorski in Kraków", "Rados?aw Sikorski spoke in Gda?sk "
                                        "on Monday.").encode(), "loaded", ""),
    "replacement characters.txt": (article("Caf\ufffd reopens", "The caf\ufffd reopened on Monday.").encode(),
                                   "loaded", ""),
    "no title.txt": (b"The council met on Monday.\n\nIt voted to close the library.\n", "loaded", ""),
    "title only.txt": (b"## Just a headline\n", "loaded", ""),
    "no byline.txt": (b"## Headline without byline\n\nThe first paragraph follows the title at once.\n",
                      "loaded", ""),
    "impossible date.txt": (article("Leap day", "The meeting was held.", "Sam Ode 31 February 2024").encode(),
                            "loaded", ""),
    "date only byline.txt": (article("Date only", "Text of the article.", "28 May 2024").encode(), "loaded", ""),
    "two authors.txt": (article("Two authors", "Text.", "Ana Silva and Joe Park 1 June 2020").encode(),
                        "loaded", ""),
    "collective byline.txt": (article("Collective", "Text here.", "Our reporters 1 June 2020").encode(),
                              "loaded", ""),
    "unbalanced quotes.txt": (article("Unbalanced", 'He said "we will " and then " left " "" " ” “ “ ” '
                                      * 200).encode(), "loaded", ""),
    "only quote marks.txt": (('"' * 5000 + "\n\n" + "“”" * 3000).encode(), "loaded", ""),
    "markdown heavy.txt": (article("**Bold** _title_", "See [the *report*](https://x.org/a?b=(c)) and "
                                   "![img](y.png) ***now***. **Jan Kovac** said, \"Yes.\"").encode(),
                           "loaded", ""),
    "html tags.txt": (article("<b>HTML</b> in text", "<p>\"Quoted,\" she said.</p> <br/> &amp;").encode(),
                      "loaded", ""),
    "tabs and spaces.txt": (b"##\tTabbed title\n\n\t  Maria Lopez 3 March 2023  \n\n \t Body text.\t\n",
                            "loaded", ""),
    "zero width.txt": (article("Zero\u200bwidth", "A\u200b\u200c\u200dword and \ufeffBOM inside.").encode(),
                       "loaded", ""),
    "emoji.txt": (article("Fans celebrate 🎉", "\"We won! 🏆\" said fan Li Wei 😀.").encode(), "loaded", ""),
    "arabic.txt": (article("قمة في الرياض", "قال الوزير: «نحن مستعدون للحوار».").encode(), "loaded", ""),
    "chinese.txt": (article("北京会议", "他说：“我们会继续努力。”").encode(), "loaded", ""),
    "very long byline.txt": (article("Long byline", "Text.", "A " * 400 + "1 June 2020").encode(), "loaded", ""),
    "punctuation only.txt": (b"!!! ??? ... --- ***\n\n;;; :::\n", "loaded", ""),
    "Zürich café ñandú.txt": (article("Non-ASCII file name", "Text in a file with accents in its name.").encode(),
                             "loaded", ""),
    "nested/deeper/subfolder article.txt": (article("In a subfolder", "Found recursively.").encode(),
                                            "loaded", ""),
    "zz duplicate of utf8.txt": (ARTICLE.encode(), "duplicate", "same text as"),
    "zz duplicate in cp1252.txt": (ARTICLE.encode("cp1252"), "duplicate", "same text as"),
    "notes.md": (ARTICLE.encode(), "ignored", ""),
    ".hidden.txt": (ARTICLE.replace("old", "hidden").encode(), "ignored", ""),
    "data.csv": (b"a,b,c\n1,2,3\n", "ignored", ""),
}


def main() -> None:
    HOSTILE.mkdir(parents=True, exist_ok=True)
    expectations = {}
    for name, (data, expected, reason) in FILES.items():
        path = HOSTILE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expectations[name] = {"expected": expected, "reason": reason}
    (HOSTILE / "expectations.json").write_text(json.dumps(expectations, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(FILES)} files in {HOSTILE}")


if __name__ == "__main__":
    main()
