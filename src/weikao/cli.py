"""The `weikao` command: manage.py with the project's settings and friendlier names.

weikao serve              serve on http://127.0.0.1:8000 (gunicorn)
weikao demo               migrate, load reference data and the demo exam year with demo accounts
weikao load-reference     load the reviewed reference files (--overwrite to replace staff edits)
weikao catalog specialties
weikao <any manage.py command>
"""

from __future__ import annotations

import os
import sys

ALIASES = {"load-reference": "load_reference"}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weikao.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ALIASES:
        args[0] = ALIASES[args[0]]
    execute_from_command_line(["weikao", *args])


if __name__ == "__main__":
    main()
