"""Where the project's bundled folders (templates, static, migrations, seeds) live.

In a source checkout or an editable install they sit beside `app/`; a wheel carries them inside
`app/_bundled/` (see `pyproject.toml`). Everything that needs one of them asks this module.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """Return the folder `name` (templates, static, migrations, seeds) wherever the install put it."""
    for candidate in (PACKAGE_DIR.parent / name, PACKAGE_DIR / "_bundled" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found beside {PACKAGE_DIR}")


TAXONOMY_FILE = PACKAGE_DIR / "taxonomy.toml"
