"""Actor file validation: every problem reported with file, actor and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import KnowledgeBaseError
from khabar.kb import load_actor_file
from khabar.kb.model import parse_partial_date

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(KnowledgeBaseError) as info:
        load_actor_file(path)
    assert info.value.origin == str(path)
    assert str(path) in str(info.value)
    return info.value.problems


def test_bad_file_lists_every_problem() -> None:
    problems = problems_of(FIXTURES / "bad" / "bad_actors.toml")
    expected = [
        "actor #1 (id 'no_name'): missing required field 'name'",
        "actor #2 (id 'bad_codes'): field 'type': 'PERSON' is not one of",
        "actor #2 (id 'bad_codes'): field 'country': 'XXX' is not an ISO 3166-1 alpha-3 code",
        "actor #2 (id 'bad_codes'): field 'sector': 'FOO' is not a CAMEO sector code",
        "actor #3 (id 'bad_dates'): role #1: field 'start': '2024-13-01' is not a valid date",
        "actor #3 (id 'bad_dates'): role #2: start 2020-05-01 is after end 2019",
        "actor #4 (id 'bad_codes'): field 'aliases' must be a list of non-empty strings",
        "actor #4 (id 'bad_codes'): duplicate id, first used by actor #2",
    ]
    for fragment in expected:
        assert any(p.startswith(fragment) for p in problems), (fragment, problems)
    assert len(problems) == len(expected)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('[[actor]]\nid = "x"\ntype = "PER"\nname = 5\n', "field 'name' must be a string, not int"),
        ('[[actor]]\nid = "Bad Id"\ntype = "PER"\nname = "A"\n', "must be a lowercase ASCII slug"),
        ('[[actor]]\nid = "x"\ntype = "PER"\nname = "A"\ncolour = "red"\n', "unknown field 'colour'"),
        (
            '[[actor]]\nid = "x"\ntype = "PER"\nname = "A"\n[[actor.roles]]\nstart = "2020"\n',
            "role #1: missing required field 'title'",
        ),
        (
            '[[actor]]\nid = "x"\ntype = "PER"\nname = "A"\n[[actor.roles]]\ntitle = "t"\nend = "soon"\n',
            "field 'end': 'soon' is not a date",
        ),
        ("[[actor]\n", "TOML syntax error"),
    ],
)
def test_single_problems(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(content, encoding="utf-8")
    assert any(fragment in p for p in problems_of(path))


def test_unquoted_toml_dates_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(
        '[[actor]]\nid = "x"\ntype = "PER"\nname = "A"\n[[actor.roles]]\ntitle = "t"\nstart = 2020-01-02\n'
    )
    assert load_actor_file(path)[0].roles[0].start == "2020-01-02"


def test_user_formats() -> None:
    csv_actors = load_actor_file(FIXTURES / "users.csv")
    assert [a.id for a in csv_actors] == ["jane_doe", "acme_party"]
    jane = csv_actors[0]
    assert jane.aliases == ("Jane Doe", "जेन डो")
    assert [r.title for r in jane.roles] == ["Minister of Testing", "Governor of Somewhere"]
    assert jane.roles[1].end is None and jane.source_file == str(FIXTURES / "users.csv")
    assert csv_actors[1].roles == ()
    (roe,) = load_actor_file(FIXTURES / "users.jsonl")
    assert roe.roles[0].sector == "LEG"
    (mary,) = load_actor_file(FIXTURES / "users.json")
    assert mary.country == "FRA"


def test_csv_and_jsonl_errors(tmp_path: Path) -> None:
    bad_csv = tmp_path / "x.csv"
    bad_csv.write_text("id,name\nx,A\n", encoding="utf-8")
    assert problems_of(bad_csv) == ["CSV header lacks column(s) type"]
    bad_jsonl = tmp_path / "x.jsonl"
    bad_jsonl.write_text('{"id": "x", "type": "PER", "name": "A"}\n{oops\n', encoding="utf-8")
    assert problems_of(bad_jsonl)[0].startswith("line 2: JSON syntax error")
    other = tmp_path / "x.yaml"
    other.write_text("a: 1\n", encoding="utf-8")
    assert "unsupported file type" in problems_of(other)[0]


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-05-12", "2024-05-12", "2024-05-12"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
    ],
)
def test_partial_dates(value: str, first: str, last: str) -> None:
    lo, hi = parse_partial_date(value)
    assert (lo.isoformat(), hi.isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["2024-5-1", "May 2024", "2024-02-30", ""])
def test_bad_partial_dates(value: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_date(value)
