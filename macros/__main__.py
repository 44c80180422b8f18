"""`python -m macros [FILE]`: validate a question file and say what is wrong, without building."""

import sys
from pathlib import Path

from .model import DataError, data_path, load_questions


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else data_path()
    try:
        questions = load_questions(path)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{path}: {len(questions)} questions, valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
