"""Quote finding and speaker resolution, on the seed (against its gold) and on the common patterns of news."""

import json

import pytest

from pipelines.normalize import decode_bytes, find_quotes, parse_article
from pipelines.normalize.names import run_facts
from pipelines.normalize.quotes import extract_quotes
from tests.conftest import SEED_DIR, SEED_NAME


def quotes_of(*paragraphs: str):
    text = "## Title\n\nKim Lee 1 June 2020\n\n" + "\n\n".join(paragraphs) + "\n"
    return find_quotes(parse_article(text).paragraphs)


def speech(quotes):
    return [q for q in quotes if q.kind != "scare"]


def test_seed_quotes_match_gold_text_kind_and_speaker():
    gold = [json.loads(line) for line in (SEED_DIR / "seed_quotes.jsonl").read_text().splitlines()]
    found = find_quotes(parse_article(decode_bytes((SEED_DIR / SEED_NAME).read_bytes()).text).paragraphs)
    assert [(q.text, q.kind) for q in found] == [(g["text"], g["kind"]) for g in gold]
    for quote, g in zip(found, gold, strict=True):
        if g["speaker"]:
            assert quote.speaker in {g["speaker"], *g["aliases"]}, (quote.text, quote.speaker)
        else:
            assert quote.speaker is None


def test_seed_mentions_keep_titles_and_speakers_drop_them():
    found = find_quotes(parse_article(decode_bytes((SEED_DIR / SEED_NAME).read_bytes()).text).paragraphs)
    peskov = next(q for q in found if q.text.startswith("NATO is flirting"))
    assert peskov.speaker_mention == "Kremlin spokesman Dmitri Peskov"
    assert peskov.speaker == "Dmitri Peskov"
    assert peskov.speaker_kind == "person"
    communique = next(q for q in found if q.text.startswith("Russia can"))
    assert communique.speaker_kind == "organization"


def test_speaker_after_the_quote():
    (q,) = quotes_of('"Prices will rise again next year," central bank governor Ana Ruiz said.')
    assert (q.kind, q.speaker, q.speaker_mention, q.cue) == ("direct", "Ana Ruiz", "central bank governor Ana Ruiz",
                                                              "said")


def test_inverted_speaker_after_the_quote():
    (q,) = quotes_of('"We have no plans to leave," said Peter Okafor, the club chairman.')
    assert (q.kind, q.speaker) == ("direct", "Peter Okafor")


def test_speaker_before_the_quote_with_comma_and_colon():
    first, second = quotes_of('Mayor Jan Kovac said, "The bridge opens in May."',
                              'Kovac said: "Nobody will pay a toll."')
    assert (first.speaker, second.speaker) == ("Jan Kovac", "Jan Kovac")
    assert first.kind == second.kind == "direct"


def test_long_apposition_between_name_and_verb():
    (q,) = quotes_of('"The ward has been full since March," Maria Lopez, a nurse at St. Luke\'s hospital, said.')
    assert q.speaker == "Maria Lopez"


def test_according_to():
    (q,) = quotes_of('The talks "collapsed over a single clause about fishing rights," according to Ivo Brandt.')
    assert q.kind == "partial"
    assert (q.speaker, q.cue) == ("Ivo Brandt", "according to")


def test_according_to_after_a_full_quote():
    (q,) = quotes_of('"The reservoir is at its lowest since 1976," according to hydrologist Petra Lind.')
    assert (q.kind, q.speaker, q.cue) == ("direct", "Petra Lind", "according to")


def test_according_to_before_the_quote():
    (q,) = quotes_of('According to the health ministry, the outbreak is "contained but not over."')
    assert q.kind == "partial"
    assert (q.speaker, q.speaker_kind) == ("health ministry", "organization")


def test_dash_attribution_at_the_end_of_a_paragraph():
    (q,) = quotes_of('"Nothing about us without us." — Rosa Mendes')
    assert q.speaker == "Rosa Mendes"


def test_split_quote_second_half_keeps_speaker():
    first, second = quotes_of('"We will appeal," Helen Park said. "The ruling ignores the evidence."')
    assert first.speaker == second.speaker == "Helen Park"
    assert second.kind == "direct"


def test_quote_running_over_paragraphs_keeps_one_speaker():
    found = quotes_of('Governor Lise Dahl said: "The first part of the plan is housing.',
                      '"The second part is transport.',
                      '"And the third is schools."', "Critics were unconvinced.")
    assert [q.paragraph_position for q in found] == [0, 1, 2]
    assert {q.speaker for q in found} == {"Lise Dahl"}


def test_pronoun_resolves_to_the_last_speaker():
    found = quotes_of('"We expect a deal," Trade Minister Omar Haddad said.',
                      'Asked about the deadline, he replied, "Friday at the latest."')
    assert [q.speaker for q in found] == ["Omar Haddad", "Omar Haddad"]


def test_surname_resolves_to_the_full_name_given_earlier():
    found = quotes_of("Chancellor Ulrike Brenner met the unions on Monday.", 'Brenner said, "We are close."')
    assert found[0].speaker == "Ulrike Brenner"


def test_organisation_speaker_with_statement():
    (q,) = quotes_of('"The allegations are baseless," the ministry said in a statement.')
    assert q.speaker_kind == "organization"
    assert q.speaker == "ministry"


def test_it_resolves_to_the_organisation():
    found = quotes_of('"Exports fell sharply," the Harbour Authority report said. It called for "urgent '
                      'investment in the northern terminal and its rail link."')
    assert [q.speaker for q in found] == ["Harbour Authority report", "Harbour Authority report"]
    assert found[1].kind == "partial"


def test_partial_quote_inside_reported_speech_with_ellipsis():
    (q,) = quotes_of('The union demanded "a fair settlement ... before the winter begins."')
    assert q.kind == "partial"
    assert q.speaker == "union"


def test_scare_quotes_titles_and_nicknames_have_no_speaker():
    found = quotes_of('The so-called "peace dividend" never came.',
                      'She starred in "Northern Lights" last year.',
                      'Fans call him "the Wall".')
    assert [q.kind for q in found] == ["scare", "scare", "scare"]
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize("paragraph", [
    # a trade's term, also inside reported speech (but `what critics call` is their judgement)
    'Akande said the narrowing had created what engineers call a "pinch point," where density rises.',
    'Hartley said the alarm was put into what maintenance staff called "test mode" in October.',
    # a name by what follows it, or by how it was sold; a name as a modifier; a title after `headed`
    'In the valleys it is still called the "lamb-thief," a name Morales has tried to retire.',
    'He said the camera system, sold to organisers as "CrowdSight," had flagged the crowd.',
    'Voltra is recalling batteries sold with its "Glide" range of bikes.',
    'He said he had sent one email, headed "Calder panel - urgent". Nobody replied.',
    'Officials said they set a ceiling, known in the industry as the "TAC," in 2009.',
    # a habit of calling, a common name, a label, a sign, a trade's or a practice's name, `a word ...` after it
    'She said parents have taken to calling the new price "the Pryor tax."',
    'Experts said the organisms are commonly called "blue-green algae," but they are bacteria.',
    'She said the run had earned her the unkind label "the nearly woman" in the press.',
    'Volunteers said they had taped a sign to the truck: "Take Two, Leave Some."',
    'He said relatives held signs that read "Bring Them Up."',
    'Ferrante said there was no sign of what the trade calls "chandelier bidding" at the sale.',
    'Residents said the cuts, a practice the NPDC calls "load management", came without warning.',
    'He said such rises are often described as "repricing," a word patient groups say hides the truth.',
    # a body's own term or scheme (two words or more: `what it called a "provocation"` is its word), a name
    # long given, a titled scheme, what a banner declares, a term paired with a named one
    'Delta said it would not discuss what it calls "internal employee matters" with reporters.',
    'The province calls the scale the "Fair Start Formula." Its documents say little else.',
    'Motoring groups, who have long called the ring road "the Noose", say the charge is unfair.',
    'Four pickups are paid for by a donor scheme called "Wheels for the Wild." Then she left.',
    'A faded banner in the window still declares it a "Lucky Store of the Month."',
    'Groups dubbed "pioneers" and "materialists" were most interested, the study said.',
    # a habit begun, a name a document gives, a limit a body names, a name a thing is remembered by, what a sign
    # promises
    'She said nurses have started calling it "the clipboard ward," with charts taped to doors.',
    'He said uptake of the vaccine, which the unit\'s leaflets call the "school-entry jab", had fallen.',
    'The union wants a cap, a limit it calls the "short-train rule" and which the firm rejects.',
    'He played in the 2007 side remembered by fans as "the Iron Pack", he said.',
    'The shop was shut below a sign that still promises "Honest Wines Since 2003."',
    # a group's present habit of naming, with an adverb or a clause between (a people's noun without an s too)
    'The sale drew neighbours who came to say goodbye to what dairymen here call "the ladies." Buyers came too.',
    'Okafor said members spent it on maize, at twice the price, what the women now call "the Lagos price".',
    'Stallholders, who say the bank floods every May, already call the square "the rice field".',
    # a noun, then the body that names it so
    'The plan cuts each crew from 14 to nine, a change the company calls "right-sizing." The union disagrees.',
    # a term the writer explains at once in apposition, inside reported speech too
    'Ruiz said divers cannot survey the seabed when the "garúa," the thick coastal fog, sits on the bay.',
    'Mothers are asked to bring their own "birth kit", a bag with gloves, cotton wool and a razor blade.',
    # ... when the explanation runs to the sentence's end or past a capitalised name, or the term stands after a
    # possessive, a month or `for`
    'Okoro said the ward never received its March "capitation grant", the money the Health Ministry pays per patient.',
    'Wekesa said the county set aside Sh40 million for "benchmarking", the trips officials make to study others.',
    'Both parties say their money is going into the "field game," the calls and door-knocking before polling day.',
    # ... or after `of`, or explained by who does it, by what happens under it, by `or` and a translation, or named
    # by a group with no object between (`the containers residents call`)
    'Riders said the rules will only raise the price of "kitu kidogo", the small bribe some officers demand.',
    'Skippers say part of the fuel goes to "pelangsir," people who fill jerry cans and resell the diesel.',
    'The board said it had considered running it as a "salaried practice", in which the board employs the doctors.',
    'Ruiz said the ministry would install a "mesa de trabajo," or working table, on Monday with the company.',
    'He said the school song, "Yama no Ue no Uta" (Song Above the Mountains), would be sung at the festival.',
    'She said she waited at the pump with six of the yellow 20-litre containers residents call "madhiramu".',
    'She said some residents now call Alcantra "the hotel with streets".',
    # a group with a place in the ward, a group `they` name, a list a body keeps, a gloss of who they are
    'Renfrew said the board had become what people in her ward call "the complaints tray."',
    'Farmers interviewed on Friday said a group they call "the syndicate" had picked the winners.',
    'Galvan said 23 patients were waiting, cases the agency lists as "delayed discharges".',
    'The state said it had removed 1,200 "ghost porters", names on the payroll that matched no station.',
    # a gloss after `and`, a preposition, `enough` or a noun after the determiner; a group, who call them; a name
    # the British way, the comma outside the marks
    'It alleged that the campaign bought votes with grocery cards and "despensas," the food parcels handed out.',
    'Hinshaw said the measure\'s ban on "vacancy decontrol," the practice of resetting rent, went too far.',
    'The rule says the fruit must have enough "dry matter", a measure of how mature it was when it was cut.',
    'Families would come off the estate "check roll", the register that decides who gets housing, the unions say.',
    'Bank lobbyists, who call them "the yield loophole," say they pull deposits out of small lenders.',
    "She said villagers could use 'Fellslink', a minibus the council runs on request, to reach the town.",
    # what a sheet hung out or a wall's graffiti reads
    'On Thursday night, a bedsheet hung from a balcony near the bakery read "De aquí no nos sacan".',
    'Woodhouse also mentioned the graffiti that said "Nazis leave town or else."',
    # a category a list gives, a term a document describes a thing as
    'Ruffner noted that the village is one of the few listed in federal reviews as "imminently threatened."',
    'Coteau said the schedule, which its announcement describes as a "commuter model," would suit workers.',
    # a notice's words, a thing's name after `a ... called`, what a group somewhere likes to call it
    'An unsigned notice taped inside the elevator last week read "Yama değil, yeni bina" (Not a patch).',
    'He has joined owners who set up a WhatsApp group called "Begonya 2.0." They want it rebuilt.',
    'Tveitan said the town prepared for what politicians in Oslo like to call "the green shift", he said.',
    'Gendana keeps 18 per cent, in what the company describes as a "platform contribution" towards insurance.',
    'On the wall by the gate, someone had written in chalk "Docker n\'est pas esclave" (A docker is not a slave).',
    'A sign taped to the ward door on Friday read, in Burmese and English, "Closed Until Further Notice."',
    # a class a body files something under, after `a`; a title in title case between commas, the British way
    'The rangers said the animal had been classed as a "problem bear" after it came close to the huts.',
    'The club\'s float this year, "Lanterns Over the Old Harbour", took first prize in the parade.',
    # a product's name before its noun, after its owner; what a group took to calling a thing
    'She said she moved her savings because its "Suvarna" fixed deposit scheme paid half a point more.',
    'The detour, which locals took to calling "the goat track", turned to mud every time it rained.',
])
def test_names_and_terms_in_reported_speech_are_scare_quotes(paragraph):
    assert {q.kind for q in quotes_of(paragraph)} == {"scare"}


@pytest.mark.parametrize("paragraph", [
    # what a group calls it is a label going round, not anyone's words (every labelled set reads it so)
    'The senator said the bill was what critics call "a power grab" by the board.',
    'The governor said the valley had become what activists call a "sacrifice zone" for the country\'s exports.',
    'Staff moved patients on to what employees called the "shadow list" for three years.',
    'The rise hits what ministers like to call a "lifeline service" hardest, she said.',
    # a body's compound term, and whatever it names so
    'The plant will use what it calls a "closed-loop" system, Ms Ferris said.',
    'The association said the episode was part of a growing trend it called "sponsor-friendly programming".',
    # a translation after a dash of a sign's words
    'Students held up a banner reading "Sinema Susmaz" – "Cinema Will Not Be Silent."',
])
def test_a_group_s_label_a_body_s_term_and_a_sign_s_translation_are_scare_quotes(paragraph):
    assert {q.kind for q in quotes_of(paragraph)} == {"scare"}


def test_what_a_subject_called_after_a_noun_stays_speech():
    # `a plan the mayor called "..."`: a clause with a subject of its own, the subject's words (not a thing's name)
    for paragraph in ('The council approved the budget, a plan the mayor called "painful but responsible."',
                      'The report described the corridor as minor, a conclusion she called "simply wrong."'):
        assert [q.kind for q in quotes_of(paragraph)] == ["partial"]


def test_what_some_call_stays_the_speaker_s_judgement():
    (q,) = quotes_of('She vowed to close what some call the "Charleston loophole" this year.')
    assert q.kind == "partial"


@pytest.mark.parametrize("paragraph", [
    'The ministry condemned what it called a "provocation" by the navy.',
    'Critics have called the project a "vanity train" that runs late.',
    'Trump called the system "rigged" in a tweet on Tuesday.',
    'The actress stopped to sign autographs and joked: "It is tight but I love it."',
    'He attacked the trade deal, which Trump had called a "disaster" and promised to rip up.',
    # a clause on the quoted noun with no comma before it is no gloss
    'Trump said he won "every single debate" in which he took part.',
    '"The quota was unfair," the minister said on Tuesday.',
    # what critics said at a time is their judgement
    'The play was what critics at the time called "sentimental nonsense."',
    # a comma after the quote, then the sentence goes on: no gloss
    'Lonergan said the free count, 11 to four in the second half, "would make you wonder", but he refused to blame '
    'the referee.',
])
def test_a_judgement_or_a_word_said_stays_speech(paragraph):
    assert [q.kind for q in quotes_of(paragraph)] != ["scare"]


def test_short_phrase_after_a_reporting_verb_is_partial():
    (q,) = quotes_of('Senator Ada Moss called the bill "a disgrace".')
    assert q.kind == "partial"
    assert q.speaker == "Ada Moss"


def test_short_phrase_closed_by_a_comma_before_its_speaker_is_partial():
    found = quotes_of('The ferry closure was "a real blow," Mayor Ines Karlsson said.',
                      'The council will keep "the old name," the spokesman said.',
                      'The film "Harbour Lights" opens on Friday, the studio said.')
    assert [q.kind for q in found] == ["partial", "partial", "scare"]
    assert [q.speaker for q in found] == ["Ines Karlsson", "spokesman", None]


def test_called_it_after_an_apposition_is_speech_but_called_the_names():
    found = quotes_of('The memo, sent to the harbour board, called it "reckless" in plain words.',
                      'The new ferry, called the "Northern Star", sails on Monday.')
    assert [q.kind for q in found] == ["partial", "scare"]


def test_known_to_be_is_speech_and_known_as_names():
    found = quotes_of('Mayor Ines Dahl told the crowd she has been known to be "stubborn" on budgets.',
                      'The old ferry, known as "the Ghost," still sails.')
    assert [q.kind for q in found] == ["partial", "scare"]


def test_curly_quotes_and_apostrophes():
    (q,) = quotes_of("\u201cWe don\u2019t know yet,\u201d Sam O\u2019Neill said.")
    assert q.text == "We don\u2019t know yet,"
    assert q.speaker == "Sam O\u2019Neill"


def test_single_marks_a_plural_possessive_inside_a_quote_does_not_close_it():
    found = quotes_of("'Dad was in the members' stand. He never sits still,' Marlowe said.",
                      "She called it 'a mess of failures' and said 'we will see'.")
    assert [q.text for q in found] == ["Dad was in the members' stand. He never sits still,", "a mess of failures",
                                       "we will see"]
    assert found[0].speaker == "Marlowe"


def test_double_marks_inside_a_single_marked_quote_are_a_quote_within_it():
    found = quotes_of("Ollie Farquhar had his own explanation. 'They throw the ball to the bloke who bowls "
                      "\"fillers\",' he said. 'Tomorrow I will try bowling some good ones.'")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Ollie Farquhar")] * 2


def test_single_marked_quote_before_a_name_is_not_part_of_the_name():
    # the blanked quote's first letter and its closing mark once read as a name word: "Ixxx' Marlowe"
    found = quotes_of("Marlowe, 24, made 112. 'I was getting starts all season,' Marlowe said.",
                      "'It was fine,' he said.")
    assert [q.speaker for q in found] == ["Marlowe", "Marlowe"]


def test_block_quote_speaker_comes_from_the_introduction():
    found = quotes_of('"We are ready," Defence Minister Ines Alves said. She added:', "Our forces are on alert.")
    assert [q.kind for q in found] == ["direct", "block"]
    assert found[1].speaker == "Ines Alves"


def test_quote_spans_spell_the_quote_text():
    text = "## T\n\nKim Lee 1 June 2020\n\n" + '"A," she said. "B c d e f." It was "odd".\n'
    paragraphs = parse_article(text).paragraphs
    for q in find_quotes(paragraphs):
        assert paragraphs[q.paragraph_position].text[q.char_start:q.char_end] == q.text


@pytest.mark.parametrize("paragraph", ['"', '""', '" " "', 'He said "', '"unclosed and more', 'odd ” mark',
                                       "'single' quotes' everywhere'", "\u201c\u201c\u201d"])
def test_unbalanced_marks_never_raise(paragraph):
    found, issues = extract_quotes(parse_article("## T\n\n" + paragraph + "\n").paragraphs)
    assert all(q.char_start <= q.char_end for q in found)


def test_unbalanced_marks_are_recorded():
    _, issues = extract_quotes(parse_article('## T\n\nHe said "we will see and then left.\n').paragraphs)
    assert [i.code for i in issues] == ["unbalanced_quotes"]


def test_one_megabyte_paragraph_of_unbalanced_marks_finishes():
    paragraph = ('He said "and then ' * 60_000)[:1_000_000]  # every mark opens, none closes
    found, issues = extract_quotes(parse_article("## T\n\n" + paragraph + "\n").paragraphs)
    assert found == []
    assert [i.code for i in issues] == ["unbalanced_quotes"]  # one finding for the paragraph, not 60,000


@pytest.mark.parametrize("text", [
    # a machine's name is no one's words; a nickname known to someone; what a poster asks
    'The attackers got in through an account labelled "legacy_support" in the directory.',
    'Scans sat in a folder called "kyc-temp-do-not-use" for a year, the company said.',
    'Staff want to revive the bookmobile, known to a generation of children as "the Big Blue."',
    'A handwritten poster pinned to the notice board on Monday asked simply: "Who else?"',
])
def test_names_labels_and_signs_of_the_seventh_pass_are_scare_quotes(text):
    assert [q.kind for q in quotes_of(text)] == ["scare"]


@pytest.mark.parametrize("text", [
    # a text's or a body's term, with its, a modifier or a phrase between; a longer name given right before it
    'Tamsin Wyndrum urged the jury to consider what the law calls "excessive self-defence", arguing otherwise.',
    "Instead the bridge was placed on what the council called its 'amber watch' list.",
    'Villages braced for what local newspapers in the 2010s called the "mackerel war," when trawlers were banned.',
    "Jody Halligan said he had been known in the club as 'the one who turned back', for his habit of turning back.",
    'On the quayside, where a hoarding promises "a harbour for everyone", reactions were mixed.',
    'The fair, which bills itself as "the Biggest Little Fair in the Valley," has been held here since 1911.',
])
def test_terms_and_names_of_the_seventh_pass_are_scare_quotes(text):
    assert [q.kind for q in quotes_of(text)] == ["scare"]


def test_a_longer_quote_after_known_as_earlier_in_the_sentence_stays_speech():
    # `known as squibs` names the squibs, not the words quoted later
    kinds = [q.kind for q in quotes_of('The explosions, known as squibs, were intended to "simulate the appearance of '
                                       'bullets striking the ground," the report said.')]
    assert kinds == ["direct"] or kinds == ["partial"]


@pytest.mark.parametrize(("text", "kinds"), [
    # a label put on a thing; a name the words after the quote call one
    ('The zone, a circle that town officials have labelled the "red ring" on maps, covers the town.', ["scare"]),
    ('Some referrals were later coded "administratively closed", a category the review says was never defined.',
     ["scare"]),
    ('She insisted on a "pole pole" approach, the Swahili expression for slowly.', ["scare"]),
    # guards: a person's label and words written in a box stay words (PolNeAR counts them so)
    ('He lost nine drones to eagles, which he labeled "the natural enemy," he said.', ["partial"]),
    ('On her discharge papers, in a box labeled "medical problem," someone had written more.', ["partial"]),
])
def test_labels_put_on_things(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a handwritten note's words, a name someone was referred to by, the idea of a term
    ('Workers found a handwritten note taped to the glass reading "Closed for refurbishment".', ["scare"]),
    ('A stable lad who gave evidence from behind a screen was referred to throughout as "Witness K", the panel said.',
     ["scare"]),
    ('Museums had hidden behind the idea of the "universal museum", which argued that art belonged to all.', ["scare"]),
    # guards: a person referring to someone by a name says it; a rare note of self-deprecation is no sign
    ('Then he turned to the player, and without mentioning him by name, referred to him as a "son of a bitch."',
     ["partial"]),
    ('He sounded a rare note of self-deprecation, saying, "I am not sure I really deserve it."', ["direct"]),
])
def test_notes_referred_names_and_ideas(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a name of more than four words after `call`; what a notice board reads
    ('Many older residents still call the tram "the Grand Old Lady of Parrow Hill", and few will ride the new one.',
     ["scare"]),
    ('A hand-painted board at the harbour gate read "Nets mended here. Ask inside."', ["scare"]),
    # guards: a person's longer words after `call` are words; the board of a body speaks
    ('She said she would call the council "before the end of the week, whatever it takes."', ["partial"]),
    ('The board said in a statement: "We regret the decision and will appeal."', ["direct"]),
])
def test_longer_names_after_call_and_notice_boards(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a sign with two words before its noun, a handwritten notice, a proper name a little after `dubbed` and its
    # object, a practice or a place that a group calls by a name (`call`, not only `calls`, and after `that`)
    ('A hand-painted plywood sign at the gate read "Road Closed — Turn Back."', ["scare"]),
    ('A handwritten notice in the window of the bakery reads "BACK AT TWO!!", and nobody knows why.', ["scare"]),
    ('Police said a local forum had dubbed the missing driver "the Phantom of Quarry Lane".', ["scare"]),
    ('Ruiz said crews moved between ships, a practice sailors call "hot-decking the fleet," and leave was cancelled.',
     ["scare"]),
    ('Queues at the counters, in a far corner that ground staff call "the back shelf", grew all morning.', ["scare"]),
    # guards: what a person called something stays theirs; a board speaking is a body
    ('She said that what they called "the Parrow problem" was far from unique.', ["partial"]),
])
def test_signs_notices_and_names_given_by_a_group(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a nickname for something set off by a comma, what a map labels, a rating given, a term named after the quote
    # with a possessive between, flyers that read
    ('He told the inquiry that staff had a nickname for the harbour budget, "the sweet jar", because it was empty.',
     ["scare"]),
    ('The stop took place in what the police maps label a "priority zone," one of six such areas.', ["scare"]),
    ('Ruiz, an analyst at Parrow Securities, said she had downgraded the stock to "reduce".', ["scare"]),
    ('Two crews would be "browned out," the fire service\'s own term for units left unstaffed, Ruiz said.', ["scare"]),
    ('Volunteers handed out flyers that read "Open shelves, not locked doors."', ["scare"]),
    # guards: an evaluation stays someone's words
    ('An advocacy group described its rates as "predatory" and said the club had sold out.', ["partial"]),
])
def test_nicknames_labels_ratings_and_flyers(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize("text", [
    # a hashtag is a label, never words said; a hand-lettered board reads like a sign
    'Fans rallied behind the runner, sharing posts with the hashtag "#StandWithRumi", while others were angry.',
    'At the junction, a hand-lettered board nailed to a tree now reads "HIVES ARE WATCHED. THIEVES BEWARE."',
])
def test_hashtags_and_lettered_boards_are_scare_quotes(text):
    assert [q.kind for q in quotes_of(text)] == ["scare"]


@pytest.mark.parametrize(("text", "kinds"), [
    # a term the writer explains (`, meaning`), what a group has been calling something
    ('The university has said all current students will be "taught out", meaning they can finish their courses.',
     ["scare"]),
    ('Crowds gathered to film what regulars have been calling "the last supper".', ["scare"]),
    # guard: someone's words before `meaning` in their own sentence with a verb of saying stay theirs
    ('"We will close in March," she said, meaning the shop on the corner.', ["direct"]),
])
def test_terms_explained_and_names_a_group_has_been_calling(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a habit of calling with a long object, an industry's term with a modifier, an exercise a body describes
    ('Staff have taken to calling the ward where patients wait for beds "the waiting room", nurses said.', ["scare"]),
    # two names joined by `and` (but not a verb of saying after it: `calling for reform and Jones said "..."`)
    ('Farmers have taken to calling October and November "the month of promises", after assurances on radio.',
     ["scare"]),
    ('Farmers have begun calling for reform and Kwarteng said "We will not wait for the board."', ["direct"]),
    # a group's long habit (but a person's `has long called` is their own words)
    ('Locals have for years called the biggest of the visiting ships "floating tower blocks", and five moored.',
     ["scare"]),
    ('Senator Hale has long called the levy "a tax on the working poor" and voted against it.', ["partial"]),
    # `begun to call` as `begun calling`
    ('Older residents had begun to call the rocks exposed by the falling river "the river\'s bones," she said.',
     ["scare"]),
    ('Campaigners, who have long criticised what the packaging industry calls "chemical recycling," were wary.',
     ["scare"]),
    ('The board is writing to patients, asking if they still want surgery, an exercise it describes as "review".',
     ["scare"]),
    # guard: `began calling` someone, and then words of theirs
    ('Ruiz said he began calling local groups and making an effort to "get eyes up," he said.', ["partial"]),
])
def test_habits_of_calling_and_terms_of_trades_and_bodies(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # a trade's term described as such, and a slogan printed on shirts
    ('Temperatures fell below zero overnight, in what orchardists describe as a "white frost" that kills buds.',
     ["scare"]),
    ('Dozens in the gallery wore orange T-shirts printed with "Keep Our Pool Open."', ["scare"]),
    # guard: what some describe as something is the speaker's judgement at one remove
    ('The mayor defended what some describe as a "land grab" by the council.', ["partial"]),
])
def test_terms_described_as_such_and_slogans_printed_on_shirts(text, kinds):
    assert [q.kind for q in quotes_of(text)] == kinds


def test_turns_labelled_by_surname_in_ordinary_case():
    # a hearing printed as turns: each label is a surname the article gives after a first name or a title
    found = quotes_of('Health Minister Gunnhild Sørbøe faced MP Jonas Vetlesen at the committee on Friday.',
                      'Vetlesen: How long have you known about this list, minister?',
                      'Sørbøe: I received the report on Wednesday evening, like the board did.',
                      'Subs: Marshall, Henchoz, Juninho Paulista, Lambert, Maloney.')  # no one's surname
    assert [(q.speaker_mention, q.speaker) for q in found] == [("Vetlesen", "Jonas Vetlesen"),
                                                               ("Sørbøe", "Gunnhild Sørbøe")]


@pytest.mark.parametrize("paragraph", [
    # a name for something given after a colon, and what a body has labelled something
    "Veitch said crews had their own name for the line of vehicles that snaked out of the emergency bay at the "
    "hospital: 'the conga line'.",
    'It listed 41,000 packs that could not be traced, which the group has labeled "ghost deliveries."',
])
def test_a_name_given_after_a_colon_and_a_body_s_label_are_scare_quotes(paragraph):
    assert {q.kind for q in quotes_of(paragraph)} == {"scare"}


def test_an_answer_with_no_label_after_a_question_is_the_interviewee_s():
    found = quotes_of("Coach Virgil Pettigrew apologised on Friday.", "The coach's remarks, lightly edited:",
                      "Q: What happened in the tunnel?",
                      "I lost my temper. There is no other way to say it, and that is on me.",
                      "Q: Have you talked to your players?", "We met this morning and I told them the same.")
    answers = [q for q in found if q.text.startswith(("I lost", "We met"))]
    assert [(q.kind, q.speaker) for q in answers] == [("direct", "Virgil Pettigrew")] * 2
    # the outlet that put the questions says to whom, after someone else was quoted
    found = quotes_of("Superintendent Delroy Chambers spoke at the meeting.",
                      'Imogene Blake said the group would collect signatures. "We want a station," she said.',
                      "The Herald spoke with Chambers after the meeting.",
                      "Q: Will the post reopen?", "A: That decision is not mine alone.")
    assert [q.speaker for q in found if q.text.startswith("That decision")] == ["Delroy Chambers"]
    # or asked her, named before in the paragraph (not the plural that opens it)
    found = quotes_of("Drivers say the split shifts fall hardest on parents. Among the most outspoken is Marie-Laure "
                      "Ferrandon, 41, who has driven trams for 12 years. We asked her about the rota last week.",
                      "Q: How many split shifts do you work now?", "A: Three, sometimes four in a month.")
    assert [q.speaker for q in found if q.text.startswith("Three")] == ["Marie-Laure Ferrandon"]
    # a name with letters beyond ASCII, and a street named after her: the person, not the place
    found = quotes_of("Among those who signed is Estrela Gonçalves, 79, who has lived on the Rua do Monte Agudo "
                      "since 1961. We spoke to her at the stop on Monday.",
                      "Q: How often do you ride it?", "A: Twice a day, when it comes.")
    assert [q.speaker for q in found if q.text.startswith("Twice")] == ["Estrela Gonçalves"]


@pytest.mark.parametrize(("text", "scare"), [
    ('Placards read "Tumechoka", meaning "we are tired", outside the offices.', "we are tired"),
    ('They will sing the school song, "Asahi no Oka," together, the principal said.', "Asahi no Oka,"),
    ('It is among the villages that researchers describe as "genkai shuraku," or marginal settlements.',
     "genkai shuraku,"),
    ('The listing reappeared six days later with a new label: "DATA PUBLISHED."', "DATA PUBLISHED."),
    ('Stallholders joke that the market runs on "jam karet" (rubber time), and the meeting ran late.', "jam karet"),
    ('Villagers call such signs what Filipinos call "trapo," slang for old-style politicians.', "trapo,"),
    ('Families pay a monthly fee, or "abonné," that can exceed $100.', "abonné,"),
    ('Many drivers use a ruder term for the inspectors, "the clipboard squad," though not on the record.',
     "the clipboard squad,"),
    ('A handwritten sign taped to a lamppost at the corner of Hang Bac Street on Friday read "Cam ban hang" (No '
     'vending).', "Cam ban hang"),
    ('Banners strung across the square already declare 2027 a "Year of Civility."', "Year of Civility."),
    ('The scaffolding produces a daily jam residents call "the Waialua crawl."', "the Waialua crawl."),
    ('Police were investigating reports that "amakorokoza", as illegal panners are known, had been digging.',
     "amakorokoza"),
    ('Her delegation pushed for the levy, in line with the "user pays" principle.', "user pays"),
    ('The operator said it was running a "Notbetrieb", or emergency service, until Monday.', "Notbetrieb"),
    ('The cameras, sold under the brand name "PlateGuard," photograph passing cars.', "PlateGuard,"),
    ('The sign out front had been changed by noon to read "Cotter Strong - Coffee Inside."',
     "Cotter Strong - Coffee Inside."),
    ('Residents have painted "Agua para la vida" on the wall of the hall.', "Agua para la vida"),
    ('Mining supporters have answered with their own slogan, "Sin cobre no hay Calama."', "Sin cobre no hay Calama."),
])
def test_a_gloss_a_work_s_title_a_group_s_term_and_a_label_are_scare_quotes(text, scare):
    assert {q.text: q.kind for q in quotes_of(text)}[scare] == "scare"


def test_a_clause_where_people_are_calling_names_nothing():
    found = quotes_of("One reason, Ms Diemand says, is that more customers are calling 'on the move' using phones.")
    assert [q.kind for q in found] == ["partial"]


def test_a_long_habit_of_calling_and_a_language_s_gloss_are_scare_quotes():
    found = quotes_of('Officers have long called the oldest holding cell, a concrete room with no window near the '
                      'sally port, "the Cooler."')
    assert [q.kind for q in found] == ["scare"]
    found = quotes_of('Residents of the slopes have long called the clouds of ash and hot gas "wedhus gembel," '
                      'Javanese for "shaggy goat."')
    assert [q.kind for q in found] == ["scare", "scare"]


def test_words_after_named_that_open_with_a_preposition_are_no_name():
    found = quotes_of('A spokesperson said in an email that a new manager would be named "in the coming weeks."')
    assert [q.kind for q in found] == ["partial"]


@pytest.mark.parametrize(("text", "scare"), [
    ('Behind the counter, Ramiro "el Vasco" Etxeberria was slicing milanesas thinner than he used to.', "el Vasco"),
    ('The images were flagged by an analyst who posts as "Gel Whisperer," whose identity is not known.',
     "Gel Whisperer,"),
    ('Planners describe the policy as "song chung voi lu," which translates roughly as living with floods.',
     "song chung voi lu,"),
    ('We checked the figures against the register. We rate the claim "MOSTLY FALSE".', "MOSTLY FALSE"),
    ('The mound is what Norwegians call "lagringssnø", stored snow kept under sawdust.', "lagringssnø"),
    ('Devices that stop working when the servers go are what the repair community calls "bricked," owners say.',
     "bricked,"),
    ('Its boxes still carry the line "The only kettle you will ever need." She read it out twice.',
     "The only kettle you will ever need."),
    ('"Not one was opened," asked the committee chair, Sen. Teodoro "Boyet" Macaraeg.', "Boyet"),
    ('The shipments had been tagged "blue channel" by the bureau\'s risk system.', "blue channel"),
    ('The "repartidores," as many of the riders call themselves, told the council about the app.', "repartidores,"),
    ('The company\'s website still describes the plant as part of its "Circular Factory Pledge."',
     "Circular Factory Pledge."),
    ('Federal officials increasingly describe such moves as "planned retreat." Tuqsaq dislikes the phrase.',
     "planned retreat."),
    ('As the boats lined up, the oarsmen took up the rowing song\'s refrain "Thaiyare thaka thom", the stroke set.',
     "Thaiyare thaka thom"),
    ('Her son in Dubai sends what Lebanese call "hard dollars" when he can.', "hard dollars"),
    ('Supporters, who had campaigned against what they call the "loan trap," were stunned.', "loan trap,"),
    ('Families registered as "internally resettled persons" can apply for a flat.', "internally resettled persons"),
    ('Remittances, long praised as "mga bayani" or modern-day heroes, reached a record.', "mga bayani"),
])
def test_a_nickname_inside_a_name_a_pseudonym_a_translated_term_a_rating_and_packaging_are_scare_quotes(text, scare):
    assert {q.text: q.kind for q in quotes_of(text)}[scare] == "scare"


def test_a_rate_and_words_between_a_first_name_and_a_name_stay_someone_s():
    found = quotes_of('Fair Lending Now, an advocacy group, described its rates as "predatory" and said more.',
                      'Garza said Hillary "shunned and lectured" Black Lives Matter during the meeting.')
    assert [q.kind for q in found] == ["partial", "partial"]


def test_an_interview_s_turns_quote_a_phrase_and_go_on_into_a_paragraph_with_no_label():
    found = quotes_of("Ysolde Carrow’s sixth novel took her nine years. She lives above a chandlery in Whitby.",
                      "WM: Nine years is a long time. Did you think of giving up?",
                      "Carrow: Every spring. There is a table in the shops with a card that says “coastal fiction”, "
                      "and I have been put on it for life.",
                      "What brought me back was a photograph of my father on the deck of a tender.",
                      "WM: What are you working on now?",
                      "Carrow: Nothing, officially. A woman in a signal box will not leave me alone.",
                      "Has that cost you readers?",
                      "Carrow: Some. They will come back.")
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("Every spring. There ", "Ysolde Carrow"), ("What brought me back", "Ysolde Carrow"),
        ("Nothing, officially.", "Ysolde Carrow"), ("Some. They will come", "Ysolde Carrow")]


def test_a_paragraph_of_speech_opened_by_a_dash_runs_to_its_reporting_verb():
    found = quotes_of("The council votes on the tax on Tuesday.",
                      "– We have cut where we can cut. The next thing on the list is people, says Mayor Ingrid "
                      "Haldorsen.", "Councillor Ottar Brekke says the administration has presented no other option.",
                      "– Nobody has shown us the budget without the tax.",
                      "— Sindre Vik (@sindrevik) November 18, 2026")
    assert [(q.text, q.speaker) for q in found] == [
        ("We have cut where we can cut. The next thing on the list is people,", "Ingrid Haldorsen"),
        ("Nobody has shown us the budget without the tax.", "Ottar Brekke")]


def test_a_plural_possessive_before_a_capital_inside_single_marks_closes_nothing():
    found = quotes_of("That drew shouts, and the Ceann Comhairle was forced to intervene.",
                      "‘Deputies, this is Leaders’ Questions, not a public meeting. The Taoiseach will be heard,’ the "
                      "Ceann Comhairle said.")
    assert [q.text for q in found] == ["Deputies, this is Leaders’ Questions, not a public meeting. The Taoiseach "
                                       "will be heard,"]


def test_what_a_named_person_called_and_what_a_group_describes_stay_their_words():
    found = quotes_of('These included what Mr Gates called an "ecosystem of devices", like a TV box.',
                      'The Tories said the Budget leaked in what they describe as a "serious breach of confidence".')
    assert [q.kind for q in found] == ["partial", "partial"]


def test_danish_and_german_guillemets_that_point_in():
    found = extract_quotes(parse_article("## T\n\nKim Lee 1 June 2020\n\n»The decision follows a long consultation,« "
                                         "the agency wrote.\n\n»We sat at every meeting,« said Henrik Dahl.\n"
                                         ).paragraphs)[0]
    assert [(q.text, q.speaker) for q in found] == [("The decision follows a long consultation,", "agency"),
                                                    ("We sat at every meeting,", "Henrik Dahl")]


def test_a_three_word_term_glossed_at_once_is_a_scare_quote_but_not_a_figure_nor_a_clause_that_goes_on():
    found = quotes_of('Wimberly said the officer had not attempted a "pursuit intervention technique," the maneuver in '
                      'which a patrol car taps a fleeing car\'s bumper, because of traffic.')
    assert [q.kind for q in found] == ["scare"]
    found = quotes_of('Bettega denied a figure of "around R$50 million," the sum reported in the press.')
    assert [q.kind for q in found] == ["partial"]
    found = quotes_of('Following what Yang called a "bureaucratic paperwork issue," the candidate was removed from '
                      'the ballot.')
    assert [q.kind for q in found] == ["partial"]


def test_what_a_sign_or_a_placard_says_and_what_some_call_a_thing_are_scare_quotes():
    for paragraph in ('A sign on the village hall, painted by the primary school\'s children, reads "Kerrow says '
                      'thanks".',
                      'Men in the queue held up a piece of cardboard on which someone had written "Chhat chahiye" '
                      '(We need a roof).',
                      'Neighbors have long complained about speeding on the loop, a stretch some call "the drag '
                      'strip."',
                      'He said 60 beds held older people whom staff, with some unease, call \'stranded\'.'):
        assert [q.kind for q in quotes_of(paragraph)] == ["scare"], paragraph


def test_a_title_with_its_translation_in_title_case_is_a_scare_quote():
    found = quotes_of('The song the pupils sang at the end, "Kurumi no Ki no Shita de" (Under the Walnut Tree), was '
                      'written by a teacher in 1961.')
    assert [q.kind for q in found] == ["scare"]


def test_a_menu_board_s_words_what_a_scheme_calls_a_thing_and_what_a_body_s_officers_describe_it_as():
    for paragraph in ('The menu board by her door still reads "Sardinha do dia", with a line through it.',
                      "Applicants are given extra weight for what the scheme calls 'local connection', but only once.",
                      "He said the spoil should go on the beach, an approach the council's own officers describe as "
                      "'beneficial use'."):
        assert [q.kind for q in quotes_of(paragraph)] == ["scare"], paragraph


def test_one_word_the_writer_explains_in_brackets_or_in_apposition_is_a_scare_quote():
    for paragraph in ('A spokeswoman for the ministry said it would not step in and pointed to "Mitbestimmung" (the '
                      'right of workers to sit on the boards of large firms).',
                      'Pahlke said the union had signed only after managers confirmed that the "Standortvertrag", the '
                      '2021 agreement that rules out closures until 2031, still stood.'):
        assert [q.kind for q in quotes_of(paragraph)] == ["scare"], paragraph
    # (but not a bracket of the writer's own clause after someone's word)
    found = quotes_of('Corvin called the rival plan "reckless" (although he allowed that parts of it might work) and '
                      'left the hall.')
    assert [q.kind for q in found] == ["partial"]


def test_a_name_a_thing_is_called_keeps_its_full_stop_inside_the_marks():
    # American punctuation puts the sentence's full stop inside: the name is still no one's speech
    found = quotes_of('The company promises 180 jobs and calls its project “Green Metals from the North.” Copper, it '
                      'argues, is what cables are made of.')
    assert [q.kind for q in found] == ["scare"]
    found = quotes_of('She called it “a betrayal of every family in the valley.”')
    assert [q.kind for q in found] == ["partial"]


def test_what_a_group_has_taken_to_calling_a_thing_is_a_scare_quote():
    for paragraph in ('Residents in the Pinch District have started calling a vacant lot on North Main Street, where '
                      'broken scooters are dumped each week, the "scooter graveyard."',
                      'Residents have taken to calling the months between October and January the "fifth season".'):
        assert [q.kind for q in quotes_of(paragraph)] == ["scare"], paragraph


def test_words_painted_on_a_wall_after_a_colon_or_written_in_capitals_and_a_glossed_term_are_scare_quotes():
    for paragraph in ('Someone has already painted a slogan on the town hall: "La tierra no se vende, se defiende," '
                      'the land is not sold, it is defended.',
                      'On the blackboard of the classroom, someone has written in capitals: "PUPILS BRING YOUR OWN '
                      'LUNCH."',
                      'The quay, where about 900 "dhoni", the wooden boats of the atoll\'s fishing families, unload '
                      'tuna every day, is to be sold.',
                      'Flemish growers like to speak of "boerenslimheid", farmers\' cunning, and Jozef Peeters, 61, '
                      'said his father would have found little of it in the new rules.'):
        assert [q.kind for q in quotes_of(paragraph)] == ["scare"], paragraph
    # (but what a note written on a napkin said is its writer's)
    found = quotes_of('One judge, Ana Ruiz, carried a note written on a napkin that said: "I would hope we read the '
                      'books first."')
    assert [q.kind for q in found] == ["direct"]


def test_labels_in_capitals_with_accents_open_turns():
    found = quotes_of("Gwenda Hemeon grows blueberries on Dolliver Mountain. She spoke to Léandre Boudreau.",
                      "LÉANDRE BOUDREAU: When did you know this year was going to be a bad one?",
                      "GWENDA HEMEON: In June, when the frost came after the bloom.",
                      "LÉANDRE BOUDREAU: And then it didn't rain?",
                      "GWENDA HEMEON: Not for seven weeks. The berries never sized up.")
    assert [q.speaker_mention for q in found] == ["LÉANDRE BOUDREAU", "GWENDA HEMEON", "LÉANDRE BOUDREAU",
                                                  "GWENDA HEMEON"]


def test_a_transcript_s_first_turn_after_a_lead_in_and_a_role_s_turns_among_others():
    found = quotes_of("Councillor Odhiambo Wekesa pressed the engineer, Ms Kerubo Nyaga, on the bridge. It went "
                      "as follows:",
                      "MR WEKESA: Who signed the completion certificate for the second span?",
                      "MS NYAGA: The resident engineer did, in March.",
                      "MR WEKESA: Then why are the railings still missing?",
                      "CHAIRPERSON: Order. We will see the railings for ourselves on Friday.",
                      "MS NYAGA: They are on order, Chair.")
    assert [q.speaker_mention for q in found] == ["MR WEKESA", "MS NYAGA", "MR WEKESA", "CHAIRPERSON", "MS NYAGA"]
    # (a role's label alone, with no conversation around it, is no one's turn: `THE COURT: ...` as a heading)
    assert quotes_of("THE COURT: The hearing resumes on Monday.", "Lawyers for both sides declined to comment.") == []


def test_an_interview_printed_as_bare_questions_over_their_answers():
    found = quotes_of("We asked Dr Ilse Brandvold, a vet in Tromsø for 20 years, what owners can do this winter.",
                      "Why do dogs get sore paws in the snow?",
                      "Salt on the pavements. It dries the pads and they crack.",
                      "What should owners do?",
                      "Rinse the paws when you come in. A little balm helps.",
                      "I would also say: shorter walks on the coldest days.",
                      "Are some breeds at more risk?",
                      "Short-haired dogs, yes. They feel the cold long before we do.")
    assert [(q.text[:20], q.speaker_mention) for q in found] == [
        ("Salt on the pavement", "Dr Ilse Brandvold"), ("Rinse the paws when ", "Dr Ilse Brandvold"),
        ("I would also say: sh", "Dr Ilse Brandvold"), ("Short-haired dogs, y", "Dr Ilse Brandvold")]
    # (an opinion piece that asks itself questions puts them to no one: the writer answers)
    assert quotes_of("The council has a budget gap.", "Why does it matter?", "Because the pool will close.",
                     "Who pays?", "Everyone, in the end.", "Can it be fixed?", "Only with a new levy.") == []


def test_a_term_after_what_people_call_it_and_glossed_at_once_is_a_scare_quote():
    quotes = quotes_of("Parents had campaigned for what they called “y safle canol”, the middle site, a field "
                         "beside the road.")
    assert [q.kind for q in quotes] == ["scare"]


def test_a_guillemet_inside_a_quote_of_a_swapped_article_is_given_back_as_written():
    # (found by the property test: `»` alone makes the article's guillemets point inwards, swapped for reading)
    paragraphs = parse_article("## T\n\n>»\n").paragraphs
    for quote in extract_quotes(paragraphs)[0]:
        assert paragraphs[0].text[quote.char_start:quote.char_end] == quote.text


def test_a_term_after_what_people_know_as_is_a_scare_quote():
    quotes = quotes_of("In July the government declared the valley eligible for what growers know as the "
                       "“calamité viticole” scheme, the national fund for losses no insurer covers.")
    assert [q.kind for q in quotes] == ["scare"]


@pytest.mark.parametrize("sentence", [
    "Along the seawall, fishermen have hung a tarpaulin that reads “Dagat atong, kinabuhi atong” (Our sea, our life).",
    "A board tied to the front of his tractor read “Wij deden wat u vroeg” (We did what you asked).",
])
def test_what_a_tarpaulin_or_a_board_reads_is_a_scare_quote(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


def test_a_board_that_says_something_is_a_body_speaking():
    assert [q.kind for q in quotes_of("The school board said the plan was “final and fair,” a spokesman added.")] == [
        "partial"]


def test_german_low_high_quote_marks_pair():
    found = quotes_of("„A miner does not want a sandwich out of a fridge,“ said Hartwig Ostendorf, who chairs the "
                      "works council. The company calls the machines „Snack Points“.")
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "A miner does not want a sandwich out of a fridge,"), ("scare", "Snack Points")]


@pytest.mark.parametrize("sentence", [
    "The old custom has a name in Quechua, “minka,” the shared work, and older herders still remember their fathers "
    "practising it.",
    'Households without deeds are offered what the city calls "tunjangan kasih," kindness money, of Rp 1 million.',
    "A faded tile panel above the door still reads “Fábrica de Conservas, desde 1908” (canned fish since 1908).",
    "A poster in the hall still carries the slogan from the council's last plan, “A town to grow old in.”",
    "The timetable taped to the door carries the district's slogan across the top: “Every Pupil, Every Day.”",
])
def test_a_term_glossed_a_panel_that_reads_and_a_slogan_are_scare_quotes(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


@pytest.mark.parametrize("sentence", [
    "Someone has painted a line in French on the wall of the prefab school at the top of the village: "
    "\"Deux hivers sous la tôle\" (two winters under sheet metal).",
    "A card in the surgery window, in the dentist’s careful hand, reads ‘Mòran taing, Barraigh’ (Thank you, Barra).",
    "On Friday the screen above the gangway read “Kansellert” (Cancelled) for two departures in a row.",
])
def test_what_is_painted_in_another_language_and_what_a_card_or_a_screen_reads_are_scare_quotes(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


def test_an_elided_word_of_one_letter_is_no_closing_mark():
    found = quotes_of("Mr MacInnes said the trip would take most of a day. ‘Tha am baile a’ falmhachadh,’ he said, the "
                      "town is emptying. ‘First the bank, then the school.’")
    assert [q.text for q in found] == ["Tha am baile a’ falmhachadh,", "First the bank, then the school."]


def test_a_caller_s_turns_in_a_radio_transcript_are_speech():
    found = quotes_of("One caller from Akiachak, who did not give her name, spoke with host Nelson Andrew. An excerpt:",
                      "CALLER: My kids already lost two weeks last year. Who decided that?",
                      "HOST: The district says the days would be made up in June.",
                      "CALLER: In June we are at fish camp.", "HOST: Thank you for calling.")
    assert [(q.speaker_mention, q.speaker) for q in speech(found)] == [
        ("CALLER", "caller from Akiachak"), ("HOST", "Nelson Andrew"), ("CALLER", "caller from Akiachak"),
        ("HOST", "Nelson Andrew")]


def test_a_term_glossed_as_a_word_after_being_is_a_scare_quote():
    found = quotes_of("Families here have called it ‘the peedie kirk’, peedie being the Orkney word for small.")
    assert [q.kind for q in found] == ["scare"]


def test_a_resident_s_turns_at_a_town_meeting_are_speech():
    found = quotes_of("At the meeting, Mayor Íris Hafsteinsdóttir answered the fisherman Jóel Karlsson. An excerpt:",
                      "MAYOR: We will go to Reykjavík ourselves.", "RESIDENT: You said that last winter.",
                      "MAYOR: This winter we will ask the state to pay.", "RESIDENT: Then write it down.")
    assert [q.speaker_mention for q in speech(found)] == ["MAYOR", "RESIDENT", "MAYOR", "RESIDENT"]


def test_a_long_name_a_habit_gives_is_a_scare_quote():
    found = quotes_of("Skippers have taken to calling the pump at the end of the pier ‘the dearest pump in Fife’.")
    assert [q.kind for q in found] == ["scare"]


@pytest.mark.parametrize("sentence", [
    "Most households keep one by the door, and the village calls it «le sac Morgin», the Morgin bag.",
    "She calls Begaye “shicheii,” my grandfather, although they are not related.",
    "A sign on the pier warns visitors „Nie wchodź na falochron w sztorm” (Do not walk on the breakwater in a storm).",
])
def test_a_term_glossed_with_a_name_or_whose_and_what_a_sign_warns_are_scare_quotes(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


@pytest.mark.parametrize(("sentence", "mention"), [
    ("At the briefing, Governor Ilse Marrow condemned Sunday's launch as \"reckless and provocative\" and left.",
     "Governor Ilse Marrow"),
    ("Councillor Dena Ruthven is describing as “shambolic” a timetable the bus company posted on Monday.",
     "Councillor Dena Ruthven"),
    ("Another critic, Ravi Okoro, likened the new rules to \"tearing up the rulebook\" - a charge the board denied.",
     "Another critic, Ravi Okoro"),
    ("Senator Hal Brisk blasted the regulator for its \"sleepy oversight\" of the harbour trust.", "Senator Hal Brisk"),
])
def test_words_a_judge_puts_after_as_to_or_for_are_the_judge_s(sentence, mention):
    (quote,) = quotes_of(sentence)[:1]
    assert (quote.kind, quote.speaker_mention) == ("partial", mention)


@pytest.mark.parametrize("sentence", [
    "The closure would be described officially as a \"temporary pause\" in the service.",
    "Locals refer to the old quay as \"the Drowned Step\" because of its tides.",
])
def test_a_passive_judgement_and_a_name_one_refers_to_are_scare_quotes(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


@pytest.mark.parametrize("paragraph", [
    "The board may hold off until the spring, Okafor said. \"Nobody wants a fight before the vote.\"",
    "The board may hold off until the spring, said Okafor. \"Nobody wants a fight before the vote.\"",
])
def test_a_quote_after_a_sentence_closed_by_who_reported_it_is_theirs(paragraph):
    (quote,) = quotes_of(paragraph)
    assert quote.speaker_mention == "Okafor"


def test_what_the_subject_called_a_thing_is_theirs_as_named_not_as_the_pronoun():
    (quote,) = quotes_of("Harbour Commissioner Ines Valdane condemned what she called a \"reckless shortcut\" by the "
                         "dredging firm.")
    assert (quote.kind, quote.speaker_mention) == ("partial", "Harbour Commissioner Ines Valdane")
    (quote,) = quotes_of("His family condemned what he called a \"reckless shortcut\" by the dredging firm.")
    assert quote.speaker_mention == "he"  # (a subject with no name is not who `he` is)


@pytest.mark.parametrize("sentence", [
    "Porters have a word in their slang for what the job became once officers began warning crews about the fines: "
    "\"ngozi\", meaning trouble.",
    "Stallholders have long lived by the saying \"gần chợ thì giàu, gần sông thì sống,\" meaning a shop needs both.",
    "Stallholders have a saying for hard times: \"tun yuh hand mek fashion\", make the best of what you have.",
    "The company reported the escape an hour after the crew of its survey boat \"Havbris\" saw the tear.",
    "The choir sang a hymn whose refrain, \"Na vanua e sega ni lako tani\" (the land does not go away), moved many.",
    "One placard, painted by the youngest class, read \"Kia tūpato, he tamariki\" (Take care, children).",
])
def test_a_glossed_word_or_saying_a_boat_s_name_a_refrain_and_a_translated_placard_are_scare_quotes(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["scare"]


def test_a_participle_saying_before_a_colon_is_still_speech():
    found = quotes_of("The ministry defended the award, with a spokesperson saying: \"You have to look at the "
                      "whole career.\"")
    assert [q.kind for q in found] == ["direct"]


def test_a_counsel_s_submission_is_speech():
    (quote,) = quotes_of("Counsel Ravi Menon submitted that the State would need \"at least Rs 14 crore\" to move "
                         "the families.")
    assert (quote.kind, quote.speaker_mention) == ("partial", "Counsel Ravi Menon")


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    (("“We start today,” said the head teacher, Liudmyla Horobets.",
      "Eight-year-old Yarynka, who rang the bell on Monday, had only seen the school from the outside.",
      "“I was afraid I would drop the bell,” she said."), "Yarynka"),
    (("“Both parties agreed,” said the commissioner, Anoma Perera.",
      "Among the marchers was V. Sathiyaseelan (24), who grew up on the estate.",
      "“My mother plucked tea for 30 years,” he said."), "V. Sathiyaseelan"),
    (("The fines were gazetted by Transport CS Wanjiru Chege last month.",
      "But CS Chege, who spoke in Naivasha on Saturday, said the government would not back down. “We buried too "
      "many,” she said."), "Wanjiru Chege"),
    (("“We stay,” Ratu Aisea Tuilau said.",
      "Adi Lavenia Qiolevu, who leads the women's group, said the hardest part was choosing who went first.",
      "“The mothers with small children go first,” she said."), "Lavenia Qiolevu"),
])
def test_an_age_before_one_name_an_age_in_brackets_a_cabinet_secretary_and_fijian_titles(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_a_title_of_two_titles_joined_by_a_hyphen_is_a_title():
    found = quotes_of("“I walk here every day,” said Selvam Vedachalam, 71.",
                      "During the hearing, Additional Advocate-General J. Ravindranath told the court that 23 "
                      "encroachments had gone. He also said the State would need “at least Rs 14 crore” to move them.")
    assert found[-1].speaker == "J. Ravindranath"


def test_what_a_sign_named_in_the_sentence_before_reads_is_a_scare_quote():
    found = quotes_of("Someone has painted a sign on plywood and propped it against the gate. It reads “Quay? What "
                      "quay?”")
    assert [q.kind for q in found] == ["scare"]
    found = quotes_of("The council published its decision on Friday. It reads: \"We will not reopen the pier.\"")
    assert [q.kind for q in found] == ["direct"]  # (a document, not a sign: its words are speech)


def test_a_name_a_group_has_long_given_a_thing_is_a_scare_quote_but_a_judgement_is_not():
    assert [q.kind for q in quotes_of("Children in the lane had for years called the rear wing \"the leaning "
                                      "wing\" because its balconies sagged.")] == ["scare"]
    assert [q.kind for q in quotes_of("Critics have called the plan \"a disaster\" for months.")] == ["partial"]


def test_a_chief_s_surname_is_looked_up_without_his_regnal_numeral():
    facts = run_facts("Baafuor Sarpomaa III")
    assert (facts.key, facts.full) == ("sarpomaa", "Baafuor Sarpomaa III")  # (`Nana Sarpomaa` alone is he)


@pytest.mark.parametrize("text", [
    'He said the association had raised $38,000 under the slogan "Gardons notre aréna" and offered more.',
    'Traders picked through the ashes in the section popularly called "bend down boutique", where clothes lie.',
])
def test_a_slogan_named_by_its_noun_and_a_place_popularly_called_so_are_scare_quotes(text):
    assert [q.kind for q in find_quotes([parse_article("## T\n\n" + text + "\n").paragraphs[0]])] == ["scare"]


def test_a_people_often_described_as_so_is_a_scare_quote():
    text = 'The village is home to Bajau Laut families, the seafaring people often described as "sea nomads".'
    assert [q.kind for q in find_quotes([parse_article("## T\n\n" + text + "\n").paragraphs[0]])] == ["scare"]


def test_a_name_children_have_taken_to_calling_a_thing_described_in_apposition_is_a_scare_quote():
    text = ('Children in the alley have taken to calling the intake, a concrete opening the size of a house, '
            '"mulut naga", the dragon\'s mouth.')
    assert [q.kind for q in find_quotes([parse_article("## T\n\n" + text + "\n").paragraphs[0]])] == ["scare"]


def test_what_a_sign_bears_in_its_own_sentence_and_a_nickname_for_a_phrase_of_four_words_are_scare_quotes():
    found = quotes_of('A sign on the doors reads “Thank You for 71 Years.” Someone has added a second sign underneath '
                      'it with the words “Nearest ER: 48 miles.”')
    assert [q.kind for q in found] == ["scare", "scare"]
    found = quotes_of('Under the routes, which the consortium says will “make better use of fewer buses,” the six '
                      'routes run by Lacelle Bus Lines will be cut to four, and children will be picked up as early as '
                      '6:40 a.m. Parents have already nicknamed the longest of them “the sunrise run.”')
    assert [q.kind for q in found] == ["partial", "scare"]


def test_a_documents_title_given_under_the_title_is_a_scare_quote_whatever_its_case():
    found = quotes_of('The call for tenders, published in July under the title “Déneigement et déglaçage des chemins '
                      'municipaux – hivers 2026-2029,” sets out the standards the contractor must meet.')
    assert [q.kind for q in found] == ["scare"]


def test_a_name_a_thing_has_after_a_colon_is_a_scare_quote():
    found = quotes_of("Tenants scoff at that. On the union’s group chat, the boiler has a name: “Old Smoky.”")
    assert [q.kind for q in found] == ["scare"]
