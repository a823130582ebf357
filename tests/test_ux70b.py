"""Blind usability round ux70 (a research group's corpus of an invented commissioner's statements): the integrator's
share of the findings — a correction notice that names the words inside its sentence ("attributed the remark "…" to X.
It was made by Y."), and the dpa/dotted date lines (tests/test_dates.py), review --speaker (tests/test_review.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import attributed

from dateline.model import Speaker

SPEAKERS = (
    Speaker("lopes", "Ana Lopes", ("Ana Lopes", "Lopes"), ("Mayor", "mayor"), "Mayor"),
    Speaker("matos", "Rui Matos", ("Rui Matos", "Matos"), ("port director",), "Port director"),
)


def who(body: str) -> list[tuple[str, str]]:
    return [(text, speaker) for text, _, speaker in attributed(body, SPEAKERS)]


def test_a_correction_naming_the_words_inside_its_sentence_gives_them_to_the_one_it_names_next() -> None:
    body = ("Correction\n\nAn article on May 2 (\"Harbour dues frozen\") attributed the remark \"The harbour dues will not "
            "rise this year\" to Mayor Ana Lopes. It was made by the port director, Rui Matos, at Monday's board "
            "meeting. We apologise for the error.")
    assert who(body) == [("The harbour dues will not rise this year", "matos")]
    # no sentence naming who made it: the words are not the mayor's either
    alone = body.replace(" It was made by the port director, Rui Matos, at Monday's board meeting.", "")
    assert who(alone) != [("The harbour dues will not rise this year", "lopes")]
    # an outlet's "attributed … to" with no correction after it is ordinary reporting
    plain = ("Protesters attributed the slogan \"Dues are theft\" to a group of dockers. Mayor Ana Lopes said "
             "nothing.")
    assert who(plain) != [("Dues are theft", "lopes")]


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path) -> None:
    """`dateline review | head`: the pipe closes under a long output; no BrokenPipeError traceback."""
    code = ("from dateline import cli\n"
            "def noisy(argv):\n"
            "    for _ in range(100000):\n"
            "        print('an item to check ' * 4)\n"
            "    return 0\n"
            "cli.main = noisy\n"
            "cli.run([])\n")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"an item to check")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1 and "Traceback" not in err and "BrokenPipeError" not in err, err


def test_a_name_in_a_script_without_capitals_after_a_tag_verb_is_the_speaker() -> None:
    """hostile71 n04: an English story naming people in their own scripts. Once a Cyrillic name was read (its
    capitals), the Thai, Devanagari, Arabic and Chinese names after "said" were read as no one, and their words
    went to the Cyrillic name before them: a named person each now, the listed one by its alias."""
    body = ("\"The ferry fare is too high,\" said Ольга Смирнова, a teacher.\n\n"
            "\"The pier must stay open,\" said สมชาย ใจดี, a fisherman.\n\n"
            "\"We need the fare for repairs,\" said राजेश कुमार, an engineer.\n\n"
            "\"Nobody asked the islanders,\" said 王小明.")
    assert [s for _, s in who(body)] == ["olga-smirnova", "smchay-aichdi", "rajesh-kumar", "wang-xiao-ming"]
    listed = (Speaker("somchai", "สมชาย ใจดี", ("สมชาย ใจดี",)),)
    assert [s for _, _, s in attributed(body, listed)][1] == "somchai"
    # the mayor is the subject, whatever city follows in its own script
    assert who("\"We will build it,\" said the mayor of 北京, Jane Roe.") != [("We will build it,", "wang-xiao-ming")]
