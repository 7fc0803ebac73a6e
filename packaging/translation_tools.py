"""Find Qt's lupdate and lrelease as shipped inside the installed PySide6 package, and update a
.ts file from the sources.

lupdate's Python parser only sees `self.tr("…")` and calls with a literal context. Much of the
code translates through a module's small wrapper (`def tr(text): return
QCoreApplication.translate("MainWindow", text)`) or names the context with a constant
(`QT_TRANSLATE_NOOP(CONTEXT, "…")`); lupdate files the first under an empty context (where the
running program never looks) and misses the second. `source_messages()` reads those with the
`ast` module, and `update_ts()` merges them into what lupdate wrote, keeping every translation
made before.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's package, whichever environment runs this
    sys.path.insert(0, str(ROOT))

from cjm_desktop.resource_paths import resource  # noqa: E402

PACKAGE = ROOT / "cjm_desktop"
#: The .ts sources, and the .qm files compiled beside them (git-ignored).
TRANSLATIONS = resource("translations")
LANGUAGES = ("nl",)

# Calls whose first two arguments are (context, source text).
_CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "UserMessage"}

Message = tuple[str, str]  # (context, source text)


def qt_tool(name: str) -> str:
    """The path of pyside6-<name> next to this interpreter, or the tool inside PySide6."""
    exe = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{exe}"
    if beside.exists():
        return str(beside)
    import PySide6

    inside = Path(PySide6.__file__).parent / f"{name}{exe}"
    if inside.exists():
        return str(inside)
    sys.exit(f"Qt's {name} was not found (looked at {beside} and {inside})")


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


# -- reading the sources ----------------------------------------------------------------------
def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


class _Module:
    """One source file: its string constants and its translation wrappers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants: dict[str, str] = {}
        self.imports: dict[str, tuple[Path, str]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                if isinstance(node.value.value, str):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            self.constants[target.id] = node.value.value
            elif isinstance(node, ast.ImportFrom) and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                module = base.joinpath(*(node.module or "").split("."))
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (module, alias.name)
        # A wrapper's context is a literal (index 0) or one of its parameters (an int > 0 names
        # the argument position that carries it); the text is the parameter at `text_index`.
        self.wrappers: dict[str, tuple[str | int, int]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.FunctionDef):
                wrapper = self._wrapper(node)
                if wrapper is not None:
                    self.wrappers[node.name] = wrapper

    def _wrapper(self, func: ast.FunctionDef) -> tuple[str | int, int] | None:
        body = [s for s in func.body if not isinstance(s, ast.Expr)]  # skip a docstring
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        call = body[0].value
        if not isinstance(call, ast.Call) or _call_name(call) != "translate":
            return None
        if len(call.args) < 2:
            return None
        params = [a.arg for a in func.args.args if a.arg != "self"]
        context, text = call.args[0], call.args[1]
        if not isinstance(text, ast.Name) or text.id not in params:
            return None
        if isinstance(context, ast.Name) and context.id in params:
            return params.index(context.id) + 1, params.index(text.id)
        resolved = self.string(context)
        return (resolved, params.index(text.id)) if resolved is not None else None

    def string(self, node: ast.AST, modules: dict[Path, _Module] | None = None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in self.constants:
                return self.constants[node.id]
            if node.id in self.imports and modules is not None:
                module_path, name = self.imports[node.id]
                other = modules.get(module_path.with_suffix(".py"))
                if other is None:
                    other = modules.get(module_path / "__init__.py")
                if other is not None:
                    return other.constants.get(name)
        return None

    def self_tr_messages(self) -> set[Message]:
        """`self.tr("…")` under the class that holds it. lupdate finds these itself, except
        inside an f-string; reading them here too makes such a miss show up."""
        found: set[Message] = set()

        def visit(node: ast.AST, cls: str | None) -> None:
            if isinstance(node, ast.ClassDef):
                cls = node.name
            elif (
                cls
                and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
                and node.args
            ):
                text = self.string(node.args[0])
                if text is not None:
                    found.add((cls, text))
            for child in ast.iter_child_nodes(node):
                visit(child, cls)

        visit(self.tree, None)
        return found

    def messages(self, modules: dict[Path, _Module]) -> set[Message]:
        found = self.self_tr_messages()
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name in _CONTEXT_CALLS and len(node.args) >= 2:
                context = self.string(node.args[0], modules)
                text = self.string(node.args[1], modules)
                if context is not None and text is not None:
                    found.add((context, text))
            elif isinstance(node.func, ast.Name) and name in self.wrappers:
                context_at, text_at = self.wrappers[name]
                if len(node.args) <= text_at:
                    continue
                text = self.string(node.args[text_at], modules)
                if isinstance(context_at, int):
                    if len(node.args) < context_at:
                        continue
                    context = self.string(node.args[context_at - 1], modules)
                else:
                    context = context_at
                if context is not None and text is not None:
                    found.add((context, text))
        return found


def source_messages(files: list[Path] | None = None) -> set[Message]:
    """Every (context, text) the sources translate: through wrappers and constants lupdate
    cannot see, and the literal calls and `self.tr` it can (so a miss of either shows)."""
    modules = {p: _Module(p) for p in (files if files is not None else source_files())}
    found: set[Message] = set()
    for module in modules.values():
        found |= module.messages(modules)
    return found


# -- the .ts file -----------------------------------------------------------------------------
def ts_messages(ts: Path) -> dict[Message, ET.Element]:
    """The <message> elements of a .ts file by (context, source)."""
    root = ET.parse(ts).getroot()
    out: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(t and t.strip() for t in texts)


def _run_lupdate(ts: Path, language: str, files: list[Path]) -> None:
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *(str(p) for p in files),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def update_ts(ts: Path, language: str, files: list[Path] | None = None) -> list[Message]:
    """Bring `ts` up to date with the sources; returns the messages that still need a
    translation. Translations already made are kept, also for strings lupdate cannot see."""
    files = files if files is not None else source_files()
    known: dict[Message, ET.Element] = {}
    if ts.exists():
        known = {k: m for k, m in ts_messages(ts).items() if is_finished(m)}
    _run_lupdate(ts, language, files)
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    # Empty-context messages are wrapper calls; they come back below under their real context.
    if "" in contexts:
        root.remove(contexts.pop(""))
    present = {(name, m.findtext("source") or "") for name, c in contexts.items() for m in c}
    for context_name, text in sorted(source_messages(files) - present):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
    missing: list[Message] = []
    for context_name, context in contexts.items():
        for message in context.findall("message"):
            key = (context_name, message.findtext("source") or "")
            old = known.get(key)
            if old is not None and not is_finished(message):
                context.remove(message)
                context.append(old)
            elif not is_finished(message):
                missing.append(key)
    _sort(root)
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def _sort(root: ET.Element) -> None:
    """Contexts and messages in a stable order, so a diff of the .ts shows only real changes."""
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in contexts:
        root.remove(context)
        messages = sorted(context.findall("message"), key=lambda m: m.findtext("source") or "")
        for message in messages:
            context.remove(message)
        context.extend(messages)
        root.append(context)
