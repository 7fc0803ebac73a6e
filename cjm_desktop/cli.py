"""The `cjm` command: create, check, inspect and export journey-map projects without the GUI.

Exit codes: 0 success; 1 the file or the operation failed (the message says why); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .user_message import UserError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

EPILOG = """exit codes:
  0  success
  1  the file is invalid or the operation failed (the message says why)
  2  wrong usage (unknown command or option)
"""


def _cmd_templates(args: argparse.Namespace) -> int:
    from .catalog import templates

    for template in templates():
        stages = ", ".join(stage.name_in(args.lang) for stage in template.stages)
        print(f"{template.id:<22} {template.name_in(args.lang)}")
        print(f"{'':<22} {stages}")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from .catalog import new_project
    from .storage import save

    out = Path(args.output)
    if out.exists() and not args.force:
        raise_usage(f"{out} exists already; use --force to overwrite it")
    project = new_project(args.template, args.lang, title=args.title)
    save(project, out, backup=out.exists())
    print(f"Created {out} from template '{args.template}' ({args.lang}).")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from .storage import load
    from .storage.bounded_read import shown_path

    failed = 0
    for name in args.files:
        try:
            load(Path(name))
        except UserError as err:
            failed += 1
            print(f"{shown_path(name)}: invalid", file=sys.stderr)
            print(err.render(), file=sys.stderr)
        else:
            print(f"{shown_path(name)}: ok")
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from .project_summary import summarize
    from .storage import load

    project = load(Path(args.file))
    summary = summarize(project)
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return EXIT_OK
    from .storage.bounded_read import shown_path

    title = project.title or "(untitled)"
    print(f"{title}  [{project.language.value}]  {shown_path(args.file)}")
    for key, value in summary["counts"].items():
        print(f"  {key:<10} {value}")
    for journey in summary["journeys"]:
        print(
            f"  - {journey['title']} ({journey['state']}): {journey['stages']} stages, "
            f"{journey['steps']} steps, {journey['lanes']} lanes, {journey['cards']} cards"
        )
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from .storage.json_schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .export_jobs import ExportRequest, run_exports
    from .storage import load

    project = load(Path(args.file))
    request = ExportRequest(
        pdf=args.pdf,
        xlsx=args.xlsx,
        mermaid=args.mermaid,
        png=args.png,
        svg=args.svg,
        cards=args.cards,
        cjml=args.cjml,
        journey_ids=args.journey or None,
        paper=args.paper,
        portrait=args.portrait or args.orientation == "portrait",
        tile=args.tile,
        one_page=args.one_page,
        min_text_pt=args.min_text_pt,
        scale=args.scale,
    )
    if request.is_empty():
        raise_usage(
            "name at least one output: --pdf, --xlsx, --mermaid, --png, --svg, --cards or --cjml"
        )
    notes: list = []
    for written in run_exports(project, request, notes=notes):
        print(f"Wrote {written}")
    for note in notes:
        print(f"Warning: {note}", file=sys.stderr)
    return EXIT_OK


def _cmd_import_actions(args: argparse.Namespace) -> int:
    from .exporters.action_plan_import import import_action_plan
    from .storage import load, save

    path = Path(args.file)
    project = load(path)
    result = import_action_plan(project, Path(args.plan))
    print(result.summary())
    if result.formula_note() is not None:
        print(result.formula_note())
    if args.dry_run:
        print("Dry run: nothing was saved.")
        return EXIT_OK
    result.edit.apply(project)
    out = Path(args.output) if args.output else path
    save(project, out, backup=True)
    print(f"Saved {out}")
    return EXIT_OK


EXIT_DIFF_TROUBLE = 2  # like diff(1): 0 same, 1 different, 2 trouble
DIFF_EPILOG = """exit codes (as diff's):
  0  the projects are the same
  1  they differ
  2  a file cannot be read (the message says why), or wrong usage
"""
MERGE_EPILOG = """exit codes:
  0  merged without conflicts
  1  merged with conflicts (OUT written, each conflict recorded in it), or a file is invalid
     or cannot be written (the message says why; nothing written)
  2  wrong usage (unknown command or option)
"""


def _cmd_diff(args: argparse.Namespace) -> int:
    from .collab import diff_projects
    from .storage import load

    try:
        old, new = load(Path(args.old)), load(Path(args.new))
    except UserError as err:
        print(f"cjm diff: {err.render()}", file=sys.stderr)
        return EXIT_DIFF_TROUBLE
    differences = diff_projects(old, new)
    for difference in differences:
        print(difference)
    return EXIT_FAILED if differences else EXIT_OK


def _cmd_git_diff(args: argparse.Namespace) -> int:
    """git's diff command: `path old-file old-hex old-mode new-file new-hex new-mode`."""
    from .collab import diff_projects
    from .model import Project
    from .storage import load

    if len(args.git_args) < 7:
        raise_usage("expects the seven arguments git gives a diff command")
    path, old_file, new_file = args.git_args[0], args.git_args[1], args.git_args[4]
    print(f"cjm diff a/{path} b/{path}")
    try:
        old = Project() if old_file == "/dev/null" else load(Path(old_file))
        new = Project() if new_file == "/dev/null" else load(Path(new_file))
    except UserError as err:
        # Exit 0 all the same: git stops the whole diff on a non-zero exit.
        print(f"  (cannot compare: {err.render()})")
        return EXIT_OK
    differences = diff_projects(old, new)
    for difference in differences:
        print(f"  {difference}")
    if not differences:
        print("  (no changes to the map)")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from .collab import merge_projects
    from .storage import load, save

    base, ours, theirs = (load(Path(name)) for name in (args.base, args.ours, args.theirs))
    result = merge_projects(base, ours, theirs)
    out = Path(args.output)
    save(result.project, out, backup=out.exists() and not args.no_backup)
    for conflict in result.conflicts:
        print(f"CONFLICT: {conflict}", file=sys.stderr)
    if result.conflicts:
        print(
            f"Wrote {out} with {len(result.conflicts)} conflict(s) recorded: cards tagged "
            "'merge-conflict', other objects as '⚠ Merge conflict' actions.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(f"Merged into {out}.")
    return EXIT_OK


def _cmd_git_setup(args: argparse.Namespace) -> int:
    from .collab.git_setup import cjm_command, set_up

    repo = Path(args.repo)
    if not repo.is_dir():
        raise_usage(f"{repo} is not a folder")
    setup = set_up(repo, args.command or cjm_command(), write_config=not args.print_only)
    state = "added to" if setup.attributes_added else "already in"
    print(f"'*.cjm diff=cjm merge=cjm' {state} {setup.attributes_file}")
    print("git config lines" + (" (not written: run them yourself):" if args.print_only else ":"))
    import shlex

    for key, value in setup.config.items():
        print(f"  git config {key} {shlex.quote(value)}")
    return EXIT_OK


def _paper(text: str) -> str:
    from .exporters.pdf_paper import normalise_paper

    try:
        return normalise_paper(text)
    except UserError as err:
        raise argparse.ArgumentTypeError(err.render()) from None


def _min_text(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 3.0 <= value <= 30.0:
        raise argparse.ArgumentTypeError(f"expected a size from 3 to 30 points, got {text!r}")
    return value


def _cmd_import(args: argparse.Namespace) -> int:
    from .exporters.map_import import import_map_file
    from .storage import load, save

    if bool(args.output) == bool(args.into):
        raise_usage("name either -o NEW.cjm (a new project) or --into PROJECT.cjm")
    source = Path(args.file)
    if args.into:
        target = Path(args.into)
        project = load(target)
        imported = import_map_file(
            source, project.language.value, project.personas, block=args.block
        )
    else:
        target = Path(args.output)
        if target.exists() and not args.force:
            raise_usage(f"{target} exists already; use --force to overwrite it, or --into")
        imported = import_map_file(source, args.lang, **_import_options(args))
    for note in imported.notes:
        print(f"adjusted: {note.render()}")
    journey = imported.journey
    print(
        f"Read '{journey.title or source.name}': {len(journey.stages)} stages, "
        f"{len(journey.steps())} steps, {len(journey.cards)} cards, "
        f"{len(imported.new_personas)} new personas."
    )
    if args.dry_run:
        print("Dry run: nothing was saved.")
        return EXIT_OK
    if args.into:
        imported.edit().apply(project)
    else:
        project = imported.new_project(args.lang)
    save(project, target, backup=target.exists())
    print(f"Saved {target}")
    return EXIT_OK


def _import_options(args: argparse.Namespace) -> dict:
    return {"block": args.block, "skip_bad_rows": args.skip_bad_rows}


class UsageError(Exception):
    """Wrong usage found after parsing (exit code 2)."""


def raise_usage(message: str) -> None:
    raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cjm",
        description="Create, check and export customer journey map projects (.cjm files).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cjm {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, help_text: str, func: Callable, epilog: str = EPILOG
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(func=func)
        return p

    p = command("templates", "List the built-in stage templates with their stages.", _cmd_templates)
    p.add_argument("--lang", choices=["nl", "en"], default="en", help="language of the names")

    p = command("new", "Create a new project from a template.", _cmd_new)
    p.add_argument("--template", required=True, help="template id (see `cjm templates`)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="project language")
    p.add_argument("--title", help="project title (default: from the template)")
    p.add_argument("-o", "--output", required=True, help="the .cjm file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")

    p = command("validate", "Check project files; list every problem found.", _cmd_validate)
    p.add_argument("files", nargs="+", metavar="FILE")

    p = command("info", "Show what a project holds (journeys, stages, cards, ...).", _cmd_info)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")

    command("schema", "Print the JSON Schema of the .cjm file format.", _cmd_schema)

    p = command("export", "Export a project to PDF, Excel, Mermaid, PNG or SVG.", _cmd_export)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pdf", metavar="OUT", help="PDF report")
    p.add_argument("--xlsx", metavar="OUT", help="Excel action plan workbook")
    p.add_argument("--mermaid", metavar="OUT", help="Mermaid journey text (one map)")
    p.add_argument("--png", metavar="OUT", help="PNG picture of a map")
    p.add_argument("--svg", metavar="OUT", help="SVG picture of a map")
    p.add_argument(
        "--cards", metavar="OUT", help="cards table of a map, .csv or .xlsx (cjm import reads it)"
    )
    p.add_argument("--cjml", metavar="OUT", help="CJML 2.0 XML of every map (cjm import reads it)")
    p.add_argument(
        "--journey", action="append", metavar="ID", help="only this map (repeatable; default all)"
    )
    p.add_argument(
        "--paper",
        type=_paper,
        default="auto",
        metavar="PAPER",
        help="PDF paper: auto (default: each map on the smallest sheet A4..A0 that keeps its "
        "text readable, tiled past A0), A4, A3, A2, A1, A0, letter, tabloid or WxHmm",
    )
    p.add_argument(
        "--orientation",
        choices=["landscape", "portrait"],
        default="landscape",
        help="PDF orientation (default landscape)",
    )
    p.add_argument("--portrait", action="store_true", help="same as --orientation portrait")
    p.add_argument(
        "--min-text-pt",
        type=_min_text,
        default=None,
        metavar="PT",
        help="PDF: smallest card text in points a map may print at (default 7)",
    )
    fit = p.add_mutually_exclusive_group()
    fit.add_argument("--tile", action="store_true", help="PDF: tile maps over several pages")
    fit.add_argument(
        "--one-page", action="store_true", help="PDF: each map on one page, however small"
    )
    p.add_argument("--scale", type=float, default=1.0, help="PNG/SVG scale factor (default 1)")

    p = command(
        "import-actions",
        "Read an edited Excel action plan back into the project.",
        _cmd_import_actions,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("plan", metavar="PLAN.xlsx")
    p.add_argument("-o", "--output", metavar="OUT", help="save to OUT instead of FILE")
    p.add_argument("--dry-run", action="store_true", help="report the changes, save nothing")

    p = command(
        "import",
        "Make a map from a Mermaid journey (.mmd, .md), a cards table (.csv, .xlsx) or CJML "
        "(.xml), in a new project or added to an existing one.",
        _cmd_import,
    )
    p.add_argument("file", metavar="FILE")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="NEW", help="write a new project NEW.cjm")
    where.add_argument("--into", metavar="PROJECT", help="add the map to PROJECT.cjm (backup kept)")
    p.add_argument("--block", type=int, metavar="N", help="Markdown: the N-th journey block")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of a new project")
    p.add_argument("--force", action="store_true", help="overwrite NEW if it exists")
    p.add_argument(
        "--skip-bad-rows", action="store_true", help="cards table: import the rows that can be read"
    )
    p.add_argument("--dry-run", action="store_true", help="report what was read, save nothing")

    p = command(
        "diff",
        "List what changed from OLD to NEW in words (exit 0 same, 1 different, 2 trouble).",
        _cmd_diff,
        DIFF_EPILOG,
    )
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")

    p = command(
        "merge",
        "Three-way merge by ids: BASE is the common ancestor of OURS and THEIRS. Exit 0 clean, "
        "1 with conflicts (each printed; recorded in OUT, which is written all the same).",
        _cmd_merge,
        MERGE_EPILOG,
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the merged .cjm")
    p.add_argument(
        "--no-backup", action="store_true", help="do not keep an existing OUT as OUT.bak"
    )

    p = command(
        "git-setup",
        "Let git diff and merge .cjm files through cjm: writes .gitattributes and the "
        "repository's git config.",
        _cmd_git_setup,
    )
    p.add_argument("--repo", default=".", metavar="DIR", help="the repository (default: here)")
    p.add_argument("--command", metavar="CMD", help="how git calls cjm (default: found here)")
    p.add_argument(
        "--print-only", action="store_true", help="print the git config lines, do not set them"
    )

    p = command(
        "git-diff", "Used by git (diff.cjm.command); run `cjm diff` yourself.", _cmd_git_diff
    )
    p.add_argument("git_args", nargs="*", metavar="ARG")
    return parser


def _printable_output() -> None:
    # A file name that is not valid UTF-8 (possible on Linux) reaches us with stand-in
    # characters; printed, they must show as \xe9 and the like, not end in UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _printable_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"cjm {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as err:
        print(f"cjm {args.command}: {err.render()}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`cjm info ... | head`): nothing more to say, and nobody to say it
        # to; stdout goes nowhere so Python's exit flush does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
