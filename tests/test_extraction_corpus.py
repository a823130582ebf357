"""The quote fixture corpus as a test and as a measurement.

`tests/fixtures/quotes/*.txt` hold hand-annotated articles (markdown-it-py fixture format:
description, `.`, body, `.`, expected JSON list, `.`). Each case is a parametrised test
that must match exactly; `report()` scores the whole corpus the way the held-out check
does (precision/recall on text with closing punctuation trimmed, speaker accuracy on the
matched quotes), so a change can be judged by its numbers and not only by pass/fail.

Run `python tests/test_extraction_corpus.py` for the table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as a script from anywhere
    sys.path.insert(0, str(ROOT))

from dateline import attribution, quotes  # noqa: E402
from dateline.errors import Problem  # noqa: E402
from dateline.load import Data, load_data  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "quotes"
# Held-out corpus written without looking at the extractor, to measure generalisation.
# Its top-level files are judged with FIXTURES/_data; each sub-folder with its own `_data`
# (a blind round about another figure: tests/fixtures/quotes_holdout/round5_…/) is a set of
# its own, judged with its own speakers file and reported on its own.
HOLDOUT = ROOT / "tests" / "fixtures" / "quotes_holdout"

# case id -> why it still fails. Each is xfail(strict=True): fixing one makes the suite
# say so, and it must then be taken off this list.
KNOWN_FAILURES: dict[str, str] = {
    # round 56's rules on invented text (branch fix56): the speakers are right, the kind is not — a quote opening
    # its own line under a line that is no sentence of the writer's (a post's header, "He said" with no comma) is
    # read as opening inside the writer's clause, so partial; the same shape as round 56's cases 172, 438 and 998
    "broadcasts_and_councils/cases.txt:256": "the post's words under its header line come out partial (speaker right)",
    "broadcasts_and_councils/cases.txt:289": "'He said \"two point four million dollars.\"' (no comma after the "
                                             "verb) comes out partial (speaker right)",
}
HOLDOUT_KNOWN_FAILURES: dict[str, str] = {
    # Round 80 (blind; the Greek-language press of Greece and Cyprus): held out at the session's start P 0.986
    # R 0.638 speaker 0.360; after branch fix80 P 0.963 R 0.950 speaker 0.865. What the code still does wrong:
    "holdout/round80_greek/cases.txt:1": (
        "'το λεγόμενο «πλαφόν»' (a term after a naming word, in the genitive-free Greek 'λεγόμενο') is read as "
        "the governor's partial"
    ),
    "holdout/round80_greek/cases.txt:48": (
        "a quote running over two paragraphs with the Greek re-opening '»' is split; an unnamed 'Κυβερνητικός "
        "αξιωματούχος' and 'Στενοί συνεργάτες της υπουργού' (no article) are read as the minister; 'Κατά τον "
        "υφυπουργό, «…»' (a role after 'κατά τον') and 'είπε η υπουργός, προσθέτοντας ότι τα συμβόλαια «…»' name "
        "nobody"
    ),
    "holdout/round80_greek/cases.txt:94": (
        "partials in the writer's clause after 'ότι' and 'πως' ('έχει δεσμευτεί ότι οι υδροφόρες θα συνεχίσουν "
        "«…»', 'δηλώνει πως τα χρήματα … «…»') are dropped as scare quotes"
    ),
    "holdout/round80_greek/cases.txt:130": (
        "'μίλησε στην «Εφ.Συν.» για «…»' (the outlet told, in marks, between the verb and its words) names "
        "nobody; 'Σύμφωνα με ανακοίνωση του υπουργείου' is not the ministry's; an unnamed 'Ένας λοστρόμος' is "
        "read as the union; a last paragraph whose '«' never closes is not repaired; 'το αφήγημα της «δίκαιης "
        "νησιωτικότητας»' is kept as a partial"
    ),
    "holdout/round80_greek/cases.txt:218": (
        "the header line's show name in marks ('ΣΚΑΪ – «Σήμερα» | Συνέντευξη …') is kept as a quote"
    ),
    "holdout/round80_greek/cases.txt:250": (
        "'ΦΩΝΗ ΑΠΟ ΤΗΝ ΠΤΕΡΥΓΑ ΤΗΣ ΑΝΤΙΠΟΛΙΤΕΥΣΗΣ:' (a label of six words in capitals) is no turn"
    ),
    "holdout/round80_greek/cases.txt:332": (
        "the headline's «…» echoing words the story says were given in English ('που μίλησε στα αγγλικά') is not "
        "marked translated; 'η ελληνική πλευρά «παραμένει πλήρως δεσμευμένη»' (three words) is dropped as a scare "
        "quote"
    ),
    "holdout/round80_greek/cases.txt:408": (
        "a live blog's entry naming its speaker before a colon ('19:42 | Η υπουργός … Jane Doe βγαίνει … Σύντομη "
        "δήλωση: «…»', '15:20 | Η Ένωση … εκδίδει ανακοίνωση: «…»') is given to nobody or to the person of the "
        "entry before"
    ),
    "holdout/round80_greek/cases.txt:443": (
        "'Ένας χρήστης απάντησε: «…»' (an unnamed user) is read as the post's author, and a commenters' verdict "
        "as a minister's"
    ),
    "holdout/round80_greek/cases.txt:473": (
        "an op-ed's 'τους «ελλιπείς φακέλους» της υπουργού' (the minister's words in the genitive owner after "
        "them) names nobody"
    ),
    "holdout/round80_greek/cases.txt:501": (
        "a correction's 'η φράση «…» αποδόθηκε εκ παραδρομής στον X. Τη φράση είπε ο Y': the phrase is read as a "
        "naming partial, nobody's"
    ),
    "holdout/round80_greek/cases.txt:528": (
        "the header line's show name in marks ('MEGA – «Κεντρικό Δελτίο» | …') is kept as a quote"
    ),
    "holdout/round80_greek/cases.txt:589": (
        "the printed interview's standfirst 'η Λευκωσία που «…»' (a partial in the writer's relative clause) is "
        "dropped as a scare quote"
    ),
    "holdout/round80_greek/cases.txt:619": (
        "'«…» ήταν η απάντηση του περιφερειάρχη' (the owner of 'the answer' in the genitive after the quote) is "
        "not read; the minister named before gets it"
    ),
    "holdout/round80_greek/cases.txt:655": (
        "'αναφέρει σε ανακοίνωσή της η ΕΑΕ' (the body's abbreviation after 'σε ανακοίνωσή της') names nobody; "
        "'έκανε λόγο για «εκβιασμό»' (one word) is dropped; two men joined as the subject then '«…», είπε' goes "
        "to one of them, not unknown (the README's convention)"
    ),
    "holdout/round80_greek/cases.txt:690": (
        "'όπως είπε, ότι «…»' (the minister's promise the fisherman repeats) names nobody; 'από την Άνω Μεριά' is "
        "read as a person; 'πηγές ανέφεραν' as the ministry; a resolution's and an outlet's words in marks are "
        "kept"
    ),
    "holdout/round80_greek/cases.txt:725": (
        "the chair named only in the header's genitive ('ΠΡΟΕΔΡΕΥΟΝΤΟΣ ΤΟΥ Ε΄ ΑΝΤΙΠΡΟΕΔΡΟΥ … ΚΥΡΙΟΥ ΓΕΩΡΓΙΟΥ "
        "ΛΑΜΠΡΟΠΟΥΛΟΥ') is not read: a bare 'ΠΡΟΕΔΡΕΥΩΝ:' is unknown"
    ),
    "holdout/round80_greek/cases.txt:755": (
        "a quote over two paragraphs with the Greek re-opening '»' after a paragraph left open is not joined"
    ),
    "holdout/round80_greek/cases.txt:791": (
        "a roundup's line 'X (για το καλώδιο): «English» – «Greek»': the Greek rendering after the dash is no "
        "quote"
    ),
    "holdout/round80_greek/cases.txt:817": (
        "'Η Κύπρια υπουργός πρόσθεσε ότι η Λευκωσία «…»' after words said in English is not marked translated; an "
        "unnamed Commission official is read as the deputy minister; a label in marks is kept"
    ),
    "holdout/round80_greek/cases.txt:849": (
        "'Ερωτηθείς για τη στάση του υφυπουργού … X, …, απάντησε: «…»' (the genitive owner before the "
        "participle's dropped subject) goes to X"
    ),
    "holdout/round80_greek/cases.txt:884": (
        "'στενός συνεργάτης της υπουργού μάς εκμυστηρεύτηκε: «…»' and 'Ένας από αυτούς … μας είπε: «…»' (unnamed, "
        "no article) are read as the minister"
    ),
    "holdout/round80_greek/cases.txt:944": (
        "'Ερωτηθείς αν …, είπε γελώντας: «…»' (a masculine participle's dropped subject, the governor) goes to "
        "the minister named in the clause; 'Ο κυβερνητικός εκπρόσωπος … χαρακτήρισε …' (an unnamed spokesman) "
        "then 'πρόσθεσε' goes to the minister; 'διατηρεί «στο τραπέζι»' is kept"
    ),
    # Round 84 (blind; English coverage of non-politicians: tech, football, music, cricket, mining): held out at the
    # session's start P 0.969 R 0.990 speaker 0.901; after branch fix84 P 0.979 R 0.993 speaker 0.954. What the
    # code still does wrong:
    "holdout/round84_business_sport/cases.txt:174": (
        "'\"Q,\" she wrote' after the unlisted analyst Priya Raman (a given name the lexicon does not know as a "
        "woman's) goes to the CEO quoted before, both halves of the split quote"
    ),
    "holdout/round84_business_sport/cases.txt:310": (
        "a partial before 'the club confirmed in a statement', with 'he picked up' between them, is nobody's, "
        "not the club's"
    ),
    "holdout/round84_business_sport/cases.txt:352": (
        "'The Rovers boss branded … \"q\"' (a role speakers.yaml gives one manager) is nobody's"
    ),
    "holdout/round84_business_sport/cases.txt:397": (
        "a book's wording after its own verb ('His short book … argues that most goals are conceded through "
        "\"q\"') is read as nobody's; the writer gives it to the author (by README it is the document's: left "
        "as written)"
    ),
    "holdout/round84_business_sport/cases.txt:532": (
        "a song's chorus in marks ('a chorus that goes \"I no dey beg, I no dey bend,\"') is taken as a quote"
    ),
    "holdout/round84_business_sport/cases.txt:657": (
        "a partial after 'The India captain had defended X before the series, calling him' is nobody's, not "
        "the captain's"
    ),
    "holdout/round84_business_sport/cases.txt:760": (
        "'\"Q,\" he said' after 'one shareholder, who did not give his name' goes to the chief (a woman) quoted "
        "before; a circular's wording after 'had described the activist's plan as' is taken as a quote"
    ),
    "holdout/round84_business_sport/cases.txt:883": (
        "a correction's 'It was X, not Y, who said: \"Q\"' gives the words to Y, the one named last, not X"
    ),
    "holdout/round84_business_sport/cases.txt:899": (
        "a quote holding a quoted dialogue ('My dad said to me, …') is nobody's; two quotes around a chorus "
        "in marks are missed and the chorus taken"
    ),
    "holdout/round84_business_sport/cases.txt:966": (
        "'\"Q,\" he said' right after 'Malhotra smiled for the first time.' goes to the unlisted head coach "
        "named earlier"
    ),
    "holdout/round84_business_sport/cases.txt:1036": (
        "a live entry's title in single marks ('He's right to be angry') over the line naming the pundit is "
        "nobody's"
    ),
    "holdout/round84_business_sport/cases.txt:1088": (
        "an email's subject line ('Its subject line was \"…\"'), a memo's wording after 'described the August "
        "email as' and a system's name ('Regional Lock,') are taken as quotes"
    ),
    # Round 72 (blind; the Turkish-language press of Türkiye and northern Cyprus): held out at the session's start
    # P 0.985 R 0.774 speaker 0.385; after branch fix72 P 0.977 R 1.000 speaker 1.000. What the code still does wrong:
    "holdout/round72_turkish/cases.txt:62": (
        "'“sefalet ücreti” artık …' (a scare term as its clause's subject, after 'X'e göre,') is read as the "
        "worker's words"
    ),
    "holdout/round72_turkish/cases.txt:319": (
        "'projeyi \"işgalin limanı\" olarak sunmasına' (what another press presents it as, a naming verb's "
        "nominalised form) is read as a partial of the MP's"
    ),
    "holdout/round72_turkish/cases.txt:337": (
        "'Azerbaycan Türkçesiyle yaptığı konuşmada X, \"…\"' (the language named with its instrumental ending) "
        "does not mark the Turkish words a translation"
    ),
    # Round 73 (blind; the Chinese-language press of Taiwan, Hong Kong, Singapore and Malaysia, Traditional and
    # Simplified): held out at the session's start P 0.960 R 0.516 speaker 0.125; after branch fix73 P 1.000 R 1.000
    # speaker 0.978. What the code still does wrong:
    'holdout/round73_chinese_drought/cases.txt:155': (
        "a headline's '學者：清淤不能只靠「挖」': the generic '學者' (a scholar) is not read as the one professor the "
        "story quotes, and the headline's word comes out unknown"
    ),
    'holdout/round73_chinese_drought/cases.txt:334': (
        "a quote over three paragraphs under '他放下手中的漁網，說了很長一段話。': a sentence before the quote's "
        "paragraph that ends in a full stop, no colon, is not read as its tag, and the words come out unknown"
    ),
    # Round 66 (blind; the Russian-language press of Central Asia, the Baltic states and Moldova): held out at
    # the session's start P 0.981 R 0.624 speaker 0.283; after branch fix66 P 1.000 R 0.965 speaker 0.866. What the
    # code still does wrong:
    'holdout/round66_water_tariffs/cases.txt:1': (
        "'По словам министра, «q»': a role in the genitive ('министра') after 'по словам' is not matched to "
        "the speakers file's 'министр', and the words come out unknown"
    ),
    'holdout/round66_water_tariffs/cases.txt:74': (
        "a Jogorku Kenesh record's 'Вице-премьер-министр А.Б. Jane Doe:' is not read as a label (a hyphenated "
        "office before the initials), so her two turns are missed ('Депутат К.Т. X:' is read)"
    ),
    'holdout/round66_water_tariffs/cases.txt:170': (
        "a Telegram post's 'заявил он' after a Latvian sentence is the listed 'министр' (guessed, no holder "
        "named), not the Latvian minister the post names, and the quotes of the MP after her own header carry "
        "it over"
    ),
    'holdout/round66_water_tariffs/cases.txt:189': (
        "a live text's 'Вопрос Асаналиевой:' (a question put to her, in the dative) is read as a label naming "
        "a person 'Вопрос Асаналиевой', where the writer wants unknown"
    ),
    'holdout/round66_water_tariffs/cases.txt:214': (
        "an op-ed's «…» after 'Аким Тараза сказал на сессии маслихата, что' (the quote inside a reported "
        "clause with its own subject) comes out unknown"
    ),
    'holdout/round66_water_tariffs/cases.txt:235': (
        "a correction ('Поправка') moving a quote to the deputy: the corrected sentence's quote is not "
        "extracted"
    ),
    'holdout/round66_water_tariffs/cases.txt:309': (
        "'сказала она по-латышски': the Russian adverb of a language ('по-латышски') does not make the words "
        "translated (date_lines.toml spoken_in reads 'в/на <language>' forms only)"
    ),
    'holdout/round66_water_tariffs/cases.txt:423': (
        "the third quote, after an expert who spoke English ('— пояснил Мерфи'), is not marked translated "
        "(the writer carries the English of the paragraph before over to it)"
    ),
    'holdout/round66_water_tariffs/cases.txt:478': (
        "'По словам собеседника, «q»': the interviewee named by a noun ('собеседника') is not resolved to the "
        "farmer introduced before, and '— признается аким' after two paragraphs naming the akim comes out "
        "unknown"
    ),
    'holdout/round66_water_tariffs/cases.txt:522': (
        "a Facebook post's own author (the page's header name) is not the speaker of a Kyrgyz proverb and its "
        "rendering after the vice-premier's quote: they are carried over from her quote"
    ),
    'holdout/round66_water_tariffs/cases.txt:542': (
        "'ВЕДУЩИЙ (Арман Жаксылыков):' names the host in brackets: his turns are the host's label's (unknown) "
        "where the writer wants the host named"
    ),
    # Round 67 (blind; Modern Standard Arabic press of Jordan, Morocco, Lebanon, Oman and Tunisia): held out at the
    # session's start P 1.000 R 0.591 speaker 0.462 (88 quotes); after branch fix67 P 1.000 R 0.966 speaker 1.000 (the
    # blind folder; the suite's copy drops the three-paragraph quote whose middle paragraph has no marks, as the
    # conventions README says: P 1.000 R 0.977 speaker 1.000)
    "holdout/round67_arabic/cases.txt:293": (
        "a correction's 'ورد … أن عبارة «…» صدرت عن النائب X، والصحيح أنها للنائبة Y': the words after 'عبارة' (the "
        "phrase) are read as a name, no quote, and the correction naming the real speaker is not read in Arabic"),
    "holdout/round67_arabic/cases.txt:304": (
        "speakers right; her English words with the outlet's Arabic rendering in brackets after them come out "
        "translated (an English story's '\"Q\" (original)' order read in an Arabic one, where the bracket renders)"),
    "holdout/round67_arabic/cases.txt:319": (
        "a French story's Arabic words with their French rendering in brackets ('«الإصلاح ما شي عقاب» (« la réforme "
        "n'est pas une punition »)'): the rendering is not taken as the outlet's translation of his words"),
    # Round 60 (blind; Norway, Denmark, Sweden in Norwegian, Danish, Swedish and an English wire): held out at the
    # session's start P 0.961 R 0.690 speaker 0.816; after branch fix60 P 0.986 R 1.000 speaker 0.972 (the blind folder;
    # the suite's copy ends a dash line's words before the comma of its tag, as the conventions README says)
    "holdout/round60_nordic_cable/cases.txt:359": (
        "the correction's words ('ble uttalelsen «…» feilaktig tillagt ordfører X. Det var fylkesvaraordfører Y som sa "
        "dette.') are found, unknown: the cleft after the correction ('Det var Y som sa dette') is not read as naming "
        "the one who said them"),
    "holdout/round60_nordic_cable/cases.txt:377": (
        "'DN Debatt. ”…”' over an op-ed whose author stands alone on a line ('Maria Sundén' / 'partiledare (S)'): the "
        "headline's words are not given to the author (no 'By' byline), unknown"),
    "holdout/round60_nordic_cable/cases.txt:423": (
        "speakers right; the interviewer's 'Q:' turns of an interview 'Translated from Danish.' come out translated "
        "too, where the round marks only the minister's answers"),
    "holdout/round60_nordic_cable/cases.txt:471": (
        "'Kommunen kallar området för ett ”utvecklingsstråk”' (a name the council gives the area, after an "
        "indefinite article) is taken as a partial, unknown"),
    # Round 74 (blind; Indian press in English and Hindi): held out at the session's start P 0.987 R 0.865 speaker 0.740
    # (its Devanagari ids romanised by branch fix74's slug); after branch fix74 P 0.989 R 0.978 speaker 0.954. What the
    # code still does otherwise than the writer:
    "holdout/round74_india/cases.txt:50": (
        "the LoP's evaluative fragment in single marks after 'ने आरोप लगाया कि सरकार किसानों को ‘झूठे सपने’ बेच रही है' "
        "(an article whose quotes stand in double marks) is not taken as a partial"),
    "holdout/round74_india/cases.txt:195": (
        "speakers right; the collector's Hinglish words with their English rendering inside the same marks ('\"Kisi ki "
        "zameen … (No one’s land will be taken forcibly),\"') are not marked translated (the bracket's English words "
        "do not read as a rendering here)"),
    "holdout/round74_india/cases.txt:285": (
        "speakers right; 'अंग्रेजी में दिए बयान में कहा था कि ‘…’' (said in English) does not make the minister's Hindi "
        "words translated: Hindi says the language before its postposition (अंग्रेजी में), which the 'en anglais' "
        "reading of date_lines.toml spoken_in does not build"),
    "holdout/round74_india/cases.txt:523": (
        "speakers right; 'देशमुख ने अंग्रेजी में दिए अपने भाषण में कहा कि \"…\"' and the minister's next quote are not "
        "marked translated (as case 285: Hindi's 'अंग्रेजी में' is not read)"),
    "holdout/round74_india/cases.txt:329": (
        "the headline's ‘Pehle muavza, phir nahar’ over the interview (the slogan the answer quotes inside its turn) "
        "comes out as a quote of its own, the farmers' leader's"),
    "holdout/round74_india/cases.txt:353": (
        "'RJM MLA from Tikamgarh East Harpal Singh Lodhi told': the constituency's name runs into his (the id "
        "tikamgarh-east-harpal-singh-lodhi); the correction's 'attributed the remark \"will drown our temples\" to "
        "X. It was made by Y' is no quote of Y's"),
    "holdout/round74_india/cases.txt:411": (
        "'Sanjay Tiwari (no relation of the CM), a bank clerk, said: \"q\"': the listed CM's surname in an unlisted "
        "full name goes to the CM"),
    "holdout/round74_india/cases.txt:458": (
        "'said M. Jayakumar, general secretary of …': 'M.' is read as French's Monsieur, not an initial, and the "
        "words go to the subject of the paragraph before (the minister)"),
    "holdout/round74_india/cases.txt:499": (
        "'\"q,\" a source in the Chief Minister's Office said.': the office's capitals end the unnamed source, and the "
        "words are carried over from the MD's quote before"),
    # Round 68 (blind; South Korean press in Korean): held out at the session's start P 0.955 R 0.189 speaker 0.333;
    # after branch fix68 P 1.000 R 1.000 speaker 0.991. What the code still does otherwise than the writer:
    "holdout/round68_nuclear_storage/cases.txt:286": (
        "a Facebook post pasted whole, its author's name alone on the first line over '12월 4일 오후 9:15 · 🌏': the "
        "author's own question after '저는 묻겠습니다.' (I ask) comes out unknown, the writer wanting the author"),
    "holdout/round68_nuclear_storage/cases.txt:498": (
        "speakers right; '영어로 진행된 간담회에서' (at a meeting held in English) does not make the adviser's Korean "
        "words translated (Korean has no cue words for a rendering yet, and no function words to tell its language)"),
    # Round 61 (blind; South Asia in English): held out at the session's start P 0.988 R 0.976 speaker 0.904; after
    # branch fix61 P 1.000 R 1.000 speaker 0.988. What the code still does otherwise than the writer:
    "holdout/round61_south_asia/cases.txt:474": (
        "'A shopkeeper …, who gave his name only as Shabbir, said: \"q\"' comes out unknown, the writer wanting "
        "shabbir: round 41's case 389 wants unknown for the same shape (a first name only), as a caller's one name "
        "is; the code keeps round 41's reading (see the holdout README)"),
    "holdout/round61_south_asia/cases.txt:288": "speakers right; the headline's 'Shame on the government' comes out "
                                                "translated (the post's words 'in Hindi and English' read as a "
                                                "translation of the English words too)",
    "holdout/round61_south_asia/cases.txt:343": "speakers right; the headline's 'We will go to the Supreme Court if we "
                                                "must' (after 'Q&A |', before ': CM Reddy') comes out partial",
    "holdout/round61_south_asia/cases.txt:420": "speaker right (the correction's 'It was made by' names her); 'the "
                                                "remark \"Let the people of Thar judge us\"' comes out partial",
    "holdout/round61_south_asia/cases.txt:497": "speakers right; the rendering after 'which translates to' (a whole "
                                                "sentence) comes out partial",
    # Round 56 (blind; spoken English turned into text: US local TV, ABC radio, podcasts, council minutes): held out
    # at the session's start P 0.961 R 0.913 speaker 0.898 (0.884 before case 131's re-annotation, see its title);
    # after branch fix56 P 1.000 R 1.000 speaker 0.994. What the code still does wrong:
    "holdout/round56_spoken_english/cases.txt:172": "speakers right, kind wrong: 'said \"q\" on live tv' in a TikTok "
                                                    "caption and 'says \"q\"' on its on-screen text come out partial",
    "holdout/round56_spoken_english/cases.txt:438": "speaker right (the post's header line), kind wrong: the post's "
                                                    "words under its header come out partial",
    "holdout/round56_spoken_english/cases.txt:998": "speakers right, kind wrong: a top comment's words after its "
                                                    "handle (@user \"q\") come out partial",
    "holdout/round56_spoken_english/cases.txt:190": (
        "'Harold Kim … said, \"Q.\" Another speaker described the ordinance as \"q.\"': 'another speaker' is no "
        "unnamed person in en.toml (a parliament's Speaker), so the partial goes to the tag of the sentence before. "
        "Adding the word makes 'Another speaker described' the tag after Kim's quote (verb_after_quote, "
        "titled_after_quote); a guard against a tag whose sentence quotes words of its own then broke round 56's "
        "'\"Q.\" She told KPAR the city has 140 beds lined up \"by spring.\"' (the writer's own pronoun tag)"
    ),
    "holdout/round7_sport_business/cases.txt:180": "\"Union chief: 'Not one more death'\" names a role of a person who "
                                                   "is not in speakers.yaml (introduced an entry earlier as \"the head "
                                                   "of the players' union\"); roles resolve only through speakers.yaml, "
                                                   "so the speaker stays unknown (never a guess)",
    # Round 16 (issue 19, blind; a Chilean mine collapse): start P 0.957 R 0.948 speaker 0.818, fixed
    # by general rules to P 1.000 R 1.000 speaker 1.000; what the code still does wrong:
    'holdout/round16_mine_collapse/cases.txt:212': (
        "an op-ed's closing line 'This article was translated from Spanish.' marks only the author (the "
        "first person named in that paragraph) translated: the rescued miner it quotes (Raúl Gómez, speaking "
        "Spanish) comes out translated=False; marking every quote would wrongly mark the English-speaking "
        "chief executive's partial it also quotes, and nothing in the text says who spoke which language"
    ),
    # Round 17 (blind; a dock strike in Norway spreading to Rotterdam and Antwerp): the session's final
    # measurement P 0.956 R 0.798 speaker 0.943; after the [Name] podcast turns 0.958 / 0.844 / 0.946; after
    # branch acc17's general rules 0.991 / 1.000 / 1.000. What the code still does wrong:
    'holdout/round17_port_strike/cases.txt:227': (
        "extra 'the aristocrats of the waterfront' (unknown): 'Your columnist calls us \"the aristocrats of the "
        "waterfront\"' is kept as an evaluative partial (what someone called someone, like 'called the idea "
        "\"absolutely unacceptable\"'); the writer read it as a nickname. Telling a name given to people from "
        "an evaluation of them needs more than the syntax (\"calls him \"a war criminal\"\" is a quote) "
        "(the foreman and the placard slogan of this case are right since branch acc17)"
    ),
    # Round 18 (blind; a bushfire royal commission in Australia): start P 0.975 R 0.898 speaker 0.896, after
    # general rules (branch acc18) P 0.992 R 1.000 speaker 0.984. What the code still does:
    'holdout/round18_bushfire_inquiry/cases.txt:222': (
        "'It says \"Leave Early\" in capital letters' (what a survival plan on a fridge says) is extracted as a "
        "quote with speaker unknown: a Title Case fragment after 'says' whose subject is a thing ('It') reads like "
        "a short quote; telling a document's wording from a person's words needs to know what 'It' is"
    ),
    'holdout/round18_bushfire_inquiry/cases.txt:482': (
        "'Col Brannigan' (Col, a first name) is read as the title Col. (colonel; lang/en.toml org_words and "
        "address_titles) before a lone surname the article never gives in full, so 'Brannigan' is no person and "
        "his partial and the untagged quote after 'Brannigan added' come out unknown"
    ),
    # Round 19 (blind; a Philippine Senate hearing on flood-control projects): start P 0.963 R 0.827 speaker
    # 0.848; after general rules (branches acc19, acc25) see tests/fixtures/quotes_holdout/README.md. What the code
    # still does:
    'holdout/round19_flood_hearing/cases.txt:205': (
        "the headline-like 'Priority — Bantayog.' is kept as a partial (the 'she' reaching back over paragraphs "
        "about two men is the engineer's since branch acc25)"
    ),
    'holdout/round19_flood_hearing/cases.txt:244': (
        "an op-ed columnist's own term 'ghost projects.' is kept as a partial and the secretary's partial 'fewer "
        "than we would like.' is missed"
    ),
    'holdout/round19_flood_hearing/cases.txt:268': (
        "a live blog's '20 percent of every contract' is missed (the headline's '20 percent' taken for it); the "
        "weather bureau's 'It urges … \"until further notice.\"' is the bureau's since branch acc25"
    ),
    'holdout/round19_flood_hearing/cases.txt:299': (
        "the technical term in '\"as-built\" drawings' (a compound modifier in marks before its noun, in a "
        "sentence after 'The company said') is kept as the company's partial"
    ),
    'holdout/round19_flood_hearing/cases.txt:345': (
        "the Latin term 'motu proprio' after the Ombudsman's office is kept as its partial"
    ),
    # Round 23 (blind; a copper mine's water in Chile's Salar de Atacama): start P 0.952 R 0.879 speaker 0.825;
    # after this session's general rules P 0.989 R 0.978 speaker 0.933; after branch acc25 P 0.989 R 0.989
    # speaker 1.000; after branch acc29 (case 124: a scare word after "of") P 1.000; case 45 (a record headed 'English
    # translation of the Senate record.', its turns translated) passes since branch acc32. What the code still does wrong:
    'holdout/round23_copper_water/cases.txt:1': (
        "'Community leaders … called the plan \"a provocation.\"' is not extracted (the minister's partial after "
        "'Chile's mining minister …, saying the country' is hers since branch acc25: a participle after the main "
        "clause speaks for the sentence's subject)"
    ),
    'holdout/round23_copper_water/cases.txt:199': (
        "a Q&A headed 'Transcript (translated from Spanish)': the reporters' 'Q:' turns come out translated=True "
        "like the minister's answers; the writer counts only the answers as translated"
    ),
    # Round 24 (blind; Nigeria's fuel-subsidy removal): start P 1.000 R 0.991 speaker 0.832; after this
    # session's general rules P 1.000 R 0.991 speaker 0.972; after branch acc25 speaker 1.000. What the code
    # still does wrong:
    'holdout/round24_fuel_subsidy/cases.txt:56': (
        "'following what he described as \"frank and productive\" talks' is not extracted: words in marks "
        "before their noun are read as a term, even after 'described as'"
    ),
    # Round 26 (blind; the Philippines' rice-tariff cut): start P 0.982 R 0.991 speaker 0.911; as held (main
    # 6291aa0) P 1.000 R 1.000 speaker 1.000. Its three translated cases (54, 418, 450: only the outlet's English
    # rendering of Filipino words translated) pass since branch trans21 settled the convention its way.
    # Round 28 (blind; a South African township's power cut and the utility's tariff; written after this
    # session's fixes): P 0.951 R 0.983 speaker 0.940 at the session's start (3c5197f); 0.959 / 0.983 / 0.940
    # on main before its own two fixes; as held (main b11f285) 0.959 / 0.983 / 0.957; after branches trans21 (cases
    # 35, 121, 185, 248, 276, 314) and acc29 (248 too; a scare word between "of" and its noun: case 390) off the
    # list; fix47 (361: a headline's words that open a longer quote of the body, quotes._echo_verdicts) too. What the
    # code still does wrong:
    'holdout/round28_township_power/cases.txt:414': (
        "extra 'structural default' (unknown): a report's term after 'are in' ('finds that 61 … municipalities "
        "are in \"structural default\"') is kept as a partial"
    ),
    # Round 29 (blind; an Indian metro-rail land fight: PTI/IANS wires, Q&A, live blog, Hinglish quotes with
    # English renderings): start P 0.984 R 0.984 speaker 0.898; after branch acc29 P 0.992 R 0.992 speaker
    # 1.000. What the code still does wrong:
    'holdout/round29_metro_rail/cases.txt:1': (
        "extra 'in-principle approval' (solanki): a procedure's name in marks as the object of 'seeking' "
        "('written to the Centre seeking \"in-principle approval\" for the corridor') is kept as a partial"
    ),
    'holdout/round29_metro_rail/cases.txt:365': (
        "missed 'bribe': the headline's 'calls it ‘bribe’' (one bare noun after 'calls it') is read as naming a "
        "thing, as 'calls it \"denazification\"' is, not as the farmers' body's verdict"
    ),
    # Round 34 (blind; a Japanese nuclear plant's restart: Kyodo/NHK/Japan Times/Nikkei/Asahi English styles,
    # Japanese-language articles in 「…」, Diet and prefectural records in translation): held out at main cd81302
    # P 0.969 R 0.869 speaker 0.892 (107 quotes; every 「…」 quote missed); after branch jp34 (「…」 primary marks,
    # 「…」と述べた direct, 「…」という言葉 a term, the は/が subject before the quote) P 0.972 R 0.972 speaker 0.904.
    # On main e8ef09a P 0.963 R 0.972 speaker 0.942; after branch left37 (case 43: two Tanabes, the family name alone
    # after both named in full is the last of them its title fits) speaker 0.962. What the code still does wrong:
    'holdout/round34_plant_restart/cases.txt:1': (
        "speaker 'watching the prefecture's timetable closely': meti, want unknown (an unnamed 'official at "
        "the industry ministry' read as the ministry itself)"
    ),
    'holdout/round34_plant_restart/cases.txt:28': (
        "missed 'rebuild trust one inspection at a time.' (okabe): a partial after the president's earlier "
        'quote in the same sentence is not taken'
    ),
    # (case 43, 'Ms. Tanabe' after 'Emi Tanabe' read as the file's governor by the shared surname, is right since
    # branch fix38: a title whose gender is not the listed person's names the unlisted one of the family; case 59,
    # 'safety myth' after 'the so-called', since branch ux40b)
    'holdout/round34_plant_restart/cases.txt:85': (
        "speaker: 'Hamada said' after 'Tsutomu Hamada, 67, ... no relation to the town's mayor' is the "
        "speakers file's mayor by the bare surname, not the fisherman's slug"
    ),
    # (case 98, the minister's third turn 'Minister of Economy, Trade and Industry Reiko Mizusawa:' after 'Voice from
    # the floor:', is right since branch fix41: a portfolio's list of offices with commas is one label)
    # (case 124, 'Emi Tanabe (Niigata Future):' read as the governor by the shared surname, is right since branch
    # it35: a given name of none of the listed person's initials before the family name is another person)
    'holdout/round34_plant_restart/cases.txt:323': (
        "'Q:' turns of a briefing headed '(provisional translation)' come out translated=False; the writer "
        'counts every turn of the translated briefing'
    ),
    'holdout/round34_plant_restart/cases.txt:409': (
        "British single marks: the headline 'We owe them both' is nobody's (her words in another case), and a "
        'quote opening after "the \'11 disaster." is spanned from the apostrophe'
    ),
    'holdout/round34_plant_restart/cases.txt:424': (
        "speaker 'This plant has given this town jobs …' (a two-paragraph speech with a re-opening mark): "
        'unknown, the president named only after it'
    ),
    'holdout/round34_plant_restart/cases.txt:462': (
        "extra 'NRA inspection schedule for Okiura Unit 6' (morimoto): a Markdown link title in marks is read as a partial"
    ),
    'holdout/round34_plant_restart/cases.txt:473': (
        "'Ganbarimasu (We will do our best),' (original and rendering inside the same marks) comes out "
        "translated=False; the writer counts it the outlet's rendering"
    ),
    # Round 35 (blind; a container terminal at an Italian port: ANSA Italian and English services, Corriere,
    # Repubblica, Il Sole 24 Ore, a RAI transcript, Senate and regional council stenographic records, D./R. and
    # Domanda/Risposta interviews, Italian dash dialogue, Reuters/Politico/The Local in English): held out at main
    # f378539 P 0.969 R 0.819 speaker 0.537 (116 quotes); after branch it35 (lang/it.toml and general rules)
    # P 0.991 R 1.000 speaker 0.991. What the code still does wrong:
    'holdout/round35_port_terminal/cases.txt:1': (
        "the wire's first quote right after '(ANSA) - VESSANO, 05 DIC -' comes out partial (kind), not direct: the "
        "Italian agency dateline with a day and a month in capitals is not read as a dateline before a whole quote"
    ),
    'holdout/round35_port_terminal/cases.txt:729': (
        "speaker 'non la capisce nessuno': unknown, want malvezzi (a partial after an inserted ', ha ricordato,' with "
        "a dropped subject, in a sentence opening with the word-as-word «moratoria»)"
    ),
    'holdout/round35_port_terminal/cases.txt:805': (
        "extra 'Trascrizione integrale' (dossena): a Markdown link title in marks is read as a partial (as round 34's "
        "case 462)"
    ),
    # Round 38 (blind; an invented cross-border railway in Ireland: RTÉ/Irish Times/Independent/Examiner/TheJournal/
    # BBC NI/Belfast Telegraph styles, Dáil/Seanad/committee/NI Assembly Official Reports, Irish-language quotes, a
    # local weekly, radio): held out at main 47365e1 P 0.986 R 0.993 speaker 0.906 (139 quotes); after branch fix38
    # P 1.000 R 1.000 speaker 0.993 (its case 27, "Asked whether …, the minister said:" after both ministers, unknown
    # since branch fix45, as rounds 41 and 45 have it too).
    # Round 41 (blind; an invented bauxite mine in a Ghanaian forest reserve: GNA, Daily Graphic, Citi, JoyNews, a
    # weekly, Parliament of Ghana Hansard, radio, a chief's statement read by his linguist, Facebook, X, BBC News Pidgin,
    # Reuters, Twi with English renderings): held out at d16c995 P 0.992 R 0.968 speaker 0.851 (125 quotes); after
    # branch fix41 P 1.000 R 1.000 speaker 0.976. What the code still does (two by the suite's earlier convention):
    'holdout/round41_bauxite_forest/cases.txt:158': (
        "speaker 'We will not be divided on this matter,': dwamena-boakye, want unknown. 'Nana' is a role of both "
        "royals in the file and both are named; the code gives a role of several holders to the one named last, as "
        "rounds 3, 13, 16, 19, 21, 24 and 38 expect (round 38's case 27 was the same call until an \"Asked whether "
        "…\" answer of two holders came out unknown)"
    ),
    'holdout/round41_bauxite_forest/cases.txt:593': (
        "'We will publish every document, …' (the minister's English, the live blog's top entry) comes out "
        "translated=True: the entry below (written earlier) says 'He begins by greeting … the chiefs in Twi', and a "
        "language said of a speaker after the quote covers their words of that occasion (round 6's 'speaking in "
        "Portuguese at a seminar'); a greeting in one language is not told from an address in another"
    ),
    'holdout/round41_bauxite_forest/cases.txt:643': (
        "speaker 'January is too late,': abena-mensah, want unknown. A bare family name after two people of that "
        "family were named in full is the last of them (round 37's rule, its case of two Tanabes); the writer wanted "
        "unknown. (The case's 'she said', after the minister met 'its chairperson, Abena Mensah', is right since "
        "branch fix41)"
    ),
    # Round 44 (blind, in Dutch; an invented dike reinforcement on the Dutch-Flemish border and a nitrogen buy-out: NOS,
    # NRC, Telegraaf, ANP, Belga, VRT, De Standaard, Tweede Kamer Handelingen, a persbericht, a liveblog, Q/A, X and
    # Facebook posts): held out at the session's start 6837480 P 0.958 R 0.692 speaker 0.522 (133 quotes); after branch
    # fix44 (Dutch as a language, general rules) P 0.992 R 0.985 speaker 0.977. What the code still does:
    'holdout/round44_dike_nitrogen/cases.txt:21': (
        "'als de vergunningen meezitten' (a clause in marks after 'Volgens de dijkgraaf moet het werk in 2028 klaar "
        "zijn,') comes out direct, not partial: a quote after a comma closing its sentence is read as the words whole"
    ),
    'holdout/round44_dike_nitrogen/cases.txt:150': (
        "speaker 'MINISTER LAAT ONS VALLEN': unknown, want dirk-jan-mol. An all-capitals headline's lone 'MOL' is no "
        "name (a word in capitals alone is an acronym or a shout); tying it to the story's 'Dirk-Jan Mol' is not done"
    ),
    'holdout/round44_dike_nitrogen/cases.txt:245': (
        "extra 'Zonder boer geen dijk' (hoogerwerf): a banner's text after 'Op een spandoek staat:' is read as the "
        "words of the liveblog entry's speaker; a carrier noun with a colon ('staat:') is not yet a naming cue in Dutch"
    ),
    'holdout/round44_dike_nitrogen/cases.txt:460': (
        "missed 'sloopregeling' (a one-word headline partial: a single word in marks is a term) and 'alle mooie "
        "woorden over vrijwilligheid' (in 'Ondanks „…” ziet hij …', no speech verb in the sentence)"
    ),
    'holdout/round44_dike_nitrogen/cases.txt:687': (
        "speaker 'Een akkoord moet er voor de zomer liggen.': maes, want unknown. 'zei de minister:' after two "
        "ministers were named: the one named last, by the same convention (round 41's case 445); review lists it "
        "('role of several holders') with both ministers in its fixes. Its case 192's mayors, spoken of together "
        "('Beide burgemeesters') just before 'zei de burgemeester:', are unknown since branch roles"
    ),
    # Round 43 (blind; an invented reactor extension and a dam-to-chip-cluster pipeline in South Korea: Yonhap, Korea
    # Herald, JoongAng, Korea Times, Arirang, National Assembly minutes in translation, a presidential briefing, a
    # ministry release; Korean names family name first, two Lees and three Kims): held out at 6837480 P 0.991 R 0.883
    # speaker 0.867 (128 quotes); after branch fix43q P 1.000 R 0.984 speaker 0.976. What the code still does:
    'holdout/round43_reactor_water/cases.txt:23': (
        "speaker 'The president has heard the voices …': kang, want seo. '\"…,\" she told reporters' after 'Seo "
        "quoted Kang as telling …:': nothing in the text shows either one's gender, so 'she' takes the last speaker "
        "(the one quoted); telling the relayer from the relayed needs the quote's own 'He has also heard' read as "
        "not the speaker's"
    ),
    'holdout/round43_reactor_water/cases.txt:44': (
        "speakers '… the river ran dry that August,': lee-soojin, want lee-donghwan, and 'We have not, …': "
        "lee-donghwan, want unknown. 'he said' needs the minister Lee Soo-jin known as a woman (only the speakers "
        "file's comment says so; the name lists hold no Korean given names, and a family-first name's gender is "
        "not its first word's); 'Lee said:' after both Lees is the last named in full, round 37's rule"
    ),
    'holdout/round43_reactor_water/cases.txt:64': (
        "speaker 'Compensation does not grow rice,': kim-daeho, want kim-minseo. 'Rep. Kim' is an alias of both "
        "lawmakers: since hostile round 59 a form two speakers share goes to neither by itself (it went to the "
        "first listed, here right by luck); the article names both Kims in full, so the last named (Kim Dae-ho) "
        "takes it; the writer reads 'shot back' as the reply to him"
    ),
    'holdout/round43_reactor_water/cases.txt:191': (
        "'naeronambul' (han's one-word partial after 'accused the government of') is read as a term: a single "
        "foreign word after a preposition, glossed after it ('using a Korean buzzword for …'); the round's notes "
        "call it a judgment call"
    ),
    'holdout/round43_reactor_water/cases.txt:208': (
        "'I said what I said.' (Gov. Yun at a later briefing) comes out translated=True: the governor's statement "
        "was 'translated by the provincial government', and a speaker's translation covers their other words in "
        "the article unless another occasion is named ('told the X', 'in an interview with'); 'Asked at a briefing "
        "later in the day' is not read as one"
    ),
    'holdout/round43_reactor_water/cases.txt:475': (
        "'every option' (after 'The president … ordered officials to prepare') is read as a scare quote: two words, "
        "no speech verb ('ordered' is not a cue verb: 'ordered replacement parts' is no speech)"
    ),
    # Round 55 (blind; Switzerland in German, French and Italian: an invented winter-electricity law, a raised dam in
    # Valais, a solar park above Disentis, wage protection for Ticino's cross-border workers: Keystone-SDA/ATS wires,
    # NZZ, Tages-Anzeiger, Blick, SRF, Le Temps, 24 heures, RTS, RSI, Corriere del Ticino, laRegione, the Amtliches
    # Bulletin of both chambers, the Grand Councils of Graubünden, Ticino and Valais, Federal Council releases and a
    # press conference, X and Instagram, a correction, Romansh and Swiss German with German renderings): held out at the
    # session's start P 0.986 R 0.883 speaker 0.720 (162 quotes); after branch fix55 P 0.988 R 0.981 speaker 0.937.
    # What the code still does:
    'holdout/round55_winter_power/cases.txt:48': (
        "'Parteipräsident X sprach am Samstag an der Delegiertenversammlung in Chur von einem «Schildbürgerstreich»' "
        "misses the one-word partial: a single capitalised word in marks is read as a name (German capitalises every "
        "noun), and 'sprach … von' split by its adverbials is no 'speaks of' (de.toml speaks_of is read joined)"
    ),
    'holdout/round55_winter_power/cases.txt:210': (
        "speaker '«Siamo una città di confine …», ha commentato il sindaco di Chiasso': marco-colombo (carried over), "
        "want unknown: an Italian office the article gives nobody ('il sindaco di X') is no unnamed person; only "
        "en.toml unlisted_offices after 'the' and the definite_unnamed nouns are read so"
    ),
    'holdout/round55_winter_power/cases.txt:438': (
        "speaker 'Wir bauen keine Mauer, wir bauen Sicherheit': gisler, want dettling. A correction's 'Das Zitat «Q» "
        "stammt nicht von A, sondern von B' gives the words to B; the quote is read as A's, the first person named "
        "after it (review's correction-notice reading is not used by attribution)"
    ),
    'holdout/round55_winter_power/cases.txt:461': (
        "'«Q», a-t-il plaisanté' after '…, a annoncé vendredi le conseiller d'Etat X' comes out as the headline's "
        "'Barrage du Val' (a place read as a name): the inverted subject after a weekday and the office ('a annoncé "
        "vendredi le conseiller d'Etat X') is not read, so X is never the sentence's speaker; and '«Q», ont-ils glissé' "
        "after two people signed together is given to the last of them, not read as a plural (unknown)"
    ),
    'holdout/round55_winter_power/cases.txt:524': (
        "speaker '«Mir händ gnueg vo dene Versprächige» (gloss), sagt der 63-Jährige': unknown, want the farmer: an "
        "unquoted gloss in brackets between the quote and its tag hides the tag, and the German age epithet "
        "('der 63-Jährige') is not read as the person last named"
    ),
    'holdout/round55_winter_power/cases.txt:542': (
        "speaker '«Wer zu spät baut, …»' after 'Der Schwyzer Freisinnige erinnerte daran, dass schon sein Vorgänger "
        "gewarnt habe:': 'schwyzer-freisinnige', want unknown: German capitalises the adjective and the noun of an "
        "epithet, which read as a name, and the predecessor (an office nobody names) is not seen as the speaker"
    ),
    'holdout/round55_winter_power/cases.txt:588': (
        "'Die Allianz will … «notfalls bis vor Bundesgericht» bekämpfen. Das teilte die Organisation mit.' misses the "
        "partial (the verb of saying is in the next sentence), and '«Q», liess sich Geschäftsführer X in der Mitteilung "
        "zitieren' is unknown: 'liess sich … zitieren' (a reflexive verb of being quoted, its subject between) is no tag"
    ),
    'holdout/round55_winter_power/cases.txt:605': (
        "speaker '«Ertappt. …», antwortete die Tessinerin': unknown, want pellegrini: an epithet of origin ('die "
        "Tessinerin', 'la Vaudoise', 'der Bündner') is not read as the woman or man last named"
    ),
    'holdout/round55_winter_power/cases.txt:622': (
        "speaker 'Pour la Vaudoise, le projet est « … »': unknown, want favre: French 'Pour X, …' (for X, in X's view) "
        "is not read as 'Selon X' (the word opens too many sentences that report nobody)"
    ),
    'holdout/round55_winter_power/cases.txt:639': (
        "a crowd's chant after its words ('«Ci ascolti, …», gridavano in coro') is kept as a quote (the round 51 miss): a "
        "chant's verb is read as a carrier only before the words"
    ),
    'holdout/round55_winter_power/cases.txt:793': (
        "speaker '…, une porte-parole du département précise: « Q »': uvek, want unknown: the unnamed spokeswoman "
        "('une porte-parole', her body after her) before a present-tense verb and a colon gives the words to the body"
    ),
    # Round 51 (blind; Spain in Spanish: an invented cut to the Tajo-Segura transfer and a delayed AVE section: El País,
    # El Mundo, ABC, La Vanguardia, La Verdad, EFE and Europa Press wires, SER/COPE/Radio 5 transcripts, the Diario de
    # Sesiones del Congreso and a regional Asamblea's, a Moncloa release, a live blog, X, a Tribuna, a Fe de errores,
    # raya dialogue, Catalan and Basque with Spanish renderings): held out at the session's start P 0.983 R 0.717
    # speaker 0.462 (166 quotes); after branch fix51 P 0.994 R 1.000 speaker 0.970. What the code still does:
    'holdout/round51_trasvase_ave/cases.txt:515': (
        "speaker 'tiene algún plan para Lorca …': unknown, want pedro-jose-hernandez-lax. 'El senador había preguntado' "
        "names an office the speakers file gives nobody; the senator was introduced by his title before the name ('del "
        "senador de Alianza Liberal por Murcia Pedro José Hernández Lax'), but a Spanish office is not read as the "
        "unlisted office of a person so introduced (en.toml unlisted_offices, read after 'the' only)"
    ),
    'holdout/round51_trasvase_ave/cases.txt:538': (
        "speaker 'Si esto sigue así, vendemos …': unknown, want encarna-rubio. '—dice la madre' names a family noun: "
        "the mother of the son named before ('Su hijo, Pedro Rubio') is not worked out from the kinship"
    ),
    'holdout/round51_trasvase_ave/cases.txt:656': (
        "speaker 'no puede ser la moneda de cambio …': unknown, want txema-agirre-etxeberria. 'El parlamentario "
        "vizcaíno ha añadido' refers back by an epithet (an office noun and a demonym) that the speakers file gives "
        "nobody; only listed roles and party members ('el peronista') are read so"
    ),
    'holdout/round51_trasvase_ave/cases.txt:716': (
        "'los regantes ya no pueden pagar' comes out direct, want partial: 'dos cosas que, a su juicio, «…»' — the "
        "aside 'a su juicio,' right before the marks reads as a tag framing the quote ('According to X, \"q\"'), "
        "though the relative clause 'dos cosas que' opens the quote inside the writer's sentence (the speaker is right)"
    ),
    'holdout/round51_trasvase_ave/cases.txt:784': (
        "a crowd's chant after its words ('«¿Dónde está la ministra? ¡Que baje!», coreaban … cientos de regantes') is "
        "kept as a quote (unknown): a chant's verb is read as a carrier only before the words; and '«…», ha dicho a "
        "20minutos Sandoval' leaves the speaker unknown: an outlet told whose name opens with a digit, then a "
        "capitalised subject, is not told from the subject"
    ),
    # Round 47 (blind; Indonesia in Indonesian: an invented nickel smelter permit in a Sulawesi province, 2027 rice
    # import quotas and the capital's relocation: Kompas, Detik, Tempo, Antara, CNN Indonesia, Republika, DPR Risalah
    # Rapat, Siaran Pers, a talk show, a live update, Instagram and X, an explainer, a column): held out at the
    # session's start 62284fa P 0.989 R 0.765 speaker 0.637 (119 quotes); after branch fix47 P 1.000 R 1.000 speaker
    # 0.975 (the scorer's speakers; two cases below fail on their translation flags only); its case 265's 'ucap sang
    # bupati' after 'kedua bupati' is unknown since branch roles (lang id.toml both). What the code still does:
    'holdout/round47_smelter_rice/cases.txt:352': (
        "'Punten, … panen raya,' comes out translated=True: 'ujar Sukarman dalam bahasa Sunda' says the words were "
        "said in Sundanese, and a language no function-word list holds is not told from the story's own, so the "
        "Sundanese words as printed are taken for a rendering (the scorer's speaker is right)"
    ),
    'holdout/round47_smelter_rice/cases.txt:484': (
        "translation flags reversed: 'berbicara dalam bahasa Mandarin. Pernyataannya diterjemahkan oleh penerjemah "
        "perusahaan.' is not read as a translation note (Indonesian 'diterjemahkan', and 'Mandarin', which CLDR "
        "names 'Tionghoa', are in no list), so the two Indonesian renderings come out untranslated, and the English "
        "answer 'menjawab langsung dalam bahasa Inggris' (too short for its language to be told) translated"
    ),
    'holdout/round47_smelter_rice/cases.txt:447': (
        "speaker 'Kami disuruh tunggu izin …': unknown, want rn. A worker known only by initials ('RN, 34 tahun, "
        "pekerja konstruksi', then 'kata RN') is no name: two capitals are read as an acronym, and ', 34 tahun,' as "
        "no age"
    ),
    'holdout/round47_smelter_rice/cases.txt:687': (
        "speaker 'Terima kasih, Pak Laka …': laka, want sln. 'Akun resmi @sinarlasandi membalas:' names the company's "
        "account by a handle that is no alias of it (the first two words of 'Sinar Lasandi Nikel' run together): a "
        "handle is matched to a speaker only as written in speakers.yaml, so the colon's quote carries over the thread"
    ),
    # Round 45 (blind; Türkiye, Greece and Cyprus in English: an invented Crete–Cyprus cable, gas exploration, a mayor's
    # tender probe, wildfires: Anadolu, HDN, Daily Sabah, bianet, Kathimerini, ERT, AMNA, Cyprus Mail, Reuters/AFP,
    # TBMM and Hellenic Parliament minutes in translation, a foreign ministry's Q&A, X, a live blog, a podcast): held
    # out at the session's start P 0.960 R 0.846 speaker 0.934 (143 quotes); after branch fix45 P 1.000 R 0.986
    # speaker 0.993. What the code still does:
    'holdout/round45_kymata_cable/cases.txt:28': (
        "'playing with fire in a crowded room' (Aydınoğlu's partial 'who on Monday accused …') comes out "
        "translated=True: his later quote is 'said in remarks translated from Turkish', and a translation said of a "
        "speaker covers their words in the article unless another occasion is named ('told the X'); a relative "
        "clause's other day ('on Monday' against 'responded hours later') is not read as one (round 43's case 208)"
    ),
    'holdout/round45_kymata_cable/cases.txt:352': (
        "'bianet:' (the outlet's name in lower case as the interviewer's label) opens no turn: a label is a "
        "capitalised name or office, so the two questions are missed (the writer wants the interviewer the intro "
        "names, 'bianet's Zeynep İnceoğlu')"
    ),
    'holdout/round45_kymata_cable/cases.txt:697': (
        "speaker 'The ambassador was informed …': mfa-tr, want unknown. 'the ministry said' after the Greek and then "
        "Turkey's foreign ministry were named is the one named last, by the suite's convention for a role of several "
        "holders (only an 'Asked whether …' answer of two named together is unknown)"
    ),
    # Round 65 (blind; national politics of the United States and Canada in English and Canadian French: AP, Reuters,
    # CP, Axios, The Hill, CBC, Radio-Canada, La Presse, Le Devoir, the Congressional Record of both chambers, a White
    # House briefing, a bilingual Hansard, a Rev-style rally transcript, a cable interview, posts, a release, a
    # correction, an op-ed): held out at the session's start 21bd6dc P 0.927 R 0.809 speaker 0.947 (94 quotes); after
    # branch fix65 P 1.000 R 1.000 speaker 1.000, every case exact (translated and partial too): none listed.
    # Round 50 (blind; the English-speaking Caribbean: an invented state of emergency in a Jamaican parish, a port
    # concession in Trinidad and Tobago, a Barbados security meeting: Gleaner/Observer/Express/Newsday/Guardian styles,
    # Hansard of both Houses, a Jamaica House transcript, police releases, radio, YouTube captions, Facebook Live, X,
    # letters, columns, a correction, CMC wire, Patois and Creole with renderings): held out at the session's start
    # e4178c5 P 0.978 R 0.993 speaker 0.873 (135 quotes); after branch fix50 P 1.000 R 1.000 speaker 1.000, every
    # case exact (translated and partial too): none listed.
    # Round 37 (blind; an Australian offshore gas field, its pipeline, a trans-Tasman supply deal and a New Zealand
    # LNG terminal: AAP, ABC, Guardian Australia, SMH, The Australian, Stuff, RNZ, House and Senate Hansard, NZ
    # Hansard, a coroner's inquest, a fact-check, te reo Māori with English renderings): held out at main e8ef09a
    # P 1.000 R 0.992 speaker 0.891 (130 quotes); after branch left37's general rules P 1.000 R 1.000 speaker 1.000,
    # every case exact (translated too).
}

# Blind rounds whose set-level figures are still below the goal: folder -> measured figures.
# test_holdout_set_figures is a strict xfail for these, so fixing a round makes the suite say so.
# Rounds 19 and 23 reached the goal on branch acc25; round 28 on branch trans21 (P 0.959 R 0.983 speaker 0.974,
# from 0.966: the Sesotho words beside their English rendering are the tagged speaker's too).
HOLDOUT_SET_BELOW_GOAL: dict[str, str] = {
    "round80_greek": "blind round 80 (the Greek-language press of Greece and Cyprus): P 0.963 R 0.950 speaker 0.865 "
                     "after branch fix80 (held out at the session's start: P 0.986 R 0.638 speaker 0.360); its "
                     "failing cases are listed above",
    "round84_business_sport": "blind round 84 (English coverage of non-politicians): P 0.979 R 0.993 speaker 0.954 "
                              "after branch fix84 (held out at the session's start: P 0.969 R 0.990 speaker 0.901); "
                              "its failing cases are listed above",
    "round74_india": "blind round 74 (Indian press in English and Hindi): P 0.989 R 0.978 speaker 0.954 after branch "
                     "fix74 (held out at the session's start: P 0.987 R 0.865 speaker 0.740); its failing cases are "
                     "listed above",
    "round66_water_tariffs": "blind round 66 (the Russian-language press of Central Asia, the Baltic states and "
                             "Moldova): P 1.000 R 0.965 speaker 0.866 after branch fix66 (held out at the session's "
                             "start: P 0.981 R 0.624 speaker 0.283); its failing cases are listed above",
    "round43_reactor_water": "blind round 43 (South Korea: two Lees and two Kims in the speakers file): speaker 0.976 "
                             "-> 0.968 when an alias two speakers share stopped going to the first listed (hostile "
                             "round 59, k05); its failing cases are listed above",
    "round55_winter_power": "blind round 55 (Switzerland in German, French and Italian): P 0.994 R 0.988 speaker 0.938 "
                            "after branch fix55, its one expectation changed to the conventions (the blind folder: "
                            "0.988 / 0.981 / 0.937; held out at the session's start: P 0.986 R 0.883 speaker 0.720); "
                            "its failing cases are listed above",
    "round34_plant_restart": "blind round 34 (a Japanese plant restart): P 0.981 R 0.981 speaker 0.962 after branch "
                             "fix41 (P 0.963 R 0.972 after left37; held out at main cd81302: P 0.969 R 0.869 speaker "
                             "0.892; 0.972 / 0.972 / 0.904 after branch jp34); its failing cases are listed above",
}


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    title: str
    body: str
    expected: list[dict[str, Any]]
    data_dir: Path = FIXTURES

    @property
    def set(self) -> str:
        """The held-out set (or fixture corpus) the case belongs to: a round folder or the file."""
        return self.file.rsplit("/", 1)[0] if self.data_dir != FIXTURES else self.file

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def read_fixture_file(path: Path, prefix: str = "", data_dir: Path = FIXTURES) -> Iterator[Case]:
    """Cases of one fixture file: a title line, then `.`-separated body and JSON."""
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title, title_line = lines[i], i + 1
        if i + 1 >= len(lines) or lines[i + 1] != ".":
            raise ValueError(f"{path.name}:{i + 1}: expected '.' after the description")
        i += 2
        chunks: list[list[str]] = [[], []]
        for k in range(2):
            while i < len(lines) and lines[i] != ".":
                chunks[k].append(lines[i])
                i += 1
            i += 1
        yield Case(prefix + path.name, title_line, title, "\n".join(chunks[0]), json.loads("\n".join(chunks[1])),
                   data_dir)


def all_cases(folder: Path = FIXTURES, prefix: str = "") -> list[Case]:
    """The folder's `*.txt` cases, then those of every sub-folder that has its own `_data`."""
    cases = [c for p in sorted(folder.glob("*.txt")) for c in read_fixture_file(p, prefix)]
    for sub in sorted(d for d in folder.iterdir() if (d / "_data").is_dir()):
        cases += [c for p in sorted(sub.glob("*.txt")) for c in read_fixture_file(p, f"{prefix}{sub.name}/", sub)]
    return cases


_DATA: dict[Path, Data] = {}


def data(folder: Path = FIXTURES) -> Data:
    """The `_data` (speakers) a case is judged with, loaded once per folder."""
    if folder not in _DATA:
        problems: list[Problem] = []
        _DATA[folder] = load_data(folder, problems)
        assert not [p for p in problems if p.severity == "error"], problems
    return _DATA[folder]


def run(body: str, data_dir: Path = FIXTURES) -> list[dict[str, Any]]:
    """Extraction + attribution of one body, in the fixtures' JSON shape."""
    ext = quotes.extract(body)
    attrs = attribution.attribute(body, ext, data(data_dir).speakers, ())
    out = []
    for q, a in zip(ext.quotes, attrs, strict=True):
        assert body[q.start:q.end] == q.text
        out.append({"text": q.text, "speaker": a.speaker, "partial": q.partial, "kind": q.kind,
                    "translated": a.translated, "repaired": q.repaired})
    return out


def normalise(expected: dict[str, Any]) -> dict[str, Any]:
    partial = bool(expected.get("partial", False))
    return {"text": expected["text"], "speaker": expected["speaker"], "partial": partial,
            "kind": expected.get("kind", "partial" if partial else "direct"),
            "translated": bool(expected.get("translated", False)),
            "repaired": bool(expected.get("repaired", False))}


CASES = all_cases()
HOLDOUT_CASES = all_cases(HOLDOUT, "holdout/")


def _params(cases: list[Case], known: dict[str, str]) -> list[Any]:
    return [pytest.param(c, id=f"{c.id} {c.title[:60]}",
                         marks=[pytest.mark.xfail(strict=True, reason=known[c.id])] if c.id in known else [])
            for c in cases]


@pytest.mark.parametrize("case", _params(CASES, KNOWN_FAILURES))
def test_case(case: Case) -> None:
    assert run(case.body, case.data_dir) == [normalise(e) for e in case.expected]


@pytest.mark.parametrize("case", _params(HOLDOUT_CASES, HOLDOUT_KNOWN_FAILURES))
def test_holdout_case(case: Case) -> None:
    assert run(case.body, case.data_dir) == [normalise(e) for e in case.expected]


def test_known_failures_exist() -> None:
    assert set(KNOWN_FAILURES) <= {c.id for c in CASES}
    assert set(HOLDOUT_KNOWN_FAILURES) <= {c.id for c in HOLDOUT_CASES}
    assert set(HOLDOUT_SET_BELOW_GOAL) <= {c.data_dir.name for c in HOLDOUT_CASES}


def test_holdout_is_well_formed() -> None:
    """Every expected text is a substring of its body; the corpus has the promised size."""
    assert len(HOLDOUT_CASES) >= 45
    assert sum(len(c.expected) for c in HOLDOUT_CASES) >= 80
    for c in HOLDOUT_CASES:
        for e in c.expected:
            assert e["text"] in c.body, (c.id, e["text"])


# ---------------------------------------------------------------- corpus figures


def _key(text: str) -> str:
    """Text as the held-out check compares it: closing punctuation trimmed."""
    return text.strip().rstrip(".,;:!?…—–- ").strip()


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched
        self.speaker_ok += other.speaker_ok

    def figures(self) -> tuple[float, float, float]:
        p = self.matched / self.found if self.found else 1.0
        r = self.matched / self.expected if self.expected else 1.0
        s = self.speaker_ok / self.matched if self.matched else 1.0
        return p, r, s


def score_case(case: Case) -> tuple[Score, list[str]]:
    got = run(case.body, case.data_dir)
    exp = [normalise(e) for e in case.expected]
    sc = Score(expected=len(exp), found=len(got))
    notes: list[str] = []
    pool = list(got)
    for e in exp:
        hit = next((g for g in pool if _key(g["text"]) == _key(e["text"])), None)
        if hit is None:
            notes.append(f"  missed  {e['text'][:70]!r} ({e['speaker']})")
            continue
        pool.remove(hit)
        sc.matched += 1
        if hit["speaker"] == e["speaker"]:
            sc.speaker_ok += 1
        else:
            notes.append(f"  speaker {e['text'][:50]!r}: got {hit['speaker']}, want {e['speaker']}")
    for g in pool:
        notes.append(f"  extra   {g['text'][:70]!r} ({g['speaker']})")
    return sc, notes


def report(verbose: bool = False, cases: list[Case] | None = None) -> Score:
    """Print P/R/speaker per fixture file (per round folder for a held-out set with its own
    speakers) and in total; return the total."""
    total = Score()
    per_file: dict[str, Score] = {}
    for case in CASES if cases is None else cases:
        sc, notes = score_case(case)
        per_file.setdefault(case.set, Score()).add(sc)
        total.add(sc)
        if verbose and notes:
            print(f"{case.id} {case.title[:80]}")
            print("\n".join(notes))
    print(f"{'file':<40} {'exp':>4} {'got':>4} {'P':>6} {'R':>6} {'spk':>6}")
    for name, sc in sorted(per_file.items()):
        p, r, s = sc.figures()
        print(f"{name:<40} {sc.expected:>4} {sc.found:>4} {p:6.3f} {r:6.3f} {s:6.3f}")
    groups: dict[Path, Score] = {}
    for case in CASES if cases is None else cases:
        groups.setdefault(case.data_dir, Score()).add(score_case(case)[0])
    if len(groups) > 1:
        for folder, sc in sorted(groups.items()):
            p, r, s = sc.figures()
            name = "TOTAL " + ("(shared speakers)" if folder == FIXTURES else folder.name)
            print(f"{name:<40} {sc.expected:>4} {sc.found:>4} {p:6.3f} {r:6.3f} {s:6.3f}")
    p, r, s = total.figures()
    print(f"{'TOTAL':<40} {total.expected:>4} {total.found:>4} {p:6.3f} {r:6.3f} {s:6.3f}")
    return total


def test_corpus_figures() -> None:
    p, r, s = report().figures()
    assert p >= 0.95 and r >= 0.95 and s >= 0.97, (p, r, s)


def test_holdout_figures() -> None:
    p, r, s = report(cases=HOLDOUT_CASES).figures()
    assert p >= 0.95 and r >= 0.95 and s >= 0.97, (p, r, s)


@pytest.mark.parametrize("folder", [
    pytest.param(d, id=d.name, marks=[pytest.mark.xfail(strict=True, reason=HOLDOUT_SET_BELOW_GOAL[d.name])]
                 if d.name in HOLDOUT_SET_BELOW_GOAL else [])
    for d in sorted({c.data_dir for c in HOLDOUT_CASES if c.data_dir != FIXTURES})])
def test_holdout_set_figures(folder: Path) -> None:
    """Each blind round about another figure meets the goal on its own (issue 19), not only in
    the total where the example's larger sets could hide it."""
    total = Score()
    for case in HOLDOUT_CASES:
        if case.data_dir == folder:
            total.add(score_case(case)[0])
    p, r, s = total.figures()
    assert total.expected >= 70
    assert p >= 0.95 and r >= 0.95 and s >= 0.97, (folder.name, p, r, s)


if __name__ == "__main__":
    report(verbose="-v" in sys.argv, cases=HOLDOUT_CASES if "--holdout" in sys.argv else None)


def test_marks_round_nothing_but_punctuation_do_not_crash() -> None:
    """A span with no word in it after a preposition (found by fuzzing the held-out rules)."""
    for body in ('The offer of "?!" was made.', 'Talks on "—" and of "…"', '"" said', "Rutte: '…'"):
        run(body)
