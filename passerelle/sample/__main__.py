"""``python -m passerelle.sample OUTDIR``: write the sample territory into OUTDIR."""
import sys

from .territory import generate


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m passerelle.sample OUTDIR", file=sys.stderr)
        return 2
    info = generate(args[0])
    print(info["gpkg"])
    for name, count in info["layers"].items():
        print(f"  {name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
