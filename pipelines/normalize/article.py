"""Decoded text to an Article: title, byline, date, and paragraphs with their kind and span in the file."""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.normalize.byline import (
    SOURCE_PATH,
    Byline,
    date_alone,
    first_published,
    is_desk_role,
    read_byline,
    undated_byline,
)
from pipelines.normalize.lexicon import (
    CAPITAL,
    NAMEPLATE_WORDS,
    PLACE_WORDS,
    TRANSCRIPT_TURN,
    multi_word_places,
    places,
)
from pipelines.normalize.model import Article, Issue, Paragraph, changed, made
from pipelines.normalize.names import NOT_NAMES, is_first_name, orgish

_HEADING = re.compile(r"^#{1,6}\s*")
_QUOTE_PREFIX = re.compile(r"^>\s?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
# (its mark looked at first, before the lookbehind: most characters are none)
_EMPHASIS = re.compile(r"(?=[*_])(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
# A run of lines that are not blank, from its first to its last non-space character.
_BLOCK = re.compile(r"\S(?:[^\n]*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)*")

# A paragraph of site boilerplate at the end of an article (contact lines, share buttons, copyright).
_FOOTER = re.compile(
    r"^(?:[—–-]+\s*)?"  # (after a dash too: `- additional reporting by Name`)
    r"(?:to contact\b|contact us\b|follow us\b|follow the\b|subscribe\b|sign up\b|read more\b"
    r"|related\b|copyright\b|©|\(c\)\s|all rights reserved|this (?:article|story) (?:was|first|originally)"
    r"|this material may not be (?:published|reproduced|broadcast|copied)\b"  # (a wire's rights line)
    r"|\((?-i:[A-Z][A-Za-z]{1,9}(?:\s?[/,-]\s?[A-Z][A-Za-z]{1,9}){0,3})\)$"  # a wire's credit: `(MTI)`, `(ANA-MPA)`
    r"|originally published|donate\b|support (?:our|the|independent)\b|support [^.!?:]{1,60}?\bjournalism\b"
    r"|(?:[\w-]+ ){0,2}journalism (?:costs|needs|takes|depends)\b"  # `Independent journalism costs money. Support ...`
    r"|click here\b|get (?:the|our) (?:[\w-]+ ){0,2}newsletter|newsletters?\s*:|feedback\s*:"
    r"|(?:kindly |please )?share this\b|republish this\b"
    r"|share (?:on|via) (?:whatsapp|facebook|twitter|x|email|telegram|linkedin)\b"
    # a call to read more, a funder's line: `Want more stories like this? Sign up ...`, `Support for this reporting
    # comes from the X Foundation.`
    r"|want (?:more|to read more)\b[^.!?]{0,40}\?|support for this (?:reporting|story|coverage|journalism|series)"
    r" (?:comes|is provided|was provided) (?:from|by)\b"
    r"|this (?:story|article|report) is part of\b|\(end\)$"  # (a series' note; a wire's end mark)
    # an agency's feed: `This story has been sourced from a third party syndicated feed, agencies.`; an agency's
    # credit with its editor's initials, `(dpa/wr)`
    r"|this (?:story|article|report) (?:has been|is|was) sourced from\b|\((?-i:[a-z]{2,5}/[a-z]{1,4})\)$"
    r"|(?:story |report )?filed by (?-i:[A-Z])"  # (`Story filed by Name for the ... News Agency`)
    # a wire's credit alone: `With Lusa`, `With AFP and Reuters`; a call to sign up: `Don't miss the biggest stories:
    # sign up to our newsletter here`
    r"|with (?-i:[A-Z][\w-]+)(?: and (?-i:[A-Z][\w-]+))?\.?$|don['’]t miss\b[^.!?]{0,60}?\bsign up\b"
    # the paper's appeal for its readers' help: `Anyone wishing to help the families can contact ...`
    r"|(?:anyone|readers|those)\s+(?:wishing|wanting|who\s+wish|who\s+want)\s+to\s+(?:help|donate|contribute)\b"
    r"|\(\$1 = [\d.,]+ [a-z ]+\)$"  # a wire's exchange rate: `($1 = 0.9581 euros)`
    # a glossary of the article's words: `Kupu: hapū – sub-tribe; kaumātua – elder; ...`
    r"|[A-Z][\w ]{0,20}:\s*(?:[^;:]{1,40}\s[–—-]\s[^;:]{1,60};\s*){2,}"
    r"|get the latest [^.!?]{1,60}?\b(?:inbox|newsletter)\b|get all the latest (?:news|updates|stories)\b"
    r"|corrections (?:and|&) clarifications$"  # (a link to the outlet's page of them)
    r"|(?:the )?local democracy reporting service\.?$"  # (the service's name alone under its reporter's story)
    # the translator's note: `Quotes have been translated from Spanish.`
    r"|(?:quotes|interviews?|comments|this (?:article|story|report))\s+(?:have|has|was|were)\s+(?:been\s+)?translated\b"
    # a funder's note: `– LDR is local body journalism co-funded by ...`
    r"|[\w ]{0,30}\bis (?:[\w-]+ ){0,3}journalism (?:co-?)?funded by\b"
    r"|for more (?:information|news)\b|join (?:us|the)\b|download (?:our|the) app"
    # a helpline, a call for stories, an update's note: `If you or someone you know ...`, `Do you have a story?`,
    # `Got a story?`, `Updated at 4 p.m. to include comment from the council.`
    r"|if you or (?:someone|anyone) you know\b|if this (?:story|article|report) (?:has )?raised (?:concerns|issues)\b"
    r"|comments are (?:moderated|closed)\b"
    r"|\(?the (?:writer|author) is (?:an? |the )?[^.!?]{0,100}\.?\)?$"  # `(The writer is a freelance journalist.)`
    r"|(?:do you )?(?:have|got) (?:a|an|any) (?:[\w-]+ ){0,3}?(?:story|news tip|tip)\b[^.!?]{0,40}\?"
    r"|send (?:us )?(?:your )?(?:news )?(?:tips?|stor(?:y|ies)|news)\b"  # `Send your news tips to` over a number
    r"|(?:whatsapp|phone|tel|telephone|sms|call|text)(?: us)?\s*:?\s*\+?[\d ()-]{7,}$"  # `WhatsApp: 060 555 0182`
    # a partner's or a funder's note: `This story is republished from X under a Creative Commons license.`, `Local
    # Democracy Reporting Service: this story was written by a reporter funded by the BBC ...`
    r"|this (?:story|article|report) (?:is|was|has been) republished\b|[^.]{0,120}\bunder a creative commons\b"
    r"|(?:[\w'’ -]{2,60}:\s*)?this (?:story|article|report) was (?:written|produced|reported)\b[^.]{0,80}?"
    r"\b(?:funded|supported|in partnership)\b"
    r"|updated (?:at|on) [^!?]{1,40}? to (?:include|add|reflect|correct|clarify)\b"
    # a wire story's credit line, in brackets or not
    r"|\(?(?:additional )?(?:reporting|writing|editing|edited|compiled) by\b|additional reporting\s*:"
    r"|additional (?:input|inputs|contributions?) (?:by|from)\b"
    r"|(?:text|words|story)(?: and (?:photos?|pictures?|images?))?\s*:\s*[A-Z][^:]{0,60}$"  # `Text and photos: Name`
    r"|(?:photos?|pictures?|images?|photographs?|photography|pix|pics)\s+by\s+[A-Z][^.:]{0,60}$"  # `Photos by Name`
    # a wire's credit, and when its report was first published
    r"|[—–-]*\s*with (?:files|reports|a report|additional reporting) from\b|this report by\b"
    r"|with (?:additional )?reporting by\b|with information from\b"  # `With reporting by Ana Ruiz in Mexico City.`
    r"|with (?:agency|wire|additional) reports?\.?$"  # `With agency report`
    r"|\(?translated(?:\s+and\s+(?:edited|adapted))?\s+(?:from\s+(?:the\s+)?\w+\s+)?by\b"  # (in brackets too)
    r"|\(?(?:\w+\s+)?original\s+by\b"  # `(Japanese original by Name)`
    r"|if you (?:have )?(?:notice|noticed|spot|spotted|find|found|see|saw) (?:an? )?(?:[\w-]+ )?(?:error|mistake|typo)"
    # `Source: Tiszapart Hírek`, `Source: outlet.example`, `[ Source: Aegeopress ]`
    r"|\[?\s*sources?\s*:\s*(?:\S[^.]{0,60}|[\w-]+(?:\.[\w-]+)+)$"
    r"|(?:correction|clarification|editor['’]s note|disclosure)(?:,[^:]{1,40})?\s*:"
    # a correction under its heading: `Corrections` over `A previous version of this story said ...`
    r"|(?:corrections?|clarifications?)$|(?:an earlier|a previous) version of this (?:article|story|report)\b"
    # a funder's line: `Local Democracy Reporting is public interest journalism funded by`, `reporters are funded by`
    r"|[A-Z][\w'’ -]{2,60}? (?:is|are) (?:public[- ]interest |independent )?(?:journalism )?(?:funded|supported)"
    r" (?:by|through)\b"
    r"|(?:this|the) (?:article|story|report) (?:has been|was) translated\b"
    r"|read (?:the|this) (?:article|story|report) in [A-Z]\w+\.?$"  # `Read the article in Italian`
    # (after the same line in the other language: `Mae'r stori hon ... / This story is also available in Welsh.`)
    r"|(?:[^/\n]{1,120}/\s*)?(?:this|the) (?:article|story|report) is (?:also )?available in [A-Z]\w+\.?$"
    r"|case (?:title|no\.?|number)\s*:"  # a law report's case line: `Case Title: Ana Ruiz v. State of Goa & Ors.`
    r"|when using (?:materials?|content) (?:from|of) this (?:site|website)\b"  # `..., a hyperlink to X is required.`
    r"|(?:main|top|header|lead) (?:image|photo|picture)s? credits?\s*:"  # `Main image credit: Name/Agency`
    # an update or a funder's note, a call to follow the outlet
    r"|[*•]?\s*[—–-]*\s*(?:update\s*:\s*)?(?:this|the) (?:article|story|report) (?:has been|was)"
    r" (?:updated|corrected|amended)\b"  # (under a label: `Update: This article was amended on ...`)
    r"|this (?:reporting|report|story|article|project|coverage) (?:was|is) (?:supported|funded|made possible)\b"
    # `This story was produced with support from the X Fund.`, `Republished with permission.`, an outlet's
    # `Disclaimer: Opinions expressed here are those of the writers ...`
    r"|this (?:reporting|report|story|article|project|coverage) (?:was|is) (?:produced|made|reported|written) with"
    r" (?:the )?(?:financial )?support\b|republished with (?:kind )?permission\b|disclaimer\s*:"
    r"|follow [^.!?]{1,40} on (?:telegram|twitter|x|facebook|instagram|whatsapp|threads|bluesky)\b"
    # where else the report ran: `This report was first broadcast in Romanian on ...`, `This article appeared in
    # the print edition of ...`, `*A print version of this article appears in ...`; a page's tags
    r"|\*?\s*(?:a (?:[\w-]+ )?version of )?this (?:article|story|report|interview) (?:was )?(?:first |originally )?"
    r"(?:broadcast|aired|appeared|appears|published)\b"
    # a note on the text: `The interview has been edited for length and clarity.`, `... This article is also
    # available in Welsh.` (after the same in Welsh)
    r"|(?:this |the )?(?:interview|conversation|transcript|exchange|q\s*&\s*a) (?:(?:has been|was|is) )?(?:lightly )?"
    r"(?:edited|condensed)"  # (`Q&A edited for length and clarity. Produced by Name.`)
    r"|produced by [A-Z][^.]{1,60}\.?$"
    r"|(?:[^.]{1,80}\.\s+)?this (?:article|story|report) is (?:also )?available in\b"
    r"|(?:tags?|topics?|keywords?)\s*:\s*\S[^.]{0,200}$"
    # where the writers were: `Kimmel reported from Trenton and Delvecchio from Toms River, New Jersey.`
    r"|(?:[A-Z][\w'’-]+\s+){1,3}reported\s+from\s+[A-Z][^.;:\"“”]{0,80}\.?$"
    r"|authors?\s*:\s*[A-Z][^:]{0,60}(?:[|·]\s*photos?\s*:\s*[A-Z][^:]{0,60})?$"  # `Author: Name | Photos: Name`
    r"|[A-Z][\w'’ -]{2,40} is (?:part of|a member of|an?) [^.]{0,80}(?:newsroom|network|news organi[sz]ation)\b"
    r"|(?:from )?(?:staff|wire)(?: and (?:staff|wire))? reports?$"  # `Staff report` under a story with no byline
    # a review's closing note on the show, after a bullet: `• The play is at the Rope Works until 19 December.`
    r"|•\s*[^•]{0,200}?\b(?:is|are|runs?) (?:at|on) [^.]{0,80}\buntil\b"
    r"|(?:our|this|independent)\s+journalism\s+(?:is|relies)\b|become\s+a\s+(?:supporter|member|subscriber|patron)\b"
    r"|[—–-]*\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+\(end\))?$"  # a writer's address alone (`– ana@example.org`)
    # an agency's credit of labelled names at the end: `Journalist: Ana Ruiz` over `Editor: Tom Brown`
    rf"|(?:journalist|reporter|editor)\s*:\s*[{CAPITAL}][^:]{{0,60}}(?:\s+editor\s*:\s*[{CAPITAL}][^:]{{0,60}})?$"
    r"|published in\b[^.]{0,80}\d{4}\.?$)",  # a paper's print line: `Published in The Daily Qalam, November 28th, 2026`
    re.IGNORECASE,
)
# A line that hands over to a contact address: "Contact our desk at:", "Write to the newsroom:", "Tips:",
# "Questions? Contact Ana Ruiz at" (and the bare address on the next line of one block: "Contact the newsroom
# at:\nexample.com/contact")
# (after a short question to the reader: `Tips?`, `Do you live in an affected building? Get in touch:`)
_CONTACT_LEAD = re.compile(r"^(?:[^.!?:]{1,60}\?\s+)?"
                           r"(?:contact|write to|email|e-mail|reach|tips|get in touch"
                           r"|send (?:us )?(?:your )?(?:tips|news))\b"
                           r"[^.!?]{0,80}(?::|\s+at)(?:\s+(?:https?://)?(?:www\.)?[\w.+-]+(?:@[\w-]+)?(?:\.[\w-]+)+(?:/\S*)?)?$",
                           re.IGNORECASE)
# A newsroom's call for letters or tips that ends the article: "Have a view? Write to us at letters@example.org".
_WRITE_TO_US = re.compile(r"\b(?:write|e-?mail(?:ed)?|contact|send|tell|reach|reached)\b[^.!?]{0,60}?"
                          r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                          re.IGNORECASE)
# or an address under a short label and nothing more: `Corrections and clarifications: corrections@example.org`
_LABELLED_ADDRESS = re.compile(r"[^.!?:\n]{2,60}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?")
# A note on the writer that closes the article: "— Ana Ruiz is a local democracy reporter." (its name is the author
# when there is no byline)
_WRITER_NOTE = re.compile(rf"^[—–-]*\s*([{CAPITAL}][\w'’.-]+(?:\s+[{CAPITAL}][\w'’.-]+){{1,3}})\s+"
                          r"(?:is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?i:reporter|writer|correspondent|journalist|editor|columnist"
                          r"|contributor|freelancer)\b"  # (`is a Local Democracy Reporter for the X`)
                          # `Brooke Kinstle covers education and public safety for the Crawford County Ledger.`
                          r"|(?:covers|reports\s+on|writes\s+about)\s+[^.]{3,150}?\bfor\s+)")
# A wire story's credit, its parts split at semicolons: "Reporting by Ana Ruiz and Ivo Brandt in Athens; Writing by
# Tom Brown", "— With files from Kirsten Tollefson" (the editor and the additional reporters are no authors)
_CREDIT_PART = re.compile(rf"(?:reporting\s+by|writing\s+by|compiled\s+by|with\s+files\s+from|journalist\s*:"
                          rf"|reporter\s*:|author\s*:"
                          rf"|(?:\w+\s+)?original\s+by"
                          rf"|(?:text|words|story)(?:\s+and\s+(?:photos?|pictures?|images?))?\s*:)\s+"
                          rf"((?:[{CAPITAL}][\w'’.-]*(?:\s+|,\s*|\s+and\s+))*?"
                          rf"[{CAPITAL}][\w'’.-]*)(?:\s+in\s+[{CAPITAL}][\w\s'’.-]*)?$", re.IGNORECASE)
# Page furniture inside an article, no part of its text: an advertisement's slot, a link to another story
# (`Also read: ...`), a sponsor's line. Left out of the paragraphs, each recorded as an issue.
_FURNITURE = re.compile(r"^(?:advertisement|sponsored|story continues (?:below|after)(?:(?: the)? (?:advertisement|ad"
                        r"|gallery|video))?|continue reading(?: (?:below|the (?:main )?story))?"
                        r"|(?:also read|read also|also see|see also|related(?: articles?| stor(?:y|ies))?|read more"
                        r"|read next|don['’]t miss"
                        r"|read|watch|listen"
                        r"|more on this story|recommended|sponsored)\s*[:|].*)$", re.IGNORECASE)  # (`READ | ...`)
# a dateline opening the first paragraph: its place in capitals, perhaps a region, and the day, before a dash
# (a wire's name in brackets after the day, `Nov. 30 (Kuntur) —`; or its place alone before a colon, as Malaysian
# papers write it: `GEORGE TOWN: `)
_DATELINE_OPENING = re.compile(rf"([{CAPITAL}][{CAPITAL}'’. -]+(?:,\s*[{CAPITAL}][\w'’. -]*)?,\s*[A-Za-z]{{3,9}}\.?"
                               rf"\s+\d{{1,2}}(?:,\s*\d{{4}})?(?:\s+\([^()\d]{{2,30}}\))?)\s*[—–-]"
                               rf"|[{CAPITAL}][{CAPITAL}'’. -]{{1,40}}:\s")
# A photo's caption with its credit, or a credit alone: `Drivers wait at the gate on Friday. Photo: Vorn Rithy / The
# Tonle`, `Photo: Volunteers clear mud ... / Izzat Matusin`, `Credit: Mark Wilson/Getty Images`, `... File photo.`
_CAPTION_START = re.compile(r"[\[(]?(?:photo|image|picture|photograph)s?(?:\s+(?:credit|caption))?\s*:\s"
                            r"|pictured\s*:\s"  # (`Pictured: The ferry unloading blocks at the pier on Friday.`)
                            # (an agency and its photographer, then what the picture shows: `Keystone / Ana Ruiz – ...`)
                            r"|(?-i:[A-Z][\w-]+(?: [A-Z][\w-]+)?) / (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) [–—-] "
                            # a credit alone on its line: `Photo by Emerick Alcott / Sierra Gold Public Radio`
                            r"|(?:photo|image|picture|photograph)s?\s+by\s+(?-i:[A-Z])[^.!?]{0,80}$"
                            r"|(?:mandatory\s+)?credit\s*:|image\s+caption\s*[,:]\s",  # (`Image caption,` over it)
                            re.IGNORECASE)
# (every ending starts at a space, a bracket, or the `f`, `c` or `p` of `file`, `courtesy` or `photo`: looked at first,
# not each ending tried at every character)
_CAPTION_END = re.compile(r"(?=[\s(fcp])"
                          r"(?:(?<=[.!?)])\s+(?:[—–-]\s*)?\(?(?-i:[A-Z][\w&'’-]*\s+){0,2}"  # (`AP Photo/Name`)
                          r"(?:photo|image|picture|photograph)s?(?:\s+credit)?"
                          r"\s*(?::|/|\||by\b)\s*[^.!?]{2,80}\)?$"  # (`... on Thursday. PHOTO | COURTESY`)
                          r"|(?<=[.!?])\s+pic/(?-i:[A-Z])[^.!?/]{2,60}$"  # (`The site of the collapse. Pic/Name`)
                          # (`... — Filepic`)
                          r"|(?:^|(?<=\s))\(?(?:file|courtesy)\s*(?:photo|pic)\)?\.?$|\bphoto:\s*file$"
                          # a credit in brackets after the caption's last word: `... hours of Sunday (Image: Name)`
                          r"|\s\((?:photo|image|picture)s?\s*:\s*[^():]{2,80}\)$"
                          # an outlet's credit in brackets: `... on Friday. (ABC News: Ana Ruiz)`
                          r"|(?<=[.!?])\s+\((?:[A-Z][\w.&'’-]*\s+){0,3}(?:news|photos?|pictures|images|media|press)"
                          r":\s*[A-Z][^():]{1,60}\)$"
                          # a name and an outlet in brackets: `... on Nov. 20. (Ludger Danos/Estuary Public Radio)`
                          r"|(?<=[.!?])\s+\((?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*/\s*(?-i:[A-Z])[^():/]{1,60}\)$"
                          # a copyright sign before the credit: `... let by the night. © Ana Ruiz`, `A321LR, © Airbus`
                          r"|(?<=[\w.!?),])\s+©\s*[A-Z][^!?©]{1,60}$"
                          # the photographer's name in capitals after a dash: `... on Friday. — ANA RUIZ`
                          r"|(?<=[.!?])\s+[—–]\s*(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})$)",
                          re.IGNORECASE)
_CAPTION_END_REACH = 140  # (the longest ending above, with room: searched only in a paragraph's tail)


def _is_caption(text: str) -> bool:
    return bool(_CAPTION_START.match(text) or _CAPTION_END.search(text, max(0, len(text) - _CAPTION_END_REACH)))


_FURNITURE_MAX_CHARS = 400
_BYLINE_MAX_CHARS = 600  # (six lines of names, roles and dates: a longer block is the article's first paragraph)
# (or its points under it: `In Summary` over `• ...`)
_SUMMARY_LABEL = re.compile(r"(?:what you need to know|key points|in brief|in short|(?:in )?summary|at a glance"
                            r"|the gist)(?:\s*:\s*|\s*\n\s*(?=[•·*-]))(?=\S)", re.IGNORECASE)
# A section's label above the byline, in capitals: `NATIONAL | ENVIRONMENT`, `NEWS`
_SECTION_LABEL = re.compile(rf"^[{CAPITAL}][^a-z.!?]{{0,58}}$")
_BARE_URL = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.IGNORECASE)
_FOOTER_MAX_CHARS = 300
# A wire desk's sign-off of initials: "mg/jrd", "ik/rl/gw".
_SIGN_OFF = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4}){1,5}|[A-Z]{1,4}(?:/[A-Z]{1,4}){1,5}")  # (`lf/rbu`, `RS/MK`)
# A wire story's closing credit: "Carradine reported from Brussels. Ivar Lundset contributed to this report."
_CREDIT_LINE = re.compile(r"(?:^[—–-]*\s*|[.!?]\s+)[A-Z][^.!?]{0,120}?\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+"
                          r"(?:report|story|article))?(?:\s+from\s+[A-Z][\w'’ -]{0,40})?\.?$")  # (`... from Kupang.`)

# A paragraph that introduces an unmarked block quote: "He added:", "The statement read:".
_BLOCK_INTRO_CUE = re.compile(
    r"\b(?:said|says|say|added|adds|add|wrote|writes|write|stated|states|state|declared|declares|declare"
    r"|continued|continues|continue|explained|explains|explain|noted|notes|note|observed|observes|told\b[^:]*|concluded"
    r"|concludes|conclude|warned|warns|warn|argued|argues|argue|insisted|insist|replied|read|reads"
    r"|recorded|records"  # (a court's order: `In its order, the bench recorded:`)
    r"|posted|tweeted|following|as follows)"
    # "said in a statement:", "wrote on Instagram:", "said in a letter to parents:"
    r"(?:\s+(?:in|on|via|through)\s+[\w'’ -]{2,40}?)?(?:,?\s+in\s+(?:part|full),?)?\s*:$"
    r"|\b(?:held|ruled|ordered|directed):$"  # a judge's ruling: `Justice Ana Ruiz held:` (not `a rally held in X:`)
    # reading from a text: `read to the tribunal from a letter the Commissioner of Works sent the owners in 1951:`
    r"|\bread\s+(?:aloud\s+)?(?:to\s+[\w'’ -]{2,40}?\s+)?from\s+(?:a|an|the|his|her|their|its)\s+[^:.]{2,100}:$"
    # an order given to someone, in the passive: `The county was given instructions of its own:`
    r"|\b(?:was|were)\s+given\s+(?:[\w-]+\s+){0,2}?(?:instructions|orders|directions)\b[^:]*:$",
    re.IGNORECASE,
)
# Cues of written text, whose block quote may run over several paragraphs ("The letter reads:", "she wrote:").
_WRITTEN_CUE = re.compile(r"\b(?:wrote|writes|write|reads?|stated|states|state|declares?|declared|concludes?|recorded"
                          r"|concluded|as follows|held|ruled|ordered|directed)(?:,?\s+in\s+(?:part|full),?)?\s*:$"
                          # a court's observations are its written order's: `The Bench observed:`
                          r"|\b(?:bench|court|judge|justice|tribunal)\s+(?:also\s+)?(?:observed|noted|remarked)\s*:$"
                          r"|\b(?:in|on|from)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?"
                          r"(?:letter|post|email|e-mail|message|memo|note|circular|notice|directive|ruling|judgment"
                          r"|judgement|order|decision|verdict|report|filing|submission|affidavit|petition)\b"
                          # (`In her ruling, the judge said:`, `The company said in a regulatory filing:`)
                          r"[^:.]{0,100}:$"
                          # a ruling read from the chair, a body's spokesperson's statement: `Ruling on the matter,
                          # the Speaker said:`, `A spokeswoman for the department said:`
                          r"|^(?:ruling|delivering\s+(?:the\s+|his\s+|her\s+)?(?:ruling|judgment|judgement|verdict))\b"
                          r"[^:.]{0,100}:$|\bspokes(?:man|woman|person)\s+(?:for|of)\s+[^:.]{1,60}\bsaid\s*:$",
                          re.IGNORECASE)
# The writer's own voice again after a block quote: a quotation, a reporting verb, or the document named.
# (not a passive `told`: `She stated she had been told the facility could not find aides` is an inspector's note)
# (an opening single mark too: British papers quote with them, `which they call ‘the Ribcage’`)
_WRITER_RESUMES = re.compile(r"[\"“”«»‘]|\b(?:said|says|(?<!been )(?<!was )(?<!were )told|according to|wrote|writes"
                             r"|added)\b|^\(|" + TRANSCRIPT_TURN.pattern +
                             # a news day, which documents date, not name: `Its shares fell 6.4 per cent on Monday.`
                             r"|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![,\s]+\d)" +
                             r"|^(?:The|That|This|Her|His|Their|Its)\s+(?:\w+\s+)?(?:letter|report|statement|study"
                             r"|post|memo|note|document|paper|email|message|declaration|ruling|filing|review|order"
                             r"|decision|judgment|judgement|circular)s?\b"  # (`The order requires the trust to`)
                             # or a person the writer introduces: "Siri Makela, a hydrologist and co-author, spent"
                             r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?:an?|the)\s"
                             # or a body or person with a clause about them: `Derwent Blue Aquaculture, which operates
                             # the pens, has disputed the study's findings`
                             r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+(?:which|who|whose)\s"
                             # or the one who read what was quoted, done: `When he finished, the drivers answered`
                             r"|^(?:When|After|As|Once)\s+(?:he|she|they)\s+(?:had\s+)?(?:finished|ended|stopped)\b"
                             # or what the judge or the speaker did next: `She also awarded N5 million in damages`
                             r"|^(?:He|She|They|The\s+(?:judge|court|bench|magistrate|tribunal))\s+(?:also|further"
                             r"|then|later)\s+(?:[a-z]+ed|put|read|set|cut|sent|gave|made|took|told|left|met|rose)\b"
                             # (a ruling calls its judge `I` or `this court`: `The judge fixed the hearing for
                             # February 9.` is the writer's)
                             r"|^The\s+(?:judge|magistrate)(?:,\s+[a-z]+,)?\s+(?:[a-z]+ed|put|set|gave|made|took|told"
                             r"|left|rose)\b"  # (`The judge, however, declined to order`)
                             # or the next date, told in the past (`The hearing was adjourned to December 17.`; a
                             # ruling's own words say `is adjourned` or `shall`)
                             r"|^The\s+(?:hearing|case|matter|trial|inquiry|sentencing)\s+(?:was|has\s+been)\s+"
                             r"(?:adjourned|postponed|put\s+off|set\s+down|fixed|listed)\b"
                             # or what the source would not tell: `whose name the ministry did not release`
                             r"|\b(?:did|would)\s+not\s+(?:release|disclose|name|identify|specify|say)\b"
                             r"|\bdeclined\s+to\s+(?:comment|name|identify|say|specify|disclose|elaborate)\b"
                             # someone new, with an age: `Jock Grassick, 66, farms 400 acres`, `Outside the
                             # courtroom, lead petitioner Ramdas Mahor, 61, who sells vegetables`
                             r"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+\d{1,3},\s"
                             # or a relative or a colleague named in apposition: `Her son, Tuff Goicoechea, runs`,
                             # `Somby's sister, Sárá Nordvik, keeps`
                             r"|^(?:Her|His|Their|[A-Z][\w-]+['’]s)\s+[a-z]+(?:\s+[a-z]+)?,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s"
                             # or a piece of history in the writer's words: `North Dakota in 2024 became the first`
                             r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+in\s+(?:19|20)\d\d\s+[a-z]+\b")
# the writer naming what was quoted: `read the passage aloud and set the document down` (not `the passage of time`);
# a judge's ruling may name a letter or a document itself (`Whether that letter was misleading is a question`)
_WRITER_NAMES_THE_TEXT = re.compile(r"\b(?:the|that|this)\s+(?:passage|excerpt|document|memo|letter)\b(?!\s+of\b)")
_JUDGE_WROTE = re.compile(r"\b(?:Justice|Judge|judge|justice|magistrate|court|bench|tribunal)\b[^.:]{0,60}:$")

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|my|My|our|Our)\b")
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»]|(?<![\w’])‘")  # (a single opening mark too: `said. ‘It’s not ...’`)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")

_SENTENCE_END = ('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', ':')
# A character lost in transcoding: "Rados?aw", or the Unicode replacement character.
_LOST_QMARK = re.compile(r"\?(?<=[^\W\d_]\?)(?=[^\W\d_])")  # (the mark first: the engine skips to it)


class _Block(NamedTuple):  # (a named tuple: made for every block, it costs half a dataclass's)
    raw: str
    start: int
    end: int


def parse_article(text: str) -> Article:
    """Parse the seed format: `## Title`, a byline `Author D Month YYYY`, then paragraphs split by blank lines."""
    blocks = _blocks(text)
    issues: list[Issue] = []

    title = None
    if blocks and (_HEADING.match(blocks[0].raw) or (len(blocks) > 1 and _parse_byline(blocks[1].raw))):
        if "\n" not in blocks[0].raw.strip() and len(blocks[0].raw) <= 300:
            title = _clean(_HEADING.sub("", blocks[0].raw))
            blocks = blocks[1:]
    if not title:
        title = None
        issues.append(Issue("missing_title", "the file does not start with a '## Title' line"))

    byline, authors, published_on, standfirst = None, (), None, None
    while len(blocks) > 2 and "\n" not in blocks[0].raw.strip() and len(blocks[0].raw) <= 120 and \
            _CAPTION_START.match(blocks[0].raw.strip()):
        # the lead photo's credit under the title, `Photo: Edyta Kosmala/Agencja Wschód`: the page's, left out
        issues.append(Issue("page_furniture", f"left out, no part of the article's text: {_clean(blocks[0].raw)!r}"))
        blocks = blocks[1:]
    parsed = _parse_byline(blocks[0].raw) if blocks else None
    if parsed is None and title and len(blocks) > 1 and "\n" not in (first := blocks[0].raw.strip()) and \
            len(first) <= 60 and first.isupper() and (dateline := _DATELINE_OPENING.match(blocks[1].raw)):
        # `MWANAMISI CHIROMO` over `LAMU, Kenya, Nov 30 — ...` or `YEOH PHAIK SUAN` over `GEORGE TOWN: ...`: the
        # writer's name in the house's capitals, over a body that opens on its dateline (which stays the body's)
        if dateline.group(1) and (named := read_byline([first, dateline.group(1)])) is not None and named.authors:
            parsed = named._replace(text=_clean(first))
        elif not dateline.group(1) and 2 <= len(words := first.split()) <= 4 and all(w.isalpha() for w in words) \
                and not orgish(first.title().split()) and not is_desk_role(first):
            parsed = undated_byline(_clean(first), (first.title(),))
    if parsed is None and title and len(blocks) > 2 and _bare_name_line(blocks[0].raw, text):
        # `Abdulai Mansaray` alone under the title, a first name the table lacks, no `By` and no date: the writer
        parsed = undated_byline(_clean(blocks[0].raw), (_clean(blocks[0].raw),))
    if parsed is None and title and len(blocks) > 2 and len(blocks[0].raw) <= _FURNITURE_MAX_CHARS and \
            len(blocks[1].raw) <= _BYLINE_MAX_CHARS and "\n" not in blocks[0].raw and blocks[1].raw[-1:] != ":" and (
            following := _parse_byline(blocks[1].raw)) is not None and (
            following.authors or following.by  # (not a transcript's `STEVE INSKEEP, HOST:`)
            or following.published_on and _clean(blocks[0].raw)[-1:] in ".!?"):  # (a standfirst over a date alone)
        # a line between the title and the byline: a section's label (`NATIONAL | ENVIRONMENT`), left out, or the
        # standfirst, the sentence that sums the story up, kept apart from the body
        first = _clean(blocks[0].raw)
        if _SECTION_LABEL.match(first):
            issues.append(Issue("page_furniture", f"left out, no part of the article's text: {first[:80]!r}"))
            blocks, parsed = blocks[1:], following
        elif (first[-1:] in ".!?”\"’'" or len(first.split()) >= 6 and (following.by or following.published_on)) \
                and len(first) <= _FURNITURE_MAX_CHARS and first[:1] not in "\"“‘'":
            # (a deck without a full stop too, over a byline that a date or `By` vouches for: `Liberals take 6 seats
            # as turnout falls to its lowest level`)
            standfirst, blocks, parsed = first, blocks[1:], following
    if parsed:
        blocks = blocks[1:]
        # the date and the names in two blocks, either first: "Published: 3 March 2026 10:42 CET" then "By Ana Ruiz"
        following = _parse_byline(blocks[0].raw) if blocks and (not parsed.authors or parsed.published_on is None) \
            and blocks[0].raw[-1:] != ":" else None  # (not `From Ana Ruiz writing at The Post:`, a block's lead)
        if following and bool(parsed.authors) != bool(following.authors) and \
                (parsed.published_on is None) != (following.published_on is None) and (parsed.authors or following.by):
            # (after a date, names only with `By`: a bare name there is a topic tag, "31 October 2016" "Hillary
            # Clinton")
            blocks = blocks[1:]
            named, dated = (parsed, following) if parsed.authors else (following, parsed)
            parsed = Byline(f"{parsed.text} {following.text}", named.authors, dated.published_on, dated.issues,
                            named.by)
        byline, authors, published_on = parsed.text, parsed.authors, parsed.published_on
        issues += parsed.issues
        if blocks and (summary := _SUMMARY_LABEL.match(blocks[0].raw)) and \
                len(blocks[0].raw) - summary.end() <= _FURNITURE_MAX_CHARS and len(blocks) > 1:
            if standfirst is None:
                # under the byline, a labelled summary: `What you need to know:` and a sentence
                standfirst, blocks = _clean(blocks[0].raw[summary.end():]), blocks[1:]
            elif blocks[0].raw.count("\n") >= 2:
                # a box of points under a byline that has its standfirst above: `Key points:` over a line each
                issues.append(Issue("page_furniture",
                                    f"left out, no part of the article's text: {_clean(blocks[0].raw)[:80]!r}"))
                blocks = blocks[1:]
        if len(blocks) > 2 and "\n" not in blocks[0].raw.strip() and len(blocks[0].raw) <= 240 and \
                _restated_caption(_clean(blocks[0].raw), _clean(blocks[1].raw)):
            caption = _clean(blocks[0].raw)
            issues.append(Issue("page_furniture", f"left out, no part of the article's text: {caption!r}"))
            blocks = blocks[1:]
    paragraphs = _paragraphs(blocks, issues)
    if not authors:
        # no byline, but a note on the writer at the end: `— Raukura Tawhai is a local democracy reporter.`
        note = next((n for p in reversed(paragraphs) if p.kind == "footer" and (n := _WRITER_NOTE.match(p.text))),
                    None)
        credited = next((names for p in reversed(paragraphs) if p.kind == "footer" and (names := _wire_credit(p.text))),
                        ())
        if note is not None:
            name = note.group(1).split()
            half = len(name) // 2
            # (the name on its own line over the note, `Wendy Vallières` / `Wendy Vallières is a ... reporter.`)
            authors = (" ".join(name[:half] if half and name[:half] == name[half:] else name),)
        elif credited:
            authors = credited  # `Reporting by Ana Ruiz and Ivo Brandt; Editing by Tom Brown`: the reporters
        elif signed := next((names for p in reversed(paragraphs)
                             if p.kind == "footer" and (names := _signed_by(p.text))), ()):
            authors = signed  # `— Jaimee Penhall, Central Australia reporter`
        elif len(paragraphs) > 2 and paragraphs[-1].kind == "body" and (name := _signature(
                text[paragraphs[-1].char_start:paragraphs[-1].char_end], paragraphs)) is not None:
            # the writer's name alone signs the article off (over the outlet's, perhaps): `Fanja Randria`
            authors, paragraphs[-1] = (name,), changed(paragraphs[-1], kind="footer")
        elif len(paragraphs) > 2 and paragraphs[-1].kind == "body" and (names := _capitals_signature(
                paragraphs[-1].text, paragraphs)):
            # the writers' names in capitals on the last line: `NHÂM KHUÊ SƯƠNG - NGƯ LŨY`
            authors, paragraphs[-1] = names, changed(paragraphs[-1], kind="footer")
        else:
            issues.append(Issue("missing_byline", "no author line after the title"))
    if authors and len(paragraphs) > 2 and paragraphs[-1].kind == "body" and _about_the_writer(
            paragraphs[-1].text, authors):
        paragraphs[-1] = changed(paragraphs[-1], kind="footer")  # (an opinion piece's note on its writer)
        above = len(paragraphs) - 2
        while above > 0 and paragraphs[above].kind == "body" and _is_footer(paragraphs[above].text):
            paragraphs[above] = changed(paragraphs[above], kind="footer")  # (`Got a story? Email ...` over the note)
            above -= 1
    if published_on is None and len(paragraphs) > 2 and paragraphs[-1].kind == "body" and (
            dated := date_alone(paragraphs[-1].text)) is not None:
        # no date at the top, and the last line a date alone: the date the page gives the article
        published_on, paragraphs[-1] = dated, changed(paragraphs[-1], kind="footer")
        issues = [issue for issue in issues if issue.code != "missing_date"]
    if published_on is None and (dated := next((date for p in reversed(paragraphs) if p.kind == "footer" and (
            date := first_published(p.text)) is not None), None)) is not None:
        # no date at the top, but `This report by ... was first published Nov. 28, 2026.` at the end
        published_on = dated
        issues = [issue for issue in issues if issue.code != "missing_date"]
    return Article(title=title, byline=byline, authors=authors, published_on=published_on,
                   paragraphs=tuple(paragraphs), issues=tuple(issues), standfirst=standfirst)


def _about_the_writer(text: str, authors: tuple[str, ...]) -> bool:
    """The note on the writer that ends an opinion piece: `Gaither Heflin is a retired circuit judge who lives in
    Batesville.` (the byline's name, then what the writer is or does)."""
    return len(text) <= 400 and any(text.startswith(author + " ") and _WRITER_IS.match(text, len(author) + 1)
                                    for author in authors if " " in author)


_WRITER_IS = re.compile(r"(?:is|was|has been|served|teaches|directs|chairs|leads|writes|lives)\b")


def _restated_caption(first: str, second: str) -> bool:
    """The lead photo's caption with no credit, under the byline: one sentence of what people do and where on a
    day (`Farmers wait with their maize outside the ... depot in Webuye on Saturday.`) that the opening paragraph
    then tells again, most of its words with it (a news lead's own first sentence says more than the next one
    repeats)."""
    if not _CAPTION_DAY.search(first) or _NOT_A_CAPTION.search(first) or len(first.split()) > 30:
        return False
    words = set(_CONTENT_WORD.findall(first.lower())) - _CAPTION_SMALL_WORDS
    return len(words) >= 5 and len(words & set(_CONTENT_WORD.findall(second.lower()))) >= 0.7 * len(words)


_CAPTION_DAY = re.compile(r"^[A-Z][^.!?\"“”:;]+ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?: (?:morning|afternoon|evening|night))?\.$")
# a report's or a forecast's verbs and auxiliaries: a news lead's, never a photo's caption
_NOT_A_CAPTION = re.compile(r"\b(?:said|says|told|according|is|are|was|were|has|have|had|will|would|expected)\b")
_CONTENT_WORD = re.compile(r"[a-z]{3,}")
_CAPTION_SMALL_WORDS = {"the", "and", "for", "with", "their", "his", "her", "its", "outside", "from", "into", "onto",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _blocks(text: str) -> list[_Block]:
    """Runs of non-blank lines, with their span in the text."""
    return [_Block(match.group(0), *match.span()) for match in _BLOCK.finditer(text)]


def _parse_byline(raw: str) -> Byline | None:
    if len(raw) > 1000:
        return None  # (a paragraph, not a header: not read line by line)
    lines = [_clean(line) for line in raw.strip().splitlines()]
    if len(lines) > 1 and _is_caption(lines[-1]):
        lines = lines[:-1]  # a photo's caption under the byline (`... harvest season. File photo.`): page furniture
    return read_byline(lines)


def _clean(raw: str) -> str:
    """Markdown removed, line breaks and runs of white space folded to one space."""
    text = raw
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    for _ in range(3 if "*" in text or "_" in text else 0):  # nested emphasis: ***bold italic***, **a *b* c**
        text, n = _EMPHASIS.subn(r"\2", text)
        if not n:
            break
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # already folded (most lines): the only printable white space is the ASCII space, so there is no other
        # white space and no run of it to fold; two scans in C, not a string per word
        return text
    return " ".join(text.split())  # the white space that \s+ matches, folded in C


def _paragraphs(blocks: list[_Block], issues: list[Issue]) -> list[Paragraph]:
    # (kind, text, start, end) before positions are assigned
    drafts: list[list] = []
    link_lists: set[int] = set()
    for block in blocks:
        raw = block.raw
        kind = "body"
        if raw.startswith(">"):
            kind, raw = "blockquote", _QUOTE_PREFIX.sub("", raw)
        text = _clean(_HEADING.sub("", raw) if raw.startswith("#") else raw)  # (most blocks are no heading)
        if text:
            if "\n" in raw.strip() and _LINK_LIST_LABEL.fullmatch(raw.strip().split("\n", 1)[0].strip()):
                link_lists.add(len(drafts))  # `Related` over the headlines of other stories, one a line
            elif text[:1] in "EeCc" and _CORRECTION_NOTE.match(text):
                kind = "footer"  # `Editor's note: An earlier version of this article said ...`, above the text too
            drafts.append([kind, text, block.start, block.end])

    footer_from = len(drafts)
    # the page's links to other stories at its end, one headline a paragraph under their label (`Related stories:`,
    # or `Read More` over `Related Articles`)
    headlines = footer_from
    while headlines > 1 and (_is_headline(drafts[headlines - 1][1])
                             or _LINK_LIST_LABEL.fullmatch(drafts[headlines - 1][1])):
        headlines -= 1
    label = next((n for n in range(headlines, len(drafts) - 1) if _LINK_LIST_LABEL.fullmatch(drafts[n][1])), None)
    if label is not None:
        footer_from = label
    below = footer_from  # a footer may stand above the page's links to other stories (`Source: ...` over `Read also:`)
    while below > 1 and _is_page_slot(drafts[below - 1][1]):
        below -= 1
    if below < footer_from and _is_footer(drafts[below - 1][1]):
        footer_from = below
    while footer_from > 0 and _is_footer(drafts[footer_from - 1][1]):
        footer_from -= 1
    for draft in drafts[footer_from:]:
        draft[0] = "footer"
    furniture = [n for n in range(footer_from) if n in link_lists or _is_furniture(drafts[n][1])
                 or 0 < n < footer_from - 1 and _is_title_crosshead(drafts[n][1])
                 and not _CLOCK_TIME.fullmatch(drafts[n - 1][1])]  # (a live blog's post: its time, its headline)
    if furniture:
        issues += (Issue("page_furniture", f"left out, no part of the article's text: {drafts[n][1][:80]!r}")
                   for n in furniture)
        left_out = set(furniture)
        drafts = [draft for n, draft in enumerate(drafts) if n not in left_out]

    merged: list[list] = []
    for draft in drafts:
        prev = merged[-1] if merged else None
        if prev and _continues(prev, draft):
            issues.append(Issue(
                "split_paragraph",
                f"joined a paragraph split mid-sentence: ...{prev[1][-40:]!r} + {draft[1][:40]!r}...",
                len(merged) - 1,
            ))
            prev[1] = f"{prev[1]} {draft[1]}"
            prev[3] = draft[3]
        else:
            merged.append(draft)

    written = ruling = False  # the block quote open now is a written text, which may run over several paragraphs
    stated = False  # or a statement or a speech: it runs on only in its own first person (`We are doing everything`)
    for i in range(1, len(merged)):
        prev, draft = merged[i - 1], merged[i]
        if draft[0] != "body":
            written = stated = False
            continue
        if (prev[0] in ("body", "blockquote") and prev[1].endswith(":")
                and _BLOCK_INTRO_CUE.search(prev[1], max(0, len(prev[1]) - 120))
                and not draft[1].startswith(('"', "“", "'", "‘", "«")) and not TRANSCRIPT_TURN.match(draft[1])):
            draft[0] = "blockquote"
            written = bool(_WRITTEN_CUE.search(prev[1], max(0, len(prev[1]) - 140)))
            stated = not written  # (`She told the crowd:` and two paragraphs of her speech)
            ruling = bool(_JUDGE_WROTE.search(prev[1], max(0, len(prev[1]) - 80)))
        elif (written or stated) and prev[0] == "blockquote" and draft[1][-1:] != ":" and (
                written and not _WRITER_RESUMES.search(draft[1]) and (
                    ruling or not _WRITER_NAMES_THE_TEXT.search(draft[1])) or (
                _FIRST_PERSON.search(draft[1]) and not _ANY_QUOTE_MARK.search(draft[1])
                and not _writer_says_i(merged[:i]))):
            # the next paragraph of the letter, report or post (in the first person with no quote marks it is the
            # letter's still: `It is the first time I have said no`)
            draft[0] = "blockquote"
        else:
            written = stated = False

    paragraphs = [made(Paragraph, position=i, kind=kind, text=text, char_start=start, char_end=end)
                  for i, (kind, text, start, end) in enumerate(merged)]
    for paragraph in paragraphs:
        issues.extend(_lost_characters(paragraph))
    return paragraphs


# (`Reporting by ...; Editing by ...`, `Compiled by Name, with reporting from ...`)
_CREDIT_BREAK = re.compile(r";|\s+(?=editor\s*:)|\s*[|·]\s*|,\s+(?=with\s)", re.IGNORECASE)


def _wire_credit(text: str) -> tuple[str, ...]:
    """The reporters and writers a wire credit line names, in order."""
    names: list[str] = []
    for part in _CREDIT_BREAK.split(text.strip("()—–- ")):
        credit = _CREDIT_PART.fullmatch(part.strip().rstrip("."))
        if credit is not None:
            names += (name.split(" in ")[0] for name in re.split(r",\s*|\s+and\s+", credit.group(1))
                      if " " in name.split(" in ")[0] and not name.startswith("The ")  # (not "The Canadian Press")
                      and not is_desk_role(name))  # (nor `Sendai Bureau`)
    return tuple(dict.fromkeys(names))


def _writer_says_i(drafts: list[list]) -> bool:
    """Does the writer's own voice use the first person before this point (a blog, a column)? Then a paragraph in
    the first person is no sign that a letter runs on. (Asked only there: most articles never need it.)"""
    return any(d[0] == "body" and _FIRST_PERSON.search(_QUOTED.sub("", d[1])) for d in drafts)


def _is_headline(text: str) -> bool:
    """A line that may be another story's headline: short, capitalised, with no stop at its end."""
    return len(text) <= 120 and text[:1].isupper() and text[-1:] not in ".!?:\"”’)"


def _is_page_slot(text: str) -> bool:
    """An advertisement's slot or a link to another story (`Read also: ...`, `Advertisement`)."""
    return len(text) <= _FURNITURE_MAX_CHARS and text[:1] in _FURNITURE_FIRST and bool(_FURNITURE.match(text))


# words of a web page's controls and credits, which a scraped page may leave alone on a line under its title
_PAGE_WIDGET_WORDS = {"image", "images", "photo", "photos", "picture", "pictures", "video", "videos", "gallery",
                      "print", "close", "share", "email", "modal", "trigger", "menu", "search", "comments", "home",
                      "news", "more", "read", "subscribe", "login", "skip", "content", "sign", "follow",
                      "advertisement"}


def _bare_name_line(line: str, text: str) -> bool:
    """Two or three capitalised words alone on a line, each a word the article never writes in lower case (not a
    section's `Market Report`), of no body, place or newsroom desk: a name."""
    words = line.split()
    if not 2 <= len(words) <= 3 or "\n" in line.strip() or not all(
            w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words):
        return False
    name = " ".join(words)
    if any(w.lower() in _PAGE_WIDGET_WORDS or w.lower() in NOT_NAMES for w in words):
        return False  # a page's widget or credit: `Getty Images`, `Print Close`, `Share This`
    # (a phrase the body uses again is its subject: `Wharf Lane`)
    return not orgish(words) and not is_desk_role(name) and name not in multi_word_places() and \
        text.count(name) == 1 and not any(w in places() or w.lower() in PLACE_WORDS or re.search(
            rf"(?<![\w'’-]){re.escape(w.lower())}(?![\w'’-])", text) for w in words)


def _is_furniture(text: str) -> bool:
    """A page's slot, a photo's caption, a crosshead in capitals (`THREE QUESTIONS FOR THE CHIEF`): the page's, not
    the article's."""
    return len(text) <= _FURNITURE_MAX_CHARS and (
        _is_page_slot(text) or (
            "hoto" in text or "HOTO" in text or "redit" in text or "mage" in text or "icture" in text
            or " / " in text[:50]
            or text[-1:] == ")" or "©" in text[-70:] or "pic" in text[-12:] or "Pic/" in text[-60:]
            or text[-1:].isupper() and ("—" in text[-50:] or "–" in text[-50:])) and _is_caption(text)
        or text.isupper() and bool(_CROSSHEAD.fullmatch(text))
        or " " not in text and len(text) > 2 and text.isalpha() and text.istitle()  # (a one-word crosshead: `Survey`)
        or text[:1] in "_*=~" and not text.strip("_*=~ ")  # a rule across the page: `___`, `* * *`
        or "ign up" in text and bool(_SIGN_UP_PROMO.search(text)))


# a call to sign up for the outlet's newsletter or alerts, between paragraphs: `Get the day's breaking news ...
# delivered to your inbox. Sign up here.`, `Sign up for push alerts and have the best news delivered to your phone`
_SIGN_UP_PROMO = re.compile(r"(?:^|[.!?]\s+)sign up(?:(?: here| now| today)?[.!]?$| (?:for|to)\b[^.!?]{0,120}?"
                            r"\b(?:newsletters?|alerts?|inbox|phone|briefing|e-?mails?)\b)", re.IGNORECASE)


def _is_title_crosshead(text: str) -> bool:
    """A heading inside the article, in title case (`Wages Unpaid Since October`; never a name alone, `Hillary
    Clinton` under a photo, a letter's signature) or in sentence case (`Not a bus`); never asked of the first
    paragraph (a heading heads what follows text) nor of the last, where a writer signs, nor of a live blog's post
    under its time."""
    return len(text) <= 60 and text[-1:].isalpha() and (
        bool(_TITLE_CROSSHEAD.fullmatch(text)) and not is_first_name(text.split(None, 1)[0])
        or _sentence_case_heading(text))


def _sentence_case_heading(text: str) -> bool:
    """Two to six words, the first capitalised, the rest in lower case (accents too: `Guides and cafés`), no stop but
    a comma at a word's end: `Not a bus`, `Two ships, one quay`."""
    words = [word.removesuffix(",") for word in text.split()]
    return 2 <= len(words) <= 6 and words[0][:1].isupper() and all(
        _WORD_LETTERS.fullmatch(word) and (n == 0 or word.islower()) for n, word in enumerate(words))


# a heading in title case, two to seven words, no stop: `Wages Unpaid Since October`, `Two Swintons, One Club`
_TITLE_CROSSHEAD = re.compile(rf"[{CAPITAL}0-9][\w'’-]*(?:,? (?:(?:of|the|and|a|an|in|on|for|to|at|by|with|or|vs)"
                              rf"(?= )|[{CAPITAL}0-9][\w'’-]*)){{1,6}}")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
_WORD_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# the label over a list of links to other stories, alone on its line
_LINK_LIST_LABEL = re.compile(r"(?:related(?: stories| articles| coverage| reading| links| content)?|read more"
                              r"|also read|read also|more on this(?: story)?|recommended(?: stories)?|most read"
                              r"|more stories|you may also like)\s*:?", re.IGNORECASE)
# a correction or an editor's note, wherever it stands: `Editor's note: An earlier version of this article said
# ...`, `Editor's note: This is the first of two stories on ...` over the first paragraph
_CORRECTION_NOTE = re.compile(r"editor['’]s note\s*:|(?:correction|clarification)\s*:\s*(?:an earlier|a previous"
                              r"|this (?:article|story|report))", re.IGNORECASE)


# a heading inside the article, in capitals: two to eight words, no sentence's stop
_CROSSHEAD = re.compile(rf"[{CAPITAL}][{CAPITAL}'’&-]*(?: [{CAPITAL}][{CAPITAL}'’&-]*){{1,7}}")


# (the letters furniture opens with: the pattern is tried only after them)
_FURNITURE_FIRST = frozenset("AaSsRrMmCcWwLlDd")


def _is_footer(text: str) -> bool:
    # (the three searches after str's search for a word each needs: an address's `@`, `contributed`, and `comment`
    # in any case, whose letters no other character matches when the case is ignored)
    return len(text) <= _FOOTER_MAX_CHARS and bool(
        _FOOTER.match(text) or _BARE_URL.match(text) or _CONTACT_LEAD.match(text)
        or "@" in text and (_WRITE_TO_US.search(text) or _LABELLED_ADDRESS.fullmatch(text))
        or "contributed" in text and _CREDIT_LINE.search(text)
        or _SIGN_OFF.fullmatch(text) or _WRITER_NOTE.match(text) or _signed_by(text)
        or "comment" in text.lower() and _COMMENT_PROMPT.search(text) or _signed_with_role(text))


def _signed_with_role(text: str) -> bool:
    """The writer signs off with a newsroom role: `Elspet Lownie, Local Democracy Reporter`."""
    signed = _NAME_COMMA_ROLE.fullmatch(text) if len(text) <= 90 else None
    return signed is not None and is_desk_role(signed.group(1))


_NAME_COMMA_ROLE = re.compile(rf"[{CAPITAL}][\w'’.-]+(?: [{CAPITAL}][\w'’.-]+){{1,2}},\s+(.+)")


# the paper's call for readers' comments: `Do you think the club can be saved? Let us know in the comments below.`
# (`Comment: Do you fish the bank? Share your views in the comments below.`)
_COMMENT_PROMPT = re.compile(r"\b(?:let us know|tell us|have your say|share your (?:views|thoughts))\b[^.!?]{0,40}"
                             r"\bcomments?\b", re.IGNORECASE)


def _signature(raw: str, paragraphs: list[Paragraph]) -> str | None:
    """A writer's name alone on the last line or two (`Fousseni Traoré` over `Ouest Horizon`), or None. A page's
    links read like names too (`Show All Comments`, `Oldest First`): a name's words are none the article writes in
    lower case."""
    lines = raw.strip().splitlines()
    if not 1 <= len(lines) <= 2 or any(len(line) > 60 for line in lines) or \
            paragraphs[-2].text[-1:] not in _SENTENCE_END:
        return None
    name = _clean(lines[0])
    if len(lines) == 1 and name[:1] == "(" and name[-1:] == ")":
        name = name[1:-1]  # `(Wietske Tjeerdsma)`: the writer's name in brackets
    if (outlet := SOURCE_PATH.match(name)) is not None:
        name = name[outlet.end():]  # `Source: Ghana/outlet.com/Name`: the outlet's path to its writer
    elif (outlet := _OUTLET_AND_NAME.fullmatch(name) or _NAME_AND_OUTLET.fullmatch(name) or (
            (comma := _NAME_COMMA_OUTLET.fullmatch(name)) and comma.group(2).lower() in NAMEPLATE_WORDS and comma)
    ) is not None:
        name = outlet.group(1)  # `NorwayBrief.no/Kjellaug Rinde`, `Hannele Vauhkonen / Saimaa Today`
    words = name.split()
    if not _SIGNATURE.fullmatch(name) or name.isupper() or orgish(words) or not (
            len(lines) == 2 or outlet or is_first_name(words[0]) or _FOREIGN_SURNAME.fullmatch(words[-1])):
        return None  # (a name over the outlet's, a first name the table knows, or a long surname no English word is)
    return None if _written_in_lower_case(words, paragraphs) else name


def _capitals_signature(text: str, paragraphs: list[Paragraph]) -> tuple[str, ...]:
    """The writers' names in capitals, joined by ` - `, alone on the last line (`NHÂM KHUÊ SƯƠNG - NGƯ LŨY`), or ()
    (nor a closing `THE END`: its words are the article's)."""
    if not text.isupper() or _CAPITALS_NAMES.fullmatch(text) is None or paragraphs[-2].text[-1:] not in \
            _SENTENCE_END:
        return ()
    names = tuple(name.title() for name in text.split(" - "))
    return () if any(_written_in_lower_case(name.split(), paragraphs) or orgish(name.split()) for name in names) \
        else names


def _written_in_lower_case(words: list[str], paragraphs: list[Paragraph]) -> bool:
    """Does the article (but its last paragraph) write any of these words in lower case? A name's words it does not."""
    written = {word for p in paragraphs[:-1] for word in _LOWER_WORD.findall(p.text)}
    return any(word.lower() in written for word in words)


_SIGNATURE = re.compile(rf"[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{1,2}}")
_CAPITALS_NAMES = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]{2,}){1,3}(?: - [^\W\d_]{2,}(?: [^\W\d_]{2,}){1,3}){0,3}")
# (a country's section before the outlet's address too: `Ghana/outlet.com/Name`)
_OUTLET_AND_NAME = re.compile(r"(?:[\w-]+\s*/\s*)?[\w-]+(?:\.[\w-]+)+\s*/\s*(.+)")
_NAME_AND_OUTLET = re.compile(rf"(.+?)\s+/\s+[{CAPITAL}][\w'’.&-]*(?:\s+[{CAPITAL}][\w'’.&-]*){{0,3}}")
# (after a comma, a masthead's word last: `Bohdana Šťastná, Bohemia Business Daily`, not `Deerfield Beach, Fla.`)
_NAME_COMMA_OUTLET = re.compile(rf"(.+?),\s+(?:[{CAPITAL}][\w'’.&-]*\s+){{0,3}}([{CAPITAL}][\w'’&-]*)")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][\w'’-]*")
_FOREIGN_SURNAME = re.compile(r"\w{8,}(?<!s)(?<!ed)(?<!ing)(?<!ly)(?<!ment)(?<!tion)(?<!ness)")


def _signed_by(text: str) -> tuple[str, ...]:
    """The writer who signs the article off after a dash: `— Jaimee Penhall, Central Australia reporter` (or a
    hyphen and a space, `- Ana Ruiz, Horouta Times`)."""
    if not (text[:1] in "—–" or text.startswith("- ")) or len(text) > 120:
        return ()
    byline = read_byline([text.lstrip("—–- ")])
    return byline.authors if byline is not None and byline.published_on is None else ()


def _continues(prev: list, draft: list) -> bool:
    """A blank line fell mid-sentence: the first part has no end mark and the second starts in lower case."""
    if prev[0] != draft[0] or prev[0] == "footer":
        return False
    first = draft[1][0]
    return first.islower() and not prev[1].endswith(_SENTENCE_END)


def _lost_characters(paragraph: Paragraph) -> list[Issue]:
    # (a lost `?` between two letters of a word is one in the whole text: one search, not one a word, in the many
    # paragraphs that ask a question)
    if "\ufffd" not in paragraph.text and ("?" not in paragraph.text or not _LOST_QMARK.search(paragraph.text)):
        return []
    words = [w for w in paragraph.text.split() if ("?" in w and _LOST_QMARK.search(w) and "/" not in w
                                                    and "=" not in w) or "\ufffd" in w]
    if not words:
        return []
    shown = ", ".join(dict.fromkeys(w.strip(".,;:!?\"'()[]“”‘’") for w in words))
    return [Issue("lost_character", f"character lost in transcoding: {shown}", paragraph.position)]
