"""`onrecord ingest` end to end (typer's CliRunner on a private database): the summary, running twice,
bad files reported with their path and reason while the good ones land, `--json` and `--report`."""

from __future__ import annotations

import json

from tests.ingest.conftest import write_article

BODY = ("Ministers met in Leeds on Monday to discuss the budget.\n"
        "Jane Porter, the transport secretary, said: “We will build the new line by {year} and nobody will stop us.”\n"
        "Critics were not convinced. Tom Reed said the plan was unaffordable.\n")


def _good_folder(tmp_path, count=2):
    folder = tmp_path / "articles"
    for number in range(count):
        write_article(folder, f"article-{number}.md", BODY.format(year=2030 + number), title=f"Plans {number}",
                      published=f"2024-05-0{number + 1}", outlet="Example News")
    return folder


def test_summary_figures_then_a_second_run_changes_nothing(run_cli, rows, seeds, tmp_path):
    folder = _good_folder(tmp_path)
    first = run_cli(str(seeds), str(folder))
    assert first.exit_code == 0, first.output
    statements, speakers = rows("SELECT count(*) FROM statement")[0][0], rows("SELECT count(*) FROM speaker")[0][0]
    assert statements > 0 and speakers >= 3  # Keir Starmer, Jane Porter, Tom Reed at least
    assert "articles: 3 new, 0 unchanged, 0 updated, 0 failed" in first.output
    assert f"statements: {statements} new" in first.output
    assert f"speakers: {speakers} new" in first.output

    before = rows("SELECT public_id, text, article_id FROM statement ORDER BY public_id")
    second = run_cli(str(seeds), str(folder))
    assert second.exit_code == 0, second.output
    assert "articles: 0 new, 3 unchanged, 0 updated, 0 failed; statements: 0 new" in second.output
    assert "speakers: 0 new" in second.output
    assert rows("SELECT public_id, text, article_id FROM statement ORDER BY public_id") == before
    assert rows("SELECT count(*) FROM article")[0][0] == 3


def test_bad_files_are_reported_and_the_rest_lands(run_cli, rows, tmp_path):
    folder = _good_folder(tmp_path)
    (folder / "latin1.txt").write_bytes("Le café est fermé.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write_article(folder, "unclosed.md", "---\ntitle: Never closed\nBody text here.\n")
    write_article(folder, "broken-yaml.md", "Body", title="[unclosed")
    write_article(folder, "impossible.md", "A body.", published="2023-02-29")
    huge = folder / "huge.txt"
    with huge.open("wb") as stream:
        stream.write(b"word " * (50 * 1024 * 1024 // 5))

    result = run_cli(str(folder), str(tmp_path / "missing.md"))
    assert result.exit_code == 1
    expected = {
        "latin1.txt": "not valid UTF-8",
        "empty.txt": "empty file",
        "image.md": "binary file",
        "unclosed.md": "malformed front matter: no closing `---` line",
        "broken-yaml.md": "malformed front matter",
        "impossible.md": "impossible date '2023-02-29'",
        "huge.txt": "too large for one article: 50.0 MB",
        "missing.md": "no such file or folder",
    }
    failures = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert len(failures) == len(expected)
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in failures), (name, result.output)
    assert "articles: 2 new, 0 unchanged, 0 updated, 8 failed" in result.output
    assert sorted(row[0] for row in rows("SELECT title FROM article")) == ["Plans 0", "Plans 1"]


def test_json_output_and_failure_report(run_cli, tmp_path):
    folder = _good_folder(tmp_path, count=1)
    (folder / "empty.txt").write_bytes(b"")
    report_file = tmp_path / "failures.jsonl"
    result = run_cli("--json", "--report", str(report_file), str(folder))
    assert result.exit_code == 1
    summary = json.loads(result.output)
    assert (summary["new"], summary["unchanged"], summary["complete"]) == (1, 0, False)
    assert summary["failed"] == [{"origin": str(folder / "empty.txt"), "line": None, "reason": "empty file"}]
    lines = [json.loads(line) for line in report_file.read_text(encoding="utf-8").splitlines()]
    assert lines == summary["failed"]


def test_a_complete_run_exits_zero_and_writes_an_empty_report(run_cli, tmp_path):
    report_file = tmp_path / "failures.jsonl"
    result = run_cli("--report", str(report_file), str(_good_folder(tmp_path, count=1)))
    assert result.exit_code == 0, result.output
    assert report_file.read_text(encoding="utf-8") == ""


def test_unsupported_file_given_by_name_is_reported(run_cli, tmp_path):
    document = tmp_path / "notes.pdf"
    document.write_bytes(b"%PDF-1.4")
    result = run_cli(str(document))
    assert result.exit_code == 1
    assert f"failed: {document}: unsupported file type .pdf" in result.output
