"""One person, one speaker id across the site (`names.one_id_per_person`), on a fixture project built
whole: tests/data/ux25_project names Senator Irene Vasconcelos in full in one article and only as
"SENATOR VASCONCELOS:" in a hearing's notes, and has two deputies named Rocha beside a "DEPUTY ROCHA:"."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, seed_config

from dateline import names, pipeline
from dateline.model import Speaker
from dateline.names import one_id_per_person


def test_a_surname_alone_is_the_one_fuller_name_it_belongs_to(harbour_built: tuple[pipeline.BuildReport, Path]) -> None:
    """Both of the senator's quotes are hers, under one id and one page; no `vasconcelos` of its own."""
    _, site = harbour_built
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    hers = [q for q in quotes if "Vasconcelos" in q["speaker_name"]]
    assert sorted(q["article"] for q in hers) == ["hearing-dredging", "wire-varga-dredging"]
    assert {(q["speaker"], q["speaker_name"]) for q in hers} == {("irene-vasconcelos", "Irene Vasconcelos")}
    assert not (site / "speakers" / "vasconcelos").exists()
    page = (site / "speakers" / "irene-vasconcelos" / "index.html").read_text(encoding="utf-8")
    assert "The channel will be dredged this year" in page and "a year ago you said" in page


def test_a_surname_two_fuller_names_fit_stays_apart_and_is_said(harbour_built: tuple[pipeline.BuildReport, Path],
                                                                  tmp_path: Path) -> None:
    """'DEPUTY ROCHA:' may be Nuno Rocha or Ana Rocha: nothing merged, a warning at its line naming both,
    and `dateline review` lists it."""
    report, site = harbour_built
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert {q["speaker"] for q in quotes if q["speaker_name"].endswith("Rocha")} == {"rocha", "nuno-rocha", "ana-rocha"}
    [said] = [p for p in report.problems if "Rocha" in p.message]
    assert (said.path, said.line, said.severity) == ("content/articles/hearing-dredging.md", 16, "warning")
    assert "Ana Rocha (ana-rocha) or Nuno Rocha (nuno-rocha)" in said.message
    config = seed_config(DATA / "ux25_project", tmp_path / "site", search=False)
    prep, assembled = pipeline.analysed(config)
    items = pipeline.review_of(config, prep.problems, assembled).items
    assert any("Ana Rocha" in item.title and "Nuno Rocha" in item.title for item in items)


def test_institutions_and_first_names_are_never_merged() -> None:
    """Only a later word of a person's fuller name: "Renata" is no surname of Renata Braga, and an
    institution in speakers.yaml lends no word of its name."""
    speakers = [Speaker("port-authority", "Northern Port Authority", kind="institution")]
    decided = one_id_per_person({"renata": "Renata", "renata-braga": "Renata Braga", "authority": "Authority"},
                                speakers)
    assert decided.same == {} and decided.open == {}


def test_people_are_listed_by_surname_titles_of_address_left_out() -> None:
    """P21: German readers look up Großmann under G, Öztürk beside Oberle; "Dr." decides nothing."""
    people = ["Aylin Öztürk", "Björn Süßmuth", "Dr. Hans-Peter Großmann", "Jürgen Weißkirch", "Inge Oberle",
              "Prof. Dr. Eva Adler", "Monika Strauß", "Ombudsstelle"]
    assert sorted(people, key=names.sort_key) == [
        "Prof. Dr. Eva Adler", "Dr. Hans-Peter Großmann", "Inge Oberle", "Ombudsstelle", "Aylin Öztürk",
        "Monika Strauß", "Björn Süßmuth", "Jürgen Weißkirch"]


def test_a_compound_surname_its_aliases_show_an_institution_and_a_sort_key_decide_the_order() -> None:
    """ux33 P13: "Ramiro Aráoz Tolaba" was filed under T, the company "… S.A." among the S surnames.
    An alias spelling the name's last words is its surname (Spanish, Portuguese, English double
    names); without one the last word still decides; an institution is filed by its name; `sort:` wins."""
    def key(name: str, aliases: tuple[str, ...] = (), institution: bool = False, sort: str = "") -> tuple[str, str, str]:
        return names.sort_key(name, aliases=aliases, institution=institution, sort=sort)

    entries = {
        "Andrew Lloyd Webber": key("Andrew Lloyd Webber", ("Lloyd Webber",)),
        "Luiz Carvalho Pinto": key("Luiz Carvalho Pinto", ("Carvalho Pinto", "Carvalho")),
        "Maria Souza Lima": key("Maria Souza Lima"),  # no alias says more: the last word
        "Ursula von der Leyen": key("Ursula von der Leyen", ("von der Leyen",)),
        "Banco Atlântico Seguros S.A.": key("Banco Atlântico Seguros S.A.", institution=True),
        "The Harbour Trust": key("The Harbour Trust", institution=True),
        "Pedro Zubizarreta": key("Pedro Zubizarreta", sort="Arregui"),
    }
    assert sorted(entries, key=entries.__getitem__) == [
        "Pedro Zubizarreta", "Banco Atlântico Seguros S.A.", "Luiz Carvalho Pinto", "The Harbour Trust",
        "Ursula von der Leyen", "Maria Souza Lima", "Andrew Lloyd Webber"]
    assert names.sort_key("Andrew Lloyd Webber")[0] == "webber", "without the alias: the last word, as before"


def test_names_in_another_script_keep_their_person_and_are_not_taken_for_each_other() -> None:
    """With nothing left of a Cyrillic word after folding to ASCII, every such surname had one empty
    skeleton: "Попов" passed for a spelling of "Петров". Romanised, they are compared as names are."""
    assert names.slug_name("Алексей Петров") == "aleksey-petrov"
    assert names.compare("Попов", "Петров") is None
    assert names.compare("Петрова", "Петров") is not None  # one letter apart, six letters on
    petrov = Speaker("petrov", "Алексей Петров")
    assert names.same_person("Сергей Попов", [petrov]) is None
