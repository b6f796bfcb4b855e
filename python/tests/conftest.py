import pathlib
import sys

# the package is used from the checkout: python/ on the path
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
